// What a game played together shows each role (../rules/together.ts): its own goal checklist, whose
// turn it is and what it waits for, and the asks between human capitals, for the page and the CLI.
import { describeAction } from './explain';
import { goalChecklist, type GoalItem } from './goal';
import type { Rules } from '../rules/rules';
import { offerPreview, openOffersTo, type Offer, type TogetherGame } from '../rules/together';
import type { ActorId, World } from '../rules/world';

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

/** A move of this round, as its maker's screen lists it. */
export interface MoveLine {
  text: string;
  /** The answer: accepted, refused, countered, waiting (an ask to a human capital), or null (no answer needed). */
  answer: string | null;
}

/** What a role's own screen shows in its turn: nothing of another role's private state. */
export interface TogetherScreen {
  role: ActorId;
  roleName: string;
  round: number;
  rounds: number;
  date: string;
  phase: 'moves' | 'answers';
  ap: number;
  meter: number;
  goals: RoleGoals;
  offers: OfferView[];
  /** This role's own moves this round, with their answers. */
  moves: MoveLine[];
  /** Capitals it may address (every other actor), and the issues. */
  actors: { id: ActorId; name: string; human: boolean }[];
  issues: { id: string; topic: string }[];
}

export interface TogetherDebrief {
  outcome: string | null;
  meter: number;
  rounds: number;
  goals: RoleGoals[];
  asks: { accepted: number; declined: number; countered: number; lapsed: number };
}

const answerWord = (k: string | undefined): string | null =>
  k === undefined ? null : k === 'accept' ? 'accepted' : k === 'reject' ? 'refused' : 'countered';

export function togetherScreen(rules: Rules, g: TogetherGame, role: ActorId): TogetherScreen {
  const w = g.world;
  const cur = w.rounds[w.rounds.length - 1]!;
  const moves: MoveLine[] = cur.actions
    .filter((r) => r.by === role || (g.roles.length === 1 && r.action.type !== 'end'))
    .map((r) => {
      const a = r.action;
      const target = 'target' in a ? (rules.actor[a.target]?.name ?? a.target) : '';
      const text =
        a.type === 'statement'
          ? `Statement on ${a.issue}: ${a.position}`
          : a.type === 'decide'
            ? `Decision: ${a.act}`
            : a.type === 'proposal'
              ? `Proposal to ${target}: ${Object.entries(a.terms)
                  .map(([k, v]) => `${k} ${v}`)
                  .join(', ')}`
              : a.type === 'concession'
                ? `Concession to ${target} on ${a.issue}`
                : `${a.type === 'call' ? 'Call' : 'Visit'} to ${target}`;
      const human = 'target' in a && g.roles.includes(a.target);
      return { text, answer: answerWord(r.answer?.kind) ?? (human ? 'waiting for its answer' : null) };
    });
  return {
    role,
    roleName: rules.actor[role]!.name,
    round: w.round + 1,
    rounds: rules.scenario.calendar.rounds.length,
    date: cur.date,
    phase: g.phase,
    ap: g.aps[role]!,
    meter: w.meter.value,
    goals: goalsOf(rules, g, role),
    offers: offersFor(rules, g, role),
    moves,
    actors: rules.actorIds
      .filter((a) => a !== role)
      .map((a) => ({ id: a, name: rules.actor[a]!.name, human: g.roles.includes(a) })),
    issues: rules.scenario.issues.map((i) => ({ id: i.id, topic: i.topic })),
  };
}

export function togetherDebrief(rules: Rules, g: TogetherGame): TogetherDebrief {
  const asks = [...g.past.flat(), ...g.offers];
  const n = (s: string) => asks.filter((o) => o.state === s).length;
  return {
    outcome: g.world.outcome,
    meter: g.world.meter.value,
    rounds: g.world.rounds.length,
    goals: goalsByRole(rules, g),
    asks: { accepted: n('accepted'), declined: n('declined'), countered: n('countered'), lapsed: n('lapsed') },
  };
}

/** One human role's moves in a round of a game played together, in words, with their answers. */
export interface RoleRound {
  role: ActorId;
  name: string;
  moves: string[];
}

/**
 * Every human role's moves in round `round` (0-based) of a finished or running game played together:
 * what the replay viewer lists under each role, and the comparison's moves of that round. `roles`:
 * the game's human roles (a take-over's moves after it are its role's: the world's role then).
 */
export function roundMoves(rules: Rules, final: World, roles: readonly ActorId[], round: number): RoleRound[] {
  const rec = final.rounds[round];
  return roles.map((role) => ({
    role,
    name: rules.actor[role]?.name ?? role,
    moves: (rec?.actions ?? [])
      .filter((r) => r.action.type !== 'end' && (r.by ?? final.role) === role)
      .map((r) => {
        const word = answerWord(r.answer?.kind);
        return `${describeAction(rules, r.action)}${word ? ` (${word})` : ''}`;
      }),
  }));
}
