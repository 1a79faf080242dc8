// The one adapter from the rules' world to what the scenes and the DOM draw (after chessground's
// compat.ts): a plain render model. Renderers read this and send events; they compute no rules.
import { OTHERWISE } from './model/events';
import { citationRef, externalSourceRef, modelRef, type SourceRef } from '../data/refs';
import type { Framings, Outcomes, Sourced } from '../data/schema';
import type { ActionRecord } from './actions';
import { COST } from './actions';
import { DIFFICULTIES } from './difficulty';
import { describeAction, explainAnswer, factorText } from './explain';
import { MEMBER_AT } from './model/meter';
import { grandGaps, OUTCOME_LABEL, outcomeMeaning, termsMissed, termValue } from './model/outcome';
import { betweenLabels, scaleLabel, worldNews } from './news';
import { roleOf, type Rules } from './rules';
import type { ActorId, OutcomeId, World } from './world';

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
  title: string;
  /** The story as each seed article told it (opening topics only: paraphrases with their paragraphs). */
  framings: Framings | null;
  /** The game's own account (a later event, a possible event, the actors' own moves), labelled as such. */
  text: string | null;
  /** Dated reporting of the time on a later event, outlet by outlet. */
  perspectives?: PerspectiveView[];
  sources: SourceRef[];
}

export interface AnswerView {
  actor: ActorId;
  action: string;
  kind: 'accept' | 'reject' | 'counter' | 'statement';
  text: string;
  why: { label: string; contribution: number }[];
  issues: { name: string; own: number; proposed: number; salience: number; beyond: number; sources: SourceRef[] }[];
  counter: Record<string, number> | null;
}

export interface MeterThreshold {
  value: number;
  label: string;
}

/** The meter each ending needs, labelled for a chart (grand coalition first). */
export const meterThresholds = (o: Outcomes): MeterThreshold[] => [
  { value: o.grand.meter, label: `grand coalition needs ${o.grand.meter}` },
  { value: o.parallel.meter, label: `parallel campaigns need ${o.parallel.meter}` },
];

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
  costs: Record<string, number>;
  player: ActorId;
  /** The role's goal, in words, for the briefing and the debrief. */
  goal: string;
  /** The role's terms for a grand coalition, each with where the coalition's line stands now. */
  terms: { text: string; why: string; line: number; met: boolean; sources: SourceRef[] }[];
  difficulty: string;
  meter: {
    value: number;
    change: number;
    parts: { actor: ActorId; name: string; points: number; commitment: number; agreement: number }[];
    deconfliction: number;
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
  outcome: { id: OutcomeId; label: string; meaning: string } | null;
  /** At the end, when the coalition is not grand: what it lacked, in sentences. */
  gaps: string[];
  /** The player's moves that were answered yes, or made in public, game-long. */
  decisions: { date: string; text: string }[];
  /** What actually happened, for the debrief. */
  record: { date: string; text: string; sources: SourceRef[] }[];
  questions: string[];
  issues: { id: string; name: string; question: string; scale: { at: number; label: string }[] }[];
  /** The historical calendar, with what has already happened marked. */
  calendar: { date: string; title: string; past: boolean }[];
}

const stanceOf = (rules: Rules, w: World, a: ActorId): Stance => {
  if ((!rules.eligible[a] && rules.campaign[a] === 'russia') || w.trust[a]![w.role]! <= -0.5) return 'opposed';
  // An actor that cannot join in this period (NATO as an alliance) stays outside, whatever it says.
  if (!rules.eligible[a]) return 'outside';
  const k = w.commit[a]!;
  return k >= MEMBER_AT ? 'member' : k >= 0.3 ? 'leaning' : 'outside';
};

export type { SourceRef };

/** Our one-line reading of a sourced value, or the reason for an assumed one. */
const noteOf = (v: Sourced): string => ('note' in v ? v.note : `Design assumption: ${v.assumption}`);

export function answerView(rules: Rules, r: ActionRecord): AnswerView | null {
  if (r.action.type === 'end') return null;
  if (!r.answer) {
    const moved = r.reactions.filter((x) => Math.abs(x.trust) >= 0.01);
    return {
      actor: rules.actorIds[0]!,
      action: describeAction(rules, r.action),
      kind: 'statement',
      text: moved.length
        ? `Reactions: ${moved.map((x) => `${rules.actor[x.actor]!.name} ${x.trust > 0 ? 'trusts you more' : 'trusts you less'}`).join('; ')}.`
        : 'Nobody much noticed.',
      why: [],
      issues: [],
      counter: null,
    };
  }
  const ev = r.answer.evaluation;
  return {
    actor: ev.actor,
    action: describeAction(rules, r.action),
    kind: r.answer.kind,
    text: explainAnswer(rules, r.answer),
    why: ev.factors
      .filter((f) => f.id !== 'bias')
      .map((f) => ({ label: factorText(f.id), contribution: f.contribution })),
    issues: ev.issues.map((v) => ({
      name: rules.scenario.issues.find((x) => x.id === v.issue)!.name,
      own: v.own,
      proposed: v.proposed,
      salience: v.salience,
      beyond: v.beyond,
      sources: v.sources.map((c) => citationRef(rules.scenario, c)),
    })),
    counter: r.answer.counter,
  };
}

