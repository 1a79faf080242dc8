// The goal in sight, moves that say what they did, and one status rule: the render model's
// checklist, previews, consequences and hints, checked against the rules that decide the game.
import { describe, expect, it } from 'vitest';
import type { PlayerAction } from '../src/state/rules/actions';
import { advise, brokenTerms } from '../src/state/view/advice';
import { previewMove } from '../src/state/view/preview';
import { diffWorlds } from '../src/state/view/consequences';
import { finalHash } from '../src/state/rules/game';
import { applyAction } from '../src/state/rules/reducer';
import { goalChecklist } from '../src/state/view/goal';
import { runPolicy, type PolicyName } from '../src/state/bots/policies';
import { initWorld, resolveRound } from '../src/state/rules/step';
import { previewView, view, type MoveStep } from '../src/state/view';
import type { World } from '../src/state/rules/world';
import { rules, scenario } from './helpers';
import { CHANNEL } from '../src/state/rules/model/effects';
import { write } from '../src/ui/said';

/** One legal move through the reducer. */
function apply(w: World, a: PlayerAction): World {
  const r = applyAction(rules, w, a);
  if (!r.ok) throw new Error(r.reason);
  return r.world;
}

/** Plays a game by following the hint the screen shows, keeping the worlds around each move. */
function followHints(seed: number, role = 'FRA'): { world: World; steps: MoveStep[] } {
  let w = initWorld(rules, seed, role);
  const steps: MoveStep[] = [];
  while (!w.outcome) {
    const before = w;
    const a = advise(rules, before).action;
    w = apply(w, a);
    steps.push({ action: a, before, after: w });
  }
  return { world: w, steps };
}

describe('the goal checklist', () => {
  it('does not count a term as met while a capital the role needs is outside', () => {
    const w = initWorld(rules, 1, 'FRA');
    expect(w.meter.members).not.toContain('RUS');
    const items = goalChecklist(rules, w);
    const terms = items.filter((x) => x.kind === 'term');
    expect(terms.length).toBe(2);
    for (const t of terms) {
      expect(t.met).toBe(false);
      expect(t.rule).toMatch(/^Met only when /);
      expect(t.now).toContain('without Russia');
    }
    const russia = items.find((x) => x.id === 'member-RUS')!;
    expect(russia.met).toBe(false);
    expect(russia.rule).toContain('50%');
    expect(russia.missing).toMatch(/more points of commitment/);
    // The briefing's terms say the same.
    expect(view(rules, w, 'briefing', null).terms.every((t) => !t.met)).toBe(true);
  });

  it('says which condition keeps out a capital that is committed enough, never a negative shortfall', () => {
    const w0 = initWorld(rules, 1, 'FRA');
    // Moscow committed well past 50%, its own line on what to strike above Washington's 45.
    const w: World = {
      ...w0,
      commit: { ...w0.commit, RUS: 0.81, USA: 0.9 },
      pos: { ...w0.pos, RUS: { ...w0.pos.RUS!, target: 70 } },
    };
    const item = goalChecklist(rules, { ...w, meter: { ...w.meter, members: ['FRA', 'USA'] } }).find(
      (i) => i.id === 'member-RUS',
    )!;
    expect(item.met).toBe(false);
    expect(item.missing).not.toMatch(/-\d+ more points/);
    expect(item.missing).toMatch(/the United States\u2019 condition keeps it out/);
    expect(item.missing).toMatch(/at most 45; it is 70, 25 points too far/);
    expect(item.rule).toMatch(/no member\u2019s condition keeps it out/);
  });

  it('never calls a capital kept out by a condition a member, or one that never was a former member', () => {
    const w0 = initWorld(rules, 1, 'FRA');
    const before: World = {
      ...w0,
      commit: { ...w0.commit, RUS: 0.45 },
      meter: { ...w0.meter, members: ['FRA', 'USA'] },
    };
    const after: World = {
      ...before,
      commit: { ...before.commit, RUS: 0.81 },
      pos: { ...before.pos, RUS: { ...before.pos.RUS!, target: 70 } },
    };
    const line = diffWorlds(rules, before, after).find((c) => c.text.startsWith('Russia'))!.text;
    expect(line).toMatch(/committed enough, but the United States\u2019 condition keeps it out/);
    expect(line).not.toMatch(/now a member|members need/);
  });

  it('is all met exactly when the game ends in a grand coalition', () => {
    const games: [number, string, PolicyName][] = [
      [1, 'FRA', 'strategist'],
      [2, 'FRA', 'strategist'],
      [3, 'USA', 'strategist'],
      [4, 'RUS', 'strategist'],
      [5, 'FRA', 'historical'],
      [6, 'RUS', 'random'],
    ];
    const seen = new Set<string>();
    for (const [seed, role, policy] of games) {
      const w = runPolicy(scenario, seed, role, policy).world;
      seen.add(w.outcome!);
      expect(goalChecklist(rules, w).every((x) => x.met)).toBe(w.outcome === 'grand_coalition');
    }
    expect(seen.has('grand_coalition') && seen.size > 1).toBe(true);
  });
});

