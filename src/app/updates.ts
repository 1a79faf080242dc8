// Safe updates: a new version of the game waits (service worker in prompt mode) until the player
// takes it, offered only at a round's start or on the title page, never in the middle of a round.
// While it waits, this page's lazy chunks (the comparison, earlier releases) are loaded ahead, so
// the running version keeps working even if another tab takes the update first.
import { registerSW } from 'virtual:pwa-register';
import { FROZEN } from '../release/frozen';

let apply: (() => Promise<void>) | null = null;
const listeners: (() => void)[] = [];

export function setUpUpdates(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      apply = () => update(true);
      void warmLazyChunks();
      for (const l of listeners) l();
    },
  });
}

/** Calls `f` when a new version is ready to be taken. */
export const onUpdateReady = (f: () => void): void => void listeners.push(f);
export const updateReady = (): boolean => apply !== null;
/** Takes the new version: the page reloads (the game is saved after every move). */
export const takeUpdate = (): void => void apply?.();

async function warmLazyChunks(): Promise<void> {
  await Promise.allSettled([
    import('./compare'),
    import('../ui/compareView'),
    ...Object.values(FROZEN).map((load) => load()),
  ]);
}
