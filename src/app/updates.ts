// Safe updates: a new version of the game waits (service worker in prompt mode) until the player
// takes it, offered only at a round's start or on the title page, never in the middle of a round.
// An update taken in another tab never strands this one: every page copies its own build's files
// (every lazy chunk) from the precache into a cache that outlives the update ('grand-coalition-kept',
// which the worker reads for files no longer in its precache); and should a chunk still fail to
// load, the page says to reload, with nothing lost (every move is saved).
import { registerSW } from 'virtual:pwa-register';
import { FROZEN, TOGETHER, VARIANTS } from '../release/frozen';

let apply: (() => Promise<void>) | null = null;
/** The new version has taken charge of this origin (this tab or another took it): a reload runs it. */
let switched = false;
/** This tab's player took the update. */
let taken = false;
const listeners: (() => void)[] = [];
const staleListeners: (() => void)[] = [];
let stale = false;

export const KEPT_CACHE = 'grand-coalition-kept';

export function setUpUpdates(): void {
  watchForStaleChunks();
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  let controller = sw.controller;
  // Reload when the new version takes charge, but only in the tab whose player asked: workbox would
  // reload every tab (one in the middle of a round too), and none at all in the tab that installed
  // the first worker (a first visit).
  sw.addEventListener('controllerchange', () => {
    const before = controller;
    controller = sw.controller;
    if (!before) return; // the first worker taking charge of a first visit: no new version
    switched = true;
    if (taken) location.reload();
  });
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      apply = () => update(true);
      void warmLazyChunks();
      for (const l of listeners) l();
    },
    onNeedReload() {},
  });
  // Once this version's worker is in charge its precache holds this page's files: keep a copy.
  void sw.ready.then(() => keepOwnFiles()).catch(() => undefined);
}

/** Calls `f` when a new version is ready to be taken. */
export const onUpdateReady = (f: () => void): void => void listeners.push(f);
export const updateReady = (): boolean => apply !== null;
/** Takes the new version: the page reloads (the game is saved after every move). */
export const takeUpdate = (): void => {
  taken = true;
  if (switched) location.reload();
  else void apply?.();
};

/** Calls `f` once a file of this version could not be loaded: the page must reload to update. */
export const onStale = (f: () => void): void => {
  staleListeners.push(f);
  if (stale) f();
};

export function markStale(): void {
  if (stale) return;
  stale = true;
  for (const l of staleListeners) l();
}

/** Whether an error is a script of this version that could not be fetched. */
export const isStaleChunk = (e: unknown): boolean =>
  e instanceof TypeError &&
  /dynamically imported module|importing a module script failed|module script/i.test(String(e.message));

function watchForStaleChunks(): void {
  // Vite's preload helper says so for the imports it wraps; the others end as rejected promises.
  window.addEventListener('vite:preloadError', () => markStale());
  window.addEventListener('unhandledrejection', (e) => {
    if (isStaleChunk(e.reason)) markStale();
  });
}

/** Copies this build's scripts and styles from the worker's precache into the kept cache. */
async function keepOwnFiles(): Promise<void> {
  if (!('caches' in window)) return;
  const names = (await caches.keys()).filter((n) => n.startsWith('workbox-precache'));
  const kept = await caches.open(KEPT_CACHE);
  for (const name of names) {
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      const url = new URL(req.url);
      if (!/\/assets\/[^/]+\.(?:js|css)$/.test(url.pathname)) continue;
      const key = url.origin + url.pathname;
      if (await kept.match(key)) continue;
      const res = await cache.match(req);
      if (res) await kept.put(key, res);
    }
  }
}

async function warmLazyChunks(): Promise<void> {
  await Promise.allSettled([
    import('./compare'),
    import('../ui/compareView'),
    ...Object.values(FROZEN).map((load) => load()),
    ...Object.values(VARIANTS).flatMap((list) => list.map((v) => v.load())),
    ...Object.values(TOGETHER).map((load) => load()),
  ]);
}