describe('the hints', () => {
  it('name what is missing and the capital that holds the key, never the move or its chance of yes', () => {
    for (const [role, seed] of [
      ['FRA', 2015],
      ['USA', 4],
      ['RUS', 4],
    ] as const) {
      const { steps } = followHints(seed, role);
      // The page shows the render model's hint (negotiation.ts), which is advise's text.
      expect(view(rules, steps[0]!.before, 'diplomacy', null).advice).toBe(advise(rules, steps[0]!.before).text);
      for (const step of steps) {
        const hint = advise(rules, step.before);
        expect(hint.text, `${role} ${seed}`).not.toMatch(/chance of yes|^(Call|Visit|Proposal|Concession|Statement)\b/);
        if (hint.key) {
          expect(hint.text).toContain(rules.actor[hint.key]!.name);
          // The follower's move goes to the capital the hint names.
          if ('target' in step.action) expect(step.action.target).toBe(hint.key);
        }
        if (hint.item?.startsWith('member-') && hint.key && !step.before.meter.members.includes(hint.key))
          expect(hint.text).toMatch(/missing: \u201c/);
      }
      expect(steps.filter((s) => s.action.type !== 'end').length).toBeGreaterThan(5);
    }
  });

  it('name a capital that can move the item they name, and say why in that item\u2019s terms (playtest 2, finding 2)', () => {
    let checked = 0;
    let holds = 0;
    for (const role of ['FRA', 'USA', 'RUS'] as const)
      for (const seed of [62647, 1311, 4, 2015]) {
        const { steps } = followHints(seed, role);
        const terms = scenario.roles.find((r) => r.actor === role)!.terms;
        const needed = scenario.roles.find((r) => r.actor === role)!.needs.grand as readonly string[];
        for (const { before } of steps) {
          const hint = advise(rules, before);
          if (!hint.key || !hint.item) continue;
          const where = `${role} ${seed}, round index ${before.round}: ${hint.text}`;
          if (/^hold what you have/.test(hint.text)) {
            // The member to hold is one the goal needs, when the player brought one in.
            const brought = before.meter.members.filter((a) => needed.includes(a) && a !== role);
            if (brought.some((a) => !initWorld(rules, seed, role).meter.members.includes(a))) {
              expect(needed, where).toContain(hint.key);
              holds++;
            }
            continue;
          }
          checked++;
          const t = terms.find((x) => `term-${x.issue}` === hint.item);
          if (hint.item.startsWith('member-')) expect(hint.item, where).toBe(`member-${hint.key}`);
          else if (t?.actor) expect(hint.key, where).toBe(t.actor);
          else if (t) {
            expect([...before.meter.members, ...needed], where).toContain(hint.key);
            // Its reason is where it stands on that issue, not on another.
            const topic = scenario.issues.find((i) => i.id === t.issue)!.topic;
            expect(hint.text.split('which holds the key;')[1], where).toContain(`line on ${topic}`);
          } else if (hint.item === 'deconfliction') expect(hint.text, where).toMatch(/flies over Syria too/);
        }
      }
    expect(checked).toBeGreaterThan(50);
    expect(holds).toBeGreaterThan(0);
    // The playtest's own case: round 1 of a US game on seed 62647 named Saudi Arabia beside Russia's line.
    const us = advise(rules, initWorld(rules, 62647, 'USA'));
    expect(us.key === 'RUS' || us.item !== 'term-target', us.text).toBe(true);
  });

  it('say what raises deconfliction as the rules do: talk up to the channel, then only ISIS-first terms (playtest 3)', () => {
    let below = 0;
    let past = 0;
    for (const role of ['RUS', 'FRA', 'USA'] as const)
      for (const seed of [2015, 7, 4, 11, 12]) {
        const { steps } = followHints(seed, role);
        for (const { before } of steps) {
          const hint = advise(rules, before);
          if (hint.item !== 'deconfliction' || !hint.key) continue;
          const where = `${role} ${seed}: ${hint.text}`;
          const call = previewMove(rules, before, { type: 'call', target: hint.key });
          if (before.deconfliction >= CHANNEL) {
            past++;
            expect(hint.text, where).toMatch(/as far as talk goes \(45%\)/);
            // What the hint says: a yes to a call moves nothing now, an accepted ISIS-first proposal does.
            expect(call.ifYes.deconfliction, where).toBe(before.deconfliction);
            expect(hint.action.type === 'end' || hint.action.type === 'proposal', where).toBe(true);
            if (hint.action.type === 'proposal') {
              expect(hint.action.terms.target, where).toBeLessThanOrEqual(50);
              expect(previewMove(rules, before, hint.action).ifYes.deconfliction, where).toBeGreaterThan(
                before.deconfliction,
              );
            }
          } else {
            below++;
            expect(hint.text, where).toMatch(/talk up to 45%/);
          }
        }
      }
    expect(below, 'hints below the channel').toBeGreaterThan(0);
    expect(past, 'hints past the channel').toBeGreaterThan(0);
    // The checklist's own line says the same.
    const item = goalChecklist(rules, initWorld(rules, 2015, 'RUS')).find((i) => i.id === 'deconfliction')!;
    expect(item.missing).toMatch(
      /talk alone stops at 45%: past it, only a proposal accepted with what to strike first at 50 or less/,
    );
  });

  it('say why a term whose line is met is not: a capital the goal needs is out (playtest 3)', () => {
    // On 17 November Russia is out; France's line on what to strike first (12) already meets "at most 40".
    const v = view(rules, initWorld(rules, 2015, 'FRA'), 'briefing', null);
    const waiting = v.terms.filter((t) => t.without);
    expect(waiting.length).toBeGreaterThan(0);
    for (const t of waiting) {
      expect(t.met).toBe(false);
      expect(write(t.without!)).toBe(` (line now ${t.line}; the term counts only with Russia in the coalition): `);
    }
    // A term the line misses says only where the line stands.
    for (const t of v.terms.filter((x) => !x.without && !x.met)) expect(t.without).toBeUndefined();
  });

  it('tell a player who has every condition to hold the capitals it brought in', () => {
    // From 1.6.0 the hints no longer play the winning move: not every game that follows them meets
    // every condition (seed 2015 does not), so the first of a run of seeds that does is read.
    let held: MoveStep | undefined;
    for (let seed = 2015; seed < 2045 && !held; seed++)
      held = followHints(seed, 'FRA').steps.find((s) => /^hold what you have/.test(advise(rules, s.before).text));
    expect(held, 'a French game that follows the hints meets every condition').toBeDefined();
    expect(goalChecklist(rules, held!.before).every((i) => i.met)).toBe(true);
    expect(advise(rules, held!.before).text).toMatch(/wears without your attention/);
  });

  it('are offered on the Apprentice and Diplomat levels, never on Veteran', () => {
    for (const level of ['easy', 'normal', 'hard'] as const) {
      const v = view(rules, initWorld(rules, 3, 'FRA', level), 'briefing', null);
      expect(v.advice === '', level).toBe(level === 'hard');
      expect(v.lead.next === '', level).toBe(level === 'hard');
    }
  });

  it('never read the seeded answers: the same world gives the same hint whatever the seed would draw', () => {
    const w = initWorld(rules, 11, 'FRA');
    const other = { ...w, seed: 12 };
    expect(advise(rules, w)).toEqual(advise(rules, other));
  });
});

