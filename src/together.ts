// A game played together on this device (`#together`, from src/boot.ts): hot-seat. It needs no
// server and no network, and the one-player game never loads it.
import { startHotseat } from './app/together/hotseat';

const panel = document.getElementById('panel')!;
// The one-player page's map, meter and view tabs stay in the document (its shell reads them), hidden.
for (const el of [
  document.getElementById('stage'),
  document.getElementById('meter'),
  document.querySelector('nav.views'),
])
  el?.setAttribute('hidden', '');
window.addEventListener('hashchange', () => location.reload());
startHotseat(panel);
