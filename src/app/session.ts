// One game in the browser: the running game (in the rules of its own scenario release), its
// render model, and its record in the game store. It is the only place the interface talks to
// the rules. Every game has its own record, saved after every move, so no game overwrites another.
import type { PlayerAction } from '../state/actions';
import type { Difficulty } from '../state/difficulty';
import type { Replay } from '../state/replay';
import type { GameView, Phase } from '../state/view';
import { openReplay } from '../release/load';
import { current } from '../release/registry';
import type { Release, RunningGame } from '../release/types';
import { newGameId, type GameRecord, type GameStore } from './gameStore';
import type { Tabs } from './tabs';

type Listener = (v: GameView) => void;

export class Session {
  private game: RunningGame | null = null;
  release: Release = current;
  /** The record the running game is saved in. */
  id: string | null = null;
  private listeners: Listener[] = [];
  /** Null while saving works; otherwise why it does not. */
  saveProblem: string | null;
  /** Saves in flight, in order: tests and "download all" wait for them. */
  saving: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: GameStore,
    private readonly tabs: Tabs,
  ) {
    this.saveProblem = store.problem;
  }

  get running(): boolean {
    return this.game !== null;
  }

  /** The scenario version of the running game, when it is not the one new games are played in. */
  get olderVersion(): string | null {
    return this.game && this.release !== current ? this.release.version : null;
  }

  onChange(l: Listener): void {
    this.listeners.push(l);
  }

  /** Starts a game in a new record, optionally replaying moves already made. Returns an error for bad moves. */
  start(
    seed: number,
    role: string,
    actions: PlayerAction[] = [],
    difficulty: Difficulty = 'normal',
    release: Release = current,
    id: string = newGameId(),
  ): string | null {
    const r = release.start(seed, role, difficulty, actions);
    if (!r.ok) return r.error;
    this.game?.stop();
    this.game = r.game;
    this.release = release;
    this.id = id;
    this.tabs.hold(id);
    this.persist();
    this.emit();
    return null;
  }

  /**
   * Continues a stored game, after checking it move by move and by its hash. If another tab is
   * playing it, this tab plays a copy in a new record, so neither tab loses a move.
   */
  async resume(record: GameRecord): Promise<{ error: string } | { copied: boolean }> {
    const r = await openReplay(record.replay);
    if (!r.ok) return { error: r.error };
    const copied = await this.tabs.heldElsewhere(record.id, this.id);
    const { replay } = r.checked;
    const err = this.start(
      replay.seed,
      replay.role,
      replay.actions,
      replay.difficulty,
      r.release,
      copied ? newGameId() : record.id,
    );
    return err ? { error: err } : { copied };
  }

  phase(): Phase {
    return this.game!.phase();
  }

  beginDiplomacy(): void {
    this.game?.beginDiplomacy();
    this.emit();
  }

  act(action: PlayerAction): string | null {
    if (!this.game) return 'no game is running';
    if (this.game.phase() === 'debrief') return 'the game is over';
    const err = this.game.play(action);
    if (!err) this.persist();
    this.emit(err);
    return err;
  }

  replay(): Replay {
    return this.game!.replay();
  }

  hash(): string {
    return this.game!.hash();
  }

  view(rejected: string | null = null): GameView {
    return this.game!.view(rejected);
  }

  /** Leaves the game (it stays in its record and in the list). */
  forget(): void {
    this.game?.stop();
    this.game = null;
    this.id = null;
  }

  /**
   * Branches a new game from the start of a round of a replay (the class's what-if), in the rules
   * of the release the replay was made with. The running game stays in its own record.
   */
  takeOver(replay: Replay, round: number, release: Release): string | null {
    return this.start(replay.seed, replay.role, release.actionsBeforeRound(replay, round), replay.difficulty, release);
  }

  private record(): GameRecord {
    const s = this.game!.summary();
    return {
      id: this.id!,
      status: this.phase() === 'debrief' ? 'finished' : 'playing',
      updated: new Date().toISOString(),
      version: s.version,
      seed: s.seed,
      role: s.role,
      outcome: s.outcome,
      meter: s.meter,
      replay: this.replay(),
    };
  }

  private persist(): void {
    const rec = this.record();
    const before = this.saveProblem;
    this.saving = this.saving
      .then(() => this.store.save(rec))
      .then((r) => {
        this.saveProblem = r.ok ? this.store.problem : r.reason;
        this.tabs.changed();
        if (this.saveProblem !== before && this.game) this.emit();
      });
  }

  private emit(rejected: string | null = null): void {
    if (!this.game) return;
    const v = this.view(rejected);
    for (const l of this.listeners) l(v);
  }
}
