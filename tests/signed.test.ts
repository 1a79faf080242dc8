// The "Why?" table's contributions: a zero that came out of a negative product (−0, or −0.001)
// reads "+0.00", not "+-0.00" (playtest 1.7.0, finding 13).
import { describe, expect, it } from 'vitest';
import { signed2 } from '../src/ui/negotiation';

describe('a signed contribution', () => {
  it('has one sign', () => {
    expect(signed2(-0)).toBe('+0.00');
    expect(signed2(0 * -0.3)).toBe('+0.00');
    expect(signed2(-0.001)).toBe('+0.00');
    expect(signed2(0.35)).toBe('+0.35');
    expect(signed2(-0.12)).toBe('\u22120.12');
  });
});
