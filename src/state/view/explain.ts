// Plain-language "Why?" for an answer: the factors that weighed most, with their sources.
import { declinable } from '../rules/model/events';
import type { PlayerAction } from '../rules/actions';
import type { Answer } from '../rules/model/answer';
import type { Factor, FactorId } from '../rules/model/utility';
import { betweenLabels, betweenSaid } from './news';
import { rollBeside } from './percent';

export { betweenSaid } from './news';
import type { Rules } from '../rules/rules';
import { actorRef, joined, said, type Said, type SaidValue } from './said';

const FACTOR_TEXT: Record<FactorId, string> = {
  fit: 'how close the terms are to its own positions',
  trust: 'its trust in you',
  threat: 'how directly ISIS threatens it',
  commitment: 'how committed it already is',
  redlines: 'terms beyond its red lines (counted for proposals)',
  personal: 'the weight of the channel you used',
  bias: 'the cost of signing up to anything',
  ambition: 'how far your terms ask it to move from its own line',
  crossed: 'terms that cross its red lines at all',
  pressing: 'asking it again this round',
  asking: 'what any ask costs its time and standing at home',
};

export const factorText = (id: FactorId | 'fitLine'): string =>
  id === 'fitLine' ? 'how close the coalition\u2019s line is to its own positions' : FACTOR_TEXT[id];

/**
 * A factor as an answer names it: a call, a visit or a concession puts no terms on the table, so its
 * fit is the coalition's line's, not the terms' (playtest 2, finding 20).
 */
export const factorOf = (id: FactorId, ask: PlayerAction['type'] | undefined): FactorId | 'fitLine' =>
  id === 'fit' && ask !== undefined && ask !== 'proposal' ? 'fitLine' : id;

/** One issue's value in words: "what to strike first at 30 (between “ISIS first and only” and …)". */
export function termText(rules: Rules, issue: string, v: number): string {
  const i = rules.scenario.issues.find((x) => x.id === issue);
  if (!i) return `${issue} at ${v}`;
  return `${i.topic} at ${Math.round(v)} (${betweenLabels(rules, issue, v)})`;
}

/** Terms in words, issue names and scale labels, never ids. */
export const termsText = (rules: Rules, terms: Record<string, number>): string =>
  Object.entries(terms)
    .map(([k, v]) => termText(rules, k, v))
    .join('; ');

/** A move in a few words, terms as issue and number (for hints, where the scale labels would crowd). */
export function describeShort(rules: Rules, a: PlayerAction): string {
  const i = (id: string) => rules.scenario.issues.find((x) => x.id === id)?.topic ?? id;
  if (a.type === 'statement') return `Statement: ${i(a.issue)} at ${a.position}`;
  if (a.type !== 'proposal') return describeAction(rules, a);
  return `Proposal to ${rules.actor[a.target]?.name ?? a.target}: ${Object.entries(a.terms)
    .map(([k, v]) => `${i(k)} at ${v}`)
    .join(', ')}`;
}

/** A move in words, with the actors' and issues' names: for logs, answers and the debrief. */
export function describeAction(rules: Rules, a: PlayerAction): string {
  const n = (id: string) => rules.actor[id]?.name ?? id;
  const i = (id: string) => rules.scenario.issues.find((x) => x.id === id)?.topic ?? id;
  switch (a.type) {
    case 'call':
      return `Call to ${n(a.target)}`;
    case 'visit':
      return `Visit to ${n(a.target)}`;
    case 'proposal':
      return `Proposal to ${n(a.target)}: ${termsText(rules, a.terms)}`;
    case 'statement':
      return `Statement: ${termText(rules, a.issue, a.position)}`;
    case 'concession':
      return `Concession to ${n(a.target)} on ${i(a.issue)}`;
    case 'decide': {
      const e = rules.scenario.events.find((x) => x.id === a.act);
      // A vote, or another capital's visit, can only be decided one way by the player: blocked, declined.
      if (e?.veto) return `Decision: ${declinable(e) ? 'decline' : 'block'} ${e.title}`;
      return `Decision: ${e?.title ?? a.act}`;
    }
    case 'end':
      return 'End of round';
  }
}

