// What the other capitals did on their own last round, told for the briefing with the reason the
// model had for it. Reads the round's records only; computes no rules.
import { modelRef, type SourceRef } from '../data/refs';
import { INCIDENT_BELOW, type HeldBack, type Initiative } from './model/agency';
import type { Rules } from './rules';
import type { ActorId, RoundRecord } from './world';

export interface NewsItem {
  id: string;
  title: string;
  text: string;
  sources: SourceRef[];
}

/** How many of the actors' own moves a briefing tells: the rest are in the round's record. */
const SHOWN = 4;
const SOURCE = [modelRef('the model: actors act on their own each round (docs/MODEL.md)')];

const ORDER: Record<Initiative['kind'], number> = { incident: 0, sanction: 1, deal: 2, strike: 3, statement: 4 };

const signed = (x: number) => `${x >= 0 ? '+' : '\u2212'}${Math.abs(x).toFixed(2)}`;

export function scaleLabel(rules: Rules, issue: string, v: number): string {
  const sc = rules.scenario.issues.find((i) => i.id === issue)!.scale;
  let best = sc[0]!;
  for (const s of sc) if (Math.abs(s.at - v) < Math.abs(best.at - v)) best = s;
  return best.label;
}

function tell(rules: Rules, me: ActorId, it: Initiative): NewsItem {
  const name = (a: ActorId) => (a === me ? 'you' : rules.actor[a]!.name);
  const Name = (a: ActorId) => (a === me ? 'You' : rules.actor[a]!.name);
  const issueName = (i: string) => rules.scenario.issues.find((x) => x.id === i)!.name.toLowerCase();
  const id = `act-${it.kind}-${it.actor}-${it.other ?? it.issue ?? ''}`;
  const a = Name(it.actor);
  switch (it.kind) {
    case 'strike': {
      const label = scaleLabel(rules, 'target', it.because);
      if (it.because >= 50) {
        const angry = [...new Set(it.trust.map((t) => t.from))].map(name);
        return { id, title: `${a} strikes Assad\u2019s armed opponents`, text: `Its line on what to strike stands at ${Math.round(it.because)} (${label}). ${angry.length ? `Those who back the rebels (${angry.join(', ')}) trust it less` : 'The rebels\u2019 backers take note'}; deconfliction ${signed(it.deconfliction)}.`, sources: SOURCE };
      }
      return { id, title: `${a} strikes ISIS`, text: `Its line on what to strike stands at ${Math.round(it.because)} (${label}): ISIS comes first. The other campaign\u2019s members trust it a little more, and it is a little more committed.`, sources: SOURCE };
    }
    case 'deal': {
      const b = Name(it.other!);
      const moves = it.moved.map((m) => `${Name(m.actor)} ${Math.round(m.from)} \u2192 ${Math.round(m.to)}`).join(', ');
      return { id, title: `${a} and ${b} agree on ${issueName(it.issue!)}`, text: `They trust each other (${it.because.toFixed(2)}), so they close the gap between them: ${moves}. Each pulls the other toward its own view of the coalition.`, sources: SOURCE };
    }
    case 'sanction': {
      const b = name(it.other!);
      return { id, title: `${a} imposes sanctions on ${it.other === me ? 'you' : b}`, text: `${a}\u2019s trust in ${b} had fallen to ${it.because.toFixed(2)}. Trust falls further on both sides, and neither is keener on a coalition that includes the other.`, sources: SOURCE };
    }
    case 'statement': {
      const m = it.moved[0]!;
      const hard = it.because < 0;
      const label = scaleLabel(rules, m.issue, m.to);
      return hard
        ? { id, title: `${a} hardens its line on ${issueName(m.issue)}`, text: `It distrusts you (${it.because.toFixed(2)}) and says so in public: ${Math.round(m.from)} \u2192 ${Math.round(m.to)} (${label}), further from the coalition\u2019s line.`, sources: SOURCE }
        : { id, title: `${a} softens its line on ${issueName(m.issue)}`, text: `It trusts you (${it.because.toFixed(2)}) and moves toward the coalition\u2019s line: ${Math.round(m.from)} \u2192 ${Math.round(m.to)} (${label}).`, sources: SOURCE };
    }
    case 'incident':
      return { id, title: `A close call between ${rules.actor[it.actor]!.name} and ${rules.actor[it.other!]!.name} aircraft`, text: `Deconfliction stood at ${it.because.toFixed(2)}, below ${INCIDENT_BELOW}: the two campaigns share the sky with too little coordination. Trust falls on both sides; deconfliction ${signed(it.deconfliction)}.`, sources: SOURCE };
  }
}

function heldBack(rules: Rules, me: ActorId, hb: HeldBack): NewsItem {
  const a = rules.actor[hb.actor]!.name;
  const other = hb.other ? (hb.other === me ? 'you' : rules.actor[hb.other]!.name) : '';
  const what = hb.kind === 'sanction' ? `impose sanctions on ${other}` : hb.kind === 'deal' ? `make a deal with ${other}` : 'harden its line in public';
  return { id: `held-${hb.actor}`, title: `${a} holds back`, text: `${a} had said yes to you this round, so it did not ${what}.`, sources: SOURCE };
}

/**
 * The briefing's news of the actors' own moves: those that touch the player first, then what was
 * held back, then incidents, sanctions, deals, strikes and statements, at most SHOWN of them.
 */
export function worldNews(rules: Rules, me: ActorId, rec: RoundRecord): NewsItem[] {
  const touches = (i: Initiative) => i.actor === me || i.other === me;
  const sorted = [...rec.initiatives].sort((x, y) => Number(touches(y)) - Number(touches(x)) || ORDER[x.kind] - ORDER[y.kind]);
  const held = rec.heldBack.map((h) => heldBack(rules, me, h));
  return [...held, ...sorted.map((i) => tell(rules, me, i))].slice(0, SHOWN + held.length);
}
