// The one adapter from the rules' world to what the scenes and the DOM draw (after chessground's
// compat.ts): a plain render model. Renderers read this and send events; they compute no rules.
// Everything but the debrief's reading against the record, which gameView is handed (./view.ts
// hands it; the page loads it with the debrief's code, src/release/current.ts).
import { commitmentNews } from './commitmentNews';
import { departures, type Departure } from './departures';
import { inSentence, capitalize as capFirst } from './sentence';
import { declinable, decisionsOpen, OTHERWISE, takenIn, VETOED } from '../rules/model/events';
import { citationRef, externalSourceRef, modelRef, type SourceRef } from '../../data/refs';
import type { Framings, HistoricalEvent, Outcomes, Perspective, Sourced } from '../../data/schema';
import type { ActionRecord, PlayerAction } from '../rules/actions';
import { COST, MOVE_TYPES, unaffordable, validateAction, type ActionType } from '../rules/actions';
import { advise, brokenTerms } from './advice';
import { diffWorlds, headline } from './consequences';
import { DIFFICULTIES } from '../rules/difficulty';
import type { Turn } from './divergence';
import { describeAction, describeShort, explainAnswer, factorOf, factorText, termsText } from './explain';
import { goalChecklist, type GoalItem } from './goal';
import { DEAL_CEILING, GOODWILL_CEILING, OUTSIDE_MAX } from '../rules/model/effects';
import { acceptChance } from '../rules/model/utility';
import { previewMove } from './preview';
import { initWorld } from '../rules/step';
import { wouldCounter } from '../rules/model/answer';
import { keptOutBy, lineWithout, MEMBER_AT, vetoedBy } from '../rules/model/meter';
import { grandGaps, OUTCOME_LABEL, outcomeMeaning, termValue } from '../rules/model/outcome';
import { betweenLabels, the, theirs, worldNews } from './news';
import { roleOf, type Rules } from '../rules/rules';
import type { ActorId, OutcomeId, World } from '../rules/world';
import { percent as pct, wholePercent, withinBound } from './percent';
import { actorRef, joined, said, type Said } from './said';
import { actionSaid, answerSaid, betweenSaid, shortSaid } from './explain';

export type { Said, SaidValue } from './said';

/** A line of text in English and as a message for the reader's language (./said.ts). */
export interface Line {
  text: string;
  said: Said;
}

export type Stance = 'member' | 'leaning' | 'outside' | 'opposed';

export type Phase = 'briefing' | 'diplomacy' | 'debrief';

export interface ActorView {
  id: ActorId;
  name: string;
  leader: string;
  isPlayer: boolean;
  stance: Stance;
  commitment: number;
  trustInPlayer: number;
  anchor: [number, number];
  summary: string;
  positions: {
    issue: string;
    name: string;
    value: number;
    label: string;
    salience: number;
    min: number;
    max: number;
    sources: SourceRef[];
    note: string;
  }[];
  counter: Record<string, number> | null;
  /** Committed enough to join but kept out by a member's condition: whose, in words ("the United States’"); else null. */
  keptOutBy?: string | null;
  /** The same member's id, for the panels' own words (absent before 1.7). */
  keptOutById?: ActorId | null;
}

export interface RelationView {
  a: ActorId;
  b: ActorId;
  kind: 'agreement' | 'tension';
  value: number;
}

/** How an outlet of the time told a later event: its name, country, date and link, and our paraphrase. */
export interface PerspectiveView {
  outlet: string;
  country: string;
  date: string;
  text: string;
  ref: SourceRef;
}

export interface BriefingView {
  id: string;
  /** The story's headline, without its date. */
  title: string;
  /** The game's own headline and account as messages for the reader's language, where the game writes them (absent before 1.7). */
  said?: { title?: Said; text: Said };
  /** The record's date of a dated event (ISO; the panels format it), absent for undated items. */
  date?: string;
  /** The story as each seed article told it (opening topics only: paraphrases with their paragraphs). */
  framings: Framings | null;
  /**
   * The game's own account (a later event, a possible event, the actors' own moves, or what the record
   * adds to an opening story), labelled as such.
   */
  text: string | null;
  /** Dated reporting of the time on a later event, outlet by outlet. */
  perspectives?: PerspectiveView[];
  sources: SourceRef[];
}

/** One move the player made, with the worlds on either side of it: what the answers' consequences are read from. */
export interface MoveStep {
  action: PlayerAction;
  before: World;
  after: World;
}

export interface AnswerView {
  actor: ActorId;
  action: string;
  /**
   * The move, the answer and what it changed as messages for the reader's language (./said.ts): the
   * same as action, text and changes in English. Absent before 1.7 (the panels show the English).
   */
  said?: { action: Said; text: Said; changes: Said[] };
  kind: 'accept' | 'reject' | 'counter' | 'statement' | 'decision';
  text: string;
  /** What the move changed, in words and numbers (empty when the worlds around it are unknown; absent before 1.2). */
  changes?: string[];
  /** The counter-offer in words (issue names and scale labels); absent in releases before 1.2. */
  counterText?: string | null;
  /** `factor`: the rules' id of the factor, which the panels name in the reader's language (absent before 1.7). */
  why: { label: string; contribution: number; factor?: string }[];
  /**
   * Each issue as the answer weighed it; `asked`: the terms named it (false: an issue the terms left
   * out, or any issue of a call or a visit, read at the coalition's line; absent before 1.8).
   */
  issues: {
    name: string;
    own: number;
    proposed: number;
    asked?: boolean;
    salience: number;
    beyond: number;
    sources: SourceRef[];
  }[];
  counter: Record<string, number> | null;
}

export interface MeterThreshold {
  value: number;
  label: string;
  /** Whose bar it is, for the panels' own words (absent before 1.7). */
  outcome?: OutcomeId;
}

/** The meter each ending needs, labelled for a chart (grand coalition first). */
export const meterThresholds = (o: Outcomes): MeterThreshold[] => [
  { value: o.grand.meter, label: `grand coalition needs ${o.grand.meter}`, outcome: 'grand_coalition' },
  { value: o.parallel.meter, label: `parallel campaigns need ${o.parallel.meter}`, outcome: 'parallel_campaigns' },
];

/** A dated statement of the record, with its sources as the panels link them. */
export interface RecordNoteView {
  /**
   * 'checkpoint': the record as of that date (its acts dated in the text); 'act': the act's own date;
   * 'article': the seed article's; 'condition': why an act depended on what the game changed.
   */
  kind: 'checkpoint' | 'act' | 'article' | 'condition';
  date: string;
  text: string;
  sources: SourceRef[];
}

export type TurnView = Omit<Turn, 'record'> & { record: RecordNoteView[] };

/** Where a finished game left the road of 2015 (src/state/view/divergence.ts), ready to show. */
export interface DivergenceView {
  followed: boolean;
  sameMoves: boolean;
  /** One line: why this outcome. */
  summary: string;
  outcome: { game: string; line: string; record: string };
  first: TurnView | null;
  turns: TurnView[];
  needed: { text: string; record: RecordNoteView[] }[];
}

/** The kinds of move the talks offer (the schema's, less the round's end and a government's decision). */
export type MoveType = (typeof MOVE_TYPES)[number];

/** A kind of move as the panel offers it: its cost in action points, and whether the rules allow it now. */
export interface MoveOption {
  cost: number;
  allowed: boolean;
  /** Why not, as the rules would refuse it; null when allowed. */
  why: string | null;
}

/** Each kind of move the talks offer, priced and judged by the rules (validateAction's own checks). */
function moveOptions(w: World): Record<MoveType, MoveOption> {
  const option = (type: ActionType): MoveOption => {
    const why = w.outcome !== null ? 'the game is over' : unaffordable(type, w.ap);
    return { cost: COST[type], allowed: why === null, why };
  };
  return Object.fromEntries(MOVE_TYPES.map((t) => [t, option(t)])) as Record<MoveType, MoveOption>;
}

