// Where a finished game left the road of 2015. The game's moves are replayed beside the historical
// line (the record's acts, played by the `historical` policy as `npm run hindcast` plays it: same
// scenario, seed, role and level), and the two worlds are compared as each round closes on what the
// record tests (the checkpoints' checks), on the record's dated acts, on who is in the coalition and
// on the meter. The first difference is the game's turning off the road; the player's move that
// pushed hardest toward it is found from the moves' consequences. For the ending, what the
// historical world lacked and this game had is what 2015's actors would have needed to do.
// Pure and deterministic: it reads worlds and plays the rules; every historical sentence it returns
// carries the dated event or checkpoint (and its sources) it comes from, and the rest is the game's.
import { inSentence, capitalize as cap } from './sentence';
import type { Check, Checkpoint, Citation } from '../../data/schema';
import type { PlayerAction } from '../rules/actions';
import { diffWorlds, headline } from './consequences';
import { describeShort } from './explain';
import { finalHash } from '../rules/game';
import { check, checkpointsFor } from '../rules/hindcast';
import { declinable, OTHERWISE, takenIn, VETOED } from '../rules/model/events';
import { keptOutBy, MEMBER_AT } from '../rules/model/meter';
import { acceptChance } from '../rules/model/utility';
import { grandGaps, OUTCOME_LABEL, termValue } from '../rules/model/outcome';
import { betweenLabels, the, theirs } from './news';
import { hasHistoricalLine, runPolicy } from '../bots/policies';
import { applyAction } from '../rules/reducer';
import { roleOf, type Rules } from '../rules/rules';
import { initWorld } from '../rules/step';
import type { ActorId, OutcomeId, World } from '../rules/world';
import { percent as pct, wholePercent } from './percent';

/** A dated statement of the record, with the sources it rests on (ids of the scenario's external sources). */
export interface RecordNote {
  /**
   * What the date is: a checkpoint's ("as of": the world the record describes then, its acts
   * dated in its text), a dated act's own, the seed article's, or (`condition`) why a dated act
   * depended on what the game changed: the game's reading of the reporting it names.
   */
  kind: 'checkpoint' | 'act' | 'article' | 'condition';
  date: string;
  text: string;
  sources: string[];
  /** Paragraphs of the seed articles, when the statement rests on them. */
  citations: Citation[];
}

/** A round at which this game's world stood apart from the historical line's in a new way. */
export interface Turn {
  /** 0-based round whose moves and close made the difference. */
  round: number;
  /** The date that round opened. */
  date: string;
  /** 3: the ending differs; 2: something the record tests, or a capital the player needs; 1: the meter or a lesser capital. */
  weight: number;
  /** The difference in a few words ("Russia joins the coalition"). */
  title: string;
  /** Each difference in words and numbers, this game against the historical line (the game's numbers). */
  facts: string[];
  /** The player's move that pushed hardest toward the difference, or null when none did. */
  move: { round: number; date: string; text: string; asInRecord: boolean } | null;
  /** The difference in the title is a decision of your government's that your game did not take (no move made it). */
  skipped?: boolean;
  /** What that move changed, in words and numbers. */
  changes: string[];
  /**
   * When no move of the player's pushed it: the historical line's move that held it back and that
   * the player did not make, with what it changed on the historical line.
   */
  missed: { round: number; date: string; text: string; changes: string[] } | null;
  /** What the historical line's player did in that round (the game's rendering of the record's acts). */
  recordMoves: string[];
  /** What the record says about it, dated and sourced. */
  record: RecordNote[];
}

/** One condition the ending needed that the historical world did not meet. */
export interface Need {
  /** The game's reading: what would have had to be different, with this game's and the historical line's numbers. */
  text: string;
  record: RecordNote[];
}

export interface Divergence {
  /** No difference on anything compared: the game stayed on the historical line. */
  followed: boolean;
  /** The player made the historical line's moves, every one. */
  sameMoves: boolean;
  /** One line: why this outcome (for the debrief's lead and the teacher's comparison). */
  summary: string;
  /** This game's ending, the historical line's on this seed, and 2015's. */
  outcome: { game: OutcomeId; line: OutcomeId; record: OutcomeId };
  first: Turn | null;
  /** The few turning points after the first, in order. */
  turns: Turn[];
  needed: Need[];
}

/**
 * How 2015 ended in the game's terms: no single coalition, the two campaigns parallel (the
 * checkpoint `end-no-grand-coalition`: Resolution 2254 and no coalition with Russia in it).
 */
const RECORD_ENDING: OutcomeId = 'parallel_campaigns';

/** Meter points apart before the meter alone counts as a difference. */
const METER_APART = 10;
/** Turning points shown after the first. */
const TURNS = 3;

