// The page's entry, kept small so the title page is drawn and usable before anything heavy has
// compiled. Then, in order: the map (Phaser and the scenes, downloading with the page: index.html
// preloads them), how to play on a first visit, and the page's own code (src/main.ts), which
// takes the title over. The page's
// code comes sooner if the player acts, if the address asks for a replay or a page of the reading
// room, or if the map is slow to come (a slow network): the game never waits for its picture.
import './ui/style.css';
import './ui/phone.css';
import { theMap } from './app/mapStage';
import { localeInAddress, rememberLocale, setLocale, startingLocale, storedLocale, t, withoutLang } from './i18n';
import { drawTitle, offerHowto, pageFailed, startShell } from './app/titleShell';
import { afterPaint, h } from './ui/dom';
import { onLocaleChange, pageTexts } from './ui/language';
import { LIBRARY_PAGES } from './ui/links';
import { renderMeterIntro } from './ui/meterIntro';
import { renderLibraryNav } from './ui/topbar';
import { titleShown } from './ui/title';
import { setUpViews } from './ui/views';

/** How long the page's code waits for the map's first frame before it loads anyway. */
const MAP_GRACE_MS = 1000;

// Another site's frame could dress the game in its own words: refuse to run inside one (hosts
// also send frame-ancestors 'none', docs/REPLAY.md).
if (window.top !== window.self) {
  document.body.textContent = t('page.framed');
  throw new Error('framed');
}

// The language: the address's (`?lang=fr`, `#…&lang=fr`: remembered, then taken out of the address,
// so replay links and the reading room's addresses read as before), else this device's last
// choice, else the browser's. French loads its messages (a chunk of their own) before the title is drawn.
const asked = localeInAddress(location.search, location.hash);
if (asked) {
  rememberLocale(asked);
  const search = new URLSearchParams(location.search);
  search.delete('lang');
  const query = search.toString();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${query ? `?${query}` : ''}${withoutLang(location.hash)}`,
  );
}
const language = startingLocale({
  search: '',
  hash: '',
  stored: asked ?? storedLocale(),
  browser: navigator.languages?.length ? navigator.languages : [navigator.language],
});
if (language !== 'en') await setLocale(language).catch((e: unknown) => console.error(e));
pageTexts();
// A change of language draws the entry's parts again; the page's code (src/main.ts) draws the rest.
onLocaleChange(() => {
  pageTexts();
  renderLibraryNav(LIBRARY_PAGES);
  if (titleShown()) {
    drawTitle();
    renderMeterIntro();
  }
});

// `#together`: a game played together on this device (hot-seat), a page of its own loaded on demand.
if (location.hash === '#together' || location.hash === '#class' || location.hash === '#teacher')
  void import('./together');
else bootGame();

function bootGame(): void {
  drawTitle();
  renderMeterIntro();
  renderLibraryNav(LIBRARY_PAGES);
  const map = theMap();
  setUpViews({ mapShown: map.refresh });

  let page: Promise<unknown> | null = null;
  function loadPage(): void {
    page ??= import('./main').catch((e: unknown) => {
      // A chunk that did not arrive (the network dropped): say so, and what to do.
      page = null;
      pageFailed();
      document.getElementById('page-failed')?.remove();
      document
        .getElementById('panel')
        ?.prepend(h('p', { id: 'page-failed', class: 'warn', role: 'alert' }, t('page.loadFailed')));
      console.error(e);
    });
  }
  startShell(loadPage);
  // Once the title is painted, the page's code starts downloading (index.html lists its files in a
  // template, vite.config.ts): the map's code asked first, this comes while Phaser runs.
  void afterPaint().then(() => {
    const code = document.getElementById('page-code');
    if (code instanceof HTMLTemplateElement) document.head.append(code.content.cloneNode(true));
  });
  if (location.hash) loadPage();
  else
    void Promise.race([map.drawn, new Promise((r) => setTimeout(r, MAP_GRACE_MS))]).then(() => {
      offerHowto();
      loadPage();
    });
}