export interface GameView {
  phase: Phase;
  seed: number;
  /** The player's country, by name. */
  playerName: string;
  round: number;
  rounds: number;
  date: string;
  ap: number;
  apMax: number;
  /** Each move the player composes in the talks: what it costs and whether it can be made now (if not, why). */
  moves: Record<MoveType, MoveOption>;
  player: ActorId;
  /** The role's goal, in words, for the briefing and the debrief. */
  goal: string;
  /** The role's terms for a grand coalition, each with where the coalition's line stands now. */
  terms: {
    text: string;
    said?: Said;
    why: string;
    line: number;
    met: boolean;
    /** The capitals the goal needs that are still outside, when the line alone would meet the term (absent otherwise). */
    without?: Said;
    sources: SourceRef[];
  }[];
  /** Every win condition of the role, with where it stands and what is missing. */
  checklist: { items: GoalItem[]; met: number; total: number };
  /** A move that would bring the goal closer, in words (a hint, read off the previews); empty once the game is over and on a level without hints. */
  advice: string;
  /** The briefing's first lines: what changed, what it means for the goal, what you might do (empty without a hint). */
  lead: {
    changed: string;
    meaning: string;
    next: string;
    /** The same three lines as messages for the reader's language (./said.ts; next: the advice alone; absent before 1.7). */
    said?: { changed: Said; meaning: Said; next: Said | null };
  };
  /** The advice as a message for the reader's language (null without one; absent before 1.7). */
  adviceSaid?: Said | null;
  difficulty: string;
  meter: {
    value: number;
    /** How the last round changed the meter, as it closed (0 before the first round closes). */
    change: number;
    /** How this round's moves so far changed it. */
    thisRound?: number;
    parts: { actor: ActorId; name: string; points: number; commitment: number; agreement: number }[];
    deconfliction: number;
    /** Who moved the meter last round, largest first. */
    movers: { actor: ActorId; name: string; change: number }[];
  };
  history: { date: string; value: number }[];
  /** The meter's outcome bars, for the charts: the scenario's, never numbers of the renderer's own. */
  thresholds: MeterThreshold[];
  actors: ActorView[];
  relations: RelationView[];
  briefing: BriefingView[];
  answers: AnswerView[];
  rejected: string | null;
  outcome: { id: OutcomeId; label: string; meaning: string; said?: Said } | null;
  /** At the end, when the coalition is not grand: what it lacked, in sentences. */
  gaps: string[];
  /** The same, as messages for the reader's language (./said.ts; absent before 1.7). */
  gapsSaid?: Said[];
  /** At the end: where the game left the historical line, and what 2015 would have needed (null: not readable). */
  divergence: DivergenceView | null;
  /** The player's moves that were answered yes, or made in public, game-long. */
  decisions: { date: string; text: string; said?: Said }[];
  /** At the end: every member that left, when and why (./departures.ts; absent before this build). */
  departures?: Departure[];
  /** What actually happened, for the debrief. */
  record: { date: string; text: string; sources: SourceRef[] }[];
  questions: string[];
  /** The issues: `topic` is the name as a sentence's middle writes it ("what to strike first"); absent before 1.7. */
  issues: { id: string; name: string; topic?: string; question: string; scale: { at: number; label: string }[] }[];
  /** The historical calendar, with what has already happened marked. */
  calendar: { date: string; title: string; past: boolean }[];
  /**
   * The player's own government's acts open to decision this round (a decree, a vote it calls, a
   * deployment), each with what that capital really did; `taken`: decided, carried out at the round's end.
   */
  acts: ActDecisionView[];
}

/** One of the player's government's dated acts, put to the player in its round. */
export interface ActDecisionView {
  id: string;
  question: string;
  /** What the capital did in 2015: the act's title and date, the game's account, its sources. */
  title: string;
  date: string;
  reading: string;
  sources: SourceRef[];
  taken: boolean;
  /** A vote the player's capital can block, or a visit it can decline: what it did in 2015 (else null: the act is its own). */
  veto: string | null;
  /** What blocking it is: a vote blocked or a visit declined (null: the act is its own). */
  vetoKind: 'vote' | 'visit' | null;
}

/** How a blocked act is told: the capital that blocked the text, or declined to receive the visitor. */
export const vetoTitle = (rules: Rules, role: string, e: HistoricalEvent): string =>
  `${declinable(e) ? 'Declined' : 'Blocked'} by ${the(rules, role)}`;

/** The same with the act's title, as a message: "Declined by the United States: …". */
export const vetoSaid = (rules: Rules, role: string, e: HistoricalEvent): Said =>
  said(declinable(e) ? 'veto.declined' : 'veto.blocked', { by: actorRef(role, the(rules, role)), title: e.title });

/** The acts the player's government can decide this round, taken or not yet. */
function actDecisions(rules: Rules, w: World): ActDecisionView[] {
  if (w.outcome) return [];
  const taken = takenIn(w.rounds[w.rounds.length - 1]!.actions);
  return decisionsOpen(rules, w).map((e) => ({
    id: e.id,
    question: e.veto?.by[w.role]?.question ?? e.decide!,
    veto: e.veto?.by[w.role]?.record ?? null,
    vetoKind: e.veto?.by[w.role] ? (declinable(e) ? 'visit' : 'vote') : null,
    title: e.title,
    date: e.date,
    reading: e.reading,
    sources: e.sources.map((x) => externalSourceRef(rules.scenario, x)),
    taken: taken.includes(e.id),
  }));
}

/**
 * One status rule, the meter's: a member is whoever the meter counts (eligible, commitment at
 * 50% or more), whatever its mood; outside that, an actor that cannot join or distrusts the player
 * deeply is opposed.
 */
const stanceOf = (rules: Rules, w: World, a: ActorId): Stance => {
  if (w.meter.members.includes(a)) return 'member';
  if ((!rules.eligible[a] && rules.campaign[a] === 'russia') || w.trust[a]![w.role]! <= -0.5) return 'opposed';
  // An actor that cannot join in this period (NATO as an alliance) stays outside, whatever it says.
  if (!rules.eligible[a]) return 'outside';
  return w.commit[a]! >= 0.3 ? 'leaning' : 'outside';
};

export type { SourceRef };

/** Our one-line reading of a sourced value, or the reason for an assumed one. */
const noteOf = (v: Sourced): string => ('note' in v ? v.note : `Design assumption: ${v.assumption}`);

/** What a move changed, headlines first, with the checklist conditions it met or lost. */
export function changesOf(rules: Rules, step: MoveStep | undefined, focus: ActorId | null): string[] {
  return changeLines(rules, step, focus).map((l) => l.text);
}

