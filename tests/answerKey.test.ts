// The teacher's answer key is generated, never typed in: its numbers are the balance runs' own
// (docs/balance.json), its conditions the scenario's, its paths games played by the rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerKey, ENDINGS, endingConditions, partnerConditions, percent } from '../src/data/answerKey';
import { describeAction } from '../src/state/view/explain';
import { runPolicy } from '../src/state/bots/policies';
import { typicalPaths } from '../src/state/view/paths';
import { rules, scenario } from './helpers';

const runs = JSON.parse(readFileSync('docs/balance.json', 'utf8')) as {
  games: number;
  outcomes: { role: string; policy: string; outcome: string; games: number; share: number }[];
  meanMeter: Record<string, number>;
};

describe('the answer key', () => {
  it('shows exactly the shares and mean meters of docs/balance.json, for every role and kind of play', () => {
    const key = answerKey(runs, scenario);
    expect(key.games).toBe(runs.games);
    expect(key.roles.map((r) => r.role)).toEqual(scenario.roles.map((r) => r.actor));
    let cells = 0;
    for (const r of key.roles)
      for (const row of r.rows) {
        ENDINGS.forEach((e, i) => {
          const o = runs.outcomes.find((x) => x.role === r.role && x.policy === row.policy && x.outcome === e)!;
          expect(row.shares[i], `${r.role} ${row.policy} ${e}`).toBe(o.share);
          cells++;
        });
        expect(row.meanMeter).toBe(runs.meanMeter[`${r.role}/${row.policy}`]);
        // Every line plays the runs' games, but the hint-follower (slower: BALANCE_HINT_GAMES) fewer.
        const played = runs.outcomes
          .filter((x) => x.role === r.role && x.policy === row.policy)
          .reduce((n, x) => n + x.games, 0);
        expect(row.games).toBe(played);
        if (row.policy !== 'hints') expect(row.games).toBe(runs.games);
      }
    expect(cells).toBe(runs.outcomes.length);
  });

  it('follows the runs when they change: other numbers, another best plan, another historical ending', () => {
    const changed = structuredClone(runs);
    for (const o of changed.outcomes)
      if (o.role === 'FRA') {
        // Swap the French outcomes: the greedy bot now builds the coalition, history fractures.
        o.share = o.policy === 'greedy' ? (o.outcome === 'Grand coalition' ? 0.9 : 0.05) : o.share;
        if (o.policy === 'historical') o.share = o.outcome === 'Fracture' ? 0.7 : 0.15;
      }
    const fra = answerKey(changed, scenario).roles.find((r) => r.role === 'FRA')!;
    expect(fra.best).toEqual({ label: 'A group that chases the meter', share: 0.9 });
    expect(fra.historical).toEqual({ ending: 'Fracture', share: 0.7 });
    const now = answerKey(runs, scenario).roles.find((r) => r.role === 'FRA')!;
    expect(now.best).not.toEqual(fra.best);
  });

  it('says when the runs were not made with the rules the game now plays', () => {
    expect(answerKey({ ...runs, scenario: scenario.version }, scenario).stale).toBe(false);
    const old = answerKey({ ...runs, scenario: '1.0.0' }, scenario);
    expect(old).toMatchObject({ stale: true, runsOf: '1.0.0' });
    const unsaid = answerKey({ ...runs, scenario: undefined }, scenario);
    expect(unsaid).toMatchObject({ stale: true, runsOf: null });
  });

  it('refuses runs it cannot read, saying what is wrong', () => {
    expect(() => answerKey({ games: 10 }, scenario)).toThrow(/outcomes/);
  });

  it('prints shares as whole per cent, and a rare outcome as rare, not as 0%', () => {
    expect(percent(0.764)).toBe('76%');
    expect(percent(0.002)).toBe('under 1%');
    expect(percent(0)).toBe('0%');
  });

  it('says what each ending takes from the scenario\u2019s thresholds and each role\u2019s needs and terms', () => {
    for (const role of scenario.roles) {
      const [grand, parallel] = endingConditions(scenario, role.actor);
      expect(grand!.needs.join(' ')).toContain(`meter is ${scenario.outcomes.grand.meter} or more`);
      expect(grand!.needs.join(' ')).toContain(`${Math.round(scenario.outcomes.grand.deconfliction * 100)}% or more`);
      const partner = partnerConditions(scenario, role.needs.grand);
      expect(grand!.needs).toHaveLength(3 + partner.length + role.terms.length);
      for (const a of role.needs.grand)
        expect(grand!.needs[0]).toContain(scenario.actors.find((x) => x.id === a)!.name);
      expect(parallel!.needs.join(' ')).toContain(`meter is ${scenario.outcomes.parallel.meter} or more`);
    }
    // A capital the role needs may be kept out by a member's condition on its own line, whatever its
    // commitment: France's goal says so for Russia, with the capitals that set the condition.
    const onRussia = scenario.actors.filter((a) => a.constraints.some((c) => c.about === 'RUS'));
    expect(onRussia.length).toBeGreaterThan(0);
    const [fra] = endingConditions(scenario, 'FRA');
    const line = fra!.needs.filter((n) => n.startsWith('Russia can be a member only while')).join(' ');
    for (const a of onRussia) expect(line).toContain(a.name);
  });

  it('plays the typical paths on the class\u2019s setting: the same games the policies play, round by round', () => {
    const paths = typicalPaths(rules, 2015, 'FRA', 'normal');
    expect(paths.map((p) => p.policy)).toEqual(['historical', 'strategist']);
    for (const p of paths) {
      const g = runPolicy(scenario, 2015, 'FRA', p.policy, 'normal');
      expect(p.hash).toBe(g.hash);
      expect(p.finalMeter).toBe(g.world.meter.value);
      expect(p.rounds).toHaveLength(g.world.rounds.length);
      expect(p.rounds.flatMap((r) => r.moves.map((m) => m.move))).toEqual(
        g.actions.filter((a) => a.type !== 'end').map((a) => describeAction(rules, a)),
      );
    }
    // A different seed is a different game.
    expect(typicalPaths(rules, 7, 'FRA', 'normal')[0]!.hash).not.toBe(paths[0]!.hash);
  });
});
