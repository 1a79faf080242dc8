// The stable face of a scenario release: what the app, the CLI and the tests ask of any version's
// rules, frozen (releases/<version>) or current. A release's own world, rules and actor types stay
// inside it; only replays, render models and plain numbers cross this line.
import type { PlayerAction } from '../state/rules/actions';
import type { GroupRow } from '../state/view/compare';
import type { Difficulty } from '../state/rules/difficulty';
import type { Replay } from '../state/replays/replay';
import type { GameView, MovePreview, Phase, ReplayRoundView } from '../state/view';

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
}