/** The same lines, each in English and as a message for the reader's language. */
export function changeLines(rules: Rules, step: MoveStep | undefined, focus: ActorId | null): Line[] {
  if (!step) return [];
  const { before, after } = step;
  // Everything the move did to the capital it addressed and to your own lines is told, however many
  // (an accepted proposal moves both sides' lines: playtest 2, finding 8); the limit cuts only the rest.
  const changes = diffWorlds(rules, before, after);
  const first = changes.filter(
    (c) =>
      c.kind === 'meter' ||
      c.kind === 'deconfliction' ||
      Math.abs(c.size) >= 1000 ||
      (c.actor !== null && (c.actor === focus || c.actor === after.role)),
  );
  const lines: Line[] = headline(changes, after.role, focus, Math.max(6, first.length)).map((c) => ({
    text: c.text,
    said: c.said,
  }));
  const was = new Map(goalChecklist(rules, before).map((g) => [g.id, g.met]));
  for (const g of goalChecklist(rules, after)) {
    if (was.get(g.id) === g.met) continue;
    lines.push({
      text: `${g.met ? 'Goal checklist: now met' : 'Goal checklist: no longer met'}: ${g.label}`,
      said: said(g.met ? 'change.goalMet' : 'change.goalLost', { label: g.said?.label ?? g.label }),
    });
  }
  const a = step.action;
  const ans = after.rounds[after.rounds.length - 1]?.actions.at(-1)?.answer;
  // Your own red line holds your line where it is (effects.ts, setPos): say so, not just "75 → 40",
  // for every move that sets your line: a statement, terms agreed (a proposal or a counter-offer
  // accepted: shiftPlayer) and a concession (concede), even when the line does not move at all.
  const meant: Record<string, number> =
    a.type === 'statement'
      ? { [a.issue]: a.position }
      : a.type === 'proposal' && ans?.kind === 'accept'
        ? a.terms
        : a.type === 'concession'
          ? {
              [a.issue]: Math.round(
                before.pos[before.role]![a.issue]! +
                  (before.pos[a.target]![a.issue]! - before.pos[before.role]![a.issue]!) / 2,
              ),
            }
          : {};
  for (const issueId of rules.issueIds) {
    if (!(issueId in meant)) continue;
    const to = meant[issueId]!;
    const held = after.pos[after.role]![issueId]!;
    if (Math.abs(held - to) < 0.5) continue;
    const b = after.bounds[after.role]![issueId]!;
    const topic = rules.scenario.issues.find((i) => i.id === issueId)!.topic;
    const limit = to > b.max ? `at most ${b.max}` : `at least ${b.min}`;
    const limitSaid = to > b.max ? said('change.atMost', { n: b.max }) : said('change.atLeast', { n: b.min });
    const issue = { issue: issueId, name: topic };
    lines.unshift(
      a.type === 'statement'
        ? {
            text: `Your own red line on ${topic} (${limit}) holds your line at ${Math.round(held)}, not the ${to} you state.`,
            said: said('change.ownRedLine', { issue, limit: limitSaid, held: Math.round(held), stated: to }),
          }
        : {
            text: `Your own red line on ${topic} (${limit}) holds your line at ${Math.round(held)}, not the ${Math.round(to)} of ${a.type === 'concession' ? 'your concession' : 'the terms'}.`,
            said: said('change.ownRedLineTerms', {
              issue,
              limit: limitSaid,
              held: Math.round(held),
              meant: Math.round(to),
              kind: a.type === 'concession' ? 'concession' : 'terms',
            }),
          },
    );
  }
  if (ans?.kind === 'accept' && 'target' in a) {
    const j = a.target;
    const whose = capFirst(theirs(rules, j));
    const k = after.commit[j]!;
    if (wholePercent(k) === wholePercent(before.commit[j]!)) {
      const kept = k >= MEMBER_AT ? keptOutBy(rules, after, j) : null;
      const why = after.meter.members.includes(j)
        ? ''
        : kept
          ? ` (committed enough, but ${theirs(rules, kept.by)} condition keeps it out)`
          : ` (members need ${pct(MEMBER_AT)})`;
      lines.unshift({
        text: `${whose} commitment stays at ${pct(k)}${why}`,
        said: said('change.staysAt', {
          whose: actorRef(j, whose),
          at: wholePercent(k),
          why: after.meter.members.includes(j)
            ? ''
            : kept
              ? said('change.kept', { by: actorRef(kept.by, theirs(rules, kept.by)) })
              : said('change.need', { need: wholePercent(MEMBER_AT) }),
        }),
      });
    }
    // An accepted ask that left commitment at its ceiling: say why it rose no further, by the rule
    // that held it (effects.ts applyAnswer). Goodwill never takes a capital across the line of
    // membership, whatever its ceiling; otherwise the ceiling is the chance of accepting the line
    // without this capital, as the rules read it, plus a margin.
    const margin = a.type === 'proposal' ? DEAL_CEILING : GOODWILL_CEILING;
    const asked = { ...before, trust: after.trust };
    const chance = acceptChance(rules, asked, j, after.role, {}, 0, true, lineWithout(rules, asked, j));
    const belowLine = a.type !== 'proposal' && before.commit[j]! < MEMBER_AT && k >= OUTSIDE_MAX - 1e-9;
    if (belowLine && chance + margin > k + 0.002)
      lines.push({
        text: `Goodwill never takes a capital past ${pct(OUTSIDE_MAX)}: a call, a visit or a concession does not make ${the(rules, j)} a member; only terms it accepts do (a proposal).`,
        said: said('change.goodwillStops', { max: wholePercent(OUTSIDE_MAX), it: actorRef(j, the(rules, j)) }),
      });
    else if (
      (k < 1 && Math.abs(k - Math.min(1, chance + margin)) < 0.002) ||
      (k < 1 && k <= chance + margin && wholePercent(k) === wholePercent(before.commit[j]!))
    )
      lines.push({
        text: `${whose} commitment can rise no higher for now: ${a.type === 'proposal' ? 'terms it accepts lift' : 'goodwill lifts'} it at most ${Math.round(margin * 100)} points above its chance of accepting the coalition\u2019s line as it stands (${pct(chance)}). Bring the line closer to ${theirs(rules, j)} positions to raise that.`,
        said: said('change.ceiling', {
          whose: actorRef(j, whose),
          kind: a.type === 'proposal' ? 'proposal' : 'other',
          margin: Math.round(margin * 100),
          chance: wholePercent(chance),
          theirs: actorRef(j, theirs(rules, j)),
        }),
      });
  }
  return lines.length ? lines : [{ text: 'Nothing you can measure moved.', said: said('change.nothing') }];
}

