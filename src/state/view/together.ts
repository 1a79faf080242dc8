// What a game played together shows each role (../rules/together.ts): its own goal checklist, whose
// turn it is and what it waits for, and the asks between human capitals, for the page and the CLI.
import { goalChecklist, type GoalItem } from './goal';
import type { Rules } from '../rules/rules';
import { offerPreview, openOffersTo, type Offer, type TogetherGame } from '../rules/together';
import type { ActorId } from '../rules/world';

export interface RoleGoals {
  role: ActorId;
  name: string;
  items: GoalItem[];
  met: number;
}

/** One role's checklist: the same one a single player of that role reads, on the shared world. */
export function goalsOf(rules: Rules, g: TogetherGame, role: ActorId): RoleGoals {
  const items = goalChecklist(rules, { ...g.world, role });
  return { role, name: rules.actor[role]!.name, items, met: items.filter((i) => i.met).length };
}

/** Every human role's checklist, in turn order: what the debrief shows. */
export const goalsByRole = (rules: Rules, g: TogetherGame): RoleGoals[] => g.roles.map((r) => goalsOf(rules, g, r));

/** Whose turn it is, in words. */
export function turnText(rules: Rules, g: TogetherGame): string {
  if (g.world.outcome !== null) return 'The game is over';
  const role = g.roles[g.turn]!;
  const name = rules.actor[role]!.name;
  return g.phase === 'answers' ? `${name} answers the asks still open` : `${name} plays (${g.aps[role]} action points)`;
}

export interface OfferView {
  from: ActorId;
  to: ActorId;
  index: number;
  text: string;
  counter: boolean;
  /** The addressed capital's model's chance of yes, and its reasons (the "Why?"), in percent. */
  chance: number;
  why: { id: string; contribution: number }[];
}

function offerText(rules: Rules, o: Offer): string {
  const who = rules.actor[o.from]!.name;
  const a = o.action;
  if (a.type === 'proposal')
    return `${who} ${o.counterTo ? 'counters with' : 'proposes'}: ${Object.entries(a.terms)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`;
  if (a.type === 'concession') return `${who} concedes on ${a.issue} and asks for goodwill`;
  return `${who} asks for a ${a.type}`;
}

/** The open asks a role has to answer, each with the preview its model would read. */
export function offersFor(rules: Rules, g: TogetherGame, role: ActorId): OfferView[] {
  return openOffersTo(g, role).map((o) => {
    const ev = offerPreview(rules, g, o);
    return {
      from: o.from,
      to: o.to,
      index: o.index,
      text: offerText(rules, o),
      counter: o.counterTo !== null,
      chance: Math.round(ev.pAccept * 100),
      why: ev.factors.map((f) => ({ id: f.id, contribution: f.contribution })),
    };
  });
}
