// A line of moves kept as a file: what `npm run sim -- --moves FILE` plays and what every what-if
// in whatifs/ is (docs/HINDCAST.md, "What-ifs"). Per round, a list of moves in the replay's move
// format (./actionSchema.ts, so a new kind of move is read here as soon as the rules know it).
// A move the rules refuse at that moment is reported with the rules' reason and skipped; the round
// ends when its list is done. Parsing returns a result, never throws.
import { z } from 'zod';
import { PlayerAction } from '../rules/actionSchema';
import type { PlayerAction as Move } from '../rules/actions';
import { DIFFICULTY_IDS, type Difficulty } from '../rules/difficulty';
import { policies } from './policies';
import type { Rules } from '../rules/rules';
import { reducerSeat, type Seat } from './seat';
import { initWorld } from '../rules/step';
import type { ActorId, World } from '../rules/world';

/** The most a moves file may be: it is a few kilobytes of JSON. */
export const MAX_MOVES_BYTES = 256 * 1024;

/** A round's list: its moves are checked one by one (moveError), so a bad one is named precisely. */
const RoundMoves = z.array(z.unknown()).max(40);

export const MovesFile = z
  .object({
    /** A short name (required for a what-if: the table names it). */
    name: z.string().min(1).max(80).optional(),
    description: z.string().max(4000).optional(),
    /** The capital the player leads. */
    role: z.string().min(1).max(8),
    difficulty: z.enum(DIFFICULTY_IDS).optional(),
    /**
     * What a round the file does not list plays: nothing (`passive`, the default) or the role's
     * capital's recorded moves (`historical`), so a what-if can change only the rounds it is about.
     */
    base: z.enum(['passive', 'historical']).optional(),
    /**
     * Each round's moves: a list of lists from round 1 on, or an object keyed by the round's
     * index from 0 (round 1, 17 November) or by its date ("2015-11-26").
     */
    rounds: z.union([z.array(RoundMoves).max(40), z.record(z.string().max(10), RoundMoves)], {
      error: 'rounds must be a list of lists of moves, or an object of lists keyed by round',
    }),
    /** What the line is meant to change (what-ifs): record acts that go otherwise, checkpoints that flip. */
    expect: z
      .object({
        otherwise: z.array(z.string().max(40)).max(40).default([]),
        flips: z.array(z.string().max(40)).max(40).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();
export type MovesFile = z.infer<typeof MovesFile>;

/** A moves file read against a scenario: every round's list, or null where the base line plays. */
export interface MovesLine {
  name: string;
  description: string;
  role: ActorId;
  difficulty: Difficulty;
  base: 'passive' | 'historical';
  rounds: (Move[] | null)[];
  expect: { otherwise: string[]; flips: string[] };
}

export type MovesResult = { ok: true; line: MovesLine } | { ok: false; error: string };

/** Reads a moves file from text: JSON, shape, then its role and rounds against the scenario. */
export function parseMoves(rules: Rules, text: string, fallbackName = 'moves'): MovesResult {
  if (text.length > MAX_MOVES_BYTES) return { ok: false, error: `larger than ${MAX_MOVES_BYTES / 1024} KB` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  return checkMoves(rules, raw, fallbackName);
}

/**
 * A moves file is the teacher's own, so its errors name its fields (an unknown key included) in
 * zod's words, whatever the replay loader configured for replays (src/state/replays/zodMessages.ts
 * sets every parse's messages once loaded; a parse's own `error` comes before it).
 */
const OWN_WORDS = { error: z.locales.en().localeError };

/** Why a move is not one, naming the field: the kind of move is found first, then its own shape checked. */
function moveError(raw: unknown): string | null {
  if (PlayerAction.safeParse(raw, OWN_WORDS).success) return null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'a move must be an object';
  const kinds = PlayerAction.options.map((o) => o.shape.type.value);
  const type = (raw as { type?: unknown }).type;
  const kind = PlayerAction.options.find((o) => o.shape.type.value === type);
  if (!kind) return `unknown type of move ${JSON.stringify(type) ?? '(none)'}: one of ${kinds.join(', ')}`;
  const first = kind.safeParse(raw, OWN_WORDS).error?.issues[0];
  return first ? `${first.path.map(String).join('.') || '(move)'}: ${first.message}` : 'not a move';
}

export function checkMoves(rules: Rules, raw: unknown, fallbackName = 'moves'): MovesResult {
  const r = MovesFile.safeParse(raw, OWN_WORDS);
  if (!r.success) {
    const first = r.error.issues[0]!;
    return { ok: false, error: `invalid at ${first.path.map(String).join('.') || '(root)'}: ${first.message}` };
  }
  const f = r.data;
  const s = rules.scenario;
  if (!s.roles.some((x) => x.actor === f.role))
    return { ok: false, error: `role must be one of ${s.roles.map((x) => x.actor).join(', ')}, got "${f.role}"` };
  const dates = s.calendar.rounds;
  const lists: [string, unknown[]][] = Array.isArray(f.rounds)
    ? f.rounds.map((l, i) => [String(i), l])
    : Object.entries(f.rounds);
  for (const [k, list] of lists)
    for (const [i, m] of list.entries()) {
      const e = moveError(m);
      if (e) return { ok: false, error: `invalid at rounds.${k}.${i}: ${e}` };
    }
  const rounds: (Move[] | null)[] = dates.map(() => null);
  if (Array.isArray(f.rounds)) {
    if (f.rounds.length > dates.length)
      return { ok: false, error: `rounds lists ${f.rounds.length} rounds; the game has ${dates.length}` };
    f.rounds.forEach((moves, i) => (rounds[i] = moves as Move[]));
  } else
    for (const [k, list] of Object.entries(f.rounds)) {
      const moves = list as Move[];
      const i = /^\d{1,2}$/.test(k) ? Number(k) : dates.indexOf(k);
      if (i < 0 || i >= dates.length)
        return {
          ok: false,
          error: `rounds."${k}" is not a round: use its index from 0 to ${dates.length - 1} or its date (${dates[0]}, …, ${dates[dates.length - 1]})`,
        };
      if (rounds[i]) return { ok: false, error: `rounds."${k}" lists round ${i} a second time` };
      rounds[i] = moves;
    }
  return {
    ok: true,
    line: {
      name: f.name ?? fallbackName,
      description: f.description ?? '',
      role: f.role,
      difficulty: f.difficulty ?? 'normal',
      base: f.base ?? 'passive',
      rounds,
      expect: { otherwise: f.expect?.otherwise ?? [], flips: f.expect?.flips ?? [] },
    },
  };
}

/** A move the rules refused: which round (from 0), its place in that round's list, and why. */
export interface SkippedMove {
  round: number;
  index: number;
  move: Move;
  reason: string;
}

/** A refused move in words: which round (its number, date and key in the file), which move, and why. */
export function skippedText(rules: Rules, m: Omit<SkippedMove, 'reason'> & { reason: string }): string {
  const date = rules.scenario.calendar.rounds[m.round] ?? '?';
  return `round ${m.round + 1} (${date}; rounds."${m.round}"), move ${m.index + 1} ${JSON.stringify(m.move)}: ${m.reason}`;
}

/** Said of the moves listed after an `end` in the same round: the round was over. */
export const AFTER_END = 'listed after the round’s end';

/**
 * Plays a line at a seat until the game is over: each listed move, or the reason it was refused;
 * a round the file does not list plays the base line. `onRound` sees the world as each round
 * begins and at the end, as the policies' `playAt` does.
 */
export function playMoves(
  rules: Rules,
  seat: Seat,
  line: MovesLine,
  onRound?: (w: World) => void,
): { actions: Move[]; skipped: SkippedMove[] } {
  const actions: Move[] = [];
  const skipped: SkippedMove[] = [];
  const play = (a: Move): string | null => {
    const refused = seat.play(a);
    if (refused === null) actions.push(a);
    return refused;
  };
  for (let w = seat.world(); w.outcome === null; w = seat.world()) {
    const round = w.round;
    onRound?.(w);
    const listed = line.rounds[round];
    if (listed) {
      let ended = false;
      listed.forEach((move, index) => {
        if (ended) return skipped.push({ round, index, move, reason: AFTER_END });
        if (move.type === 'end') ended = true;
        const refused = play(move);
        if (refused !== null) skipped.push({ round, index, move, reason: refused });
      });
      if (ended && seat.world().round !== round) continue;
    } else if (line.base === 'historical') {
      // The role's recorded moves, as the historical policy plays them (a refused one ends the round).
      for (let step = 0; ; step++) {
        const a = policies.historical(rules, seat.world(), step);
        if (a.type === 'end' || play(a) !== null) break;
      }
    }
    const refused = play({ type: 'end' });
    if (refused !== null) throw new Error(`round ${round + 1} cannot end: ${refused}`);
  }
  onRound?.(seat.world());
  return { actions, skipped };
}

/** One whole game of a line on a seed, folding the reducer (batch runs). */
export function playMovesGame(
  rules: Rules,
  line: MovesLine,
  seed: number,
  onRound?: (w: World) => void,
): { world: World; actions: Move[]; skipped: SkippedMove[] } {
  const seat = reducerSeat(rules, initWorld(rules, seed, line.role, line.difficulty));
  const r = playMoves(rules, seat, line, onRound);
  return { world: seat.world(), ...r };
}
