// The map as the page sees it: a stand-in that works before Phaser has loaded. The page publishes
// render models and picks a scene at any time; the stand-in keeps the latest of each, loads Phaser
// with a dynamic import, and hands them over when the map is ready, which then fades in.
import type { Game } from 'phaser';
import mapUrl from '../../assets/map.svg?url';
import { BUS } from '../scenes/bus';
import { afterPaint } from '../ui/dom';
import type { GameView } from '../state/view';
import { onLocaleChange, t } from '../i18n';

// index.html has the map, the scenes and Phaser downloading with the page (vite.config.ts); the
// entry (src/boot.ts) starts the stand-in as soon as the title page is drawn, and the page's own
// code waits for the map's first frame (measured: each compiling alone beats both at once).

export type SceneKey = 'Title' | 'WorldMap';

export interface MapStage {
  /** A new render model for the map (kept until the map is ready). */
  publish(v: GameView): void;
  /** The scene to show (kept until the map is ready). */
  show(key: SceneKey): void;
  /** Rings an actor the panel has focused. */
  focus(id: string | null): void;
  /** The canvas's box may have changed (a view shown on a phone). */
  refresh(): void;
  /** The player pointed at (tapped: pressed) an actor on the map. */
  onPick(cb: (id: string, tapped: boolean) => void): void;
  /** Settles with the map's first frame (true), or false if the map could not load. */
  drawn: Promise<boolean>;
}

let stage: MapStage | null = null;

/** Frames the map draws after the last change before it stops (half a second at 60 frames a second). */
const AWAKE_FRAMES = 30;

/**
 * Lets the map stop drawing while nothing changes: nothing on it moves by itself (no tweens, no
 * timers), so a still picture needs no new frames, and a 2D canvas keeps its last one. Redrawing
 * the same picture sixty times a second held about 40% of a core on a machine without a graphics
 * chip (measured on the title page). Anything that can change the picture wakes it: the page's
 * calls (a render model, a scene, a focus, a resize), a pointer on the map (Phaser handles pointer
 * events as they come, then the frame shows the result), the stage's box changing size, the tab
 * shown again. Until the scenes are ready (assets loading) it never sleeps. Returns the wake-up.
 */
function sleepWhenStill(game: Game, parent: HTMLElement | null): () => void {
  let left = AWAKE_FRAMES;
  let ready = false;
  game.events.once(BUS.ready, () => (ready = true));
  game.events.on('poststep', () => {
    if (ready && --left <= 0) game.loop.sleep();
  });
  const wake = () => {
    left = AWAKE_FRAMES;
    if (!game.loop.running) game.loop.wake(true);
  };
  for (const type of ['pointermove', 'pointerdown', 'pointerup', 'pointerleave', 'wheel', 'touchstart', 'touchend'])
    parent?.addEventListener(type, wake, { passive: true });
  window.addEventListener('resize', wake);
  document.addEventListener('visibilitychange', wake);
  if (parent && typeof ResizeObserver !== 'undefined') new ResizeObserver(wake).observe(parent);
  return wake;
}

/** The page's one map: the first call starts loading Phaser, the scenes and the map. */
export function theMap(): MapStage {
  return (stage ??= mapStage('stage'));
}

/**
 * The map's picture, read and decoded while Phaser downloads and compiles: the map's first frame
 * then has it to show, not a decode still to wait for. Null if it could not be read.
 */
function decodedMap(): Promise<string | null> {
  return fetch(mapUrl)
    .then((r) => (r.ok ? r.blob() : null))
    .then(async (svg) => {
      if (!svg) return null;
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      const img = new Image();
      img.src = url;
      await img.decode();
      return url;
    })
    .catch(() => null);
}

/** Phaser or the scenes could not load (offline before the first visit finished, say): the panels carry the game without the picture. */
function sayMapFailed(parent: string): void {
  const note = document.querySelector(`#${parent} .map-loading`);
  if (note) note.textContent = t('map.failed');
}

function mapStage(parent: string): MapStage {
  const mapImage = decodedMap();
  // Phaser runs once the title page has been painted (its code is already downloaded and
  // compiled: index.html preloads it), so the first thing on screen is something to read and use.
  const scenes = afterPaint().then(() => import('../scenes/game'));
  let settle: (drawn: boolean) => void = () => {};
  const drawn = new Promise<boolean>((resolve) => (settle = resolve));
  let game: Game | null = null;
  let ready = false;
  let wake = () => {};
  let view: GameView | null = null;
  let scene: SceneKey = 'Title';
  const picks: ((id: string, tapped: boolean) => void)[] = [];

  const apply = () => {
    if (!game || !ready) return;
    wake();
    for (const k of ['Title', 'WorldMap'] as const) {
      const active = game.scene.isActive(k);
      if (k === scene && !active) {
        // User Timing mark for `npm run bench:web`: the first frame with the map drawn.
        if (!performance.getEntriesByName('map-frame').length)
          game.scene.getScene(k)?.events.once('create', () =>
            requestAnimationFrame(() => {
              performance.mark('map-frame');
              settle(true);
            }),
          );
        game.scene.start(k);
      } else if (k !== scene && active) game.scene.stop(k);
    }
  };

  // Another language: the scene shown is drawn again from the start, so its names, its key and its
  // meter are in the new language at once (they are written when the scene is created).
  onLocaleChange(() => {
    if (!game || !ready || !game.scene.isActive(scene)) return;
    wake();
    game.scene.getScene(scene)?.scene.restart();
  });

  void Promise.all([scenes, mapImage]).then(
    ([{ createGame }, image]) => {
      game = createGame(parent, image);
      wake = sleepWhenStill(game, document.getElementById(parent));
      if (view) game.registry.set('view', view);
      game.events.on(BUS.pick, (id: string, tapped: boolean) => picks.forEach((cb) => cb(id, tapped)));
      game.events.once(BUS.ready, () => {
        ready = true;
        if (view) game!.registry.set('view', view);
        apply();
        document.getElementById(parent)?.classList.add('map-ready');
      });
    },
    () => {
      sayMapFailed(parent);
      settle(false);
    },
  );

  return {
    publish(v) {
      view = v;
      if (!game) return;
      wake();
      game.registry.set('view', v);
      game.events.emit(BUS.view, v);
    },
    show(key) {
      scene = key;
      // For the page's CSS: the phone's map key belongs to the map, not to the debrief's chart.
      document.getElementById(parent)?.setAttribute('data-scene', key);
      apply();
    },
    focus(id) {
      wake();
      game?.events.emit(BUS.focus, id);
    },
    refresh() {
      wake();
      game?.scale.refresh();
    },
    onPick(cb) {
      picks.push(cb);
    },
    drawn,
  };
}
