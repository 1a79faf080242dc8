// On a small screen (a phone, or a laptop at 200% zoom) the map, the talks and the meter take
// turns on the screen, switched by a tab bar at the bottom that always shows the meter's value.
// On a large screen all three are in sight and the tab bar is hidden; the choice is kept anyway,
// so turning a tablet or zooming in lands on the view the player had.
import { STANCE } from '../presentation/palette';
import { onLocaleChange, t } from '../i18n';
import { stanceWord } from './stance';
import { byId, h } from './dom';

export type View = 'map' | 'talks' | 'meter';
const VIEWS: View[] = ['map', 'talks', 'meter'];
/** The same breakpoint as phone.css. */
const SMALL = '(max-width: 760px), (max-height: 520px)';

let current: View = 'talks';
let onMap: () => void = () => {};

const tab = (v: View) => byId<HTMLButtonElement>(`view-${v}`);

/** Whether the views take turns (the tab bar is showing). */
export const smallScreen = (): boolean => matchMedia(SMALL).matches;

export function showView(v: View, focus = false): void {
  const changed = v !== current;
  current = v;
  byId('layout').dataset.view = v;
  for (const w of VIEWS) {
    const t = tab(w);
    t.setAttribute('aria-selected', String(w === v));
    t.tabIndex = w === v ? 0 : -1;
  }
  if (focus) tab(v).focus();
  if (!smallScreen()) return;
  // The map's canvas was out of the layout: let it measure its box again.
  if (v === 'map') onMap();
  // A new view starts at its top, under the top bar, not wherever the last one was scrolled; the
  // map scrolls to its own top if the top bar would push it under the tab bar (a phone on its side).
  if (changed) {
    const stage = byId('stage').getBoundingClientRect();
    const bar = document.querySelector('.views')?.getBoundingClientRect().top ?? innerHeight;
    const top = byId('layout').getBoundingClientRect().top;
    if (v === 'map' && stage.top + (stage.width * 640) / 1000 > bar) scrollBy({ top: stage.top - 4 });
    else if (top < 0) scrollBy({ top });
  }
}

/** The tab bar's meter reading ("42.3"); empty before a game. */
export function setMeterTab(value: string): void {
  byId('view-meter-value').textContent = value;
}

/** Wires the tab bar (in index.html, so it is there before any script): click, arrows, Home, End. */
export function setUpViews(hooks: { mapShown: () => void }): void {
  onMap = hooks.mapShown;
  for (const v of VIEWS) {
    const t = tab(v);
    t.addEventListener('click', () => showView(v));
    t.addEventListener('keydown', (e) => {
      const i = VIEWS.indexOf(v);
      const to =
        e.key === 'ArrowRight'
          ? VIEWS[(i + 1) % VIEWS.length]
          : e.key === 'ArrowLeft'
            ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length]
            : e.key === 'Home'
              ? VIEWS[0]
              : e.key === 'End'
                ? VIEWS[VIEWS.length - 1]
                : undefined;
      if (!to) return;
      e.preventDefault();
      showView(to, true);
    });
  }
  byId('stage').append(mapKey());
  onLocaleChange(() => document.querySelector('#stage .map-key')?.replaceWith(mapKey()));
  showView(current);
  matchMedia(SMALL).addEventListener('change', () => showView(current));
}

/** The map's key in the page, for a map too small to carry its own (shown by phone.css only). */
function mapKey(): HTMLElement {
  return h(
    'div',
    { class: 'map-key' },
    h(
      'ul',
      { class: 'key-list', 'aria-label': t('views.key') },
      ...Object.values(STANCE).map((s) =>
        h(
          'li',
          {},
          h('span', { class: 'sym', style: `color:${s.css}`, 'aria-hidden': 'true' }, s.symbol),
          ` ${stanceWord(s.word)}`,
        ),
      ),
      h('li', {}, h('span', { class: 'key-line agreement', 'aria-hidden': 'true' }), t('views.allies')),
      h('li', {}, h('span', { class: 'key-line tension', 'aria-hidden': 'true' }), t('views.tension')),
    ),
    h('p', { class: 'small map-tap' }, t('views.tap')),
  );
}
