// The class comparison's end labels: one label per cluster of line ends, never overprinting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endLabels } from '../src/ui/chart';

describe('end labels of the comparison chart', () => {
  it('gives ends too close to label apart one shared label, and leaves the others alone', () => {
    expect(endLabels([{ x: 10, y: 50 }, { x: 10, y: 200 }, null, { x: 10, y: 55 }])).toEqual([
      { x: 10, y: 52.5, numbers: [1, 4] },
      { x: 10, y: 200, numbers: [2] },
    ]);
    // A game that ended early ends elsewhere on the x axis: its own label.
    expect(
      endLabels([
        { x: 10, y: 50 },
        { x: 5, y: 50 },
      ]).map((l) => l.numbers),
    ).toEqual([[2], [1]]);
  });

  it('names every series exactly once, and no two labels at one x overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 14, max: 256 }), { nil: null }), { maxLength: 12 }), (ys) => {
        const out = endLabels(ys.map((y) => (y === null ? null : { x: 600, y })));
        const named = out.flatMap((l) => l.numbers).sort((a, b) => a - b);
        expect(named).toEqual(ys.flatMap((y, i) => (y === null ? [] : [i + 1])));
        const h = (l: { numbers: number[] }) => 13 * Math.ceil(l.numbers.length / 4);
        for (let i = 1; i < out.length; i++)
          expect(out[i]!.y - out[i - 1]!.y).toBeGreaterThanOrEqual((h(out[i]!) + h(out[i - 1]!)) / 2 - 1e-9);
      }),
    );
  });
});