/** The factors that moved the answer most, strongest first. */
export function topFactors(answer: Answer, n = 3): Factor[] {
  return answer.evaluation.factors
    .filter((f) => f.id !== 'bias' && Math.abs(f.contribution) >= 0.01)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, n);
}

/** A number as the game shows it: one minus sign, U+2212, never a hyphen (playtest 2, finding 18). */
const minus = (s: string): string => s.replace('-', '\u2212');

export function explainAnswer(rules: Rules, answer: Answer, ask?: PlayerAction['type']): string {
  const name = rules.actor[answer.evaluation.actor]!.name;
  const pct = Math.round(answer.evaluation.pAccept * 100);
  const verb = answer.kind === 'accept' ? 'accepted' : answer.kind === 'counter' ? 'countered' : 'refused';
  const chance = answer.roll === null ? 'it honoured its own counter-offer' : `chance of yes ${pct}%`;
  const factors = topFactors(answer)
    .map(
      (f) =>
        `${f.contribution > 0 ? '+' : '−'} ${factorText(factorOf(f.id, ask))} (${f.contribution > 0 ? '+' : ''}${minus(f.contribution.toFixed(2))})`,
    )
    .join('; ');
  const crossed = answer.evaluation.issues
    .filter((v) => v.beyond > 0)
    .map((v) => `${rules.scenario.issues.find((i) => i.id === v.issue)!.name} by ${Math.round(v.beyond)}`);
  // The cost per point beyond, and (from 1.3.0) the step of crossing at all.
  const redCost = answer.evaluation.factors
    .filter((f) => f.id === 'redlines' || f.id === 'crossed')
    .reduce((sum, f) => sum + f.contribution, 0);
  const red =
    crossed.length && redCost !== 0
      ? ` Your terms go beyond its red line${crossed.length > 1 ? 's' : ''} (${crossed.join(', ')}): that cost ${minus(redCost.toFixed(2))} in its answer${answer.kind === 'accept' ? ', and it said yes all the same' : ''}.`
      : '';
  return `${name} ${verb} (${chance}). ${factors}.${red}${rollText(answer)}`;
}

/**
 * Whether chance decided the answer, and how: the seeded roll against the chance of yes (yes when the
 * roll falls below it). Empty when the actor honoured its own counter-offer (no roll was drawn).
 */
export function rollText(answer: Answer): string {
  if (answer.roll === null) return '';
  // One wording for every roll, a 99% too (playtest 2, finding 19: "left nothing to the dice (roll 28)"),
  // and when whole numbers would read alike, the tenths (or hundredths) say so.
  const p = answer.evaluation.pAccept;
  const shown = rollBeside(answer.roll, p, answer.kind === 'accept');
  const [roll, pct] = [shown.roll, shown.chance].map((x) => x.toFixed(shown.digits));
  const yes = answer.kind === 'accept';
  const fine = ['', 'in tenths, as whole numbers would read alike; ', 'in hundredths, as tenths would read alike; '][
    shown.digits
  ];
  return ` Chance decided: the roll was ${roll} of 100 against a chance of yes of ${pct}% (${fine}a yes needs a roll below it), so ${yes ? 'yes' : `no${answer.kind === 'counter' ? ', and it made a counter-offer' : ''}`}.`;
}

// The same sentences as ids and values (./said.ts), for the reader's language: each reads in English
// exactly as the functions above write it (tests/said.test.ts).

const issueRef = (rules: Rules, id: string): SaidValue => ({
  issue: id,
  name: rules.scenario.issues.find((x) => x.id === id)?.topic ?? id,
});

/** One issue's value in words (termText). */
export const termSaid = (rules: Rules, issue: string, v: number): Said =>
  said('move.term', { issue: issueRef(rules, issue), value: Math.round(v), words: betweenSaid(rules, issue, v) });

/** Terms in words (termsText). */
export const termsSaid = (rules: Rules, terms: Record<string, number>): SaidValue =>
  joined(Object.entries(terms).map(([k, v]) => termSaid(rules, k, v)));

