// The render model's sentences as messages (src/state/view/said.ts, written by src/ui/said.ts): in
// English each reads exactly as the render model's own English text, over whole games of every role
// and several policies (moves, answers and why, reactions, decisions, what a move changed, previews);
// in French every one is written from the French catalog, with French typography and none of the
// English catalog's words. The language changes no game: the hash is the world's, never the view's.
import { afterAll, describe, expect, it } from 'vitest';
import { en, type MessageId } from '../src/i18n/messages/en';
import { fr } from '../src/i18n/messages/french';
import { setLocale, useScenarioTexts } from '../src/i18n';
import { frenchPairs, frScenario } from '../src/data/fr/fr-scenario';
import { frDebrief } from '../src/data/fr/fr-debrief';
import { applyAction } from '../src/state/rules/reducer';
import { playPolicy, type PolicyName } from '../src/state/bots/policies';
import { decisionsOpen } from '../src/state/rules/model/events';
import type { PlayerAction } from '../src/state/rules/actions';
import { initWorld } from '../src/state/rules/step';
import { finalHash } from '../src/state/rules/game';
import { answerView, previewView, view, type Said, type SaidValue } from '../src/state/view';
import { write } from '../src/ui/said';
import { rules, scenario } from './helpers';

interface Pair {
  english: string;
  said: Said;
}

/** Every sentence the talks show over a battery of games, with the English text the render model wrote beside it. */
/** A game of each role that decides every act its government may (votes blocked, visits declined), and ends each round. */
function decider(role: string): PlayerAction[] {
  let w = initWorld(rules, 3, role, 'normal');
  const moves: PlayerAction[] = [];
  const play = (a: PlayerAction) => {
    const r = applyAction(rules, w, a);
    if (!r.ok) throw new Error(r.reason);
    w = r.world;
    moves.push(a);
  };
  while (!w.outcome) {
    for (const e of decisionsOpen(rules, w)) play({ type: 'decide', act: e.id });
    play({ type: 'end' });
  }
  return moves;
}

function battery(): Pair[] {
  const out: Pair[] = [];
  const games = [['FRA', 'USA', 'RUS'].map((role) => ({ role, seed: 3, actions: decider(role) }))];
  for (const role of ['FRA', 'USA', 'RUS'])
    for (const [seed, policy] of [
      [1, 'greedy'],
      [7, 'random'],
      [2015, 'strategist'],
      [11, 'historical'],
    ] as [number, PolicyName][]) {
      games.push([{ role, seed, actions: playPolicy(scenario, seed, role, policy).actions }]);
    }
  for (const { role, seed, actions } of games.flat()) {
    {
      let w = initWorld(rules, seed, role, 'normal');
      for (const action of actions) {
        if (action.type !== 'end') {
          const p = previewView(rules, w, action);
          if (p.said) {
            p.changes.forEach((english, i) => out.push({ english, said: p.said!.changes[i]! }));
            p.warnings.forEach((english, i) => out.push({ english, said: p.said!.warnings[i]! }));
            if (p.ifNo) out.push({ english: p.ifNo, said: p.said.ifNo! });
          }
        }
        const before = w;
        const r = applyAction(rules, w, action);
        if (!r.ok) throw new Error(r.reason);
        w = r.world;
        if (action.type === 'end') {
          // The briefing's own headlines and accounts: a vote blocked, a visit declined, an act gone otherwise.
          const v = view(rules, w, 'briefing', null);
          // Its three lines (what changed, the goal, the advice) and the advice the talks show.
          out.push({ english: v.lead.changed, said: v.lead.said!.changed });
          out.push({ english: v.lead.meaning, said: v.lead.said!.meaning });
          if (v.adviceSaid) out.push({ english: v.advice, said: v.adviceSaid });
          for (const x of v.checklist.items)
            out.push(
              { english: x.label, said: x.said!.label },
              { english: x.now, said: x.said!.now },
              { english: x.rule, said: x.said!.rule },
              ...(x.missing ? [{ english: x.missing, said: x.said!.missing! }] : []),
            );
          for (const b of v.briefing) {
            if (b.said?.title) out.push({ english: b.title, said: b.said.title });
            if (b.said) out.push({ english: b.text!, said: b.said.text });
          }
          continue;
        }
        const record = w.rounds[w.rounds.length - 1]!.actions.at(-1)!;
        const a = answerView(rules, record, { action, before, after: w })!;
        out.push({ english: a.action, said: a.said!.action }, { english: a.text, said: a.said!.text });
        a.changes!.forEach((english, i) => out.push({ english, said: a.said!.changes[i]! }));
      }
      // The debrief's: what a grand coalition lacked, and the moves answered yes.
      const v = view(rules, w, 'debrief', null);
      v.gaps.forEach((english, i) => out.push({ english, said: v.gapsSaid![i]! }));
      v.decisions.forEach((d) => out.push({ english: d.text, said: d.said! }));
      v.departures!.forEach((d) => out.push({ english: d.text, said: d.said }));
      v.terms.forEach((x) => out.push({ english: x.text, said: x.said! }));
      // The ending: what it means for the role (its data, in French from the scenario's table), who is in, what fell short.
      if (v.outcome) out.push({ english: v.outcome.meaning, said: v.outcome.said! });
      for (const x of v.checklist.items)
        out.push(
          { english: x.label, said: x.said!.label },
          { english: x.now, said: x.said!.now },
          { english: x.rule, said: x.said!.rule },
          ...(x.missing ? [{ english: x.missing, said: x.said!.missing! }] : []),
        );
    }
  }
  return out;
}