function briefing(rules: Rules, w: World): BriefingView[] {
  const s = rules.scenario;
  if (w.round === 0 && !w.outcome) {
    return s.opening.map((o) => ({
      id: o.id,
      title: o.title,
      framings: o.framings,
      text: null,
      perspectives: [],
      sources: o.sources.map((c) => citationRef(rules.scenario, c)),
    }));
  }
  const prev = w.outcome ? w.rounds[w.rounds.length - 1]! : w.rounds[w.rounds.length - 2]!;
  const out: BriefingView[] = [];
  for (const id of prev.events) {
    if (id.endsWith(OTHERWISE)) {
      // The record's act went otherwise in this game: the game's own reading, plainly labelled.
      const h = s.events.find((e) => `${e.id}${OTHERWISE}` === id)!;
      out.push({
        id,
        title: `${h.date}: ${h.otherwise!.title}`,
        framings: null,
        text: `The game\u2019s reading: ${h.otherwise!.text} (In the record: ${h.title.charAt(0).toLowerCase()}${h.title.slice(1)}.)`,
        perspectives: [],
        sources: [
          modelRef('the game’s own reading: your play changed what happened'),
          ...h.sources.map((x) => externalSourceRef(rules.scenario, x)),
        ],
      });
      continue;
    }
    const h = s.events.find((e) => e.id === id);
    if (h) {
      out.push({
        id,
        title: `${h.date}: ${h.title}`,
        framings: null,
        text: `The game\u2019s summary of the record: ${h.reading}`,
        perspectives: h.perspectives.map((p) => {
          const src = s.externalSources.find((x) => x.id === p.source)!;
          return {
            outlet: src.publisher,
            country: p.country,
            date: src.date,
            text: p.text,
            ref: externalSourceRef(rules.scenario, p.source),
          };
        }),
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
      perspectives: [],
      sources: [modelRef('a possible event, not the historical record')],
    });
  }
  // What the others did on their own: strikes, calls, statements, incidents.
  out.push(...worldNews(rules, w.role, prev).map((n) => ({ ...n, framings: null, perspectives: [] })));
  const big = [...prev.drift]
    .filter((d) => Math.abs(d.to - d.from) >= 0.05)
    .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from))
    .slice(0, 2);
  for (const d of big) {
    const name = rules.actor[d.actor]!.name;
    const warmer = d.to > d.from;
    const text = `${name} ${warmer ? 'warms to' : 'cools on'} the coalition as it now stands (commitment ${d.from.toFixed(2)} → ${d.to.toFixed(2)}).`;
    out.push({
      id: `drift-${d.actor}`,
      title: `${name} ${warmer ? 'moves closer' : 'drifts away'}`,
      framings: null,
      text,
      perspectives: [],
      sources: [modelRef('the model: actors re-weigh the coalition line each round')],
    });
  }
  return out;
}

function gapsView(rules: Rules, w: World): string[] {
  const g = grandGaps(rules, w, w.meter);
  const out = g.outside.map(
    (a) =>
      `${rules.actor[a]!.name} was not a member (commitment ${w.commit[a]!.toFixed(2)}; members need ${MEMBER_AT}).`,
  );
  if (g.meter !== null)
    out.push(`The meter ended at ${g.meter.toFixed(1)}; a grand coalition needs ${rules.outcomes.grand.meter}.`);
  if (g.deconfliction !== null)
    out.push(
      `Deconfliction ended at ${Math.round(g.deconfliction * 100)}%; a grand coalition needs ${rules.outcomes.grand.deconfliction * 100}%.`,
    );
  for (const t of g.terms) {
    const name = rules.scenario.issues.find((i) => i.id === t.issue)!.name;
    out.push(
      `Your terms on ${name.toLowerCase()} were not met: the line stood at ${Math.round(t.line)}, you needed ${t.min !== undefined ? `at least ${t.min}` : `at most ${t.max}`}.`,
    );
  }
  return out;
}

