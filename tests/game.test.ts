import { describe, expect, it } from 'vitest';
import type { PlayerAction } from '../src/state/actions';
import { createGame, finalHash, isOver, play, playAll, worldOf } from '../src/state/game';
import { runPolicy } from '../src/state/policies';
import { scenario } from './helpers';

const start = (seed = 1) => createGame({ scenario, seed, role: 'FRA' });

describe('the game machine', () => {
  it('spawns one child actor per country other than the player', () => {
    const g = start();
    expect(Object.keys(g.getSnapshot().children).sort()).toEqual(
      scenario.actors
        .map((a) => a.id)
        .filter((a) => a !== 'FRA')
        .sort(),
    );
    expect(g.getSnapshot().value).toBe('briefing');
  });

  it('answers an ask before play returns, spends action points and records the answer', () => {
    const g = start();
    expect(play(g, { type: 'call', target: 'USA' })).toBeNull();
    const w = worldOf(g);
    expect(w.ap).toBe(2);
    const rec = w.rounds[0]!.actions[0]!;
    expect(rec.answer?.kind).toMatch(/accept|reject|counter/);
    expect(rec.answer?.evaluation.factors.length).toBeGreaterThan(3);
  });

  it('refuses illegal moves with a reason and changes nothing', () => {
    const g = start();
    const before = finalHash(worldOf(g));
    expect(play(g, { type: 'call', target: 'FRA' })).toMatch(/yourself/);
    expect(play(g, { type: 'call', target: 'XYZ' })).toMatch(/unknown actor/);
    expect(play(g, { type: 'proposal', target: 'RUS', terms: {} })).toMatch(/terms/);
    expect(play(g, { type: 'statement', issue: 'assad', position: 140 })).toMatch(/0 to 100/);
    play(g, { type: 'visit', target: 'USA' });
    expect(play(g, { type: 'visit', target: 'RUS' })).toMatch(/costs 2 action points, 1 left/);
    expect(finalHash(worldOf(g))).not.toBe(before);
  });

  it('plays twelve rounds to the debrief and names an outcome', () => {
    const g = start();
    let rounds = 0;
    while (!isOver(g)) {
      play(g, { type: 'end' });
      rounds += 1;
    }
    expect(rounds).toBe(12);
    expect(worldOf(g).outcome).toMatch(/grand_coalition|parallel_campaigns|fracture/);
    expect(play(g, { type: 'end' })).toMatch(/over/);
  });

  it('honours its own counter-offer when the player sends the same terms back', () => {
    for (let seed = 0; seed < 60; seed++) {
      const g = start(seed);
      play(g, { type: 'proposal', target: 'TUR', terms: { assad: 45 } });
      const ans = worldOf(g).rounds[0]!.actions[0]!.answer!;
      if (ans.kind !== 'counter') continue;
      play(g, { type: 'proposal', target: 'TUR', terms: ans.counter! });
      const second = worldOf(g).rounds[0]!.actions[1]!.answer!;
      expect(second.kind).toBe('accept');
      expect(second.roll).toBeNull();
      return;
    }
    throw new Error('no counter-offer in 60 seeds');
  });
});

describe('determinism', () => {
  it('same scenario, seed and actions give the same hash; another seed gives another', () => {
    for (const p of ['random', 'greedy', 'historical'] as const) {
      const a = runPolicy(scenario, 5, 'FRA', p);
      const b = runPolicy(scenario, 5, 'FRA', p);
      expect(a.hash).toBe(b.hash);
      expect(a.hash).not.toBe(runPolicy(scenario, 6, 'FRA', p).hash);
    }
  });

  it('one more action does not shift unrelated draws: later random events are unchanged', () => {
    const base: PlayerAction[] = Array.from({ length: 12 }, () => ({ type: 'end' }));
    const more: PlayerAction[] = [{ type: 'call', target: 'EGY' }, ...base];
    for (let seed = 0; seed < 20; seed++) {
      const a = playAll(scenario, seed, 'FRA', base);
      const b = playAll(scenario, seed, 'FRA', more);
      if (!a.ok || !b.ok) throw new Error('illegal');
      const randomIds = new Set(scenario.randomEvents.map((e) => e.id));
      const pick = (w: typeof a.game.world) => w.rounds.map((r) => r.events.filter((e) => randomIds.has(e)));
      expect(pick(b.game.world)).toEqual(pick(a.game.world));
    }
  });
});

describe('purity', () => {
  it('never changes an earlier world: every step returns a new one and leaves the old intact', () => {
    const g = start(9);
    const seen: { world: ReturnType<typeof worldOf>; copy: string }[] = [];
    const keep = () => seen.push({ world: worldOf(g), copy: JSON.stringify(worldOf(g)) });
    keep();
    const moves: PlayerAction[] = [
      { type: 'statement', issue: 'assad', position: 45 },
      { type: 'proposal', target: 'RUS', terms: { target: 45, assad: 55 } },
      { type: 'concession', target: 'TUR', issue: 'assad' },
      { type: 'end' },
      { type: 'visit', target: 'RUS' },
      { type: 'end' },
    ];
    for (const m of moves) {
      play(g, m);
      keep();
    }
    for (const s of seen) expect(JSON.stringify(s.world)).toBe(s.copy);
  });
});

describe('roles', () => {
  it('lets the player lead the United States, with its own historical policy and the same determinism', () => {
    const a = runPolicy(scenario, 3, 'USA', 'historical');
    expect(a.world.role).toBe('USA');
    expect(a.actions[0]).toEqual({ type: 'statement', issue: 'russia', position: 45 });
    expect(runPolicy(scenario, 3, 'USA', 'historical').hash).toBe(a.hash);
    expect(a.hash).not.toBe(runPolicy(scenario, 3, 'FRA', 'historical').hash);
  });

  it('refuses a role the scenario does not offer', () => {
    expect(() => createGame({ scenario, seed: 1, role: 'ISR' })).toThrow(/no role/);
  });
});
