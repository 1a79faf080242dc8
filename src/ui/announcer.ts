// Speaks changes to screen readers through one polite live region.
import { byId } from './dom';

let timer: number | undefined;

export function announce(text: string): void {
  const region = byId('announcer');
  // Clearing first makes repeated identical messages be read again.
  region.textContent = '';
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    region.textContent = text;
  }, 30);
}
