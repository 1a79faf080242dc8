// The meter charts: end labels one per cluster of line ends, never overprinting; threshold labels
// where no curve passes; every word inside the drawing, at 16 CSS px at any width it is drawn.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesMeet, lineHits, placeThresholdLabels, type Box } from '../src/presentation/chartLabels';
import { endLabels, estimate, layoutChart, MIN_W, type ChartSpec } from '../src/ui/chart';

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
        const out = endLabels(
          ys.map((y) => (y === null ? null : { x: 600, y })),
          13,
        );
        const named = out.flatMap((l) => l.numbers).sort((a, b) => a - b);
        expect(named).toEqual(ys.flatMap((y, i) => (y === null ? [] : [i + 1])));
        const h = (l: { numbers: number[] }) => 13 * Math.ceil(l.numbers.length / 4);
        for (let i = 1; i < out.length; i++)
          expect(out[i]!.y - out[i - 1]!.y).toBeGreaterThanOrEqual((h(out[i]!) + h(out[i - 1]!)) / 2 - 1e-9);
      }),
    );
  });
});

const THRESHOLDS = [
  { value: 60, label: 'grand coalition needs 60' },
  { value: 30, label: 'parallel campaigns need 30' },
];
const ROUNDS = ['start', '17 Nov', '24 Nov', '1 Dec', '8 Dec', '15 Dec', '22 Dec', '28 Dec'];
const spec = (values: number[][]): ChartSpec => ({
  title: 't',
  summary: 's',
  xLabels: ROUNDS,
  series: values.map((v, i) => ({ label: `game-${i + 1}`, values: v })),
  thresholds: THRESHOLDS,
});
/** The playtest's class: four games crossing and riding along the 60 line, ending together. */
const CLASS = [
  [56, 57, 59, 69, 70, 71, 85, 85.5],
  [56, 58, 60, 62, 66, 68, 69, 70],
  [56, 59, 61, 66, 68, 69, 69.5, 70],
  [56, 56, 55, 59, 62, 66, 67, 68],
];
const inside = (b: Box, W: number, H: number) => b.x >= 0 && b.y >= 0 && b.x + b.w <= W && b.y + b.h <= H;

describe('end labels kept in bounds', () => {
  it('stay between lo and hi when there is room, apart, and each beside its own ends', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 220 }), { minLength: 1, maxLength: 8 }), (ys) => {
        const out = endLabels(
          ys.map((y) => ({ x: 1, y })),
          20,
          2,
          0,
          220,
        );
        const half = (l: { numbers: number[] }) => 10 * Math.ceil(l.numbers.length / 2);
        // 8 ends take at most 8 rows of 20 in 220: they fit.
        for (const l of out) expect(l.y - half(l) >= -1e-9 && l.y + half(l) <= 220 + 1e-9).toBe(true);
        for (let i = 1; i < out.length; i++)
          expect(out[i]!.y - out[i - 1]!.y).toBeGreaterThanOrEqual(half(out[i]!) + half(out[i - 1]!) - 1e-9);
        // A label is never moved past another's ends: the order of labels is the order of their ends.
        const mean = (l: { numbers: number[] }) => l.numbers.reduce((s, n) => s + ys[n - 1]!, 0) / l.numbers.length;
        for (let i = 1; i < out.length; i++) expect(mean(out[i]!)).toBeGreaterThanOrEqual(mean(out[i - 1]!));
      }),
    );
  });
});

