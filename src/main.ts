// Composition root: load the scenario, mount Phaser and the page, and connect them to a session.
import { AUTO, Game, Scale } from 'phaser';
import { Session } from './app/session';
import { loadScenario } from './data/load';
import { Boot } from './scenes/Boot';
import { BUS } from './scenes/bus';
import { Debrief } from './scenes/Debrief';
import { MAP_H, MAP_W } from './scenes/geo';
import { Preloader } from './scenes/Preloader';
import { Title } from './scenes/Title';
import { WorldMap } from './scenes/WorldMap';
import { isReplayFragment } from './state/link';
import { openFragment, openReplay, type Opened } from './release/load';
import { readReplayFile } from './app/replayFile';
import type { GameView } from './state/view';
import { GameStore, type GameRecord } from './app/gameStore';
import { importEarlierSaves, recordLabel, zipAll } from './app/savedGames';
import { Tabs } from './app/tabs';
import { onUpdateReady, setUpUpdates, takeUpdate, updateReady } from './app/updates';
import { ReplayScreen, shareUrl, versionNote } from './app/replayScreen';
import { current } from './release/registry';
import { downloadBytes, downloadJson, downloadText } from './ui/download';
import { announce } from './ui/announcer';
import { echoText } from './state/echo';
import { renderBriefing } from './ui/briefing';
import { renderDebrief } from './ui/debrief';
import { byId, h } from './ui/dom';
import { renderMeter, renderMeterIntro } from './ui/meterPanel';
import { renderNegotiation, selectActor } from './ui/negotiation';
import { renderTitle } from './ui/title';
import { dropIntoComparison, libraryPageOf, LIBRARY_PAGES, setUpLibrary } from './ui/library';
import { openLibrary } from './ui/links';
import { renderLibraryNav, renderTopbar } from './ui/topbar';
import { setUpViews, showView, smallScreen } from './ui/views';
import './ui/style.css';
import './ui/phone.css';
import { dayDate, points } from './presentation/format';

const scenario = loadScenario();
// Another site's frame could dress the game in its own words: refuse to run inside one (hosts
// also send frame-ancestors 'none', docs/REPLAY.md).
if (window.top !== window.self) {
  document.body.textContent = 'Grand Coalition does not run inside another page. Open it in its own tab.';
  throw new Error('framed');
}
setUpUpdates();
const store = await GameStore.open();
await importEarlierSaves(store);
const tabs = new Tabs();
const session = new Session(store, tabs);
// Another tab saved: a title page here shows the fresh list.
tabs.onChange(() => {
  if (onTitle && !session.running && !replays.active) void title();
});
// The class comparison's code loads on first use (its own chunk).
setUpLibrary(scenario, () =>
  import('./app/compare').then(({ ClassComparison }) => new ClassComparison(scenario.calendar.rounds)),
);
renderLibraryNav(LIBRARY_PAGES);

const phaser = new Game({
  type: AUTO,
  parent: 'stage',
  width: MAP_W,
  height: MAP_H,
  // Transparent: the map under it is the canvas's CSS background, drawn by the browser.
  transparent: true,
  scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_HORIZONTALLY },
  banner: false,
  scene: [Boot, Preloader, Title, WorldMap, Debrief],
});

setUpViews({ mapShown: () => phaser.scale.refresh() });

let ready = false;
let lastPhase: GameView['phase'] | null = null;
let lastRound = -1;

function showScene(key: 'Title' | 'WorldMap' | 'Debrief'): void {
  if (!ready) return;
  for (const k of ['Title', 'WorldMap', 'Debrief'] as const) {
    const active = phaser.scene.isActive(k);
    if (k === key && !active) phaser.scene.start(k);
    else if (k !== key && active) phaser.scene.stop(k);
  }
}

/** Draws a render model on the map, the top bar and the meter panel. */
function publish(
  v: GameView,
  fingerprint: string | null,
  saveProblem: string | null = null,
  note: string | null = null,
): void {
  phaser.registry.set('view', v);
  phaser.events.emit(BUS.view, v);
  renderTopbar(v, saveProblem, fingerprint, note);
  renderMeter(v);
}

const replays = new ReplayScreen({
  session,
  publish: (v, fingerprint) => {
    lastPhase = null;
    publish(v, fingerprint);
  },
  showMap: () => showScene('WorldMap'),
  title: () => void title(),
});

let onTitle = false;

async function title(problem: string | null = null): Promise<void> {
  lastPhase = null;
  showView('talks');
  replays.close();
  renderTopbar(null, null);
  renderMeterIntro();
  const { games, setAside } = await store.list();
  onTitle = true;
  const latest = games.find((g) => g.status === 'playing') ?? null;
  renderTitle({
    suggestedSeed: crypto.getRandomValues(new Uint32Array(1))[0]! % 100000,
    continueGame: latest ? () => void continueRecord(latest) : null,
    savedProblem: null,
    setAside: setAside.map((x) => ({
      label: x.reason,
      download: () => downloadText(x.text, `grand-coalition-set-aside-${x.key.slice(0, 40)}.json`, 'application/json'),
    })),
    downloadAll:
      games.length || setAside.length
        ? () =>
            void session.saving
              .then(() => zipAll(store))
              .then((zip) => downloadBytes(zip, 'grand-coalition-games.zip', 'application/zip'))
        : null,
    storageProblem: store.problem,
    problem,
    history: games.map((g) => ({
      label: recordLabel(g),
      action: g.status === 'playing' ? 'Continue' : 'Watch',
      open: () => (g.status === 'playing' ? void continueRecord(g) : openStored(g.replay, 'a game from your list')),
    })),
    roles: current.scenario.roles,
    newGame: (seed, role, difficulty) => {
      onTitle = false;
      session.start(seed, role, [], difficulty);
    },
    loadFile,
  });
  showScene('Title');
  offerUpdate(true);
}