const signed = (x: number) => `${x >= 0 ? '+' : '\u2212'}${Math.abs(x).toFixed(2)}`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2015-11-23" → "23 Nov" (state code: no Intl, the same in every engine). */
export const dayMonth = (iso: string): string => {
  const [, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''}`;
};
const roundName = (rules: Rules, r: number) => `round ${r + 1} (${dayMonth(rules.scenario.calendar.rounds[r]!)})`;

interface Move {
  round: number;
  index: number;
  action: PlayerAction;
  before: World;
  after: World;
}

/** A game replayed: the worlds as each round opens (and the final one), and every move with its worlds. */
interface Line {
  starts: World[];
  moves: Move[];
  final: World;
}

function replayLine(rules: Rules, w: World): Line | null {
  let cur = initWorld(rules, w.seed, w.role, w.difficulty);
  const starts = [cur];
  const moves: Move[] = [];
  for (const rec of w.rounds) {
    let index = 0;
    for (const a of rec.actions) {
      const r = applyAction(rules, cur, a.action);
      if (!r.ok) return null;
      if (a.action.type !== 'end')
        moves.push({ round: rec.round, index: index++, action: a.action, before: cur, after: r.world });
      cur = r.world;
      if (a.action.type === 'end') starts.push(cur);
    }
  }
  return cur.outcome && finalHash(cur) === finalHash(w) ? { starts, moves, final: cur } : null;
}

/** The historical line on the game's seed, role and level, with its moves and their worlds. */
function historicalLine(rules: Rules, w: World): Line | null {
  return replayLine(rules, runPolicy(rules.scenario, w.seed, w.role, 'historical', w.difficulty).world);
}

function sameAction(a: PlayerAction, b: PlayerAction): boolean {
  if (a.type !== b.type) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k of ['target', 'issue', 'position'] as const) if (x[k] !== y[k]) return false;
  if (a.type === 'proposal' && b.type === 'proposal') {
    const ka = Object.keys(a.terms).sort();
    const kb = Object.keys(b.terms).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a.terms[k] === b.terms[k]);
  }
  return true;
}

const movesOf = (w: World, round: number): PlayerAction[] =>
  (w.rounds[round]?.actions ?? []).map((a) => a.action).filter((a) => a.type !== 'end');

/** A difference between the two worlds at one round's close. */
interface Fact {
  key: string;
  /** 3: the ending; 2: what the record tests, or who the player needs; 1: the rest. */
  weight: number;
  title: string;
  text: string;
  /** The quantity the player's moves pushed, and which way this game went. */
  q: ((w: World) => number) | null;
  dir: number;
  /** For a membership: the actor, so that the move after which it joined or left counts first. */
  member?: ActorId;
  /** For a line's difference: whose line and on what, to tell that change first and the actors' own moves on it. */
  line?: { actor: ActorId; issue: string };
  /** Your government's own act, taken on the historical line, that your game did not decide. */
  skipped?: boolean;
  record: RecordNote[];
}

const noteOf = (cp: Checkpoint): RecordNote => ({
  kind: 'checkpoint',
  date: cp.date,
  text: cp.claim,
  sources: cp.sources,
  citations: cp.articles ?? [],
});

/** The checks the record makes for a role, one per quantity and range, each with the checkpoints that make it. */
function recordChecks(rules: Rules, role: ActorId): { key: string; check: Check; cps: Checkpoint[] }[] {
  const out = new Map<string, { key: string; check: Check; cps: Checkpoint[] }>();
  for (const cp of checkpointsFor(rules.scenario, role)) {
    for (const c of cp.checks) {
      // Sanctions and acts come with the record's acts (compared as events); the ending is compared as such.
      if (
        c.kind === 'sanctions' ||
        c.kind === 'outcomeNot' ||
        c.kind === 'act' ||
        c.kind === 'notBlocked' ||
        c.kind === 'gap'
      )
        continue;
      const split: Check[] =
        c.kind === 'member' ? c.actors.filter((a) => a !== role).map((a) => ({ ...c, actors: [a] })) : [c];
      for (const x of split) {
        const key = JSON.stringify(x);
        const e = out.get(key) ?? { key, check: x, cps: [] };
        e.cps.push(cp);
        out.set(key, e);
      }
    }
  }
  return [...out.values()];
}

/** The checkpoint nearest a date among those making a check (the next one read, else the last). */
const nearest = (cps: Checkpoint[], date: string): Checkpoint =>
  cps.find((c) => c.date >= date) ?? cps[cps.length - 1]!;

const range = (min?: number, max?: number, f: (x: number) => string = String) =>
  min !== undefined && max !== undefined
    ? `${f(min)} to ${f(max)}`
    : min !== undefined
      ? `${f(min)} or more`
      : `${f(max!)} or less`;

const topic = (rules: Rules, issue: string) => rules.scenario.issues.find((i) => i.id === issue)!.topic;
/** "Russia’s", "the United States’", "your" (mid-sentence); cap() it to open one. */
const possessive = (rules: Rules, a: ActorId, me?: ActorId) => (a === me ? 'your' : theirs(rules, a));

/** What a checked quantity reads in a world. */
function quantity(rules: Rules, c: Check): ((w: World) => number) | null {
  switch (c.kind) {
    case 'position':
      return (w) => w.pos[c.actor]![c.issue]!;
    case 'trust':
      return (w) => w.trust[c.from]![c.to]!;
    case 'deconfliction':
      return (w) => w.deconfliction;
    case 'member':
      return pull(rules, c.actors[0]!);
    default:
      return null;
  }
}

/** "the United States’ condition on Russia’s own line on what to strike first (at most 45; it stands at 70)". */
function conditionText(rules: Rules, w: World, kept: Kept, a: ActorId): string {
  const { by, line: l } = kept;
  const bound = l.max < 100 ? `at most ${l.max}` : `at least ${l.min}`;
  return `${possessive(rules, by)} condition on ${possessive(rules, a)} own line on ${topic(rules, l.issue)} (${bound}; it stands at ${Math.round(w.pos[a]![l.issue]!)})`;
}

/** Where an actor's commitment is heading: a fifth of the way each round toward its chance of accepting the line. */
const pull = (rules: Rules, a: ActorId) => (w: World) => w.commit[a]! + 0.2 * acceptChance(rules, w, a, w.role, {});

function memberFact(
  rules: Rules,
  g: World,
  h: World,
  gPrev: World,
  a: ActorId,
  weight: number,
  record: RecordNote[],
): Fact {
  const inG = g.meter.members.includes(a);
  const inH = h.meter.members.includes(a);
  const wasIn = gPrev.meter.members.includes(a);
  const name = cap(the(rules, a));
  const why = (w: World) => {
    if (w.meter.members.includes(a) || w.commit[a]! < MEMBER_AT) return '';
    const kept = keptOutBy(rules, w, a);
    return kept ? `, kept out by ${conditionText(rules, w, kept, a)}` : '';
  };
  const state = (w: World, inn: boolean) =>
    `${inn ? 'a member' : 'outside'} (commitment ${pct(w.commit[a]!)}${why(w)})`;
  // Joined because a member's condition on it lifted, or left because one now holds: then what
  // moved is its own line on that issue, not its commitment.
  const kept = inG && !wasIn ? keptOut(rules, gPrev, a) : !inG && wasIn ? keptOut(rules, g, a) : null;
  const by = kept?.by ?? null;
  const line = kept?.line;
  const lifted = line ? `: ${by === a ? '' : `${possessive(rules, by!)} condition ${inG ? 'lifts' : 'holds'}`}` : '';
  return {
    key: `member:${a}`,
    weight,
    title:
      inG !== wasIn
        ? `${name} ${inG ? 'joins' : 'leaves'} the coalition${lifted}`
        : `${name} ${inG ? 'stays in' : 'stays out of'} the coalition`,
    text: `${name}: in your game ${state(g, inG)}; on the historical line ${state(h, inH)}.`,
    q: line ? (w) => w.pos[a]![line.issue]! : pull(rules, a),
    line: line ? { actor: a, issue: line.issue } : undefined,
    // Toward the condition when it joined, away from it when it left.
    dir: line ? (line.max < 100 ? -1 : 1) * (inG ? 1 : -1) : inG ? 1 : -1,
    member: line ? undefined : a,
    record,
  };
}

/** Whether a world passes a check (membership read off the world's own meter, as the round closed). */
const passes = (rules: Rules, w: World, c: Check, date: string): boolean =>
  c.kind === 'member'
    ? c.actors.every((a) => a === w.role || w.meter.members.includes(a) === c.is)
    : check(rules, w, c, date) === null;

/** ", held there by your own red line (at least 40)": the player's line at a bound of its own, which no move takes it past. */
function ownRedLine(w: World, issue: string, v: number): string {
  const b = w.bounds[w.role]![issue]!;
  if (b.min > 0 && Math.abs(v - b.min) < 0.5) return `, held there by your own red line (at least ${b.min})`;
  if (b.max < 100 && Math.abs(v - b.max) < 0.5) return `, held there by your own red line (at most ${b.max})`;
  return '';
}

function checkFact(
  rules: Rules,
  g: World,
  h: World,
  gPrev: World,
  e: { key: string; check: Check; cps: Checkpoint[] },
  date: string,
): Fact | null {
  const c = e.check;
  const okG = passes(rules, g, c, date);
  const okH = passes(rules, h, c, date);
  if (okG === okH) return null;
  const cp = nearest(e.cps, date);
  const record = [noteOf(cp)];
  const q = quantity(rules, c)!;
  const me = g.role;
  const whose = (a: ActorId) => cap(possessive(rules, a, me));
  const dir = q(g) >= q(h) ? 1 : -1;
  // The checkpoint's range on the game's scale: its claim and sources go with the turn's record notes.
  const recordSays = `the game\u2019s range for the record of ${dayMonth(cp.date)}`;
  switch (c.kind) {
    case 'position': {
      const [vg, vh] = [q(g), q(h)].map((v) => Math.round(v));
      return {
        key: `check:${e.key}`,
        weight: 2,
        title: `${whose(c.actor)} line on ${topic(rules, c.issue)} ${dir > 0 ? 'rises' : 'falls'} to ${vg}${c.actor === me ? ownRedLine(g, c.issue, q(g)) : ''}`,
        line: { actor: c.actor, issue: c.issue },
        text: `${whose(c.actor)} line on ${topic(rules, c.issue)}: ${vg} in your game (${betweenLabels(rules, c.issue, vg!)}), ${vh} on the historical line (${recordSays}: ${range(c.min, c.max)}).`,
        q,
        dir,
        record,
      };
    }
    case 'trust':
      return {
        key: `check:${e.key}`,
        weight: 2,
        title: `${whose(c.from)} trust in ${the(rules, c.to)} ${dir > 0 ? 'recovers' : 'falls'}`,
        text: `${whose(c.from)} trust in ${the(rules, c.to)}: ${signed(q(g))} in your game, ${signed(q(h))} on the historical line (${recordSays}: ${range(c.min, c.max, signed)}).`,
        q,
        dir,
        record,
      };
    case 'deconfliction':
      return {
        key: `check:${e.key}`,
        weight: 2,
        title:
          q(g) >= rules.outcomes.grand.deconfliction
            ? `The two air campaigns move to joint operations (deconfliction ${pct(q(g))})`
            : `Deconfliction between the campaigns ${dir > 0 ? 'rises' : 'falls'} to ${pct(q(g))}`,
        text: `Deconfliction between the two air campaigns: ${pct(q(g))} in your game, ${pct(q(h))} on the historical line (${recordSays}: ${range(c.min, c.max, pct)}).`,
        q,
        dir,
        record,
      };
    case 'member':
      return memberFact(rules, g, h, gPrev, c.actors[0]!, 2, record);
    default:
      return null;
  }
}

/** How a dated act went in a round's record: as in 2015, otherwise, blocked by the player, or not at all. */
const actIn = (w: World, round: number, id: string): 'record' | 'otherwise' | 'vetoed' | 'none' => {
  const ev = w.rounds[round]?.events ?? [];
  if (ev.includes(id)) return 'record';
  if (ev.includes(`${id}${OTHERWISE}`)) return 'otherwise';
  return ev.includes(`${id}${VETOED}`) ? 'vetoed' : 'none';
};

function eventFacts(rules: Rules, g: World, h: World, round: number): Fact[] {
  const out: Fact[] = [];
  for (const e of rules.scenario.events) {
    const sg = actIn(g, round, e.id);
    const sh = actIn(h, round, e.id);
    if (sg === sh) continue;
    // The quantity the act's condition reads: what the player's moves pushed to change how it went.
    const c = (e.when ?? []).find(
      (x) => (check(rules, g, x.check, e.date) === null) !== (check(rules, h, x.check, e.date) === null),
    );
    const q = c ? quantity(rules, c.check) : null;
    const record: RecordNote = { kind: 'act', date: e.date, text: e.title, sources: e.sources, citations: [] };
    // Why the act depended on what changed: the condition it turned on, with the reporting behind it.
    const turned: RecordNote[] = c
      ? [{ kind: 'condition', date: e.date, text: c.because, sources: c.sources, citations: [] }]
      : [];
    const when = dayMonth(e.date);
    // Your government's own act that the historical line took and your game did not: no move of
    // yours pushed it, you did not decide it (playtest 2, finding 12: "after your proposal" was wrong).
    const skipped =
      sg === 'none' &&
      sh === 'record' &&
      e.actor === g.role &&
      !e.ownMove &&
      e.decide !== undefined &&
      !takenIn(g.rounds[round]?.actions ?? []).includes(e.id);
    const title =
      sg === 'otherwise'
        ? `${e.otherwise!.title} (${when})`
        : sg === 'vetoed'
          ? `You ${declinable(e) ? 'declined' : 'blocked'} \u201c${e.title}\u201d (${when})`
          : sg === 'none'
            ? `No \u201c${e.title}\u201d (${when})`
            : `${e.title} (${when}), as in 2015`;
    const text =
      sg === 'otherwise'
        ? `${when}: in your game, ${inSentence(e.otherwise!.title)}. The game\u2019s reading: ${e.otherwise!.text}`
        : sg === 'vetoed'
          ? `${when}: in your game your government ${declinable(e) ? 'declined to receive the visit' : 'blocked it'}. The game\u2019s reading: ${e.veto!.instead} In the record: ${e.veto!.by[g.role]!.record}`
          : sg === 'none'
            ? `${when}: in your game this act of the record does not happen: ${e.title}.${skipped ? ' Your government did not decide it; on the historical line it did.' : ''}`
            : `${when}: in your game the record\u2019s act happens (${e.title}); on the historical line of this seed it did not.`;
    out.push({
      key: `event:${e.id}`,
      weight: 2,
      title,
      text,
      q,
      dir: q ? (q(g) >= q(h) ? 1 : -1) : 1,
      record: [record, ...turned],
      ...(skipped ? { skipped } : {}),
    });
  }
  return out;
}

/**
 * The endings' bars (deconfliction and meter for parallel campaigns and for a grand coalition):
 * a world on the other side of one from the historical line's is heading for another ending.
 */
function barFacts(rules: Rules, g: World, h: World): Fact[] {
  const o = rules.outcomes;
  const out: Fact[] = [];
  const band = (v: number, bars: number[]) => bars.filter((b) => v >= b).length;
  const items = [
    {
      id: 'deconfliction',
      q: (w: World) => w.deconfliction,
      bars: [o.parallel.deconfliction, o.grand.deconfliction],
      show: pct,
      name: 'Deconfliction between the two air campaigns',
    },
    {
      id: 'meter',
      q: (w: World) => w.meter.value,
      bars: [o.parallel.meter, o.grand.meter],
      show: (x: number) => x.toFixed(1),
      name: 'The coalition meter',
    },
  ];
  for (const it of items) {
    const [bg, bh] = [band(it.q(g), it.bars), band(it.q(h), it.bars)];
    if (bg === bh) continue;
    const up = bg > bh;
    const bar = it.bars[up ? bg - 1 : bg]!;
    const what = bar === it.bars[0] ? 'parallel campaigns' : 'a grand coalition';
    out.push({
      key: `bar:${it.id}:${bg}`,
      // The meter's bars alone do not make an ending (the historical line stands above 60 without one).
      weight: it.id === 'meter' ? 1 : 2,
      title: `${it.name} ${up ? 'reaches' : 'falls below'} ${it.show(bar)}, the bar for ${what}`,
      text: `${it.name}: ${it.show(it.q(g))} in your game, ${it.show(it.q(h))} on the historical line; ${what} ${what === 'parallel campaigns' ? 'need' : 'needs'} ${it.show(bar)} (the game\u2019s bar).`,
      q: it.q,
      dir: up ? 1 : -1,
      record: [],
    });
  }
  return out;
}

/** Every difference between the two worlds as round `r` closes (`g`, `h`: the worlds after it). */
function factsAt(
  rules: Rules,
  checks: ReturnType<typeof recordChecks>,
  g: World,
  h: World,
  gPrev: World,
  r: number,
): Fact[] {
  const me = g.role;
  // The round's own date: the checkpoint read as it closes is the next one on or after it.
  const date = rules.scenario.calendar.rounds[r]!;
  const out: Fact[] = [];
  if (g.outcome && h.outcome && g.outcome !== h.outcome) {
    const cp = checkpointsFor(rules.scenario, me).find((c) => c.checks.some((x) => x.kind === 'outcomeNot'));
    out.push({
      key: 'outcome',
      weight: 3,
      title: `The game ends in ${OUTCOME_LABEL[g.outcome].toLowerCase()}`,
      text: `Your game ends in ${OUTCOME_LABEL[g.outcome].toLowerCase()}; the historical line ends in ${OUTCOME_LABEL[h.outcome].toLowerCase()}${h.outcome === RECORD_ENDING ? ', as 2015 did' : ` on this seed (2015 ended in ${OUTCOME_LABEL[RECORD_ENDING].toLowerCase()})`}.`,
      // The ending is the sum of the turns before it: no one move is named for it.
      q: null,
      dir: 1,
      record: cp ? [noteOf(cp)] : [],
    });
  }
  out.push(...eventFacts(rules, g, h, r));
  const covered = new Set<ActorId>();
  for (const e of checks) {
    if (e.check.kind === 'member') covered.add(e.check.actors[0]!);
    const f = checkFact(rules, g, h, gPrev, e, date);
    if (f) out.push(f);
  }
  // Membership facts can come twice (a member check and is=true/false pairs): keep one per actor.
  const needed = new Set(roleOf(rules.scenario, me)!.needs.grand);
  for (const a of rules.actorIds) {
    if (a === me || covered.has(a)) continue;
    if (g.meter.members.includes(a) === h.meter.members.includes(a)) continue;
    out.push(memberFact(rules, g, h, gPrev, a, needed.has(a) ? 2 : 1, []));
  }
  // A bar on deconfliction already told by the record's own range on it is not told twice.
  const toldDeconfliction = out.some((f) => f.key.startsWith('check:') && f.key.includes('"deconfliction"'));
  out.push(...barFacts(rules, g, h).filter((f) => !(toldDeconfliction && f.key.startsWith('bar:deconfliction'))));
  // The meter apart, unless a bar on it already says so.
  if (Math.abs(g.meter.value - h.meter.value) >= METER_APART && !out.some((f) => f.key.startsWith('bar:meter')))
    out.push({
      key: 'meter',
      weight: 1,
      title: `The meter stands ${(g.meter.value - h.meter.value).toFixed(0)} points ${g.meter.value > h.meter.value ? 'above' : 'below'} the historical line`,
      text: `Coalition meter: ${g.meter.value.toFixed(1)} in your game, ${h.meter.value.toFixed(1)} on the historical line.`,
      q: (w) => w.meter.value,
      dir: g.meter.value >= h.meter.value ? 1 : -1,
      record: [],
    });
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.key) && seen.add(f.key));
}

/** The player's move that pushed hardest toward a difference: in its round first, then earlier; moves off the historical line first. */
/**
 * The move of one line that pushed a difference hardest: `sign` 1 for the player's moves toward
 * it, −1 for the historical line's moves against it (the ones the player did not make). Moves the
 * other line also made that round count only when no other did.
 */
function culprit(f: Fact, moves: Move[], other: World, round: number, sign = 1): Move | null {
  if (!f.q) return null;
  const q = f.q;
  const dir = f.dir * sign;
  const score = (m: Move) => {
    const flip =
      f.member !== undefined &&
      m.after.meter.members.includes(f.member) !== m.before.meter.members.includes(f.member) &&
      m.after.meter.members.includes(f.member) === dir > 0;
    return (flip ? 1000 : 0) + dir * (q(m.after) - q(m.before));
  };
  const off = (m: Move) => !movesOf(other, m.round).some((x) => sameAction(x, m.action));
  const pools = [
    (m: Move) => m.round === round && off(m),
    (m: Move) => m.round < round && off(m),
    ...(sign > 0 ? [(m: Move) => m.round === round, (m: Move) => m.round < round] : []),
  ];
  for (const p of pools) {
    let best: Move | null = null;
    let bestScore = 1e-4;
    for (const m of moves) {
      if (m.round > round || !p(m)) continue;
      const s = score(m);
      // Ties go to the later move: the one closest to the difference.
      if (s > bestScore || (best && s === bestScore)) [best, bestScore] = [m, s];
    }
    if (best) return best;
  }
  return null;
}

function turnOf(rules: Rules, round: number, facts: Fact[], game: Line, record: Line, gone: string[]): Turn {
  const lead = [...facts].sort((a, b) => b.weight - a.weight)[0]!;
  // The move: for the heaviest fact that a move pushed, in the order the facts are told.
  let m: Move | null = null;
  let why: Fact | null = null;
  const byWeight = [...facts].sort((a, b) => b.weight - a.weight);
  for (const f of byWeight)
    if ((m = culprit(f, game.moves, record.final, round))) {
      why = f;
      break;
    }
  // No move of the player's pushed it: then the historical line's move that held it back, not made.
  let missed: Move | null = null;
  let missedFor: Fact | null = null;
  if (!m)
    for (const f of byWeight)
      if ((missed = culprit(f, record.moves, game.final, round, -1))) {
        missedFor = f;
        break;
      }
  const focus = why?.member ?? (m && 'target' in m.action ? m.action.target : null);
  const all = m ? diffWorlds(rules, m.before, m.after) : [];
  const changes = headline(all, m?.after.role ?? game.final.role, focus, 5).map((c) => c.text);
  if (m && why?.line) {
    // The line that made the difference first, whatever the headline ranks above it.
    const { actor, issue } = why.line;
    const topicText = topic(rules, issue);
    const it = all.find((c) => c.kind === 'position' && c.actor === actor && c.text.includes(` line on ${topicText}:`));
    if (it) changes.splice(0, changes.length, it.text, ...changes.filter((x) => x !== it.text).slice(0, 4));
  }
  // What the actors themselves did to that line as the round closed (a statement, an agreed deal).
  const own = (byWeight.find((f) => f.line)?.line ?? null) as Fact['line'] | null;
  const closing = own
    ? (game.final.rounds[round]?.initiatives ?? []).flatMap((it) =>
        it.moved
          .filter((x) => x.actor === own.actor && x.issue === own.issue)
          .map(
            (x) =>
              `As the round closed, ${possessive(rules, it.actor)} own ${it.kind} moved ${x.actor === it.actor ? 'its' : possessive(rules, x.actor, game.final.role)} line on ${topic(rules, x.issue)}: ${Math.round(x.from)} \u2192 ${Math.round(x.to)} (the game\u2019s actors act on their own each round).`,
          ),
      )
    : [];
  if (m && why?.member) {
    // Membership follows the chance of accepting the line: say how the move moved it.
    const a = why.member;
    const [c0, c1] = [m.before, m.after].map((w) => acceptChance(rules, w, a, w.role, {}));
    if (wholePercent(c0!) !== wholePercent(c1!))
      changes.unshift(
        `${cap(possessive(rules, a))} chance of accepting the coalition\u2019s line: ${pct(c0!)} \u2192 ${pct(c1!)} (its commitment moves a fifth of the way toward it each round)`,
      );
  }
  const seenNotes = new Set<string>();
  return {
    round,
    date: rules.scenario.calendar.rounds[round]!,
    weight: lead.weight,
    title: lead.title,
    ...(lead.skipped ? { skipped: true } : {}),
    facts: [...closing, ...facts.map((f) => f.text), ...gone],
    move: m
      ? {
          round: m.round,
          date: rules.scenario.calendar.rounds[m.round]!,
          text: describeShort(rules, m.action),
          asInRecord: movesOf(record.final, m.round).some((x) => sameAction(x, m.action)),
        }
      : null,
    changes,
    missed: missed
      ? {
          round: missed.round,
          date: rules.scenario.calendar.rounds[missed.round]!,
          text: describeShort(rules, missed.action),
          changes: headline(
            diffWorlds(rules, missed.before, missed.after),
            missed.after.role,
            missedFor?.member ?? ('target' in missed.action ? missed.action.target : null),
            3,
          ).map((c) => c.text),
        }
      : null,
    recordMoves: movesOf(record.final, round).map((a) => describeShort(rules, a)),
    record: facts
      .flatMap((f) => f.record)
      .filter((n) => {
        const k = `${n.date}|${n.text}`;
        return !seenNotes.has(k) && seenNotes.add(k);
      }),
  };
}

/** The notes of the record's checkpoints that test a quantity (the last one read, the one the ending is judged by). */
function notesAbout(rules: Rules, role: ActorId, pred: (c: Check) => boolean): RecordNote[] {
  const cps = checkpointsFor(rules.scenario, role).filter((cp) => cp.checks.some(pred));
  return cps.length ? [noteOf(cps[cps.length - 1]!)] : [];
}

type Kept = NonNullable<ReturnType<typeof keptOutBy>>;

/** The member's condition (and its line) that kept a committed actor outside in a world, if any. */
const keptOut = (rules: Rules, w: World, a: ActorId): Kept | null =>
  w.commit[a]! >= MEMBER_AT ? keptOutBy(rules, w, a) : null;

/** What the ending needed that the historical world lacked: what 2015's actors would have had to do. */
function neededFor(rules: Rules, g: World, h: World): Need[] {
  const me = g.role;
  const role = roleOf(rules.scenario, me)!;
  const out: Need[] = [];
  const name = (a: ActorId) => cap(the(rules, a));
  if (g.outcome === h.outcome) return out;
  const memberNeed = (a: ActorId, join: boolean) => {
    const record = notesAbout(rules, me, (c) => c.kind === 'member' && c.actors.includes(a));
    const kept = keptOut(rules, join ? h : g, a);
    if (join && kept) {
      const { by: v, line } = kept;
      const c = rules.actor[v]!.constraints.find((x) => x.about === a && x.issue === line.issue);
      const bound = line.max < 100 ? `${line.max} or less` : `${line.min} or more`;
      const hv = h.pos[a]![line.issue]!;
      out.push({
        text: `${cap(possessive(rules, a))} own line on ${topic(rules, line.issue)} would have had to come to ${bound}: ${possessive(rules, v)} condition for fighting beside it. On the historical line it stayed at ${Math.round(hv)} (${betweenLabels(rules, line.issue, hv)}); in your game it came to ${Math.round(g.pos[a]![line.issue]!)}.`,
        record: [
          ...notesAbout(rules, me, (x) => x.kind === 'position' && x.actor === a && x.issue === line.issue),
          ...(c?.source
            ? [
                {
                  kind: 'article' as const,
                  date: rules.scenario.articles.find((x) => x.id === c.source!.article)?.date ?? '',
                  text: `The condition, as the game reads the seed article: ${c.why}`,
                  sources: [],
                  citations: [c.source],
                },
              ]
            : []),
        ],
      });
      return;
    }
    out.push({
      text: join
        ? `${name(a)} would have had to commit to the coalition: ${pct(h.commit[a]!)} on the historical line, ${pct(g.commit[a]!)} in your game (members need ${pct(MEMBER_AT)}).`
        : `${name(a)} would have had to leave the coalition: ${pct(g.commit[a]!)} in your game${kept ? `, kept out by ${conditionText(rules, g, kept, a)}` : ''}; on the historical line it stayed in at ${pct(h.commit[a]!)}.`,
      record,
    });
  };
  const deconNotes = () => notesAbout(rules, me, (c) => c.kind === 'deconfliction');
  if (g.outcome === 'grand_coalition' || (g.outcome === 'parallel_campaigns' && h.outcome === 'fracture')) {
    // What the historical world lacked for this ending, and this game had.
    const bar = g.outcome === 'grand_coalition' ? rules.outcomes.grand : rules.outcomes.parallel;
    const who = g.outcome === 'grand_coalition' ? role.needs.grand : role.needs.parallel;
    for (const a of who) if (!h.meter.members.includes(a) && g.meter.members.includes(a)) memberNeed(a, true);
    if (h.deconfliction < bar.deconfliction && g.deconfliction >= bar.deconfliction)
      out.push({
        text: `The two air campaigns would have needed ${g.outcome === 'grand_coalition' ? 'joint operations' : 'a working channel'}: deconfliction of ${pct(bar.deconfliction)} or more; it stayed at ${pct(h.deconfliction)} on the historical line and reached ${pct(g.deconfliction)} in your game.`,
        record: deconNotes(),
      });
    if (h.meter.value < bar.meter && g.meter.value >= bar.meter)
      out.push({
        text: `The coalition would have needed a meter of ${bar.meter}: ${h.meter.value.toFixed(1)} on the historical line, ${g.meter.value.toFixed(1)} in your game.`,
        record: [],
      });
    if (g.outcome === 'grand_coalition')
      for (const t of grandGaps(rules, h, h.meter).terms) {
        const term = role.terms.find((x) => x.issue === t.issue)!;
        out.push({
          text: `${term.actor ? `${cap(possessive(rules, term.actor, me))} own line` : 'The coalition\u2019s line'} on ${topic(rules, t.issue)} would have had to be ${t.min !== undefined ? `at least ${t.min}` : `at most ${t.max}`}, your terms: ${Math.round(t.line)} on the historical line, ${Math.round(termValue(g, g.meter, term))} in your game.`,
          record: notesAbout(rules, me, (c) => c.kind === 'position' && c.issue === t.issue),
        });
      }
  } else {
    // A worse ending than the record's: what broke in this game that held in 2015.
    const bar = rules.outcomes.parallel;
    for (const a of role.needs.parallel)
      if (h.meter.members.includes(a) && !g.meter.members.includes(a)) memberNeed(a, false);
    if (g.outcome === 'parallel_campaigns')
      for (const a of role.needs.grand)
        if (h.meter.members.includes(a) && !g.meter.members.includes(a)) memberNeed(a, false);
    if (g.deconfliction < bar.deconfliction && h.deconfliction >= bar.deconfliction)
      out.push({
        text: `The flight-safety channel between the campaigns would have had to break down: deconfliction ${pct(g.deconfliction)} in your game, ${pct(h.deconfliction)} on the historical line (coordination needs ${pct(bar.deconfliction)}).`,
        record: deconNotes(),
      });
    if (g.meter.value < bar.meter && h.meter.value >= bar.meter)
      out.push({
        text: `The coalition would have had to weaken to a meter below ${bar.meter}: ${g.meter.value.toFixed(1)} in your game, ${h.meter.value.toFixed(1)} on the historical line.`,
        record: [],
      });
  }
  return out;
}

/** Why the ending came about, in one clause, read off the final world (the game's reading). */
function endingReason(rules: Rules, w: World): string {
  const role = roleOf(rules.scenario, w.role)!;
  if (w.outcome === 'grand_coalition')
    return `${role.needs.grand.map((a) => the(rules, a)).join(' and ')} in, deconfliction ${pct(w.deconfliction)}, meter ${w.meter.value.toFixed(0)}`;
  const outsideText = (a: ActorId) => {
    const kept = keptOut(rules, w, a);
    return kept
      ? `${the(rules, a)} stayed outside, kept out by ${conditionText(rules, w, kept, a)}`
      : `${the(rules, a)} stayed outside (commitment ${pct(w.commit[a]!)})`;
  };
  if (w.outcome === 'fracture') {
    // What even coordinated campaigns lacked.
    const bar = rules.outcomes.parallel;
    const parts = role.needs.parallel.filter((a) => !w.meter.members.includes(a)).map(outsideText);
    if (w.deconfliction < bar.deconfliction)
      parts.push(
        `deconfliction ended at ${pct(w.deconfliction)}, below the ${pct(bar.deconfliction)} coordinated campaigns need`,
      );
    if (w.meter.value < bar.meter) parts.push(`the meter ended at ${w.meter.value.toFixed(0)}, below ${bar.meter}`);
    return parts.slice(0, 3).join('; ');
  }
  const g = grandGaps(rules, w, w.meter);
  const parts = g.outside.map(outsideText);
  if (g.deconfliction !== null)
    parts.push(
      `deconfliction ended at ${pct(w.deconfliction)}, short of the ${pct(rules.outcomes.grand.deconfliction)} a grand coalition needs`,
    );
  if (g.meter !== null) parts.push(`the meter ended at ${w.meter.value.toFixed(0)}`);
  if (parts.length === 0 && g.terms.length) parts.push(`the coalition\u2019s line missed your terms`);
  return parts.slice(0, 3).join('; ');
}

const cache = new WeakMap<World, Divergence | null>();

/**
 * Where a finished game left the historical line, or null when it cannot be read: the game is not
 * finished, the role has no historical line, or the world was not made by these rules.
 */
export function divergence(rules: Rules, w: World): Divergence | null {
  if (cache.has(w)) return cache.get(w)!;
  const d = compute(rules, w);
  cache.set(w, d);
  return d;
}

function compute(rules: Rules, w: World): Divergence | null {
  if (!w.outcome || !hasHistoricalLine(w.role)) return null;
  const game = replayLine(rules, w);
  if (!game) return null;
  const record = historicalLine(rules, w);
  if (!record) return null;
  const checks = recordChecks(rules, w.role);
  const n = game.starts.length - 1;
  const turns: Turn[] = [];
  let prev = new Map<string, Fact>();
  for (let r = 0; r < n; r++) {
    const g = game.starts[r + 1]!;
    const h = record.starts[r + 1] ?? record.final;
    const facts = factsAt(rules, checks, g, h, game.starts[r]!, r);
    const now = new Map(facts.map((f) => [f.key, f]));
    const added = facts.filter((f) => !prev.has(f.key));
    const gone = [...prev.values()]
      .filter((f) => !now.has(f.key) && f.weight >= 2)
      .map((f) => `No longer apart from the historical line: \u201c${f.title}\u201d.`);
    if (added.length) turns.push(turnOf(rules, r, added, game, record, gone));
    prev = now;
  }
  // The road is left where something the record tests (or a capital the player needs) first differs;
  // a game that differs only in lesser ways (the meter, a minor capital) is told by its first of those.
  const heavy = turns.filter((t) => t.weight >= 2);
  const firstTurn = heavy[0] ?? turns[0] ?? null;
  const after = (heavy.length ? heavy : turns).filter((t) => firstTurn && t.round > firstTurn.round);
  // The few that matter most: the ending first, then the earliest, told in order.
  const picked = [...after]
    .sort((a, b) => b.weight - a.weight || a.round - b.round)
    .slice(0, TURNS)
    .sort((a, b) => a.round - b.round);
  const sameMoves =
    game.moves.length === record.final.rounds.flatMap((r) => r.actions).filter((a) => a.action.type !== 'end').length &&
    game.moves.every((m) => {
      const hm = movesOf(record.final, m.round)[m.index];
      return hm !== undefined && sameAction(hm, m.action);
    });
  const out: Divergence = {
    followed: firstTurn === null,
    sameMoves,
    summary: '',
    outcome: { game: w.outcome, line: record.final.outcome!, record: RECORD_ENDING },
    first: firstTurn,
    turns: picked,
    // 2015 ended this way: nothing more was needed of its actors.
    needed: w.outcome === RECORD_ENDING ? [] : neededFor(rules, game.final, record.final),
  };
  out.summary = summaryOf(rules, w, out);
  return out;
}

function summaryOf(rules: Rules, w: World, d: Divergence): string {
  const label = OUTCOME_LABEL[d.outcome.game];
  const same = d.outcome.game === d.outcome.record;
  const line =
    d.outcome.line === d.outcome.record
      ? ''
      : ` (on this seed the historical line itself ended in ${OUTCOME_LABEL[d.outcome.line].toLowerCase()})`;
  const reason = endingReason(rules, w);
  if (!d.first)
    return `${label}${same ? ', as in 2015' : `, where 2015 ended in ${OUTCOME_LABEL[d.outcome.record].toLowerCase()}`}: your game stayed on the historical line${d.sameMoves ? '' : ' by moves of its own'}${line} (${reason}).`;
  const f = d.first;
  const by = f.skipped
    ? ', a decision your government did not take'
    : f.move
      ? `, after your ${f.move.text.charAt(0).toLowerCase()}${f.move.text.slice(1)}${f.move.round !== f.round ? ` in ${roundName(rules, f.move.round)}` : ''}`
      : '';
  return `${label}${same ? ', as in 2015 but by another road' : `, where 2015 ended in ${OUTCOME_LABEL[d.outcome.record].toLowerCase()}`}${line}. Your game left the historical line in ${roundName(rules, f.round)}: ${f.title}${by} (${reason}).`;
}

/** Where a finished game left 2015 and why it ended so, in one line (for the teacher's comparison); null when it cannot be read. */
export function roadSummary(rules: Rules, w: World): string | null {
  return divergence(rules, w)?.summary ?? null;
}
