import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterTerms, decide, judge } from '../src/state/rules/model/answer';
import { driftRound } from '../src/state/rules/model/drift';
import { cloneWorld, shiftPlayer } from '../src/state/rules/model/effects';
import { fireEvents, inRound } from '../src/state/rules/model/events';
import { coalitionLine, meter, members } from '../src/state/rules/model/meter';
import { outcomeOf } from '../src/state/rules/model/outcome';
import { evaluate, logistic } from '../src/state/rules/model/utility';
import type { World } from '../src/state/rules/world';
import { initWorld } from '../src/state/rules/step';
import { runPolicy } from '../src/state/bots/policies';
import { freshWorld, rules, scenario } from './helpers';

const ISSUES = ['target', 'assad', 'russia', 'military', 'vienna'] as const;
const others = rules.actorIds.filter((a) => a !== 'FRA');

/** Arbitrary worlds: any positions, commitments, trust and deconfliction. */
const worldArb = fc
  .record({
    pos: fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }), {
      minLength: 15,
      maxLength: 15,
    }),
    commit: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 15, maxLength: 15 }),
    trust: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 15, maxLength: 15 }),
    d: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ pos, commit, trust, d }) => {
    const w = cloneWorld(freshWorld());
    rules.actorIds.forEach((a, k) => {
      ISSUES.forEach((i, n) => {
        const b = w.bounds[a]![i]!; // real worlds keep every position within its red lines
        w.pos[a]![i] = Math.min(b.max, Math.max(b.min, pos[k]![n]!));
      });
      w.commit[a] = commit[k]!;
      w.trust[a]!.FRA = trust[k]!;
    });
    w.deconfliction = d;
    return w;
  });

describe('coalition meter', () => {
  it('starts between 50 and 60 with the existing US-led coalition, Germany in it, as members', () => {
    const w = freshWorld();
    expect(w.meter.value).toBeGreaterThan(50);
    expect(w.meter.value).toBeLessThan(60);
    expect(members(rules, w)).toEqual(['FRA', 'USA', 'GBR', 'DEU', 'TUR', 'SAU', 'QAT', 'JOR', 'ARE']);
  });

  it('stays within [0, 100] and equals the sum of its members\u2019 parts (property)', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const m = meter(rules, w);
        const sum = m.parts.reduce((s, p) => s + p.points, 0);
        return m.value >= 0 && m.value <= 100 && Math.abs(sum - m.value) < 0.01;
      }),
      { numRuns: 300 },
    );
  });

  it('reaches 100 only when every eligible actor is fully in and agrees', () => {
    const w = cloneWorld(freshWorld());
    for (const a of rules.actorIds) {
      w.commit[a] = 1;
      w.pos[a] = { ...w.pos.FRA! };
    }
    w.deconfliction = 1;
    expect(meter(rules, w).value).toBe(100);
  });

  it('weights the coalition line by capability and salience of members only', () => {
    const w = freshWorld();
    const line = coalitionLine(rules, w);
    expect(line.assad).toBeGreaterThan(15);
    expect(line.assad).toBeLessThan(40);
  });
});

