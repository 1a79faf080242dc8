// One game in the browser: the running game (in the rules of its own scenario release), its
// render model, and its autosave. It is the only place the interface talks to the rules.
import type { PlayerAction } from '../state/actions';
import type { Difficulty } from '../state/difficulty';
import type { Replay } from '../state/replay';
import type { GameView, Phase } from '../state/view';
import { openReplay } from '../release/load';
import { current } from '../release/registry';
import type { Release, RunningGame } from '../release/types';
import { addHistory, clearSave, loadText, saveText, stashUnreadable, type HistoryEntry } from './storage';

type Listener = (v: GameView) => void;

const historyEntry = (r: RunningGame): HistoryEntry => {
  const s = r.summary();
  return {
    hash: s.hash,
    when: new Date().toLocaleString(),
    seed: s.seed,
    outcome: s.outcome,
    meter: s.meter,
    replay: r.replay(),
  };
};

export class Session {
  private game: RunningGame | null = null;
  release: Release = current;
  private listeners: Listener[] = [];
  /** Null while saving works; otherwise why it does not. */
  saveProblem: string | null = null;

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

  /** Starts a game, optionally replaying moves already made. Returns an error for bad moves. */
  start(
    seed: number,
    role: string,
    actions: PlayerAction[] = [],
    difficulty: Difficulty = 'normal',
    release: Release = current,
  ): string | null {
    const r = release.start(seed, role, difficulty, actions);
    if (!r.ok) return r.error;
    this.game?.stop();
    this.game = r.game;
    this.release = release;
    this.persist();
    this.emit();
    return null;
  }

  /** Resumes from a replay or an autosave, after checking it move by move and by its hash. */
  async resume(raw: unknown): Promise<string | null> {
    const r = await openReplay(raw);
    if (!r.ok) return r.error;
    const { replay } = r.checked;
    return this.start(replay.seed, replay.role, replay.actions, replay.difficulty, r.release);
  }

  /** The autosaved game, if there is one: its replay and release, or why it cannot be opened. */
  async saved(): Promise<{ replay: Replay; release: Release } | { error: string } | null> {
    const text = loadText();
    if (text === null) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { error: 'the autosave is damaged' };
    }
    const r = await openReplay(raw);
    return r.ok ? { replay: r.checked.replay, release: r.release } : { error: r.error };
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
    if (!err) {
      this.persist();
      if (this.phase() === 'debrief') this.keep();
    }
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

  forget(): void {
    clearSave();
  }

  /**
   * Branches a new game from the start of a round of a replay (the class's what-if), in the rules
   * of the release the replay was made with.
   */
  async takeOver(replay: Replay, round: number, release: Release): Promise<string | null> {
    await this.setAside();
    return this.start(replay.seed, replay.role, release.actionsBeforeRound(replay, round), replay.difficulty, release);
  }

  /** Keeps an unfinished game in the history before something replaces it, so none is lost. */
  async setAside(): Promise<void> {
    if (this.game && this.phase() !== 'debrief' && this.game.replay().actions.length) this.keep();
    else if (!this.game) {
      const saved = await this.saved();
      const text = loadText();
      if (saved && 'error' in saved && text !== null) stashUnreadable(text);
      if (saved && 'replay' in saved && saved.replay.actions.length) {
        const r = saved.release.start(
          saved.replay.seed,
          saved.replay.role,
          saved.replay.difficulty,
          saved.replay.actions,
        );
        if (r.ok && r.game.phase() !== 'debrief') addHistory(historyEntry(r.game));
        if (r.ok) r.game.stop();
      }
    }
  }

  private keep(): void {
    const r = addHistory(historyEntry(this.game!));
    if (!r.ok) this.saveProblem = r.reason;
  }

  private persist(): void {
    const r = saveText(JSON.stringify(this.replay()));
    this.saveProblem = r.ok ? null : r.reason;
  }

  private emit(rejected: string | null = null): void {
    const v = this.view(rejected);
    for (const l of this.listeners) l(v);
  }
}
