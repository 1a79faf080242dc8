// Shares shown in whole per cent never cross the threshold they are compared with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEMBER_AT } from '../src/state/rules/model/meter';
import { percent, wholePercent } from '../src/state/view/percent';

describe('shares in per cent', () => {
  it('round down, so a capital just short of membership never reads as the 50% a member needs', () => {
    expect(percent(0.4975)).toBe('49%');
    expect(percent(0.5)).toBe('50%');
    expect(percent(0.29 + 0.21)).toBe('50%');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (k) => {
        expect(wholePercent(k) >= wholePercent(MEMBER_AT)).toBe(k >= MEMBER_AT - 1e-9);
      }),
    );
  });
});