const pairs = battery();

/** Every message id a sentence names, nested ones and separators included. */
function ids(s: Said, into = new Set<string>()): Set<string> {
  into.add(s.id);
  const walk = (v: SaidValue) => {
    if (typeof v !== 'object') return;
    if ('id' in v) ids(v, into);
    else if ('join' in v) {
      into.add(v.sep);
      v.join.forEach(walk);
    }
  };
  Object.values(s.values ?? {}).forEach(walk);
  return into;
}

afterAll(() => setLocale('en'));

// Thousands of sentences written in two languages: seconds on an idle machine, many times that on a
// loaded one (the unit project beside browser tests), hence more than the project's 60 s.
describe('the render model’s sentences', { timeout: 240_000 }, () => {
  it('cover every kind of sentence the talks show, in numbers', () => {
    const used = new Set(pairs.flatMap((p) => [...ids(p.said)]));
    // Each id the battery met is in the catalogs (the compiler cannot check ids the model names as strings).
    for (const id of used) expect(en, id).toHaveProperty([id]);
    expect(pairs.length).toBeGreaterThan(1000);
    // Moves of every kind, answers of every kind, the changes a move makes.
    for (const id of ['move.call', 'move.visit', 'move.proposal', 'move.statement', 'move.concession', 'move.term'])
      expect(used, id).toContain(id);
    for (const id of [
      'answer.text',
      'answer.dice',
      'answer.red',
      'answer.reactions',
      'change.commitment',
      'change.trust',
    ])
      expect(used, id).toContain(id);
    for (const id of ['goal.member', 'goal.ownLine', 'goal.line', 'goal.lineWithout', 'goal.lineNow', 'goal.meterNow'])
      expect(used, id).toContain(id);
    for (const id of ['goal.memberRule', 'goal.lineRule', 'goal.ownRule', 'goal.meterRule', 'goal.meterMissing'])
      expect(used, id).toContain(id);
    for (const id of ['news.confer', 'news.strikesIsis', 'news.conferText']) expect(used, id).toContain(id);
    for (const id of ['advice.lookTo', 'advice.weighs', 'lead.meter', 'lead.missing', 'lead.item'])
      expect(used, id).toContain(id);
    for (const id of ['veto.reading', 'veto.blocked', 'move.decline', 'move.block', 'move.decide', 'answer.vetoed'])
      expect(used, id).toContain(id);
    for (const id of ['term.own', 'term.coalition', 'term.atLeast', 'term.atMost']) expect(used, id).toContain(id);
    for (const id of ['gap.notMember', 'gap.meter', 'move.proposalShort', 'move.statementShort', 'debrief.accepted'])
      expect(used, id).toContain(id);
    for (const id of ['ending.parallel', 'ending.fracture', 'ending.members', 'ending.state', 'event.summary'])
      expect(used, id).toContain(id);
    for (const id of ['change.line', 'change.yourLine', 'change.meter', 'preview.ifNoCounter', 'preview.ifNoPlain'])
      expect(used, id).toContain(id);
  });

  it('read in English exactly as the render model’s English text', async () => {
    await setLocale('en');
    const distinct = new Map(pairs.map((p) => [`${p.english}\u0001${JSON.stringify(p.said)}`, p]));
    const wrong = [...distinct.values()]
      .filter((p) => write(p.said) !== p.english)
      .map((p) => [p.english, write(p.said)]);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('are written in French from the French catalog, in French typography', async () => {
    await setLocale('fr');
    // The data's words in them (an event's title, an ending, a term's reason) from the scenario's French table.
    useScenarioTexts(scenario);
    // The English catalog's words these sentences use (runs of 8 characters or more between arguments).
    const english = [
      ...new Set(
        (Object.keys(en) as MessageId[])
          .filter((id) =>
            /^(move|answer|change|preview|gap|term|goal|advice|lead|veto|otherwise|event|news|ending|talks\.factor)\./.test(
              id,
            ),
          )
          .flatMap((id) =>
            en[id]
              .split(/[{}]/)
              .map((s) => s.trim())
              .filter((s) => s.length >= 8 && !fr[id].includes(s) && !/select|plural|other/.test(s)),
          ),
      ),
    ];
    // The data's English texts the table translates (titles, summaries, endings, reasons): none is left.
    const data = frenchPairs(scenario, frScenario, frDebrief)
      .map(([e]) => e)
      .filter((e) => e.length >= 20);
    // One pass a distinct sentence (the battery repeats many), every English run in one expression.
    const runs = new RegExp(english.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    // The same sentence with the same values is written once.
    const distinct = new Map(pairs.map((p) => [JSON.stringify(p.said), p]));
    const seen = new Map<string, string>();
    for (const p of distinct.values()) seen.set(write(p.said), p.english);
    for (const [text, english] of seen) {
      expect(text, english).not.toBe(english);
      expect(text, english).not.toMatch(/undefined|\{|\}/);
      expect(text, text).not.toMatch(/ [:;!?%]/);
      expect(runs.exec(text)?.[0], text).toBeUndefined();
      expect(
        data.find((d) => text.includes(d)),
        text,
      ).toBeUndefined();
    }
    expect(seen.size).toBeGreaterThan(1000);
  });

  it('leave the game as it was: the same moves give the same hash whatever the language', async () => {
    const { actions, world } = playPolicy(scenario, 7, 'FRA', 'greedy');
    await setLocale('fr');
    const again = playPolicy(scenario, 7, 'FRA', 'greedy');
    expect(again.actions).toEqual(actions);
    expect(finalHash(again.world)).toBe(finalHash(world));
  });
});
