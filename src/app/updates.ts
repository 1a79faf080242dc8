// Safe updates: a new version of the game waits (service worker in prompt mode) until the player
// takes it, offered only at a round's start or on the title page, never in the middle of a round.
// While it waits, this page's lazy chunks (the comparison, earlier releases) are loaded ahead, so
// the running version keeps working even if another tab takes the update first.
import { registerSW } from 'virtual:pwa-register';
import { FROZEN, VARIANTS } from '../release/frozen';

let apply: (() => Promise<void>) | null = null;
/** The new version has taken charge of this origin (this tab or another took it): a reload runs it. */
let switched = false;
/** This tab's player took the update. */
let taken = false;
const listeners: (() => void)[] = [];

export function setUpUpdates(): void {
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

async function warmLazyChunks(): Promise<void> {
  await Promise.allSettled([
    import('./compare'),
    import('../ui/compareView'),
    ...Object.values(FROZEN).map((load) => load()),
    ...Object.values(VARIANTS).flatMap((list) => list.map((v) => v.load())),
  ]);
}
