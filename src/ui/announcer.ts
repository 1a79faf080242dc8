// Speaks changes to screen readers through one polite live region.
import { onLocaleChange } from '../i18n';
import { byId } from './dom';

let timer: number | undefined;
/** What the region says now, as a function when it can be said again in another language. */
let said: (() => string) | null = null;

/**
 * Says `text` once. Given as a function (a message and its values), it is written again in the new
 * language when the reader switches, so the region never holds the other language's words.
 */
export function announce(text: string | (() => string)): void {
  const region = byId('announcer');
  said = typeof text === 'function' ? text : null;
  // Clearing first makes repeated identical messages be read again.
  region.textContent = '';
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    region.textContent = typeof text === 'function' ? text() : text;
  }, 30);
}

onLocaleChange(() => {
  const region = document.getElementById('announcer');
  if (region?.textContent && said) region.textContent = said();
  // A sentence that cannot be said again (a message from outside the catalogs) is not left in the other language.
  else if (region) region.textContent = '';
});
