// The replay viewer's controller: holds the replay being watched (checked by the rules of its own
// release) and its frames, and draws one round at a time. Taking over hands the game to the
// session, in the same release.
import type { CheckedReplay, Release, ReplayFrames } from '../release/types';
import { current } from '../release/registry';
import { replayFragment } from '../state/link';
import type { Replay } from '../state/replay';
import type { GameView } from '../state/view';
import { announce } from '../ui/announcer';
import { byId } from '../ui/dom';
import { renderViewer } from '../ui/viewer';
import type { Session } from './session';

export const shareUrl = (replay: Replay): string => `${location.origin}${location.pathname}#${replayFragment(replay)}`;

/** What the viewer and the game say about a game of an earlier release. */
export const versionNote = (release: Release): string | null =>
  release === current
    ? null
    : `Scenario ${release.version}: an earlier release of the game, replayed and played on with its own rules (new games use ${current.version}).`;

export interface ReplayScreenDeps {
  session: Session;
  /** Draws a render model on the map, the top bar and the meter. */
  publish: (v: GameView, fingerprint: string | null) => void;
  showMap: () => void;
  title: () => void;
}

export class ReplayScreen {
  private watching: { checked: CheckedReplay; release: Release; frames: ReplayFrames } | null = null;

  constructor(private readonly deps: ReplayScreenDeps) {}

  get active(): boolean {
    return this.watching !== null;
  }

  open(checked: CheckedReplay, release: Release): void {
    this.watching = { checked, release, frames: checked.frames() };
    this.show(0);
  }

  close(): void {
    this.watching = null;
  }

  show(k: number): void {
    if (!this.watching) return;
    const { checked, release, frames } = this.watching;
    const { replay, hash } = checked;
    const { session } = this.deps;
    const frame = frames.at(k);
    this.deps.publish(frame.game, hash);
    renderViewer(
      frame.round,
      replay.seed,
      frames.lastRound,
      {
        go: (r) => this.show(r),
        takeOver: (r) => {
          this.close();
          history.replaceState(null, '', location.pathname);
          void session.takeOver(replay, r, release);
        },
        share: () => shareUrl(replay),
        close: () => {
          history.replaceState(null, '', location.pathname);
          this.deps.title();
        },
      },
      versionNote(release),
    );
    this.deps.showMap();
    announce(`Replay, round ${frame.round.round + 1}.`);
    byId('viewer-title').setAttribute('tabindex', '-1');
    byId('viewer-title').focus();
  }
}