export function answerView(rules: Rules, r: ActionRecord, step?: MoveStep): AnswerView | null {
  if (r.action.type === 'end') return null;
  if (r.action.type === 'decide') {
    // A government's act: carried out with the calendar as the round ends, told in the next briefing;
    // a vote blocked or a visit declined is that government's act too (the calendar's act fails).
    const act = r.action.act;
    const e = rules.scenario.events.find((x) => x.id === act);
    return {
      actor: rules.actorIds[0]!,
      action: describeAction(rules, r.action),
      said: {
        action: actionSaid(rules, r.action),
        text: e?.veto ? said('answer.vetoed', { kind: declinable(e) ? 'visit' : 'vote' }) : said('answer.happens'),
        changes: [],
      },
      kind: 'decision',
      text: e?.veto
        ? `${declinable(e) ? 'The visit is declined' : 'The text is blocked'} when its day comes in this round, if it would otherwise have gone ahead; the next briefing says what it changed.`
        : 'It happens as this round ends; the next briefing says what it changed.',
      changes: [],
      counterText: null,
      why: [],
      issues: [],
      counter: null,
    };
  }
  if (!r.answer) {
    const moved = r.reactions.filter((x) => Math.abs(x.trust) >= 0.01);
    const lines = changeLines(rules, step, null);
    return {
      actor: rules.actorIds[0]!,
      action: describeAction(rules, r.action),
      said: {
        action: actionSaid(rules, r.action),
        text: moved.length
          ? said('answer.reactions', {
              list: joined(
                moved.map((x) =>
                  said(x.trust > 0 ? 'answer.trustsMore' : 'answer.trustsLess', {
                    name: actorRef(x.actor, rules.actor[x.actor]!.name),
                  }),
                ),
              ),
            })
          : said('answer.nobody'),
        changes: lines.map((l) => l.said),
      },
      kind: 'statement',
      text: moved.length
        ? `Reactions: ${moved.map((x) => `${rules.actor[x.actor]!.name} ${x.trust > 0 ? 'trusts you more' : 'trusts you less'}`).join('; ')}.`
        : 'Nobody much noticed.',
      changes: lines.map((l) => l.text),
      counterText: null,
      why: [],
      issues: [],
      counter: null,
    };
  }
  const ev = r.answer.evaluation;
  const act = r.action;
  const leftOutIssues = act.type === 'proposal' ? ev.issues.filter((x) => x.beyond > 0 && !(x.issue in act.terms)) : [];
  const lines = changeLines(rules, step, ev.actor);
  // A counter-offer agrees nothing: what moved came from the ask itself, said so above the list
  // (playtest 2, finding 16: a countered visit listed the meter and deconfliction as if agreed).
  if (r.answer.kind === 'counter' && step && !(lines.length === 1 && lines[0]!.said.id === 'change.nothing'))
    lines.unshift(
      act.type === 'concession'
        ? {
            text: 'A counter-offer agrees nothing; your concession was made in public before the answer, and that is what moved:',
            said: said('change.counterConcession'),
          }
        : act.type === 'proposal'
          ? {
              text: 'A counter-offer agrees nothing; what moved came from the ask itself:',
              said: said('change.counterAsk'),
            }
          : {
              text: `A counter-offer agrees nothing; the ${act.type} itself still used the channel between the two air campaigns, and that is what moved:`,
              said: said('change.counterTalk', { kind: act.type }),
            },
    );
  const leftOut =
    act.type === 'proposal'
      ? leftOutIssues.map(
          (x) =>
            `${rules.scenario.issues.find((i) => i.id === x.issue)!.topic} (the line stands at ${Math.round(x.proposed)})`,
        )
      : [];
  const leftOutText = leftOut.length
    ? ` Issues your terms leave out are read at the coalition\u2019s line: ${leftOut.join(', ')}.`
    : '';
  return {
    actor: ev.actor,
    action: describeAction(rules, r.action),
    said: {
      action: actionSaid(rules, r.action),
      text: answerSaid(
        rules,
        r.answer,
        leftOutIssues.map((x) => ({ issue: x.issue, line: x.proposed })),
        act.type,
      ),
      changes: lines.map((l) => l.said),
    },
    kind: r.answer.kind,
    text: explainAnswer(rules, r.answer, act.type) + leftOutText,
    changes: lines.map((l) => l.text),
    counterText: r.answer.counter ? termsText(rules, r.answer.counter) : null,
    why: ev.factors
      .filter((f) => f.id !== 'bias')
      .map((f) => ({
        label: factorText(factorOf(f.id, act.type)),
        contribution: f.contribution,
        factor: factorOf(f.id, act.type),
      })),
    issues: ev.issues.map((v) => ({
      name: rules.scenario.issues.find((x) => x.id === v.issue)!.name,
      own: v.own,
      proposed: v.proposed,
      asked: act.type === 'proposal' && v.issue in act.terms,
      salience: v.salience,
      // A red line crossed by an ask that does not weigh red lines (a call) is not shown as crossed.
      beyond: redLinesCount(ev) ? v.beyond : 0,
      sources: v.sources.map((c) => citationRef(rules.scenario, c)),
    })),
    counter: r.answer.counter,
  };
}

/** How an outlet of the time told a story: its name, country and date from the source, and our paraphrase. */
function perspectiveView(rules: Rules, p: Perspective): PerspectiveView {
  const src = rules.scenario.externalSources.find((x) => x.id === p.source)!;
  return {
    outlet: src.publisher,
    country: p.country,
    date: src.date,
    text: p.text,
    ref: externalSourceRef(rules.scenario, p.source),
  };
}

function briefing(rules: Rules, w: World, roundStep?: MoveStep): BriefingView[] {
  const s = rules.scenario;
  if (w.round === 0 && !w.outcome) {
    // An item's record note is the game's words, told apart from the articles' framings.
    return s.opening.map((o) => ({
      id: o.id,
      title: o.title,
      framings: o.framings,
      text: o.record ? `The game\u2019s summary of the record: ${o.record.text}` : null,
      ...(o.record ? { said: { text: said('event.summary', { text: o.record.text }) } } : {}),
      perspectives: (o.record?.perspectives ?? []).map((p) => perspectiveView(rules, p)),
      sources: [
        ...o.sources.map((c) => citationRef(rules.scenario, c)),
        ...(o.record?.sources ?? []).map((x) => externalSourceRef(rules.scenario, x)),
      ],
    }));
  }
  const prev = w.outcome ? w.rounds[w.rounds.length - 1]! : w.rounds[w.rounds.length - 2]!;
  const out: BriefingView[] = [];
  for (const id of prev.events) {
    if (id.endsWith(VETOED)) {
      // The player's capital blocked a text that would have passed, or declined a visit: the game's account.
      const h = s.events.find((e) => `${e.id}${VETOED}` === id)!;
      out.push({
        id,
        title: `${vetoTitle(rules, w.role, h)}: ${h.title}`,
        said: {
          title: vetoSaid(rules, w.role, h),
          text: said('veto.reading', { instead: h.veto!.instead, record: h.veto!.by[w.role]!.record }),
        },
        date: h.date,
        framings: null,
        text: `The game\u2019s reading: ${h.veto!.instead} In the record: ${h.veto!.by[w.role]!.record}`,
        perspectives: [],
        sources: [
          modelRef(declinable(h) ? 'declined' : 'blocked'),
          ...h.veto!.sources.map((x) => externalSourceRef(rules.scenario, x)),
        ],
      });
      continue;
    }
    if (id.endsWith(OTHERWISE)) {
      // The record's act went otherwise in this game: the game's own reading, plainly labelled.
      const h = s.events.find((e) => `${e.id}${OTHERWISE}` === id)!;
      out.push({
        id,
        title: h.otherwise!.title,
        said: {
          text: said('otherwise.reading', {
            text: h.otherwise!.text,
            record: inSentence(h.title),
          }),
        },
        date: h.date,
        framings: null,
        text: `The game\u2019s reading: ${h.otherwise!.text} (In the record: ${inSentence(h.title)}.)`,
        perspectives: [],
        sources: [modelRef('diverged'), ...h.sources.map((x) => externalSourceRef(rules.scenario, x))],
      });
      continue;
    }
    const h = s.events.find((e) => e.id === id);
    if (h) {
      out.push({
        id,
        title: h.title,
        date: h.date,
        framings: null,
        text: `The game\u2019s summary of the record: ${h.reading}`,
        said: { text: said('event.summary', { text: h.reading }) },
        perspectives: h.perspectives.map((p) => perspectiveView(rules, p)),
        sources: h.sources.map((x) => externalSourceRef(rules.scenario, x)),
      });
      continue;
    }
    const r = s.randomEvents.find((e) => e.id === id)!;
    out.push({
      id,
      title: r.title,
      framings: null,
      text: `A possible event, the game\u2019s own (not the record): ${r.reading}`,
      said: { text: said('event.possible', { text: r.reading }) },
      perspectives: [],
      sources: [modelRef('possible')],
    });
  }
  // What the others did on their own: strikes, calls, statements, incidents.
  out.push(...worldNews(rules, w.role, prev).map((n) => ({ ...n, framings: null, perspectives: [] })));
  out.push(...commitmentNews(rules, w, prev, roundStep));
  out.push(...ownLineNews(rules, prev, roundStep));
  return out;
}

/**
 * The player's own line, moved as the round closed by a dated event of the record (a position
 * effect on the player's capital): the briefing names the event, so a line never moves without a
 * reason on screen (playtest 1.7.0, finding 19: "Your line on the Vienna process: 75 → 83").
 */