function termsView(rules: Rules, w: World): GameView['terms'] {
  const missed = new Set(termsMissed(rules, w, w.meter).map((t) => t.issue));
  return roleOf(rules.scenario, w.role)!.terms.map((t) => {
    const name = rules.scenario.issues.find((i) => i.id === t.issue)!.name;
    const at = t.min ?? t.max!;
    const bound = `${t.min !== undefined ? 'at least' : 'at most'} ${at} (${betweenLabels(rules, t.issue, at)})`;
    const whose = t.actor ? `${rules.actor[t.actor]!.name}\u2019s own line` : 'the coalition\u2019s line';
    return {
      text: `${name}: ${whose} ${bound}.`,
      why: t.why,
      line: Math.round(termValue(w, w.meter, t)),
      met: !missed.has(t.issue),
      sources: t.source ? [citationRef(rules.scenario, t.source)] : [],
    };
  });
}

export function view(rules: Rules, w: World, phase: Phase, rejected: string | null): GameView {
  const s = rules.scenario;
  const prevMeter = w.rounds.length >= 2 ? w.rounds[w.rounds.length - 2]!.meter : null;
  const before = new Map((prevMeter?.parts ?? []).map((p) => [p.actor, p.points]));
  const now = new Map(w.meter.parts.map((p) => [p.actor, p.points]));
  // Before the first round closes there is nothing to compare with.
  const movers = !prevMeter
    ? []
    : [...new Set([...before.keys(), ...now.keys()])]
        .map((a) => ({
          actor: a,
          name: rules.actor[a]!.name,
          change: Math.round(((now.get(a) ?? 0) - (before.get(a) ?? 0)) * 10) / 10,
        }))
        .filter((m) => Math.abs(m.change) >= 0.1)
        .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
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
  const cur = w.rounds[w.rounds.length - 1]!;
  const shown = w.outcome ? [] : cur.actions;
  return {
    phase,
    seed: w.seed,
    playerName: rules.actor[w.role]!.name,
    round: w.round,
    rounds: s.calendar.rounds.length,
    date: s.calendar.rounds[w.round]!,
    ap: w.ap,
    apMax: roleOf(s, w.role)!.actionPoints,
    costs: { ...COST },
    player: w.role,
    goal: roleOf(s, w.role)!.goal,
    terms: termsView(rules, w),
    difficulty: DIFFICULTIES[w.difficulty].label,
    meter: {
      value: w.meter.value,
      change: prevMeter ? Math.round((w.meter.value - prevMeter.value) * 10) / 10 : 0,
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
    thresholds: meterThresholds(rules.outcomes),
    actors: s.actors.map((a) => ({
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
        label: scaleLabel(rules, i.id, w.pos[a.id]![i.id]!),
        salience: rules.salience[a.id]![i.id]!,
        min: w.bounds[a.id]![i.id]!.min,
        max: w.bounds[a.id]![i.id]!.max,
        sources: rules.citations[a.id]![i.id]!.map((c) => citationRef(rules.scenario, c)),
        note: noteOf(a.stances[i.id]!.position),
      })),
      counter: w.counters[a.id] ?? null,
    })),
    relations,
    briefing: briefing(rules, w),
    answers: shown.map((r) => answerView(rules, r)).filter((x): x is AnswerView => x !== null),
    rejected,
    outcome: w.outcome
      ? { id: w.outcome, label: OUTCOME_LABEL[w.outcome], meaning: outcomeMeaning(rules, w.role, w.outcome) }
      : null,
    gaps: w.outcome && w.outcome !== 'grand_coalition' ? gapsView(rules, w) : [],
    decisions: w.rounds.flatMap((r) =>
      r.actions
        .filter((a) => a.action.type !== 'end' && (!a.answer || a.answer.kind === 'accept'))
        .map((a) => ({ date: r.date, text: `${describeAction(rules, a.action)}${a.answer ? ' — accepted' : ''}` })),
    ),
    record: w.outcome
      ? s.history.map((x) => ({
          date: x.date,
          text: x.text,
          sources: x.sources.map((id) => externalSourceRef(rules.scenario, id)),
        }))
      : [],
    questions: w.outcome ? [...roleOf(s, w.role)!.questions, ...s.debriefQuestions] : [],
    issues: s.issues.map((i) => ({ id: i.id, name: i.name, question: i.question, scale: i.scale })),
    calendar: s.events.map((e) => ({
      date: e.date,
      title: e.title,
      past: w.outcome !== null || e.date < s.calendar.rounds[w.round]!,
    })),
  };
}

export interface ReplayRoundView {
  round: number;
  rounds: number;
  date: string;
  answers: AnswerView[];
  events: string[];
  meterBefore: number;
  meterAfter: number | null;
  outcome: { label: string; meaning: string } | null;
}

/** One round of a finished or unfinished replay, read from its final world's records. */
export function replayRoundView(rules: Rules, final: World, round: number, start: World): ReplayRoundView {
  const s = rules.scenario;
  const rec = final.rounds[round];
  const title = (id: string) => {
    const h = s.events.find((e) => e.id === id);
    return h ? `${h.date}: ${h.title}` : (s.randomEvents.find((e) => e.id === id)?.title ?? id);
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
