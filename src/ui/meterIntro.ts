// The meter panel before a game: what the meter measures. Drawn with the title page, before the
// page's code has loaded (src/app/titleShell.ts).
import { byId, h } from './dom';
import { setMeterTab } from './views';

export function renderMeterIntro(): void {
  setMeterTab('');
  byId('meter').replaceChildren(
    h('h2', { class: 'meter-title' }, 'The coalition meter'),
    h(
      'p',
      {},
      'From 0 to 100: who is in the coalition (weighted by their weight in the war), how committed they are, and how far they agree on what to strike, on Assad, and on deconfliction between the US-led and the Russian air campaigns. It stays on screen all game.',
    ),
  );
}