function ownLineNews(rules: Rules, prev: World['rounds'][number], roundStep?: MoveStep): BriefingView[] {
  if (!roundStep) return [];
  const { before, after } = roundStep;
  const me = after.role;
  const out: BriefingView[] = [];
  for (const issueId of rules.issueIds) {
    const [from, to] = [before.pos[me]![issueId]!, after.pos[me]![issueId]!].map((x) => Math.round(x));
    if (from === to) continue;
    const record = new Set(rules.scenario.events.map((e) => e.id));
    const event = prev.events
      .map((id) => [...rules.scenario.events, ...rules.scenario.randomEvents].find((e) => e.id === id))
      .find((e) => e?.effects.some((x) => x.kind === 'position' && x.actor === me && x.issue === issueId));
    if (!event) continue;
    const kind = record.has(event.id) ? 'record' : 'possible';
    const topic = rules.scenario.issues.find((i) => i.id === issueId)!.topic;
    const issue = { issue: issueId, name: topic };
    out.push({
      id: `own-line-${issueId}`,
      title: `Your line on ${topic}: ${from} \u2192 ${to}`,
      said: {
        title: said('brief.ownLine', { issue, from: from!, to: to! }),
        text: said('brief.ownLineText', {
          issue,
          from: from!,
          to: to!,
          event: event.title,
          kind,
        }),
      },
      framings: null,
      text: `Your own line on ${topic} went from ${from} to ${to} as the round closed: ${kind === 'record' ? 'the record\u2019s event' : 'a possible event (the game\u2019s own, not the record)'} \u201c${event.title}\u201d moved it, not a move of yours.`,
      perspectives: [],
      sources: [modelRef('recordMoves')],
    });
  }
  return out;
}

/**
 * The ending, said from the final state: what the ending is for this role (its own words, which
 * speak of 2015 only where the record bears them out), then who is in and what fell short.
 */
function outcomeText(rules: Rules, w: World): string {
  const role = roleOf(rules.scenario, w.role)!;
  const names = (xs: ActorId[]) => xs.map((a) => the(rules, a));
  // The capitals either ending needs (Moscow's parallel campaigns need Tehran, its grand coalition the West).
  const needed = [...new Set([...role.needs.grand, ...role.needs.parallel])];
  const inn = needed.filter((a) => w.meter.members.includes(a));
  const out = needed.filter((a) => !w.meter.members.includes(a));
  const d = `deconfliction ${pct(w.deconfliction)}, meter ${w.meter.value.toFixed(1)}`;
  const members = inn.length
    ? `${listWords(names(inn))} ${inn.length > 1 ? 'are members' : 'is a member'} (${inn.map((a) => pct(w.commit[a]!)).join(', ')})`
    : 'none of the capitals you needed is a member';
  const outside = out.length ? `; ${listWords(names(out))} stayed outside` : '';
  const meaning = w.outcome ? `${role.endings[w.outcome]} ` : '';
  switch (w.outcome) {
    case 'grand_coalition':
      return `${meaning}In your game, ${listWords([the(rules, w.role), ...names(role.needs.grand)])} fight ISIS as one coalition, on your terms (${d}).`;
    case 'parallel_campaigns':
      return `${meaning}In your game, ${members}${outside}, and the two air campaigns coordinate (${d}).`;
    default: {
      // What fell short, read off the world against the parallel campaigns' bars (a partner either
      // ending needs is among those named outside already).
      const bar = rules.outcomes.parallel;
      const short = [
        w.deconfliction < bar.deconfliction
          ? `the air campaigns are not deconflicted enough (below ${pct(bar.deconfliction)})`
          : '',
        w.meter.value < bar.meter ? `the meter is below ${bar.meter}` : '',
      ].filter(Boolean);
      return `${meaning}In your game, ${members}${outside} (${d})${short.length ? `; ${listWords(short)}` : ''}.`;
    }
  }
}

/** The same ending as a message, for the reader's language (tests/said.test.ts: the same English). */
function outcomeSaid(rules: Rules, w: World): Said | null {
  if (!w.outcome) return null;
  const role = roleOf(rules.scenario, w.role)!;
  const refs = (xs: ActorId[]) => xs.map((a) => actorRef(a, the(rules, a)));
  const needed = [...new Set([...role.needs.grand, ...role.needs.parallel])];
  const inn = needed.filter((a) => w.meter.members.includes(a));
  const out = needed.filter((a) => !w.meter.members.includes(a));
  const state = said('ending.state', { d: wholePercent(w.deconfliction), m: { fixed: w.meter.value, digits: 1 } });
  const members = inn.length
    ? said('ending.members', {
        who: { list: refs(inn) },
        n: inn.length,
        shares: joined(
          inn.map((a) => said('ending.share', { n: wholePercent(w.commit[a]!) })),
          'said.comma',
        ),
      })
    : said('ending.noMember');
  const outside = out.length ? said('ending.outside', { who: { list: refs(out) } }) : '';
  const ending = role.endings[w.outcome];
  switch (w.outcome) {
    case 'grand_coalition':
      return said('ending.grand', {
        ending,
        who: { list: [actorRef(w.role, the(rules, w.role)), ...refs(role.needs.grand)] },
        state,
      });
    case 'parallel_campaigns':
      return said('ending.parallel', { ending, members, outside, state });
    default: {
      const bar = rules.outcomes.parallel;
      const short: Said[] = [
        ...(w.deconfliction < bar.deconfliction
          ? [said('ending.notDeconflicted', { n: wholePercent(bar.deconfliction) })]
          : []),
        ...(w.meter.value < bar.meter ? [said('ending.meterBelow', { n: bar.meter })] : []),
      ];
      return said('ending.fracture', {
        ending,
        members,
        outside,
        state,
        short: short.length ? said('ending.short', { list: { list: short } }) : '',
      });
    }
  }
}