/** A move in words (describeAction). */
export function actionSaid(rules: Rules, a: PlayerAction): Said {
  const n = (id: string) => actorRef(id, rules.actor[id]?.name ?? id);
  switch (a.type) {
    case 'call':
      return said('move.call', { target: n(a.target) });
    case 'visit':
      return said('move.visit', { target: n(a.target) });
    case 'proposal':
      return said('move.proposal', { target: n(a.target), terms: termsSaid(rules, a.terms) });
    case 'statement':
      return said('move.statement', { term: termSaid(rules, a.issue, a.position) });
    case 'concession':
      return said('move.concession', { target: n(a.target), issue: issueRef(rules, a.issue) });
    case 'decide': {
      const e = rules.scenario.events.find((x) => x.id === a.act);
      const title = e?.title ?? a.act;
      if (e?.veto) return said(declinable(e) ? 'move.decline' : 'move.block', { title });
      return said('move.decide', { title });
    }
    case 'end':
      return said('move.end');
  }
}

/** Whether chance decided the answer, and how (rollText); null when no roll was drawn. */
export function rollSaid(answer: Answer): Said | null {
  if (answer.roll === null) return null;
  const p = answer.evaluation.pAccept;
  const shown = rollBeside(answer.roll, p, answer.kind === 'accept');
  const num = (x: number) => (shown.digits ? { fixed: x, digits: shown.digits } : x);
  return said('answer.dice', {
    roll: num(shown.roll),
    pct: num(shown.chance),
    kind: answer.kind,
    digits: shown.digits,
  });
}

/** An answer and why (explainAnswer), with the issues a proposal's terms left out (`leftOut`: issue ids and the line). */
export function answerSaid(
  rules: Rules,
  answer: Answer,
  leftOut: { issue: string; line: number }[] = [],
  ask?: PlayerAction['type'],
): Said {
  const ev = answer.evaluation;
  const factors = topFactors(answer).map((f) =>
    said('answer.factor', {
      sign: f.contribution > 0 ? '+' : '\u2212',
      factor: said(`talks.factor.${factorOf(f.id, ask)}`),
      value: { fixed: f.contribution, digits: 2, sign: 'hyphen' },
    }),
  );
  const crossed = ev.issues
    .filter((v) => v.beyond > 0)
    .map((v) =>
      said('answer.crossed', {
        issue: { issue: v.issue, name: rules.scenario.issues.find((i) => i.id === v.issue)!.name },
        n: Math.round(v.beyond),
      }),
    );
  const redCost = ev.factors
    .filter((f) => f.id === 'redlines' || f.id === 'crossed')
    .reduce((sum, f) => sum + f.contribution, 0);
  return said('answer.text', {
    name: actorRef(ev.actor, rules.actor[ev.actor]!.name),
    kind: answer.kind,
    chance:
      answer.roll === null ? said('answer.ownCounter') : said('answer.chance', { pct: Math.round(ev.pAccept * 100) }),
    factors: joined(factors),
    red:
      crossed.length && redCost !== 0
        ? said('answer.red', {
            n: crossed.length,
            crossed: joined(crossed, 'said.comma'),
            cost: { fixed: redCost, digits: 2, sign: 'hyphen' },
            kind: answer.kind,
          })
        : '',
    roll: rollSaid(answer) ?? '',
    leftOut: leftOut.length
      ? said('answer.leftOut', {
          issues: joined(
            leftOut.map((x) => said('answer.leftOutIssue', { issue: issueRef(rules, x.issue), n: Math.round(x.line) })),
            'said.comma',
          ),
        })
      : '',
  });
}

/** A move in a few words (describeShort): terms as issue and number. */
export function shortSaid(rules: Rules, a: PlayerAction): Said {
  const i = (id: string): SaidValue => ({
    issue: id,
    name: rules.scenario.issues.find((x) => x.id === id)?.topic ?? id,
  });
  if (a.type === 'statement') return said('move.statementShort', { issue: i(a.issue), n: a.position });
  if (a.type !== 'proposal') return actionSaid(rules, a);
  return said('move.proposalShort', {
    target: actorRef(a.target, rules.actor[a.target]?.name ?? a.target),
    terms: joined(
      Object.entries(a.terms).map(([k, v]) => said('move.termShort', { issue: i(k), n: v })),
      'said.comma',
    ),
  });
}
