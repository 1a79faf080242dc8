// The class comparison and the guide's counts, in Node: the browser shows exactly these numbers.
import { describe, expect, it } from 'vitest';
import { citationIndex } from '../src/data/citationIndex';
import { provenance } from '../src/data/provenance';
import { comparisonTable, compareGames } from '../src/state/compare';
import { playAll } from '../src/state/game';
import { runPolicy } from '../src/state/policies';
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
    expect(c.rows.map((r) => r.ownPathFrom)).toEqual([null, null, 3]);
    expect(c.splits[3]!.choices).toHaveLength(2);
    expect(c.rows[2]!.meter).toHaveLength(scenario.calendar.rounds.length + 1);
    expect(c.outcomes.reduce((n, o) => n + o.count, 0)).toBe(3);
    const table = comparisonTable(c, scenario.calendar.rounds);
    expect(table[2]!.own_path_from_round).toBe(4);
    expect(table[0]!.final_meter).toBe(base.world.meter.value);
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