describe('threshold labels', () => {
  it('sit beside their line where no curve passes, or are left to the key', () => {
    const plot = { x: 40, y: 12, w: 500, h: 200 };
    const yOf = (v: number) => plot.y + plot.h - (v / 100) * plot.h;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }), { maxLength: 6 }),
        (games) => {
          const curves = games.map((g) => g.map((v, i) => ({ x: plot.x + (i * plot.w) / 7, y: yOf(v) })));
          const labels = THRESHOLDS.map((t) => ({ y: yOf(t.value), w: 200, h: 17 }));
          const spots = placeThresholdLabels(labels, curves, plot);
          spots.forEach((b, i) => {
            if (!b) return;
            expect(curves.some((c) => lineHits(c, b))).toBe(false);
            // Next to its own line, not across the other's.
            expect(Math.min(Math.abs(b.y + b.h - labels[i]!.y), Math.abs(b.y - labels[i]!.y))).toBeLessThanOrEqual(4);
            expect(
              lineHits(
                [
                  { x: plot.x, y: labels[1 - i]!.y },
                  { x: plot.x + plot.w, y: labels[1 - i]!.y },
                ],
                b,
              ),
            ).toBe(false);
            expect(b.x >= plot.x && b.x + b.w <= plot.x + plot.w && b.y >= plot.y && b.y + b.h <= plot.y + plot.h).toBe(
              true,
            );
          });
          if (spots[0] && spots[1]) expect(boxesMeet(spots[0], spots[1])).toBe(false);
        },
      ),
    );
  });

  it('finds a free spot on the playtest class and a straight line, with none when curves fill both sides', () => {
    const plot = { x: 0, y: 0, w: 400, h: 200 };
    const flat = (v: number) => [
      { x: 0, y: 200 - 2 * v },
      { x: 400, y: 200 - 2 * v },
    ];
    const label = [{ y: 80, w: 150, h: 17 }];
    expect(placeThresholdLabels(label, [flat(70)], plot)[0]).not.toBeNull();
    // A curve just above and another just below the line, all the way along: no room either side.
    expect(placeThresholdLabels(label, [flat(65), flat(55)], plot)[0]).toBeNull();
  });
});

describe('the chart laid out for its box', () => {
  const WIDTHS = [MIN_W, 300, 342, 358, 390, 520, 640, 700, 960];

  it('keeps every word inside the drawing, apart from the others and off the curves, at every width', () => {
    for (const series of [CLASS, [CLASS[0]!], CLASS.concat(CLASS, CLASS.slice(0, 2))])
      for (const w of WIDTHS) {
        const lay = layoutChart(spec(series), w, estimate);
        // One unit to one CSS px: the page draws W units in a box W px wide.
        expect(lay.W).toBe(w);
        const boxes = lay.texts.map((t) => t.box);
        for (const b of boxes) expect(inside(b, lay.W, lay.H), `${JSON.stringify(b)} in ${lay.W}×${lay.H}`).toBe(true);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            expect(boxesMeet(boxes[i]!, boxes[j]!, 0), `${lay.texts[i]!.text} / ${lay.texts[j]!.text} at ${w}`).toBe(
              false,
            );
        for (const t of lay.texts.filter((t) => t.cls === 'threshold-label'))
          expect(lay.curves.some((c) => lineHits(c, t.box))).toBe(false);
      }
  });

  it("says every threshold, in the plot or in the key, and every game's number once", () => {
    const lay = layoutChart(spec(CLASS), 390, estimate);
    const said = lay.texts.filter((t) => t.cls === 'threshold-label').map((t) => t.text);
    expect(said.sort()).toEqual(THRESHOLDS.map((t) => t.label).sort());
    const numbers = lay.texts
      .filter((t) => t.cls === 'end-label')
      .flatMap((t) => [t.text, ...(t.rows ?? [])].join(', ').split(', '))
      .map(Number)
      .sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4]);
    // On a phone, game 1 (ending at 85) keeps its own number: none of the others' sits by its line.
    for (const w of [342, 358, 390]) {
      const labels = layoutChart(spec(CLASS), w, estimate).texts.filter((t) => t.cls === 'end-label');
      expect(labels.map((t) => [t.text, ...(t.rows ?? [])].join(' / '))).toEqual(['1', '2, 3 / 4']);
    }
    // Drawn wider on a wide box, never narrower than MIN_W.
    expect(layoutChart(spec(CLASS), 100, estimate).W).toBe(MIN_W);
  });
});
