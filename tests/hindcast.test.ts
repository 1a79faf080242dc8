// The hindcast: the historical line of play, from the 17 November state, must land on the record's
// checkpoints (`npm run hindcast` runs 500 seeds a role; docs/HINDCAST.md has the figures).
import { describe, expect, it } from 'vitest';
import { checkpointsFor, failures, hindcastRole, sanctionsInForce, worldAt } from '../src/state/rules/hindcast';
import { runPolicy } from '../src/state/bots/policies';
import { rules, scenario } from './helpers';

const AIM = 0.95;

describe('hindcast against the record', () => {
  it('has checkpoints at the end of November, mid-December and 28 December, each with its sources', () => {
    const dates = new Set(scenario.checkpoints.map((c) => c.date));
    expect([...dates].sort()).toEqual(['2015-11-29', '2015-12-16', '2015-12-28']);
    for (const c of scenario.checkpoints) expect(c.sources.length).toBeGreaterThan(0);
    for (const role of scenario.roles.map((r) => r.actor))
      expect(checkpointsFor(scenario, role).length).toBeGreaterThan(10);
  });

  it.each(scenario.roles.map((r) => r.actor))(
    '%s: the historical line ends where 2015 ended (parallel campaigns) at every level, seed after seed',
    (role) => {
      const ends: Record<string, number> = {};
      for (const level of ['easy', 'normal', 'hard'] as const)
        for (let seed = 1; seed <= 100; seed++) {
          const o = runPolicy(scenario, seed, role, 'historical', level).world.outcome!;
          ends[o] = (ends[o] ?? 0) + 1;
        }
      expect(ends).toEqual({ parallel_campaigns: 300 });
    },
  );

  it.each(scenario.roles.map((r) => r.actor))(
    '%s: the historical line meets every checkpoint on 95%% of a sample of seeds',
    (role) => {
      const seeds = 40;
      const results = hindcastRole(rules, role, seeds, (seed, onRound) => {
        runPolicy(scenario, 7_000 + seed, role, 'historical', 'normal', onRound);
      });
      for (const r of results)
        expect(r.share, `${role} ${r.id}: ${JSON.stringify(r.misses)}`).toBeGreaterThanOrEqual(AIM);
    },
  );

  it('fails a checkpoint when the world leaves the record: an invented sanction, NATO in, Moscow striking ISIS only', () => {
    const worlds: ReturnType<typeof runPolicy>['world'][] = [];
    runPolicy(scenario, 1, 'FRA', 'historical', 'normal', (w) => worlds.push(w));
    const cp = (id: string) => scenario.checkpoints.find((c) => c.id === id)!;
    const end = structuredClone(worldAt(rules, worlds, '2015-12-28'));
    expect(failures(rules, end, cp('end-sanctions'))).toEqual([]);
    end.fired = { ...end.fired, 'sanction-USA-IRN': 1 };
    expect(sanctionsInForce(rules, end)).toContainEqual({ from: 'USA', to: 'IRN' });
    expect(failures(rules, end, cp('end-sanctions'))[0]).toMatch(/invented: USA>IRN/);
    const nov = structuredClone(worldAt(rules, worlds, '2015-11-29'));
    nov.pos.RUS = { ...nov.pos.RUS, target: 10 };
    expect(failures(rules, nov, cp('nov-russia-strikes'))[0]).toMatch(/RUS target too low/);
    nov.commit.RUS = 0.9;
    expect(failures(rules, nov, cp('nov-no-single-coalition'))[0]).toMatch(/RUS a member/);
  });
});
