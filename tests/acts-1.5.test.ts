// Scenario 1.5.0 (the historian's read of 1.4.0, P1, P3, P4): acts that told or needed another act
// now check it. Obama's words on the downing are acts of their own that happen only where the downing
// did (and, at the climate summit, where the two presidents met); Fabius's softening on Assad needs a
// Paris that still wants him gone; the Smetlivy's warning shots need the downing.
import { describe, expect, it } from 'vitest';
import { cloneWorld } from '../src/state/rules/model/effects';
import { fireEvents } from '../src/state/rules/model/events';
import { initWorld } from '../src/state/rules/step';
import { runPolicy } from '../src/state/bots/policies';
import { playAll } from '../src/state/rules/game';
import { playMovesGame } from '../src/state/bots/moves';
import { readWhatIfs } from '../scripts/whatif/files';
import { rules, scenario } from './helpers';

const roundOf = (id: string) => {
  const d = scenario.events.find((e) => e.id === id)!.date;
  return scenario.calendar.rounds.findLastIndex((r) => r <= d);
};
const fired = (w: { rounds: { events: string[] }[] }) => w.rounds.flatMap((r) => r.events);

describe('acts that rest on the downing of the Su-24', () => {
  it('on the historical line of every role, Obama backs Ankara and the Smetlivy fires, as in 2015', () => {
    for (const role of ['FRA', 'RUS'])
      for (const seed of [1, 2, 3]) {
        const ev = fired(runPolicy(scenario, seed, role, 'historical').world);
        expect(ev, `${role} ${seed}`).toContain('su24-shootdown');
        expect(ev, `${role} ${seed}`).toContain('obama-backs-turkey');
        expect(ev, `${role} ${seed}`).toContain('obama-putin-turkey');
        expect(ev, `${role} ${seed}`).toContain('smetlivy');
      }
  });

  it('where Moscow courted Ankara and there was no downing, Obama says nothing of it and no warning shots are fired', () => {
    const line = readWhatIfs(rules).find((f) => f.file === 'rus-courts-ankara.json')!.line;
    let without = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const ev = fired(playMovesGame(rules, line, seed).world);
      if (ev.includes('su24-shootdown')) continue;
      without++;
      expect(ev).not.toContain('obama-backs-turkey');
      expect(ev).not.toContain('obama-putin-turkey');
      expect(ev).not.toContain('smetlivy');
      // The meetings themselves still take place, without the downing in their account.
      expect(ev).toContain('obama-putin-cop21');
    }
    expect(without).toBeGreaterThan(3);
  });

  it('Obama urges Putin to calm things with Ankara only where the two met at the summit', () => {
    for (const seed of [3, 8]) {
      const base = runPolicy(scenario, seed, 'RUS', 'historical');
      const acts = [...base.actions];
      // The first move of the summit's round: Moscow declines to meet Obama.
      let ends = 0;
      const at = acts.findIndex((a) => a.type === 'end' && ++ends === roundOf('obama-putin-cop21'));
      acts.splice(at + 1, 0, { type: 'decide', act: 'obama-putin-cop21' });
      const g = playAll(scenario, seed, 'RUS', acts);
      if (!g.ok) throw new Error(g.error);
      const ev = fired(g.game.world);
      expect(ev).toContain('su24-shootdown');
      expect(ev).toContain('obama-putin-cop21/vetoed');
      expect(ev).not.toContain('obama-putin-turkey');
      // Where they met, it was said.
      expect(fired(base.world)).toContain('obama-putin-turkey');
    }
  });

  it('the meetings no longer tell the downing themselves', () => {
    for (const id of ['hollande-washington', 'obama-putin-cop21']) {
      const e = scenario.events.find((x) => x.id === id)!;
      expect(e.reading, id).not.toMatch(/shot down|downing|Turkey/);
      expect(e.perspectives.map((p) => p.text).join(' '), id).not.toMatch(/Turkey/);
    }
  });
});

describe('Fabius softens only a line that still wants Assad gone', () => {
  const at = (assad: number) => {
    const w = cloneWorld(initWorld(rules, 4, 'USA'));
    w.round = roundOf('fabius-assad');
    w.pos.FRA!.assad = assad;
    return fireEvents(rules, w, 0);
  };
  it('at 35 or less the record: he softens it; above, the game says he only restates it', () => {
    expect(at(30)).toContain('fabius-assad');
    expect(at(35)).toContain('fabius-assad');
    expect(at(36)).toContain('fabius-assad/otherwise');
    expect(at(60)).not.toContain('fabius-assad');
  });
});
