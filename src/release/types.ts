// The stable face of a scenario release: what the app, the CLI and the tests ask of any version's
// rules, frozen (releases/<version>) or current. A release's own world, rules and actor types stay
// inside it; only replays, render models and plain numbers cross this line.
import type { PlayerAction } from '../state/rules/actions';
import type { GroupRow } from '../state/view/compare';
import type { Difficulty } from '../state/rules/difficulty';
import type { Replay } from '../state/replays/replay';
import type { GameView, MovePreview, Phase, ReplayRoundView } from '../state/view';
import type { GoalItem } from '../state/view/goal';

export interface ScenarioInfo {
  id: string;
  version: string;
  roles: { actor: string; name: string; tagline: string }[];
  actors: { id: string; name: string }[];
  /** The date each round opens. */
  rounds: string[];
}

/** A game's result in plain numbers: what the CLI prints and the lists show. */
export interface GameSummary {
  version: string;
  seed: number;
  role: string;
  difficulty: Difficulty;
  outcome: string | null;
  outcomeLabel: string;
  meter: number;
  rounds: number;
  hash: string;
}

/** A replay of this release, checked move by move and by its hash. */
export interface CheckedReplay {
  version: string;
  replay: Replay;
  hash: string;
  summary: GameSummary;
  /** The viewer's frames: the render models at the start of each round. */
  frames(): ReplayFrames;
  /** Its row for the class comparison. */
  row(name: string): GroupRow;
}

export interface ReplayFrames {
  lastRound: number;
  at(round: number): { game: GameView; round: ReplayRoundView };
}

export type CheckResult = { ok: true; checked: CheckedReplay } | { ok: false; error: string };

/** A replay of a game several human roles played (format grand-coalition-together), as checked. */
export interface TogetherFile {
  format: string;
  version: number;
  scenario: { id: string; version: string };
  seed: number;
  roles: string[];
  difficulty: Difficulty;
  moves: unknown[];
  closes: unknown[];
  /** A take-over: from this round (0-based) on, this role alone. */
  solo?: { round: number; role: string };
  hash: string;
}

/** One human role's moves in a round, in words. */
export interface RoleMovesView {
  role: string;
  name: string;
  moves: string[];
}

/** One human role's goal checklist at the end. */
export interface RoleGoalsView {
  role: string;
  name: string;
  items: GoalItem[];
  met: number;
}

export interface TogetherFrames extends ReplayFrames {
  at(round: number): { game: GameView; round: ReplayRoundView; moves: RoleMovesView[] };
}

/** A replay of a game played together, checked move by move and by its hash by its own release. */
export interface CheckedTogether {
  kind: 'together';
  version: string;
  replay: TogetherFile;
  hash: string;
  /** The human roles, in turn order. */
  roles: { id: string; name: string }[];
  /** A take-over: from which round (0-based), which role alone; null for a game played together to its end. */
  solo: { round: number; role: string } | null;
  summary: GameSummary;
  frames(): TogetherFrames;
  /** Every human role's goal checklist at the end, and how the asks between human capitals ended. */
  debrief(): {
    goals: RoleGoalsView[];
    asks: { accepted: number; declined: number; countered: number; lapsed: number };
  };
  /** Its row for the class comparison: labelled with its human roles, each move with its role. */
  row(name: string): GroupRow;
}

export type TogetherCheckResult = { ok: true; checked: CheckedTogether } | { ok: false; error: string };

/** A game being played with this release's rules. */
export interface RunningGame {
  version: string;
  phase(): Phase;
  beginDiplomacy(): void;
  /** Plays one move: null, or why it is illegal (and then nothing changed). */
  play(action: PlayerAction): string | null;
  view(rejected: string | null): GameView;
  /** What a move would change if answered yes, before it is sent; null in releases before 1.2. */
  preview(action: PlayerAction): MovePreview | null;
  hash(): string;
  replay(): Replay;
  summary(): GameSummary;
  stop(): void;
}

export interface Release {
  version: string;
  /** The commit the rules were frozen from; null for the rules this build plays new games with. */
  frozen: string | null;
  scenario: ScenarioInfo;
  /** Checks a replay object (any format version this release reads): shape, moves, hash. */
  check(raw: unknown): CheckResult;
  /** Starts a game, replaying moves already made; the first illegal one is reported. */
  start(
    seed: number,
    role: string,
    difficulty: Difficulty,
    actions?: PlayerAction[],
  ): { ok: true; game: RunningGame } | { ok: false; error: string };
  /** The moves that lead to the start of round k: where "take over from here" begins. */
  actionsBeforeRound(replay: Replay, round: number): PlayerAction[];
  /** Checks a replay of a game played together; null in releases from before games played together. */
  checkTogether: ((raw: unknown) => TogetherCheckResult) | null;
}
