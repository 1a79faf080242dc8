// Votes the player's capital can block (issue 23, item 2): a permanent member the player leads may
// veto Resolutions 2249, 2253 and 2254 in their rounds, and France may withhold its consent to the
// EU's rollover of sanctions on Russia; the record's choice lets them pass, and an act that depended
// on a blocked vote goes otherwise.
import { describe, expect, it } from 'vitest';
import type { PlayerAction } from '../src/state/rules/actions';
import { playAll } from '../src/state/rules/game';
import { applyAction } from '../src/state/rules/reducer';
import { runPolicy } from '../src/state/bots/policies';
import { sanctionsInForce } from '../src/state/rules/hindcast';
import { divergenceView, view } from '../src/state/view';
import { rules, scenario } from './helpers';

const VOTES = ['unsc-2249', 'unsc-2253', 'unsc-2254'] as const;
const roundOf = (id: string) => {
  const d = scenario.events.find((e) => e.id === id)!.date;
  return scenario.calendar.rounds.findLastIndex((r) => r <= d);
};

/** Index of the first move of round `r` in a line of moves (after its r-th `end`). */
const startOf = (acts: readonly PlayerAction[], r: number): number => {
  let ends = 0;
  for (let i = 0; i < acts.length; i++) {
    if (ends === r) return i;
    if (acts[i]!.type === 'end') ends++;
  }
  return acts.length;
};

/** The historical line of a role with a move put first in round `r`. */
function withMove(role: string, seed: number, r: number, move: PlayerAction): PlayerAction[] {
  const acts = [...runPolicy(scenario, seed, role, 'historical').actions];
  acts.splice(startOf(acts, r), 0, move);
  return acts;
}

/** The world after a line of moves (they must all be legal). */
function worldAfter(role: string, seed: number, acts: PlayerAction[]) {
  const g = playAll(scenario, seed, role, acts);
  if (!g.ok) throw new Error(`move ${g.index}: ${g.error}`);
  return g.game.world;
}

describe('Security Council vetoes', () => {
  it('every role may block every vote in its round, and it fails there with its cost', () => {
    for (const role of ['FRA', 'USA', 'RUS'])
      for (const id of role === 'FRA' ? [...VOTES, 'eu-sanctions-extended'] : VOTES) {
        const acts = withMove(role, 3, roundOf(id), { type: 'decide', act: id });
        const g = playAll(scenario, 3, role, acts);
        if (!g.ok) throw new Error(`${role} ${id}: ${g.error}`);
        const fired = g.game.world.rounds.flatMap((r) => r.events);
        expect(fired, `${role} ${id}`).toContain(`${id}/vetoed`);
        expect(fired).not.toContain(id);
        const base = runPolicy(scenario, 3, role, 'historical');
        expect(base.world.rounds.flatMap((r) => r.events)).toContain(id);
        expect(g.game.hash).not.toBe(base.hash);
      }
  });

  it('Paris withholding consent to the EU rollover leaves the sanctions in force to the end, and Moscow warmer', () => {
    const acts = withMove('FRA', 5, roundOf('eu-sanctions-extended'), { type: 'decide', act: 'eu-sanctions-extended' });
    const w = worldAfter('FRA', 5, acts);
    const base = runPolicy(scenario, 5, 'FRA', 'historical').world;
    expect(w.rounds.flatMap((r) => r.events)).toContain('eu-sanctions-extended/vetoed');
    expect(w.trust.RUS!.FRA!).toBeGreaterThan(base.trust.RUS!.FRA!);
    expect(w.trust.DEU!.FRA!).toBeLessThan(base.trust.DEU!.FRA!);
    // The rollover ran them to July 2016; without it they still ran to 31 January, after the game.
    expect(sanctionsInForce(rules, w).some((x) => x.from === 'FRA' && x.to === 'RUS')).toBe(true);
  });

  it('the vote is offered only in its round, with what the capital did in 2015', () => {
    const g = runPolicy(scenario, 4, 'RUS', 'historical');
    // Round 0: no vote yet; refused with a reason.
    const early = applyAction(rules, worldAfter('RUS', 4, []), { type: 'decide', act: 'unsc-2254' });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.reason).toMatch(/not open to decision this round/);
    // The round of the 18 December vote: offered, with Russia's own record.
    const at = { game: { world: worldAfter('RUS', 4, g.actions.slice(0, startOf(g.actions, roundOf('unsc-2254')))) } };
    const v = view(rules, at.game.world, 'diplomacy', null);
    const act = v.acts.find((a) => a.id === 'unsc-2254');
    expect(act?.veto).toMatch(/Russia voted for the road map/);
    expect(act?.question).toMatch(/Veto/);
    // Deciding twice is refused.
    const once = applyAction(rules, at.game.world, { type: 'decide', act: 'unsc-2254' });
    if (!once.ok) throw new Error(once.reason);
    const twice = applyAction(rules, once.world, { type: 'decide', act: 'unsc-2254' });
    expect(twice.ok).toBe(false);
  });

  it('an act that rested on a blocked vote goes otherwise, and the debrief says the player blocked it', () => {
    const acts = withMove('USA', 8, roundOf('unsc-2249'), { type: 'decide', act: 'unsc-2249' });
    const g = playAll(scenario, 8, 'USA', acts);
    if (!g.ok) throw new Error(g.error);
    const fired = g.game.world.rounds.flatMap((r) => r.events);
    // Cameron's case to the Commons cited the resolution (the vote's condition).
    expect(fired).toContain('commons-vote/otherwise');
    const d = divergenceView(rules, g.game.world);
    const all = [d!.first, ...d!.turns].filter((t) => t !== null).map((t) => `${t!.title} ${t!.facts.join(' ')}`);
    expect(all.join('\n')).toMatch(/You blocked “UN Security Council Resolution 2249”/);
    expect(all.join('\n')).toMatch(
      /your government blocked it\. The game’s reading: In this game the Security Council adopts nothing/,
    );
    // The next briefing tells it as the game's reading, with what Washington did in 2015.
    const closed = worldAfter('USA', 8, acts.slice(0, startOf(acts, roundOf('unsc-2249') + 1)));
    const b = view(rules, closed, 'briefing', null).briefing.find((x) => x.id === 'unsc-2249/vetoed');
    expect(b?.title).toBe('Blocked by the United States: UN Security Council Resolution 2249');
    expect(b?.text).toMatch(/The United States voted for the French text/);
  });
});

