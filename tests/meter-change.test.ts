// "Last round" on the meter is the change over the last round closed: in a round being played, the
// one before it; in a finished game (no round open), the twelfth itself (playtest 2, finding 3: the
// debrief showed the eleventh's change as the last round's).
import { describe, expect, it } from 'vitest';
import { runPolicy } from '../src/state/bots/policies';
import { view } from '../src/state/view';
import { rules, scenario } from './helpers';

const tenth = (x: number) => Math.round(x * 10) / 10;

describe('the meter’s change over the last round', () => {
  it('is the last round’s own in the debrief of a finished game', () => {
    for (const [role, seed] of [
      ['FRA', 5],
      ['USA', 9],
      ['RUS', 2],
    ] as const) {
      const played = runPolicy(scenario, seed, role, 'strategist');
      const w = played.world;
      const n = w.rounds.length;
      const debrief = view(rules, w, 'debrief', null);
      expect(debrief.meter.change, `${role} debrief`).toBe(
        tenth(w.rounds[n - 1]!.meter!.value - w.rounds[n - 2]!.meter!.value),
      );
      expect(debrief.meter.value).toBe(w.rounds[n - 1]!.meter!.value);
    }
  });
});
