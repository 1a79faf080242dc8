// One game in the browser: the running game actor, its render model, and its autosave.
// It is the only place the interface talks to the rules core.
import type { Scenario } from '../data/schema';
import type { PlayerAction } from '../state/actions';
import type { Difficulty } from '../state/difficulty';
import { createActor, type Actor } from 'xstate';
import { finalHash, playAll } from '../state/game';
import { gameMachine } from '../state/machine';
import { actionsBeforeRound, checkReplay, makeReplay, type Replay } from '../state/replay';
import { buildRules, type Rules } from '../state/rules';
import { view, type GameView, type Phase } from '../state/view';
import { addHistory, clearSave, loadText, saveText, stashUnreadable, type HistoryEntry } from './storage';
import type { World } from '../state/world';
import { moment } from '../presentation/format';

type Listener = (v: GameView) => void;
type Game = Actor<typeof gameMachine>;
const worldOf = (game: Game): World => game.getSnapshot().context.world;

const historyEntry = (replay: Replay, w: World, hash: string): HistoryEntry => ({
  hash,
  when: moment(new Date()),
  seed: w.seed,
  outcome: w.outcome,
  meter: w.meter.value,
  replay,
});

export class Session {
  readonly rules: Rules;
  private game: Game | null = null;
  private actions: PlayerAction[] = [];
  private listeners: Listener[] = [];
  /** Null while saving works; otherwise why it does not. */
  saveProblem: string | null = null;

  constructor(readonly scenario: Scenario) {
    this.rules = buildRules(scenario);
  }

  get running(): boolean {
    return this.game !== null;
  }

  onChange(l: Listener): void {
    this.listeners.push(l);
  }

  /** Starts a game, optionally replaying moves already made. Returns an error for bad moves. */
  start(seed: number, role: string, actions: PlayerAction[] = [], difficulty: Difficulty = 'normal'): string | null {
    const played = playAll(this.scenario, seed, role, actions, undefined, difficulty);
    if (!played.ok) return played.error;
    this.game?.stop();
    this.game = createActor(gameMachine, { input: { rules: this.rules, world: played.game.world } }).start();
    this.actions = actions.slice();
    this.persist();
    this.emit();
    return null;
  }

  /** Resumes from a replay or an autosave, after checking it move by move and by its hash. */
  resume(raw: unknown): string | null {
    const r = checkReplay(raw, this.scenario);
    if (!r.ok) return r.error;
    return this.start(r.replay.seed, r.replay.role, r.replay.actions, r.replay.difficulty);
  }

  /** The autosaved game, if there is a valid one. */
  saved(): { replay: Replay } | { error: string } | null {
    const text = loadText();
    if (text === null) return null;
    try {
      const raw = JSON.parse(text) as Replay;
      const r = checkReplay(raw, this.scenario);
      return r.ok ? { replay: r.replay } : { error: r.error };
    } catch {
      return { error: 'the autosave is damaged' };
    }
  }

  phase(): Phase {
    const s = this.game!.getSnapshot();
    return s.status === 'done' ? 'debrief' : s.matches('briefing') ? 'briefing' : 'diplomacy';
  }

  beginDiplomacy(): void {
    if (this.game && this.phase() === 'briefing') this.game.send({ type: 'briefing.ack' });
    this.emit();
  }

  act(action: PlayerAction): string | null {
    if (!this.game) return 'no game is running';
    if (this.game.getSnapshot().status === 'done') return 'the game is over';
    this.game.send({ type: 'move', action });
    const err = this.game.getSnapshot().context.refusal;
    if (!err) {
      this.actions.push(action);
      this.persist();
      if (this.phase() === 'debrief') this.keep();
    }
    this.emit(err);
    return err;
  }

  replay(): Replay {
    const w = worldOf(this.game!);
    return makeReplay(this.scenario, { world: w, actions: this.actions, hash: finalHash(w) });
  }

  hash(): string {
    return finalHash(worldOf(this.game!));
  }

  view(rejected: string | null = null): GameView {
    return view(this.rules, worldOf(this.game!), this.phase(), rejected);
  }

  forget(): void {
    clearSave();
  }

  /** Branches a new game from the start of a round of a replay (the class's what-if). */
  takeOver(replay: Replay, round: number): string | null {
    this.setAside();
    return this.start(replay.seed, replay.role, actionsBeforeRound(replay, round), replay.difficulty);
  }

  /** Keeps an unfinished game in the history before something replaces it, so none is lost. */
  setAside(): void {
    if (this.game && this.phase() !== 'debrief' && this.actions.length) this.keep();
    else if (!this.game) {
      const saved = this.saved();
      const text = loadText();
      if (saved && 'error' in saved && text !== null) stashUnreadable(text);
      if (saved && 'replay' in saved && saved.replay.actions.length) {
        const r = checkReplay(saved.replay, this.scenario);
        if (r.ok && !r.game.world.outcome) addHistory(historyEntry(r.replay, r.game.world, r.game.hash));
      }
    }
  }

  private keep(): void {
    const r = addHistory(historyEntry(this.replay(), worldOf(this.game!), this.hash()));
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