// Visits the player's capital hosted (issue 23, item 2): it may decline to receive the visitor.
const HOSTED = [
  ['FRA', 'cameron-paris'],
  ['FRA', 'merkel-paris'],
  ['USA', 'hollande-washington'],
  ['RUS', 'hollande-moscow'],
  ['RUS', 'obama-putin-cop21'],
  ['RUS', 'kerry-moscow'],
] as const;

describe('visits the player hosts', () => {
  it('each host may decline each of its visits in its round: it does not happen, and the visitor trusts it less', () => {
    for (const [role, id] of HOSTED) {
      const e = scenario.events.find((x) => x.id === id)!;
      const acts = withMove(role, 3, roundOf(id), { type: 'decide', act: id });
      const w = worldAfter(role, 3, acts);
      const base = runPolicy(scenario, 3, role, 'historical').world;
      const fired = w.rounds.flatMap((r) => r.events);
      expect(
        base.rounds.flatMap((r) => r.events),
        `${role} ${id}`,
      ).toContain(id);
      expect(fired, `${role} ${id}`).toContain(`${id}/vetoed`);
      expect(fired).not.toContain(id);
      // The visitor (the act's actor) trusts the host less than on the historical line.
      expect(w.trust[e.actor!]![role]!, `${role} ${id}`).toBeLessThan(base.trust[e.actor!]![role]!);
    }
  });

  it('only the host is asked, with what it did in 2015, and the question and briefing say "decline"', () => {
    const g = runPolicy(scenario, 6, 'USA', 'historical');
    const r = roundOf('hollande-washington');
    const at = worldAfter('USA', 6, g.actions.slice(0, startOf(g.actions, r)));
    const act = view(rules, at, 'diplomacy', null).acts.find((a) => a.id === 'hollande-washington');
    expect(act?.vetoKind).toBe('visit');
    expect(act?.question).toMatch(/^Decline to receive Hollande/);
    expect(act?.veto).toMatch(/Obama received Hollande at the White House on 24 November/);
    // Not offered to a capital that is neither visitor nor host.
    const rus = runPolicy(scenario, 6, 'RUS', 'historical');
    const atRus = worldAfter('RUS', 6, rus.actions.slice(0, startOf(rus.actions, r)));
    expect(view(rules, atRus, 'diplomacy', null).acts.map((a) => a.id)).not.toContain('hollande-washington');
    const no = applyAction(rules, atRus, { type: 'decide', act: 'hollande-washington' });
    expect(no.ok).toBe(false);
    // Declined, the next briefing tells it as the game's reading.
    const acts = [...g.actions];
    acts.splice(startOf(acts, r), 0, { type: 'decide', act: 'hollande-washington' });
    const closed = worldAfter('USA', 6, acts.slice(0, startOf(acts, r + 1)));
    const b = view(rules, closed, 'briefing', null).briefing.find((x) => x.id === 'hollande-washington/vetoed');
    expect(b?.title).toBe('Declined by the United States: Hollande at the White House');
    expect(b?.text).toMatch(/Washington does not receive Hollande/);
  });

  it('Moscow turning Kerry away leaves no road map on 18 December, and the debrief says why', () => {
    for (const seed of [2, 9]) {
      const acts = withMove('RUS', seed, roundOf('kerry-moscow'), { type: 'decide', act: 'kerry-moscow' });
      const g = playAll(scenario, seed, 'RUS', acts);
      if (!g.ok) throw new Error(g.error);
      const fired = g.game.world.rounds.flatMap((x) => x.events);
      expect(fired).toContain('kerry-moscow/vetoed');
      expect(fired).toContain('unsc-2254/otherwise');
      const d = divergenceView(rules, g.game.world);
      const all = [d!.first, ...d!.turns].filter((t) => t !== null).map((t) => `${t!.title} ${t!.facts.join(' ')}`);
      expect(all.join('\n')).toMatch(/You declined “Kerry meets Putin in Moscow”/);
    }
    // The same day of the historical line, with the visit received: the road map passes.
    const base = runPolicy(scenario, 2, 'RUS', 'historical').world.rounds.flatMap((x) => x.events);
    expect(base).toContain('unsc-2254');
  });
});
