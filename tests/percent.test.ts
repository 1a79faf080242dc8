// Shares shown in whole per cent never cross the threshold they are compared with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEMBER_AT } from '../src/state/rules/model/meter';
import { percent, rollBeside, wholePercent } from '../src/state/view/percent';

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

describe('a roll beside its chance', () => {
  it('is shown on the side of the chance it fell, in whole numbers where they tell it', () => {
    // 32.81 below 33.12: whole numbers would read "33 against 33".
    expect(rollBeside(0.3281, 0.3312)).toEqual({ roll: 32.8, chance: 33.1, digits: 1 });
    expect(rollBeside(0.05, 0.16)).toEqual({ roll: 5, chance: 16, digits: 0 });
    // A roll equal to the chance is not below it: "33 against 33%" tells a no rightly.
    expect(rollBeside(0.3349, 0.3341)).toEqual({ roll: 33, chance: 33, digits: 0 });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (u, p) => {
        const s = rollBeside(u, p);
        expect(s.roll < s.chance).toBe(u < p);
        expect(Math.abs(s.roll - u * 100)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(s.chance - p * 100)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});
