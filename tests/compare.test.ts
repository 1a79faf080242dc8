// The class comparison and the guide's counts, in Node: the browser shows exactly these numbers.
import { describe, expect, it } from 'vitest';
import { citationIndex } from '../src/data/citationIndex';
import { provenance } from '../src/data/provenance';
import { combineRows, compareGames } from '../src/state/view/compare';
import { comparisonTable } from '../src/state/view/comparisonTable';
import { grandGaps } from '../src/state/rules/model/outcome';
import { playAll } from '../src/state/rules/game';
import { runPolicy } from '../src/state/bots/policies';
import { rules, scenario } from './helpers';

describe('class comparison', () => {
  it('finds where groups parted: identical games never part, a changed move parts in its round', () => {
    const base = runPolicy(scenario, 2015, 'FRA', 'greedy');
    // The same moves up to the end of round 3, then only ends of rounds: a group that stopped trying.
    let ends = 0;
    const cut = base.actions.findIndex((a) => a.type === 'end' && ++ends === 3) + 1;
    const rest = Array.from({ length: scenario.calendar.rounds.length - 3 }, () => ({ type: 'end' as const }));
    const quitter = playAll(scenario, 2015, 'FRA', [...base.actions.slice(0, cut), ...rest]);
    if (!quitter.ok) throw new Error(quitter.error);
    const c = compareGames(rules, [
      { name: 'A', game: base },
      { name: 'B', game: base },
      { name: 'C', game: quitter.game },
    ]);
    expect(c.sameSetting).toBe(true);
    expect(c.parted[0]![1]).toBeNull();
    expect(c.parted[0]![2]).toBe(3);
    expect(c.firstSplit).toBe(3);
    expect(c.splits[3]!.choices).toHaveLength(2);
    expect(c.rows[2]!.meter).toHaveLength(scenario.calendar.rounds.length + 1);
    expect(c.outcomes.reduce((n, o) => n + o.count, 0)).toBe(3);
    const table = comparisonTable(c, scenario.calendar.rounds);
    expect(table[2]!.member_capitals).toBe(c.rows[2]!.memberNames.join('; '));
    expect(table[2]!.why).toBe(c.rows[2]!.why);
    expect(table[0]!.final_meter).toBe(base.world.meter.value);
  });

  it('gives each group figures that depend on its own game only: adding games, on any seed, changes no row', () => {
    const base = runPolicy(scenario, 2015, 'FRA', 'greedy');
    let ends = 0;
    const cut = base.actions.findIndex((a) => a.type === 'end' && ++ends === 3) + 1;
    const rest = Array.from({ length: scenario.calendar.rounds.length - 3 }, () => ({ type: 'end' as const }));
    const quitter = playAll(scenario, 2015, 'FRA', [...base.actions.slice(0, cut), ...rest]);
    if (!quitter.ok) throw new Error(quitter.error);
    const others = [
      runPolicy(scenario, 99, 'FRA', 'random'),
      runPolicy(scenario, 7, 'USA', 'strategist'),
      runPolicy(scenario, 2015, 'FRA', 'historical'),
    ];
    const alone = compareGames(rules, [
      { name: 'A', game: base },
      { name: 'C', game: quitter.game },
    ]);
    // The case the class saw: a game on another seed joins, and the first two rows stay as they were.
    const more = compareGames(rules, [
      { name: 'A', game: base },
      { name: 'C', game: quitter.game },
      ...others.map((game, i) => ({ name: `X${i}`, game })),
    ]);
    expect(more.rows.slice(0, 2)).toEqual(alone.rows);
    // In any order, with any company, a group's row is its row alone.
    const shuffled = compareGames(rules, [
      { name: 'X1', game: others[1]! },
      { name: 'C', game: quitter.game },
      { name: 'X0', game: others[0]! },
      { name: 'A', game: base },
    ]);
    expect(shuffled.rows[3]).toEqual(compareGames(rules, [{ name: 'A', game: base }]).rows[0]);
    expect(shuffled.rows[1]).toEqual(alone.rows[1]);
    // And the combination never rewrites the rows it is given.
    const rows = alone.rows.map((r) => structuredClone(r));
    combineRows(rows, scenario.calendar.rounds);
    expect(rows).toEqual(alone.rows);
    // The relations between games are still there, in their own sections.
    expect(alone.parted[0]![1]).toBe(3);
  });

  it('explains each outcome from the final state and shows which capitals differ between groups', () => {
    // The planned American game wins often, not always (docs/BALANCE.md): the first seed from 2015 on where it does.
    const grand = Array.from({ length: 20 }, (_, k) => runPolicy(scenario, 2015 + k, 'USA', 'strategist')).find(
      (g) => g.world.outcome === 'grand_coalition',
    )!;
    const parallel = runPolicy(scenario, 2015, 'FRA', 'historical');
    const fracture = runPolicy(scenario, 2015, 'FRA', 'passive');
    expect([grand, parallel, fracture].map((g) => g.world.outcome)).toEqual([
      'grand_coalition',
      'parallel_campaigns',
      'fracture',
    ]);
    const c = compareGames(rules, [
      { name: 'G', game: grand },
      { name: 'P', game: parallel },
      { name: 'F', game: fracture },
    ]);
    const [g, p, f] = c.rows;
    expect(g!.why).toMatch(/^Every condition met: /);
    expect(p!.why).toMatch(/^No grand coalition: .* Parallel campaigns, because the campaigns still coordinate: /);
    expect(f!.why).toMatch(/^No grand coalition: .* Not even parallel campaigns: /);
    // Each missed condition named in the line is one the rules found missing.
    const gaps = grandGaps(rules, parallel.world, parallel.world.meter);
    for (const a of gaps.outside) expect(p!.why).toContain(rules.actor[a]!.name);
    if (gaps.meter !== null) expect(p!.why).toContain(`meter ${gaps.meter.toFixed(1)}`);
    if (gaps.deconfliction !== null) expect(p!.why).toContain(`deconfliction ${Math.round(gaps.deconfliction * 100)}%`);
    // Where each left the historical line: the planned game leaves it; the historical one does not.
    expect(g!.road).toMatch(/^Round \d+ \(\d+ \w{3}\): /);
    expect(p!.road).toMatch(/^Stayed on the historical line throughout, with the same moves as 2015\.$/);
    expect(f!.road).toMatch(/^Round \d+ /);
    // The members by name, as the meter counts them, the player aside.
    for (const [i, game] of [grand, parallel, fracture].entries())
      expect(c.rows[i]!.memberNames).toEqual(
        game.world.meter.members.filter((a) => a !== game.world.role).map((a) => rules.actor[a]!.name),
      );
    // Every capital is either in every group's coalition or listed with the groups that have it,
    // judged only in the games it did not lead (the roles are mixed here: a group never lacks its own country).
    const all = new Set(c.rows.flatMap((r) => r.memberNames));
    for (const name of all) {
      const judged = c.rows.filter((r) => r.role !== name);
      const have = judged.filter((r) => r.memberNames.includes(name)).map((r) => r.name);
      if (have.length === judged.length) expect(c.members.common).toContain(name);
      else expect(c.members.differing).toContainEqual({ name, groups: have });
    }
    // France, a member of the American game and the player in the other two, is not "missing" from them.
    expect(c.rows[0]!.memberNames).toContain('France');
    expect(c.members.differing.map((d) => d.name)).not.toContain('France');
    expect(c.members.differing.length).toBeGreaterThan(0);
  });

  it('says when a committed capital is kept out by a member\u2019s condition, not by its commitment', () => {
    // A game where Russia is committed enough but kept out (Washington's condition on its strikes).
    const kept = [2015, 2016, 2017, 2018, 2019, 2020]
      .flatMap((seed) => (['greedy', 'random'] as const).map((p) => runPolicy(scenario, seed, 'FRA', p)))
      .find((g) => g.world.commit.RUS! >= 0.5 && !g.world.meter.members.includes('RUS'));
    expect(kept, 'no game with Russia committed but out among 12').toBeDefined();
    const why = compareGames(rules, [{ name: 'K', game: kept! }]).rows[0]!.why;
    expect(why).toMatch(/Russia kept out by .* condition although committed \d+%/);
  });

  it('says when games were played on different settings', () => {
    const c = compareGames(rules, [
      { name: 'A', game: runPolicy(scenario, 1, 'FRA', 'random') },
      { name: 'B', game: runPolicy(scenario, 2, 'USA', 'random') },
    ]);
    expect(c.sameSetting).toBe(false);
    expect(c.settings).toHaveLength(2);
  });
});

describe('what the guide and the sources panel count', () => {
  it('tallies every position as sourced or assumed', () => {
    const rows = provenance(scenario);
    const positions = rows.find((r) => r.kind.startsWith('Actors'))!;
    expect(positions.sourced + positions.assumed).toBe(scenario.actors.length * scenario.issues.length);
    expect(positions.sourced).toBeGreaterThan(0);
  });

  it('indexes every cited paragraph, and each says what it supports or which topic retells it', () => {
    const { paragraphs } = citationIndex(scenario);
    for (const p of paragraphs) expect(p.uses.length + p.topics.length, p.ref).toBeGreaterThan(0);
    const usa = scenario.actors.find((a) => a.id === 'USA')!;
    const red = usa.constraints.find((c) => c.source)!;
    expect(
      paragraphs
        .find((p) => p.article === red.source!.article && p.paragraph === red.source!.paragraph)!
        .uses.some((u) => u.includes('United States, red line')),
    ).toBe(true);
  });
});
