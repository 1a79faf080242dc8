import { describe, expect, it } from 'vitest';
import { draw } from '../src/state/rules/random';

describe('seeded streams', () => {
  it('pins exact outputs, so a library upgrade that changes them cannot slip through', () => {
    expect(draw(1, 'answer', 0, 'RUS', 0)).toMatchInlineSnapshot(`0.5838823134545237`);
    expect(draw(42, 'event', 3, 'near-miss')).toMatchInlineSnapshot(`0.4956347194965929`);
  });

  it('gives each key its own draw: changing any part changes the value', () => {
    const base = draw(7, 'answer', 2, 'USA', 0);
    expect(draw(7, 'answer', 2, 'USA', 0)).toBe(base);
    for (const other of [
      draw(8, 'answer', 2, 'USA', 0),
      draw(7, 'drift', 2, 'USA', 0),
      draw(7, 'answer', 3, 'USA', 0),
      draw(7, 'answer', 2, 'RUS', 0),
      draw(7, 'answer', 2, 'USA', 1),
    ]) {
      expect(other).not.toBe(base);
    }
  });

  it('is roughly uniform', () => {
    let sum = 0;
    const n = 4000;
    for (let i = 0; i < n; i++) sum += draw(i, 'policy', 0, 'x');
    expect(sum / n).toBeGreaterThan(0.47);
    expect(sum / n).toBeLessThan(0.53);
  });
});