describe('previews and consequences', () => {
  it('preview exactly what a yes does, including the player\u2019s own line', () => {
    let checked = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const g = runPolicy(scenario, seed, 'FRA', 'strategist');
      // Replay the game: each accepted proposal's world is the preview's "if yes".
      let w = initWorld(rules, seed, 'FRA');
      for (const a of g.actions) {
        const before = w;
        const p = a.type === 'end' ? null : previewMove(rules, before, a);
        w = apply(w, a);
        const after = w;
        const last = after.rounds.at(-1)!.actions.at(-1);
        if (p && a.type === 'proposal' && last?.answer?.kind === 'accept') {
          expect(finalHash(p.ifYes)).toBe(finalHash(after));
          const changes = diffWorlds(rules, before, after).map((c) => c.text);
          if (Object.keys(a.terms).some((k) => Math.round(before.pos.FRA![k]!) !== Math.round(after.pos.FRA![k]!)))
            expect(changes.some((c) => c.startsWith('Your line on'))).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('warn before sending: a red line crossed, a term of yours broken, and what a no would bring', () => {
    const w = initWorld(rules, 1, 'FRA');
    // Asking Washington to accept strikes on everyone crosses its red line on what to strike.
    const far = previewView(rules, w, { type: 'proposal', target: 'USA', terms: { target: 100 } });
    expect(far.warnings.some((x) => /red line on what to strike first by \d+ points/.test(x))).toBe(true);
    expect(far.ifNo).toMatch(/^If they say no/);
    // A statement has nobody to say no.
    expect(previewView(rules, w, { type: 'statement', issue: 'target', position: 20 }).ifNo).toBeNull();
    // A statement that moves France's own line far from its terms warns when the term held.
    const met = goalChecklist(rules, w).filter((i) => i.kind === 'term' && i.met);
    for (const t of met) {
      const issue = t.id.slice('term-'.length);
      const p = previewView(rules, w, { type: 'statement', issue, position: 100 });
      const broken = brokenTerms(rules, previewMove(rules, w, { type: 'statement', issue, position: 100 }).ifYes, [
        t.id,
      ]);
      expect(p.warnings.some((x) => x.includes(t.label))).toBe(broken.length > 0);
    }
  });

  it('tell every answer\u2019s consequences in words, and every big drift with its reason', () => {
    const { world, steps } = followHints(2015);
    void world;
    // Past the first round: the view of a round with moves shows what each one changed.
    const cut = steps.findIndex((s) => s.after.round >= 1 && s.action.type !== 'end');
    expect(cut).toBeGreaterThan(0);
    const v = view(rules, steps[cut]!.after, 'diplomacy', null, steps.slice(0, cut + 1));
    expect(v.answers.length).toBeGreaterThan(0);
    for (const a of v.answers) expect(a.changes?.length ?? 0).toBeGreaterThan(0);
    expect(v.answers.flatMap((a) => a.changes).join(' ')).not.toMatch(/\b(target|assad|russia|military|vienna) \d/);
    // A briefing: each commitment change of 5 points or more names its cause.
    for (const s of steps.filter((x) => x.action.type === 'end' && !x.after.outcome)) {
      const b = view(rules, s.after, 'briefing', null, [s]);
      for (const item of b.briefing.filter((x) => x.id.startsWith('drift-'))) {
        expect(item.title).toMatch(/(warms|cools): \d+% \u2192 \d+%/);
        // Each step of the close names what took the commitment where (the capitals, the re-weighing, events, a test).
        expect(item.text).toMatch(/as the round closed: (the capitals|re-weighing|the round’s events|tested at)/);
      }
      expect(b.lead.changed).toMatch(/^As the last round closed/);
      expect(b.lead.next).toMatch(/^You might: /);
    }
  });
});

describe('one status rule', () => {
  it('never shows a member as opposed, and every counted member as a member', () => {
    // A member that distrusts the player is still a member (it was once shown "opposed" and counted in).
    const cold = initWorld(rules, 1, 'FRA');
    cold.trust.TUR = { ...cold.trust.TUR, FRA: -0.7 };
    expect(cold.meter.members).toContain('TUR');
    expect(view(rules, cold, 'briefing', null).actors.find((a) => a.id === 'TUR')!.stance).toBe('member');
    for (const [seed, role] of [
      [1, 'FRA'],
      [2, 'USA'],
      [3, 'RUS'],
    ] as const) {
      let w = initWorld(rules, seed, role);
      for (let r = 0; r < 12 && !w.outcome; r++) {
        const v = view(rules, w, 'briefing', null);
        for (const a of v.actors) {
          if (a.isPlayer) continue;
          expect(a.stance === 'member').toBe(w.meter.members.includes(a.id));
        }
        w = resolveRound(rules, w);
      }
    }
  });

  it('leaves out no-op and self-contradicting news', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const g = runPolicy(scenario, seed, 'RUS', 'historical');
      let w = initWorld(rules, seed, 'RUS');
      for (const a of g.actions) {
        w = apply(w, a);
        if (a.type !== 'end' || w.outcome) continue;
        const b = view(rules, w, 'briefing', null).briefing;
        for (const item of b) expect(item.text ?? '').not.toMatch(/(\d+) \u2192 \1\b(?!%)/);
        const held = b.filter((x) => x.id.startsWith('held-'));
        for (const x of held) {
          const m = /make a deal with (.+)\.$/.exec(x.text ?? '');
          if (!m) continue;
          expect(b.some((y) => y.id.startsWith('act-deal') && y.title.includes(m[1]!.replace(/^the /, '')))).toBe(
            false,
          );
        }
      }
    }
  });
});
