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
import { buildRules } from './state/rules';
import { openFragment, openReplay, type Opened } from './release/load';
import { readReplayFile } from './app/replayFile';
import type { GameView } from './state/view';
import { loadHistory, loadText, loadUnreadable } from './app/storage';
import { ReplayScreen, shareUrl, versionNote } from './app/replayScreen';
import { current } from './release/registry';
import { downloadJson, downloadText } from './ui/download';
import { announce } from './ui/announcer';
import { echoText } from './state/echo';
import { renderBriefing } from './ui/briefing';
import { renderDebrief } from './ui/debrief';
import { byId } from './ui/dom';
import { renderMeter, renderMeterIntro } from './ui/meterPanel';
import { renderNegotiation, selectActor } from './ui/negotiation';
import { renderTitle } from './ui/title';
import { dropIntoComparison, libraryPageOf, LIBRARY_PAGES, setUpLibrary } from './ui/library';
import { openLibrary } from './ui/links';
import { renderLibraryNav, renderTopbar } from './ui/topbar';
import './ui/style.css';

const scenario = loadScenario();
const session = new Session();
setUpLibrary(scenario, buildRules(scenario));
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

async function title(problem: string | null = null): Promise<void> {
  lastPhase = null;
  replays.close();
  renderTopbar(null, null);
  renderMeterIntro();
  const saved = await session.saved();
  renderTitle({
    suggestedSeed: crypto.getRandomValues(new Uint32Array(1))[0]! % 100000,
    continueGame: saved && 'replay' in saved ? () => void session.resume(saved.replay) : null,
    savedProblem: saved && 'error' in saved ? saved.error : null,
    downloadUnreadable: unreadableSave(saved),
    problem,
    history: loadHistory().map((e) => ({
      label: `${e.when} · seed ${e.seed} · ${e.outcome ? `${e.outcome.replace('_', ' ')} · meter ${e.meter.toFixed(1)}` : 'unfinished'}`,
      open: () => openStored(e.replay, 'a game from your list'),
    })),
    roles: current.scenario.roles,
    newGame: (seed, role, difficulty) => {
      void session.setAside().then(() => session.start(seed, role, [], difficulty));
    },
    loadFile,
  });
  showScene('Title');
}

/** The text of an autosave this build cannot open (the current one, or one kept aside), if any. */
function unreadableSave(saved: Awaited<ReturnType<typeof session.saved>>): (() => void) | null {
  const text = saved && 'error' in saved ? loadText() : loadUnreadable();
  return text === null ? null : () => downloadText(text, 'grand-coalition-old-save.json', 'application/json');
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

function render(v: GameView): void {
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
    const heading = byId('panel').querySelector('h2');
    if (v.phase === 'briefing')
      announce(`Round ${v.round + 1}, ${v.date}. Briefing. Meter ${v.meter.value.toFixed(1)}.`);
    if (v.phase === 'diplomacy') announce(`Diplomacy. ${v.ap} action points.`);
    if (v.phase === 'debrief') announce(`Game over: ${v.outcome?.label}. Meter ${v.meter.value.toFixed(1)}.`);
    (heading as HTMLElement | null)?.setAttribute('tabindex', '-1');
    (heading as HTMLElement | null)?.focus();
  }
  lastPhase = v.phase;
  lastRound = v.round;
}

session.onChange(render);
phaser.events.on(BUS.pick, (id: string) => {
  if (!session.running || session.phase() !== 'diplomacy') return;
  selectActor(id);
  render(session.view());
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
