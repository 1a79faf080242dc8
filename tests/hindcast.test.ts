// The hindcast: the historical line of play, from the 17 November state, must land on the record's
// checkpoints, and the other lines of play show which checkpoints any play can move (`npm run
// hindcast` runs 500 seeds a role and line; docs/HINDCAST.md has the figures).
import { describe, expect, it } from 'vitest';
import { checkpointsFor, failures, hindcastRole, sanctionsInForce, worldAt } from '../src/state/rules/hindcast';
import {
  FIXED_AT,
  hindcastAim,
  hindcastLines,
  NO_PLAY_MOVED_IT,
  policyLine,
  type HindcastLine,
} from '../src/state/bots/hindcastLines';
import { runPolicy } from '../src/state/bots/policies';
import { buildRules } from '../src/state/rules/rules';
import type { World } from '../src/state/rules/world';
import { main } from '../scripts/hindcast/main';
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

describe('hindcast beside other lines of play', () => {
  const seeds = 6;
  const historical = policyLine(rules, 'RUS', 'historical');
  /** The historical line, with Moscow's line on what to strike moved onto ISIS in every world it shows. */
  const onIsis: HindcastLine = {
    id: 'on-isis',
    label: 'Moscow on ISIS',
    play: (seed, onRound) =>
      historical.play(seed, (w: World) => {
        const c = structuredClone(w);
        c.pos.RUS!.target = 10;
        onRound(c);
      }),
  };

  it('reports a checkpoint no line moves as a fixed fact, apart from the aim; one a line moves stays informative', () => {
    const res = hindcastLines(rules, 'RUS', seeds, [historical, onIsis]);
    expect(res.map((r) => r.id)).toEqual(checkpointsFor(scenario, 'RUS').map((c) => c.id));
    const strikes = res.find((r) => r.id === 'nov-russia-strikes')!;
    expect(strikes.lines).toEqual([
      { line: 'historical', matched: seeds, share: 1 },
      { line: 'on-isis', matched: 0, share: 0 },
    ]);
    expect(strikes).toMatchObject({ share: 1, fixed: false, fixedReason: null, markedFixedButMoved: false });
    // Every other checkpoint holds on both lines (the historical line's figures, above FIXED_AT).
    for (const r of res.filter((x) => !/russia-strikes/.test(x.id))) {
      expect(
        r.lines.every((l) => l.share >= FIXED_AT),
        r.id,
      ).toBe(true);
      expect(r).toMatchObject({ fixed: true, fixedReason: NO_PLAY_MOVED_IT });
    }
    const aim = hindcastAim(res, 0.95);
    expect(aim.informative.map((r) => r.id)).toEqual(['nov-russia-strikes', 'dec-russia-strikes']);
    expect(aim.fixed).toHaveLength(res.length - 2);
    expect(aim.below).toEqual([]);
    // One line alone has nothing to compare with: nothing is fixed.
    expect(hindcastLines(rules, 'RUS', 2, [historical]).some((r) => r.fixed)).toBe(false);
  });

  it('gives a fixed fact the reason its data states, and flags a checkpoint marked fixed that a line moved', () => {
    const marked = structuredClone(scenario);
    for (const c of marked.checkpoints)
      if (c.id === 'nov-sanctions' || c.id === 'nov-russia-strikes') c.fixed = 'only the calendar imposes sanctions';
    const r2 = buildRules(marked);
    const lines = [policyLine(r2, 'RUS', 'historical'), { ...onIsis, play: onIsis.play }];
    const res = hindcastLines(r2, 'RUS', 3, lines);
    expect(res.find((r) => r.id === 'nov-sanctions')).toMatchObject({
      fixed: true,
      fixedReason: 'only the calendar imposes sanctions',
    });
    expect(res.find((r) => r.id === 'nov-russia-strikes')).toMatchObject({ fixed: false, markedFixedButMoved: true });
    expect(res.find((r) => r.id === 'dec-forces')).toMatchObject({ fixedReason: NO_PLAY_MOVED_IT });
  });

  it('npm run hindcast prints every line beside the historical one, and --json the same with the fixed facts', () => {
    // Its main() in this process (the script only passes it argv, env and the streams).
    let out = '';
    let err = '';
    const code = main(
      ['--json'],
      { HINDCAST_SEEDS: '2' },
      {
        stdout: { write: (t: string) => (out += t) },
        stderr: { write: (t: string) => (err += t) },
      },
    );
    expect(code, err).toBe(0);
    expect(err).toMatch(/^hindcast: FRA, \d+ lines × 2 seeds\n/);
    const j = JSON.parse(out);
    expect(j).toMatchObject({ seeds: 2, aim: 0.95, fixedAt: FIXED_AT });
    for (const role of scenario.roles.map((x) => x.actor)) {
      const ids = j.lines[role].map((l: { id: string }) => l.id);
      expect(ids.slice(0, 4)).toEqual(['historical', 'passive', 'random', 'strategist']);
      expect(ids.filter((id: string) => id.startsWith('whatif:')).length, role).toBeGreaterThanOrEqual(2);
    }
    expect(j.results).toHaveLength(scenario.roles.reduce((n, x) => n + checkpointsFor(scenario, x.actor).length, 0));
    for (const res of j.results) expect(res.lines).toHaveLength(j.lines[res.role].length);
    expect(j.fixed).toEqual(
      j.results
        .filter((x: { fixed: boolean }) => x.fixed)
        .map((x: { role: string; id: string; fixedReason: string }) => ({
          role: x.role,
          id: x.id,
          reason: x.fixedReason,
        })),
    );
  });
});