const listWords = (xs: string[]) => (xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** The briefing's first three lines. */
function leadOf(
  rules: Rules,
  w: World,
  checklist: GoalItem[],
  advice: string,
  roundStep?: MoveStep,
  adviceSaid: Said | null = null,
): GameView['lead'] {
  // What changed for the goal first: the capitals it needs before the others (playtest 1.7.0, finding 19).
  const needed = roleOf(rules.scenario, w.role)!.needs.grand;
  const met = checklist.filter((g) => g.met).length;
  const missing = checklist.filter((g) => !g.met);
  const changed =
    w.round === 0 && !roundStep
      ? `Four days after the Paris attacks, ${w.meter.members.length} capitals are in the coalition and the meter stands at ${w.meter.value.toFixed(1)}.`
      : roundStep
        ? `As the last round closed: ${headline(
            diffWorlds(rules, roundStep.before, roundStep.after),
            w.role,
            null,
            4,
            needed,
          )
            .map((c) => c.text)
            .join('; ')}.`
        : `The meter stands at ${w.meter.value.toFixed(1)}.`;
  const meaning = missing.length
    ? `${met} of ${checklist.length} conditions met. Missing: ${missing
        .slice(0, 2)
        // A condition's standing after a dash, not in brackets: it has brackets of its own (playtest 2, finding 13: "…))").
        .map((g) => `${g.label} \u2014 ${g.now}`)
        .join('; ')}${missing.length > 2 ? `, and ${missing.length - 2} more` : ''}.`
    : `all ${checklist.length} conditions are met now. Keep them met until the last round ends.`;
  const changedSaid =
    w.round === 0 && !roundStep
      ? said('lead.start', { n: w.meter.members.length, v: { fixed: w.meter.value, digits: 1 } })
      : roundStep
        ? said('lead.since', {
            changes: joined(
              headline(diffWorlds(rules, roundStep.before, roundStep.after), w.role, null, 4, needed).map(
                (c) => c.said,
              ),
            ),
          })
        : said('lead.meter', { v: { fixed: w.meter.value, digits: 1 } });
  const meaningSaid = missing.length
    ? said('lead.missing', {
        met,
        total: checklist.length,
        items: joined(
          missing
            .slice(0, 2)
            .map((g) => said('lead.item', { label: g.said?.label ?? g.label, now: g.said?.now ?? g.now })),
        ),
        more: missing.length > 2 ? said('lead.more', { n: missing.length - 2 }) : '',
      })
    : said('lead.allMet', { n: checklist.length });
  return {
    changed,
    meaning,
    next: advice ? `You might: ${advice}` : '',
    said: { changed: changedSaid, meaning: meaningSaid, next: advice ? adviceSaid : null },
  };
}

/**
 * Why a capital the role needed ended outside, by the rule meter.ts applies (the checklist's and the
 * comparison's reason): too little commitment, or committed enough and kept out by a member's condition.
 */
function notMember(rules: Rules, w: World, a: ActorId): Line {
  const name = capFirst(the(rules, a));
  const who = actorRef(a, name);
  const k = w.commit[a]!;
  if (!rules.eligible[a]) return { text: `${name} stays out of any coalition.`, said: said('gap.staysOut', { who }) };
  if (k < MEMBER_AT)
    return {
      text: `${name} was not a member: commitment ${pct(k)}; members need ${pct(MEMBER_AT)}.`,
      said: said('gap.notMember', { who, k: wholePercent(k), need: wholePercent(MEMBER_AT) }),
    };
  const kept = keptOutBy(rules, w, a);
  if (!kept)
    return {
      text: `${name} was not a member (commitment ${pct(k)}).`,
      said: said('gap.notMemberAt', { who, k: wholePercent(k) }),
    };
  const { by, line } = kept;
  const topic = rules.scenario.issues.find((i) => i.id === line.issue)!.topic;
  const own = w.pos[a]![line.issue]!;
  const limit = own > line.max ? `at most ${line.max}` : `at least ${line.min}`;
  const mine = by === w.role;
  return {
    text: `${name} was not a member although committed ${pct(k)}: ${mine ? 'your own' : theirs(rules, by)} condition kept it out (${mine ? 'you work' : `${the(rules, by)} works`} with ${the(rules, a)} only when its own line on ${topic} is ${limit}; it ended at ${Math.round(own)}).`,
    said: said(mine ? 'gap.keptYours' : 'gap.kept', {
      who,
      k: wholePercent(k),
      ...(mine ? {} : { by: actorRef(by, theirs(rules, by)), byName: actorRef(by, the(rules, by)) }),
      it: actorRef(a, the(rules, a)),
      issue: { issue: line.issue, name: topic },
      limit: own > line.max ? said('change.atMost', { n: line.max }) : said('change.atLeast', { n: line.min }),
      ended: Math.round(own),
    }),
  };
}

function gapsView(rules: Rules, w: World): Line[] {
  const g = grandGaps(rules, w, w.meter);
  const out = g.outside.map((a) => notMember(rules, w, a));
  if (g.meter !== null)
    out.push({
      text: `The meter ended at ${g.meter.toFixed(1)}; a grand coalition needs ${rules.outcomes.grand.meter}.`,
      said: said('gap.meter', { at: { fixed: g.meter, digits: 1 }, need: rules.outcomes.grand.meter }),
    });
  if (g.deconfliction !== null)
    out.push({
      text: `Deconfliction ended at ${pct(g.deconfliction)}; a grand coalition needs ${rules.outcomes.grand.deconfliction * 100}%.`,
      said: said('gap.deconfliction', {
        at: wholePercent(g.deconfliction),
        need: rules.outcomes.grand.deconfliction * 100,
      }),
    });
  for (const t of g.terms) {
    const name = rules.scenario.issues.find((i) => i.id === t.issue)!.topic;
    out.push({
      text: `Your terms on ${name} were not met: the line stood at ${Math.round(t.line)}, you needed ${t.min !== undefined ? `at least ${t.min}` : `at most ${t.max}`}.`,
      said: said('gap.term', {
        issue: { issue: t.issue, name },
        line: Math.round(t.line),
        need: t.min !== undefined ? said('change.atLeast', { n: t.min }) : said('change.atMost', { n: t.max! }),
      }),
    });
  }
  return out;
}

/** A term's line in whole points, or to a tenth where a whole number would read as the bound it misses. */
function lineShown(v: number, t: { min?: number; max?: number }): number {
  const at = (t.min ?? t.max)!;
  if (withinBound(v, t) || Math.round(v) !== at) return Math.round(v);
  return t.min !== undefined ? Math.floor(v * 10) / 10 : Math.ceil(v * 10) / 10;
}

function termsView(rules: Rules, w: World, checklist: GoalItem[]): GameView['terms'] {
  // A term is met only with everyone needed in: the checklist's reading, not the line of today's members.
  const missed = new Set(checklist.filter((g) => g.kind === 'term' && !g.met).map((g) => g.id.slice('term-'.length)));
  const outside = roleOf(rules.scenario, w.role)!.needs.grand.filter((a) => !w.meter.members.includes(a));
  return roleOf(rules.scenario, w.role)!.terms.map((t) => {
    const name = rules.scenario.issues.find((i) => i.id === t.issue)!.name;
    const now = termValue(w, w.meter, t);
    const at = t.min ?? t.max!;
    const bound = `${t.min !== undefined ? 'at least' : 'at most'} ${at} (${betweenLabels(rules, t.issue, at)})`;
    const whose = t.actor ? `${rules.actor[t.actor]!.name}\u2019s own line` : 'the coalition\u2019s line';
    const boundSaid = said(t.min !== undefined ? 'term.atLeast' : 'term.atMost', {
      n: at,
      words: betweenSaid(rules, t.issue, at),
    });
    return {
      text: `${name}: ${whose} ${bound}.`,
      said: t.actor
        ? said('term.own', {
            issue: { issue: t.issue, name },
            who: actorRef(t.actor, rules.actor[t.actor]!.name),
            bound: boundSaid,
          })
        : said('term.coalition', { issue: { issue: t.issue, name }, bound: boundSaid }),
      why: t.why,
      line: lineShown(now, t),
      met: !missed.has(t.issue),
      // "Not met (line now 36)" for "at least 20" said nothing of why (playtest 3): a capital needed is out.
      ...(missed.has(t.issue) && outside.length && withinBound(now, t)
        ? {
            without: said('briefing.lineWithout', {
              line: lineShown(now, t),
              outside: { list: outside.map((a) => actorRef(a, the(rules, a))) },
            }),
          }
        : {}),
      sources: t.source ? [citationRef(rules.scenario, t.source)] : [],
    };
  });
}

/** The debrief's reading of a finished game against the record (./view.ts, divergenceView). */
export type ReadRoad = (rules: Rules, w: World) => DivergenceView | null;

/** The meter now, what moved it as the last round closed, and its history round by round. */
function meterOf(rules: Rules, w: World): Pick<GameView, 'meter' | 'history'> {
  // The meter as the last round closed, and as the round before it closed (the start, before the
  // first): "last round" is the change between those two, never this round's moves so far. A
  // finished game has no open round: its last record is the last round closed.
  const last = w.rounds.length - (w.outcome ? 1 : 2);
  const prevMeter = last >= 0 ? w.rounds[last]!.meter : null;
  const beforeLast =
    last >= 1 ? w.rounds[last - 1]!.meter : prevMeter ? initWorld(rules, w.seed, w.role, w.difficulty).meter : null;
  const before = new Map((beforeLast?.parts ?? []).map((p) => [p.actor, p.points]));
  const after = new Map((prevMeter?.parts ?? []).map((p) => [p.actor, p.points]));
  const tenth = (x: number) => Math.round(x * 10) / 10;
  // Before the first round closes there is nothing to compare with.
  const movers =
    !prevMeter || !beforeLast
      ? []
      : [...new Set([...before.keys(), ...after.keys()])]
          .map((a) => ({
            actor: a,
            name: rules.actor[a]!.name,
            change: tenth((after.get(a) ?? 0) - (before.get(a) ?? 0)),
          }))
          .filter((m) => Math.abs(m.change) >= 0.1)
          .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  return {
    meter: {
      value: w.meter.value,
      change: prevMeter ? tenth(prevMeter.value - (last >= 1 ? beforeLast!.value : w.startMeter)) : 0,
      thisRound: w.outcome ? 0 : tenth(w.meter.value - (prevMeter?.value ?? w.startMeter)),
      parts: w.meter.parts
        .map((p) => ({
          actor: p.actor,
          name: rules.actor[p.actor]!.name,
          points: p.points,
          commitment: p.commitment,
          agreement: p.agreement,
        }))
        .sort((a, b) => b.points - a.points),
      deconfliction: w.deconfliction,
      movers,
    },
    // The meter at the start, then as each round closed.
    history: [
      { date: 'start', value: w.startMeter },
      ...w.rounds.filter((r) => r.meter).map((r) => ({ date: r.date, value: r.meter!.value })),
    ],
  };
}

/** The pairs of capitals the map links: close allies and tensions. */
function relationsOf(rules: Rules, w: World): RelationView[] {
  const relations: RelationView[] = [];
  for (let i = 0; i < rules.actorIds.length; i++) {
    for (let j = i + 1; j < rules.actorIds.length; j++) {
      const a = rules.actorIds[i]!;
      const b = rules.actorIds[j]!;
      const t = (w.trust[a]![b]! + w.trust[b]![a]!) / 2;
      if (t <= -0.45) relations.push({ a, b, kind: 'tension', value: t });
      else if (t >= 0.65) relations.push({ a, b, kind: 'agreement', value: t });
    }
  }
  return relations;
}

/** Every capital as the map and the list show it: stance, commitment, trust, positions. */
function actorsOf(rules: Rules, w: World): GameView['actors'] {
  const s = rules.scenario;
  return s.actors.map((a) => ({
    id: a.id,
    name: a.name,
    leader: a.leader,
    isPlayer: a.id === w.role,
    stance: a.id === w.role ? 'member' : stanceOf(rules, w, a.id),
    commitment: w.commit[a.id]!,
    trustInPlayer: w.trust[a.id]![w.role]!,
    anchor: a.anchor,
    summary: a.summary,
    positions: s.issues.map((i) => ({
      issue: i.id,
      name: i.name,
      value: w.pos[a.id]![i.id]!,
      // One label per value, the answers' and the form's: the label near it, else the two it lies between (finding 17).
      label: betweenLabels(rules, i.id, w.pos[a.id]![i.id]!),
      salience: rules.salience[a.id]![i.id]!,
      min: w.bounds[a.id]![i.id]!.min,
      max: w.bounds[a.id]![i.id]!.max,
      sources: rules.citations[a.id]![i.id]!.map((c) => citationRef(rules.scenario, c)),
      note: noteOf(a.stances[i.id]!.position),
    })),
    counter: w.counters[a.id] ?? null,
    ...((b) => ({
      keptOutBy: b === w.role ? 'your own' : b ? theirs(rules, b) : null,
      keptOutById: b ?? null,
    }))(
      a.id !== w.role && !w.meter.members.includes(a.id) && w.commit[a.id]! >= MEMBER_AT && rules.eligible[a.id]
        ? vetoedBy(rules, w, a.id)
        : null,
    ),
  }));
}

/** The render model; a finished game's divergence is read by readRoad (null: none, as before a release had it). */
export function gameView(
  rules: Rules,
  w: World,
  phase: Phase,
  rejected: string | null,
  steps: readonly MoveStep[],
  readRoad: ReadRoad | null,
): GameView {
  const s = rules.scenario;
  const checklist = goalChecklist(rules, w);
  const advised = w.outcome || !DIFFICULTIES[w.difficulty].hints ? null : advise(rules, w);
  const advice = advised?.text ?? '';
  // The step that closed the last round (its world after is this one), and this round's moves.
  const roundStep = [...steps]
    .reverse()
    .find((x) => x.action.type === 'end' && x.after.round === w.round && x.after.outcome === w.outcome);
  const moveSteps = steps.filter(
    (x) => x.action.type !== 'end' && x.after.round === w.round && x.before.round === w.round && !w.outcome,
  );
  const cur = w.rounds[w.rounds.length - 1]!;
  const shown = w.outcome ? [] : cur.actions;
  // Match this round's records to the steps that made them, newest last; an autosave resumed mid-round has none.
  const offset = shown.length - moveSteps.length;
  return {
    phase,
    seed: w.seed,
    playerName: rules.actor[w.role]!.name,
    round: w.round,
    rounds: s.calendar.rounds.length,
    date: s.calendar.rounds[w.round]!,
    ap: w.ap,
    apMax: roleOf(s, w.role)!.actionPoints,
    moves: moveOptions(w),
    player: w.role,
    goal: roleOf(s, w.role)!.goal,
    terms: termsView(rules, w, checklist),
    checklist: { items: checklist, met: checklist.filter((g) => g.met).length, total: checklist.length },
    advice,
    adviceSaid: advised?.said ?? null,
    lead: leadOf(rules, w, checklist, advice, roundStep, advised?.said ?? null),
    difficulty: DIFFICULTIES[w.difficulty].label,
    ...meterOf(rules, w),
    thresholds: meterThresholds(rules.outcomes),
    actors: actorsOf(rules, w),
    relations: relationsOf(rules, w),
    briefing: briefing(rules, w, roundStep),
    answers: shown
      .map((r, i) => answerView(rules, r, i >= offset ? moveSteps[i - offset] : undefined))
      .filter((x): x is AnswerView => x !== null),
    rejected,
    outcome: w.outcome
      ? {
          id: w.outcome,
          label: OUTCOME_LABEL[w.outcome],
          meaning: outcomeText(rules, w),
          said: outcomeSaid(rules, w) ?? undefined,
        }
      : null,
    gaps: w.outcome && w.outcome !== 'grand_coalition' ? gapsView(rules, w).map((l) => l.text) : [],
    gapsSaid: w.outcome && w.outcome !== 'grand_coalition' ? gapsView(rules, w).map((l) => l.said) : [],
    // Read only for the debrief itself: it replays the game beside the historical line.
    divergence: w.outcome && phase === 'debrief' && readRoad ? readRoad(rules, w) : null,
    decisions: w.rounds.flatMap((r) =>
      r.actions
        .filter((a) => a.action.type !== 'end' && (!a.answer || a.answer.kind === 'accept'))
        .map((a) => ({
          date: r.date,
          text: `${describeShort(rules, a.action)}${a.answer ? ' — accepted' : ''}`,
          said: a.answer ? said('debrief.accepted', { move: shortSaid(rules, a.action) }) : shortSaid(rules, a.action),
        })),
    ),
    departures: w.outcome ? departures(rules, w) : [],
    record: w.outcome
      ? s.history.map((x) => ({
          date: x.date,
          text: x.text,
          sources: x.sources.map((id) => externalSourceRef(rules.scenario, id)),
        }))
      : [],
    questions: w.outcome ? [...roleOf(s, w.role)!.questions, ...s.debriefQuestions] : [],
    issues: s.issues.map((i) => ({ id: i.id, name: i.name, topic: i.topic, question: i.question, scale: i.scale })),
    calendar: s.events.map((e) => ({
      date: e.date,
      title: e.title,
      past: w.outcome !== null || e.date < s.calendar.rounds[w.round]!,
    })),
    acts: actDecisions(rules, w),
  };
}

export interface ReplayRoundView {
  round: number;
  rounds: number;
  date: string;
  answers: AnswerView[];
  /** The round's events: the record's with their date (ISO; the viewer formats it), possible ones without. */
  /** `said`: the game's own headline as a message (an act that went otherwise, or was blocked; absent before 1.7). */
  events: { date: string | null; title: string; said?: Said }[];
  meterBefore: number;
  meterAfter: number | null;
  outcome: { label: string; meaning: string } | null;
}

/** One round of a finished or unfinished replay, read from its final world's records. */
export function replayRoundView(rules: Rules, final: World, round: number, start: World): ReplayRoundView {
  const s = rules.scenario;
  const rec = final.rounds[round];
  const title = (id: string): ReplayRoundView['events'][number] => {
    const h = s.events.find((e) => e.id === id);
    if (h) return { date: h.date, title: h.title };
    // The record's act that went otherwise in this game: the game's reading, as the briefing tells it.
    const o = s.events.find((e) => `${e.id}${OTHERWISE}` === id);
    if (o?.otherwise)
      return {
        date: o.date,
        title: `${o.otherwise.title} (the game\u2019s reading)`,
        said: said('event.reading', { title: o.otherwise.title }),
      };
    const v = s.events.find((e) => `${e.id}${VETOED}` === id);
    if (v)
      return {
        date: v.date,
        title: `${vetoTitle(rules, final.role, v)}: ${v.title} (the game\u2019s reading)`,
        said: said('event.reading', { title: vetoSaid(rules, final.role, v) }),
      };
    return { date: null, title: s.randomEvents.find((e) => e.id === id)?.title ?? id };
  };
  return {
    round,
    rounds: s.calendar.rounds.length,
    date: s.calendar.rounds[round]!,
    answers: (rec?.actions ?? []).map((r) => answerView(rules, r)).filter((x): x is AnswerView => x !== null),
    events: (rec?.events ?? []).map(title),
    meterBefore: start.meter.value,
    meterAfter: rec?.meter?.value ?? null,
    outcome:
      final.outcome && round === final.rounds.length - 1
        ? { label: OUTCOME_LABEL[final.outcome], meaning: outcomeMeaning(rules, final.role, final.outcome) }
        : null,
  };
}

export interface MovePreview {
  /** Why the move cannot be made now, or null. */
  problem: string | null;
  move: string;
  /** The chance of yes, or null for a statement. */
  chance: number | null;
  /** What a yes would change: commitment, trust, positions (yours too), deconfliction, meter, the checklist. */
  changes: string[];
  /** What to weigh before sending: red lines the ask crosses, terms of yours a yes would break. */
  warnings: string[];
  /** What a no would bring: a counter-offer or a plain refusal (null for a statement). */
  ifNo: string | null;
  /** The same changes, warnings and ifNo as messages for the reader's language (absent before 1.7, and with a problem). */
  said?: { changes: Said[]; warnings: Said[]; ifNo: Said | null };
}

/** Whether an answer weighed red lines at all (only a proposal's does). */
const redLinesCount = (ev: { factors: readonly { id: string; value: number }[] }): boolean =>
  ev.factors.some((f) => f.id === 'redlines' && f.value !== 0);

/** A move before it is sent: what it would change if answered yes, and how likely a yes is. */
export function previewView(rules: Rules, w: World, action: PlayerAction): MovePreview {
  const problem = validateAction(rules, w, action);
  const move = describeAction(rules, action);
  if (problem || action.type === 'end') return { problem, move, chance: null, changes: [], warnings: [], ifNo: null };
  const p = previewMove(rules, w, action);
  const focus = 'target' in action ? action.target : null;
  const warnings: string[] = [];
  const warned: Said[] = [];
  // Red lines weigh only when terms are on the table (a proposal): a call, a visit or a concession
  // asks for cooperation, and its evaluation's red-line factor is nil (utility.ts, evaluate).
  if (p.evaluation && redLinesCount(p.evaluation)) {
    const who = theirs(rules, (action as { target: ActorId }).target);
    for (const v of p.evaluation.issues)
      if (v.beyond > 0 && action.type === 'proposal' && !(v.issue in action.terms)) {
        // An issue the terms leave out is read at the coalition's line (utility.ts, issueViews): say
        // so where its red line is warned of, not only after a refusal.
        const issue = rules.scenario.issues.find((i) => i.id === v.issue)!;
        warnings.push(
          `Your terms leave out ${issue.topic}, and an issue your terms leave out is read at the coalition’s line: at ${Math.round(v.proposed)}, it crosses ${who} red line by ${Math.round(v.beyond)} points; the further beyond it, the likelier a no.`,
        );
        warned.push(
          said('preview.crossesLeftOut', {
            who: actorRef((action as { target: ActorId }).target, who),
            issue: { issue: v.issue, name: issue.topic },
            line: Math.round(v.proposed),
            n: Math.round(v.beyond),
          }),
        );
      } else if (v.beyond > 0) {
        const issue = rules.scenario.issues.find((i) => i.id === v.issue)!;
        warnings.push(
          `The terms cross ${who} red line on ${issue.topic} by ${Math.round(v.beyond)} points: the further beyond it, the likelier a no.`,
        );
        warned.push(
          said('preview.crosses', {
            who: actorRef((action as { target: ActorId }).target, who),
            issue: { issue: v.issue, name: issue.topic },
            n: Math.round(v.beyond),
          }),
        );
      }
  }
  // Every issue the terms leave out is read at the coalition's line: said before sending, not only
  // in the answer (playtest 2, finding 10); those whose red line is warned of above say it already.
  if (action.type === 'proposal' && p.evaluation) {
    const quiet = p.evaluation.issues.filter(
      (v) => !(v.issue in action.terms) && !(redLinesCount(p.evaluation!) && v.beyond > 0),
    );
    if (quiet.length) {
      const topic = (id: string) => rules.scenario.issues.find((i) => i.id === id)!.topic;
      warnings.push(
        `Issues your terms leave out are read at the coalition\u2019s line: ${quiet.map((v) => `${topic(v.issue)} (the line stands at ${Math.round(v.proposed)})`).join(', ')}.`,
      );
      warned.push(
        said('preview.leftOut', {
          issues: joined(
            quiet.map((v) =>
              said('answer.leftOutIssue', {
                issue: { issue: v.issue, name: topic(v.issue) },
                n: Math.round(v.proposed),
              }),
            ),
            'said.comma',
          ),
        }),
      );
    }
  }
  const met = goalChecklist(rules, w).filter((i) => i.kind === 'term' && i.met);
  for (const id of brokenTerms(
    rules,
    p.ifYes,
    met.map((i) => i.id),
  )) {
    warnings.push(`A yes would break one of your terms: ${met.find((i) => i.id === id)!.label}.`);
    warned.push(said('preview.breaks', { label: met.find((i) => i.id === id)!.label }));
  }
  const noKind =
    p.chance === null || p.chance >= 1 ? null : p.evaluation && wouldCounter(w, p.evaluation) ? 'counter' : 'plain';
  const ifNo =
    noKind === null
      ? null
      : noKind === 'counter'
        ? 'If they say no, they come back with terms they would accept (a counter-offer you may take or leave).'
        : 'If they say no, it is a plain no: the ask is too far from what they would consider to draw a counter-offer.';
  const lines = changeLines(rules, { action, before: w, after: p.ifYes }, focus);
  return {
    problem: null,
    move,
    chance: p.chance,
    changes: lines.map((l) => l.text),
    warnings,
    ifNo,
    said: {
      changes: lines.map((l) => l.said),
      warnings: warned,
      ifNo: noKind === null ? null : said(noKind === 'counter' ? 'preview.ifNoCounter' : 'preview.ifNoPlain'),
    },
  };
}
