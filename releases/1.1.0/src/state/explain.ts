// Plain-language "Why?" for an answer: the factors that weighed most, with their sources.
import type { PlayerAction } from './actions';
import type { Answer } from './model/answer';
import type { Factor, FactorId } from './model/utility';
import type { Rules } from './rules';

const FACTOR_TEXT: Record<FactorId, string> = {
  fit: 'how close the terms are to its own positions',
  trust: 'its trust in you',
  threat: 'how directly ISIS threatens it',
  commitment: 'how committed it already is',
  redlines: 'terms beyond its red lines (counted for proposals)',
  personal: 'the weight of the channel you used',
  bias: 'the cost of signing up to anything',
};

export const factorText = (id: FactorId): string => FACTOR_TEXT[id];

/** A move in words, with the actors' and issues' names: for logs, answers and the debrief. */
export function describeAction(rules: Rules, a: PlayerAction): string {
  const n = (id: string) => rules.actor[id]?.name ?? id;
  const i = (id: string) => rules.scenario.issues.find((x) => x.id === id)?.name ?? id;
  switch (a.type) {
    case 'call':
      return `Call to ${n(a.target)}`;
    case 'visit':
      return `Visit to ${n(a.target)}`;
    case 'proposal':
      return `Proposal to ${n(a.target)}: ${Object.entries(a.terms).map(([k, v]) => `${i(k)} ${v}`).join(', ')}`;
    case 'statement':
      return `Statement: ${i(a.issue)} at ${a.position}`;
    case 'concession':
      return `Concession to ${n(a.target)} on ${i(a.issue)}`;
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

export function explainAnswer(rules: Rules, answer: Answer): string {
  const name = rules.actor[answer.evaluation.actor]!.name;
  const pct = Math.round(answer.evaluation.pAccept * 100);
  const verb = answer.kind === 'accept' ? 'accepted' : answer.kind === 'counter' ? 'countered' : 'refused';
  const chance = answer.roll === null ? 'it honoured its own counter-offer' : `chance of yes ${pct}%`;
  const factors = topFactors(answer)
    .map((f) => `${f.contribution > 0 ? '+' : '−'} ${FACTOR_TEXT[f.id]} (${f.contribution > 0 ? '+' : ''}${f.contribution.toFixed(2)})`)
    .join('; ');
  const crossed = answer.evaluation.issues.filter((v) => v.beyond > 0).map((v) => `${rules.scenario.issues.find((i) => i.id === v.issue)!.name} by ${Math.round(v.beyond)}`);
  const red = crossed.length && answer.evaluation.factors.find((f) => f.id === 'redlines')!.contribution !== 0 ? ` Red lines crossed: ${crossed.join(', ')}.` : '';
  return `${name} ${verb} (${chance}). ${factors}.${red}`;
}
