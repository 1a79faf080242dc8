// The page in the player's language: the words index.html carries before any script (the title,
// the skip link, the tab bar, the regions' names), and the switch between English and French, on
// the title page and in the top bar. Switching draws the screens again in the other language
// (onLocaleChange); the game, its replay and its fingerprint are untouched.
import {
  LOCALES,
  LOCALE_NAME,
  locale,
  onLocaleChange,
  rememberLocale,
  setLocale,
  t,
  type Locale,
  type MessageId,
} from '../i18n';
import { h } from './dom';

/** Sets the text of an element found by selector, if it is on the page. */
function text(selector: string, id: MessageId): void {
  const el = document.querySelector(selector);
  if (el) el.textContent = t(id);
}

function label(selector: string, id: MessageId): void {
  document.querySelector(selector)?.setAttribute('aria-label', t(id));
}

/** The words of index.html, in the current language. */
export function pageTexts(): void {
  document.documentElement.lang = locale();
  document.title = t('page.title');
  document.querySelector('meta[name="description"]')?.setAttribute('content', t('page.description'));
  text('a.skip', 'page.skip');
  text('.topbar .brand', 'page.brand');
  label('#library-nav', 'page.readingRoom');
  label('#stage', 'page.stage');
  text('#stage .map-loading', 'page.mapLoading');
  label('#panel', 'page.panel');
  label('#meter', 'page.meter');
  label('nav.views', 'page.views');
  label('nav.views [role="tablist"]', 'page.viewsList');
  text('#view-map', 'page.viewMap');
  text('#view-talks', 'page.viewTalks');
  // The meter's tab keeps its value (a child element) after its word.
  const meter = document.getElementById('view-meter');
  if (meter?.firstChild?.nodeType === Node.TEXT_NODE) meter.firstChild.textContent = `${t('page.viewMeter')} `;
}

/** Chooses a language: remembered on this device, and the screens drawn again in it. */
export async function chooseLocale(l: Locale): Promise<void> {
  rememberLocale(l);
  if (l !== locale()) await setLocale(l);
}

/** The switch: one button per language, each written in its own language, the current one pressed. */
export function languageSwitch(id: string): HTMLElement {
  return h(
    'div',
    { id, class: 'lang-switch', role: 'group', 'aria-label': t('language.label') },
    ...LOCALES.map((l) =>
      h(
        'button',
        {
          type: 'button',
          lang: l,
          class: 'nav',
          'data-lang': l,
          'aria-pressed': String(l === locale()),
          onclick: () => void chooseLocale(l),
        },
        LOCALE_NAME[l],
      ),
    ),
  );
}

export { onLocaleChange };