describe('utility and answers', () => {
  it('a better offer never lowers an actor\u2019s chance of accepting (property)', () => {
    fc.assert(
      fc.property(
        worldArb,
        fc.constantFrom(...others),
        fc.constantFrom(...ISSUES),
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (w, j, issue, z, step) => {
          const own = w.pos[j]![issue]!;
          const better = Math.round(z + (own - z) * step); // at least as close to the actor
          const pWorse = evaluate(rules, w, j, 'FRA', { [issue]: z }).pAccept;
          const pBetter = evaluate(rules, w, j, 'FRA', { [issue]: better }).pAccept;
          return pBetter >= pWorse - 1e-9;
        },
      ),
      { numRuns: 400 },
    );
  });

  it('more trust never lowers the chance of accepting (property)', () => {
    fc.assert(
      fc.property(worldArb, fc.constantFrom(...others), fc.double({ min: 0, max: 0.5, noNaN: true }), (w, j, dt) => {
        const p0 = evaluate(rules, w, j, 'FRA', {}).pAccept;
        const w2 = cloneWorld(w);
        w2.trust[j]!.FRA = Math.min(1, w.trust[j]!.FRA! + dt);
        return evaluate(rules, w2, j, 'FRA', {}).pAccept >= p0 - 1e-9;
      }),
    );
  });

  it('accepts exactly when the roll is below the chance, so a better offer never turns yes into no', () => {
    const w = freshWorld();
    const ask = { type: 'proposal', target: 'RUS', terms: { target: 40, assad: 55 } } as const;
    const ev = judge(rules, w, ask);
    expect(decide(rules, w, ask, ask.terms, ev, ev.pAccept - 0.001).kind).toBe('accept');
    expect(decide(rules, w, ask, ask.terms, ev, ev.pAccept + 0.001).kind).not.toBe('accept');
  });

  it('penalises terms beyond red lines: Iran will not hear of Assad leaving', () => {
    const w = freshWorld();
    const bad = evaluate(rules, w, 'IRN', 'FRA', { assad: 20 });
    expect(bad.factors.find((f) => f.id === 'redlines')!.contribution).toBeLessThan(-3);
    expect(bad.pAccept).toBeLessThan(0.001);
    expect(bad.issues.find((i) => i.issue === 'assad')!.sources[0]).toMatchObject({ article: 'wsj', paragraph: 29 });
  });

  it('counters halfway toward itself on its costliest issue, within its red lines', () => {
    const w = freshWorld();
    const ask = { type: 'proposal', target: 'TUR', terms: { assad: 70 } } as const;
    const c = counterTerms(rules, w, ask, ask.terms, judge(rules, w, ask));
    expect(c.assad).toBeLessThanOrEqual(35);
  });

  it('a counter-offer is terms the actor itself would likely accept, or four steps toward it', () => {
    const w = freshWorld();
    const at = rules.answers.counterAt.value;
    const asks: [string, Record<string, number>][] = [
      ['RUS', { target: 20, assad: 20 }],
      ['RUS', { target: 45, assad: 55 }],
      ['TUR', { assad: 60, russia: 90 }],
      ['IRN', { assad: 60 }],
    ];
    for (const [target, terms] of asks) {
      const ask = { type: 'proposal', target, terms } as const;
      const c = counterTerms(rules, w, ask, terms, judge(rules, w, ask));
      const p = judge(rules, w, { type: 'proposal', target, terms: c }).pAccept;
      // Four halfway steps reach the actor's own line up to a sixteenth: only the most ambitious ask falls
      // short, and (from 1.6.0, every ask costing 0.4) Tehran's, which trusts Paris too little for four
      // steps to reach an even bet (0.42: assad to its red line at 90, then target and russia).
      if (!(target === 'RUS' && terms.target === 20) && target !== 'IRN')
        expect(p, `${target} ${JSON.stringify(c)}`).toBeGreaterThanOrEqual(at);
      expect(p).toBeGreaterThan(judge(rules, w, ask).pAccept);
    }
  });

  it('the chance of yes falls as a proposal asks an actor to move further from its own line (property)', () => {
    fc.assert(
      fc.property(
        worldArb,
        fc.constantFrom(...others),
        fc.constantFrom(...ISSUES),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 60 }),
        (w, j, issue, near, extra) => {
          const own = w.pos[j]![issue]!;
          // Two terms on the same side of the actor's line, the second further from it.
          const dir = near >= own ? 1 : -1;
          const far = Math.max(0, Math.min(100, near + dir * extra));
          const p = (v: number) => judge(rules, w, { type: 'proposal', target: j, terms: { [issue]: v } }).pAccept;
          return p(far) <= p(near) + 1e-9;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an ambitious proposal is refused far more often than a near one, and the ambition is in the "Why?"', () => {
    const w = freshWorld();
    // Moscow strikes at 80 on the target scale and stands at 65 on Assad (within its red line, 50).
    const near = judge(rules, w, { type: 'proposal', target: 'RUS', terms: { target: 60, assad: 60 } });
    const far = judge(rules, w, { type: 'proposal', target: 'RUS', terms: { target: 30, assad: 60 } });
    expect(near.pAccept - far.pAccept).toBeGreaterThan(0.5);
    expect(far.factors.find((f) => f.id === 'ambition')!.contribution).toBeLessThan(-0.5);
  });

  it('crossing a red line at all costs a step, on top of the cost per point beyond', () => {
    const w = freshWorld(); // Iran's red line on Assad: 90 or more (WSJ ¶29)
    const u = (v: number) => judge(rules, w, { type: 'proposal', target: 'IRN', terms: { assad: v } }).utility;
    const inside = u(91) - u(90);
    const across = u(90) - u(89);
    // The step, plus one point beyond at the level's cost per point (5/100 on normal) and a sliver of ambition.
    expect(across - inside).toBeGreaterThanOrEqual(rules.answers.redLineStep.value);
    expect(across - inside).toBeLessThan(rules.answers.redLineStep.value + 0.06);
  });

  it('pressing the same capital again in a round lowers its chance; a counter-offer sent back is no pressure', () => {
    const w = cloneWorld(freshWorld());
    const ask = { type: 'call', target: 'GBR' } as const;
    const first = judge(rules, w, ask);
    const cur = w.rounds[0]!;
    const prior = {
      round: 0,
      action: ask,
      answer: { kind: 'accept' as const, roll: 0.1, evaluation: first, counter: null },
      reactions: [],
    };
    w.rounds[0] = { ...cur, actions: [prior] };
    const second = judge(rules, w, ask);
    expect(second.utility).toBeCloseTo(first.utility - rules.answers.pressing.value, 3);
    expect(second.pAccept).toBeLessThan(first.pAccept);
    w.rounds[0] = { ...cur, actions: [{ ...prior, answer: { ...prior.answer, roll: null } }] };
    expect(judge(rules, w, ask).utility).toBeCloseTo(first.utility, 4);
  });

  it('levels differ in how much ambition costs: easy < normal < hard', () => {
    const a = rules.answers.ambition;
    expect(a.easy.value).toBeLessThan(a.normal.value);
    expect(a.normal.value).toBeLessThan(a.hard.value);
    const ask = { type: 'proposal', target: 'RUS', terms: { target: 60, assad: 60 } } as const;
    const at = (d: 'easy' | 'normal' | 'hard') => judge(rules, initWorld(rules, 1, 'FRA', d), ask).pAccept;
    expect(at('easy')).toBeGreaterThan(at('normal'));
    expect(at('normal')).toBeGreaterThan(at('hard'));
  });

  it('logistic is monotone and centred', () => {
    expect(logistic(0, 0.25)).toBe(0.5);
    expect(logistic(1, 0.25)).toBeGreaterThan(logistic(0.5, 0.25));
  });

  it('difficulty changes the room actors give: the same hard ask is likelier on easy than on hard', () => {
    const ask = { target: 45, assad: 55 };
    const at = (d: 'easy' | 'normal' | 'hard') =>
      evaluate(rules, initWorld(rules, 1, 'FRA', d), 'TUR', 'FRA', ask).pAccept;
    expect(at('easy')).toBeGreaterThan(at('normal'));
    expect(at('normal')).toBeGreaterThan(at('hard'));
  });
});

describe('lines move only through acts', () => {
  // The bargaining model forecasts a collective decision; it used to be applied to every actor's own
  // line each round, which walked Moscow's line on the target from 80 to 44 with no one acting.
  it('every change of an actor\u2019s line between rounds comes from an initiative or an event that names it', () => {
    for (const role of ['FRA', 'USA', 'RUS']) {
      for (let seed = 0; seed < 6; seed++) {
        const worlds: World[] = [];
        runPolicy(scenario, seed, role, 'passive', 'normal', (w) => worlds.push(w));
        for (let k = 1; k < worlds.length; k++) {
          const before = worlds[k - 1]!;
          const after = worlds[k]!;
          const rec = after.rounds[before.round]!;
          const named = new Set<string>();
          for (const it of rec.initiatives) for (const m of it.moved) named.add(`${m.actor}.${m.issue}`);
          for (const id of rec.events) {
            const e = scenario.events.find((x) => x.id === id) ?? scenario.randomEvents.find((x) => x.id === id);
            for (const f of e?.effects ?? [])
              if (f.kind === 'position' || f.kind === 'bound') named.add(`${f.actor}.${f.issue}`);
          }
          for (const a of rules.actorIds)
            for (const i of ISSUES)
              if (after.pos[a]![i] !== before.pos[a]![i])
                expect(named, `${role} ${seed} ${a}.${i}`).toContain(`${a}.${i}`);
        }
      }
    }
  });

  it('Moscow keeps striking mostly other groups than ISIS when nobody moves it', () => {
    for (let seed = 0; seed < 30; seed++) {
      const w = runPolicy(scenario, seed, 'FRA', 'passive').world;
      expect(w.pos.RUS!.target).toBeGreaterThanOrEqual(65);
    }
  });
});
describe('drift, events, public moves, outcomes', () => {
  it('keeps commitment in [0, 1] (property)', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        driftRound(rules, w);
        return Object.values(w.commit).every((k) => k >= 0 && k <= 1);
      }),
      { numRuns: 100 },
    );
  });

  it('fires historical events in the round whose dates contain them', () => {
    expect(inRound(rules, 2, '2015-11-24')).toBe(true);
    expect(inRound(rules, 3, '2015-11-24')).toBe(false);
    expect(inRound(rules, 11, '2015-12-31')).toBe(true);
    const w = cloneWorld(freshWorld());
    w.round = 2;
    const before = w.trust.RUS!.TUR!;
    // Hollande's visit to Washington is France's own move: the French player makes it or not; the
    // Assembly's vote is the French government's decision, taken or not. Obama's word on the downing
    // (from 1.5.0 an act of its own) follows the downing, in the same round.
    expect(fireEvents(rules, cloneWorld(w), 0)).toEqual([
      'putin-tehran',
      'cameron-paris',
      'su24-shootdown',
      'obama-backs-turkey',
      's400-deployed',
      'merkel-paris',
    ]);
    expect(fireEvents(rules, w, 0, ['french-parliament'])).toContain('french-parliament');
    expect(w.trust.RUS!.TUR).toBeCloseTo(before - 0.6, 5);
    const us = cloneWorld(initWorld(rules, 1, 'USA'));
    us.round = 2;
    expect(fireEvents(rules, us, 0)).toContain('hollande-washington');
  });

  it('lets the play change what the record does next: no shootdown without Russian strikes near the border', () => {
    const w = cloneWorld(freshWorld());
    w.round = 2;
    w.pos.RUS = { ...w.pos.RUS, target: 40 };
    const fired = fireEvents(rules, w, 0);
    expect(fired).toContain('su24-shootdown/otherwise');
    // The S-400 answered the downing: without it, no deployment.
    expect(fired).not.toContain('s400-deployed');
  });

  it('lets the player change what the record does next: no sanctions on Ankara if Moscow and Ankara made up', () => {
    const w = cloneWorld(freshWorld());
    w.rounds = [{ ...w.rounds[0]!, events: ['su24-shootdown'] }, ...w.rounds.slice(1)];
    w.round = 3;
    w.trust.RUS = { ...w.trust.RUS, TUR: -0.5 };
    expect(fireEvents(rules, cloneWorld(w), 0)).toContain('russia-sanctions-turkey');
    w.trust.RUS = { ...w.trust.RUS, TUR: 0.2 };
    const fired = fireEvents(rules, w, 0);
    expect(fired).toContain('russia-sanctions-turkey/otherwise');
    expect(fired).not.toContain('russia-sanctions-turkey');
    // Nor without a downing to answer.
    const calm = cloneWorld(freshWorld());
    calm.round = 3;
    calm.trust.RUS = { ...calm.trust.RUS, TUR: -0.5 };
    expect(fireEvents(rules, calm, 0)).toContain('russia-sanctions-turkey/otherwise');
  });

  it('never lets NATO join: the alliance joined the Global Coalition only in 2017', () => {
    const w = cloneWorld(freshWorld());
    w.commit.NATO = 1;
    expect(members(rules, w)).not.toContain('NATO');
  });

  it('lifts the UK\u2019s red line on strikes when the Commons votes', () => {
    const w = cloneWorld(freshWorld());
    // Cameron's case rested on Resolution 2249, passed in the round of 19 November.
    w.rounds = [w.rounds[0]!, { ...w.rounds[0]!, round: 1, events: ['unsc-2249'] }];
    w.round = 4;
    expect(w.bounds.GBR!.military!.max).toBe(50);
    fireEvents(rules, w, 0);
    expect(w.bounds.GBR!.military!.max).toBe(100);
    expect(w.pos.GBR!.military).toBe(70);
    // Without the resolution, Cameron holds back a vote he could lose.
    const no = cloneWorld(freshWorld());
    no.round = 4;
    expect(fireEvents(rules, no, 0)).toContain('commons-vote/otherwise');
    expect(no.bounds.GBR!.military!.max).toBe(50);
  });

  it('a public statement wins trust from those it moves toward and costs trust from the rest', () => {
    const w = cloneWorld(freshWorld());
    const r = shiftPlayer(rules, w, { assad: 80 });
    const by = Object.fromEntries(r.map((x) => [x.actor, x.trust]));
    expect(w.pos.FRA!.assad).toBe(80);
    expect(by.SYR ?? by.IRN).toBeGreaterThan(0);
    expect(w.trust.TUR!.FRA).toBeLessThan(freshWorld().trust.TUR!.FRA!);
  });

  it('names the grand coalition only with both great powers in, high meter and deconfliction', () => {
    const w: World = cloneWorld(freshWorld());
    for (const a of rules.actorIds) w.commit[a] = rules.eligible[a] ? 1 : 0;
    w.deconfliction = 0.8;
    // Moscow's own strikes turned toward ISIS: Washington's condition for letting it in is met.
    w.pos.RUS = { ...w.pos.RUS, target: 40 };
    expect(outcomeOf(rules, w, meter(rules, w))).toBe('grand_coalition');
    w.commit.RUS = 0.2;
    expect(outcomeOf(rules, w, meter(rules, w))).toBe('parallel_campaigns');
    w.deconfliction = 0.1;
    expect(outcomeOf(rules, w, meter(rules, w))).toBe('fracture');
  });
});