/** Continues a stored game; if another tab plays it, this one plays a copy and says so. */
async function continueRecord(g: GameRecord): Promise<void> {
  onTitle = false;
  const r = await session.resume(g);
  if ('error' in r) void title(`Your saved game could not be restored: ${r.error}. It is kept in your list.`);
  else if (r.copied) announce('This game is open in another tab: this tab plays a copy, so neither loses a move.');
}

/** A replay from a file, a link or the history list: checked first, then shown in the viewer. */
function openStored(raw: unknown, what: string): void {
  void openReplay(raw).then((r) => show(r, what));
}

function show(r: Opened, what: string): void {
  if (!r.ok) {
    void title(`That replay (${what}) cannot be opened: ${r.error}. Your own game is untouched.`);
    return;
  }
  replays.open(r.checked, r.release);
}

function loadFile(file: File): void {
  void readReplayFile(file).then((r) => show(r, echoText(file.name)));
}

/** Opens the replay a link carries; a bad link says why and leaves the player's game alone. */
function openFromLocation(): void {
  // #sources, #glossary, #guide or #compare: a teacher can hand out an address that opens a page.
  const page = libraryPageOf(location.hash);
  if (page) return openLibrary({ kind: page });
  if (!isReplayFragment(location.hash)) return;
  void openFragment(location.hash).then((r) => {
    if (r.ok) replays.open(r.checked, r.release);
    else void title(`That link cannot be opened: ${r.error}. Your own game is untouched.`);
  });
}

/** The offer of a new version: only on the title page or as a round begins, never mid-round. */
function offerUpdate(now: boolean): void {
  document.getElementById('update-offer')?.remove();
  if (!now || !updateReady()) return;
  const bar = h(
    'div',
    { id: 'update-offer', class: 'update-offer', role: 'status' },
    'A new version of the game is ready. Your games are saved; ',
    h('button', { type: 'button', id: 'take-update', onclick: takeUpdate }, 'update now'),
    '.',
  );
  byId('topbar').after(bar);
}
onUpdateReady(() => offerUpdate(onTitle || (session.running && session.phase() === 'briefing')));

function render(v: GameView): void {
  offerUpdate(v.phase === 'briefing' || v.phase === 'debrief');
  publish(v, session.hash(), session.saveProblem, session.olderVersion ? versionNote(session.release) : null);
  const phaseChanged = v.phase !== lastPhase || v.round !== lastRound;
  if (v.phase === 'briefing') {
    renderBriefing(v, () => session.beginDiplomacy());
    showScene('WorldMap');
  } else if (v.phase === 'diplomacy') {
    renderNegotiation(v, { act: (a) => session.act(a), focusActor: (id) => phaser.events.emit(BUS.focus, id) });
    showScene('WorldMap');
    const last = v.answers[v.answers.length - 1];
    if (!phaseChanged && last && !v.rejected)
      announce(`${last.action}: ${last.text} Meter ${v.meter.value.toFixed(1)}.`);
    if (v.rejected) announce(v.rejected);
  } else {
    renderDebrief(v, {
      hash: session.hash(),
      exportReplay: () => downloadJson(session.replay(), `grand-coalition-seed-${session.replay().seed}.json`),
      share: () => shareUrl(session.replay()),
      newGame: () => {
        session.forget();
        void title();
      },
    });
    showScene('Debrief');
  }
  if (phaseChanged) {
    // On a phone a new phase opens on its panel.
    showView('talks');
    const heading = byId('panel').querySelector('h2');
    if (v.phase === 'briefing')
      announce(`Round ${v.round + 1}, ${dayDate(v.date)}. Briefing. Meter ${points(v.meter.value)}.`);
    if (v.phase === 'diplomacy') announce(`Diplomacy. ${v.ap} action points.`);
    if (v.phase === 'debrief') announce(`Game over: ${v.outcome?.label}. Meter ${v.meter.value.toFixed(1)}.`);
    (heading as HTMLElement | null)?.setAttribute('tabindex', '-1');
    (heading as HTMLElement | null)?.focus();
  }
  lastPhase = v.phase;
  lastRound = v.round;
}

session.onChange(render);
phaser.events.on(BUS.pick, (id: string, tapped: boolean) => {
  if (!session.running || session.phase() !== 'diplomacy') return;
  selectActor(id);
  render(session.view());
  // A tap on a marker on a phone opens that actor's card.
  if (tapped && smallScreen()) showView('talks');
});
phaser.events.once(BUS.ready, () => {
  ready = true;
  if (replays.active) replays.show(0);
  else if (session.running) render(session.view());
  else showScene('Title');
});
window.addEventListener('hashchange', openFromLocation);
// Drop a replay file anywhere on the page to open it.
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => {
  e.preventDefault();
  const files = [...(e.dataTransfer?.files ?? [])];
  if (dropIntoComparison(files)) return;
  if (files[0]) loadFile(files[0]);
});

void title().then(openFromLocation);
