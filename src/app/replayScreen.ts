// The replay viewer's controller: holds the replay being watched and the world at the start of
// each of its rounds, and draws one round at a time. Taking over hands the game to the session.
import { replayFragment } from '../state/link';
import { roundWorlds, type Replay } from '../state/replay';
import { replayRoundView, view, type GameView } from '../state/view';
import { announce } from '../ui/announcer';
import { byId } from '../ui/dom';
import { renderViewer } from '../ui/viewer';
import type { Session } from './session';

export const shareUrl = (replay: Replay): string => `${location.origin}${location.pathname}#${replayFragment(replay)}`;

export interface ReplayScreenDeps {
  session: Session;
  /** Draws a render model on the map, the top bar and the meter. */
  publish: (v: GameView, fingerprint: string | null) => void;
  showMap: () => void;
  title: () => void;
}

export class ReplayScreen {
  private watching: { replay: Replay; hash: string; worlds: ReturnType<typeof roundWorlds> } | null = null;

  constructor(private readonly deps: ReplayScreenDeps) {}

  get active(): boolean {
    return this.watching !== null;
  }

  open(replay: Replay, hash: string): void {
    this.watching = { replay, hash, worlds: roundWorlds(this.deps.session.scenario, replay) };
    this.show(0);
  }

  close(): void {
    this.watching = null;
  }

  show(k: number): void {
    if (!this.watching) return;
    const { replay, worlds, hash } = this.watching;
    const { session } = this.deps;
    const final = worlds[worlds.length - 1]!;
    const lastRound = final.outcome ? final.rounds.length - 1 : final.round;
    const round = Math.max(0, Math.min(lastRound, k));
    const start = worlds[Math.min(round, worlds.length - 1)]!;
    this.deps.publish(view(session.rules, start, 'briefing', null), hash);
    renderViewer(replayRoundView(session.rules, final, round, start), replay.seed, lastRound, {
      go: (r) => this.show(r),
      takeOver: (r) => {
        this.close();
        history.replaceState(null, '', location.pathname);
        session.takeOver(replay, r);
      },
      share: () => shareUrl(replay),
      close: () => {
        history.replaceState(null, '', location.pathname);
        this.deps.title();
      },
    });
    this.deps.showMap();
    announce(`Replay, round ${round + 1}.`);
    byId('viewer-title').setAttribute('tabindex', '-1');
    byId('viewer-title').focus();
  }
}
