// Scenario 1.7.0: the Su-24 needs an Ankara that keeps away from Moscow's campaign (in October 2015 it
// opposed the campaign and denied Moscow's claim that it had proposed a working group on Syria), so an
// American player who brings Ankara round to working with Moscow can avert the downing and what
// followed from it.
import { describe, expect, it } from 'vitest';
import { cloneWorld } from '../src/state/rules/model/effects';
import { fireEvents } from '../src/state/rules/model/events';
import { initWorld } from '../src/state/rules/step';
import { runPolicy } from '../src/state/bots/policies';
import { playMovesGame } from '../src/state/bots/moves';
import { readWhatIfs } from '../scripts/whatif/files';
import { rules, scenario } from './helpers';

const roundOf = (id: string) => {
  const d = scenario.events.find((e) => e.id === id)!.date;
  return scenario.calendar.rounds.findLastIndex((r) => r <= d);
};
const fired = (w: { rounds: { events: string[] }[] }) => w.rounds.flatMap((r) => r.events);

describe('the Su-24 and Ankara’s line on working with Moscow', () => {
  // The downing's round, with Moscow striking the border hills and Ankara distrusting it, as in 2015.
  const at = (turkeyOnRussia: number) => {
    const w = cloneWorld(initWorld(rules, 4, 'USA'));
    w.round = roundOf('su24-shootdown');
    w.pos.RUS!.target = 80;
    w.trust.TUR!.RUS = -0.3;
    w.pos.TUR!.russia = turkeyOnRussia;
    return fireEvents(rules, w, 0);
  };

  it('below "coordinate strikes" the record: Turkey fires; at it or above, the game’s escort instead', () => {
    expect(at(20)).toContain('su24-shootdown');
    expect(at(49)).toContain('su24-shootdown');
    expect(at(50)).toContain('su24-shootdown/otherwise');
    expect(at(65)).toContain('su24-shootdown/otherwise');
  });

  it('on the historical line of every role Ankara stays far from coordinating, and fires', () => {
    for (const role of ['FRA', 'USA', 'RUS'])
      for (const seed of [1, 2, 3]) {
        const g = runPolicy(scenario, seed, role, 'historical');
        expect(fired(g.world), `${role} ${seed}`).toContain('su24-shootdown');
        expect(g.world.pos.TUR!.russia, `${role} ${seed}`).toBeLessThan(50);
      }
  });

  it('an American player who brings Ankara round to working with Moscow averts the downing and the sanctions, with the reason', () => {
    const file = readWhatIfs(rules).find((f) => f.file === 'usa-brings-ankara-to-moscow.json')!;
    let averted = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const ev = fired(playMovesGame(rules, file.line, seed).world);
      if (!ev.includes('su24-shootdown/otherwise')) continue;
      averted++;
      expect(ev).not.toContain('su24-shootdown');
      expect(ev).not.toContain('russia-sanctions-turkey');
    }
    expect(averted).toBeGreaterThan(3);
    const act = scenario.events.find((e) => e.id === 'su24-shootdown')!;
    const cond = act.when!.find((c) => c.check.kind === 'position' && c.check.actor === 'TUR')!;
    expect(cond.sources).toContain('gulfnews-turkey-meeting');
  });
});
