// Composition root: load the scenario, mount the page and (when it has loaded) the map, and
// connect them to a session.
// First import: it starts fetching Phaser and the map before the rest of the page's code runs.
import { mapStage } from './app/mapStage';
import { Session } from './app/session';
import { loadScenario } from './data/load';
import { isReplayFragment, replayFromFragment } from './state/link';
import { checkReplay, type ReplayResult } from './state/replay';
import { readReplayFile } from './app/replayFile';
import type { GameView } from './state/view';
import { loadHistory, loadText, loadUnreadable } from './app/storage';
import { ReplayScreen, shareUrl } from './app/replayScreen';
import { downloadJson, downloadText } from './ui/download';
import { announce } from './ui/announcer';
import { renderBriefing } from './ui/briefing';
import { renderDebrief } from './ui/debrief';
import { byId } from './ui/dom';
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

const session = new Session(loadScenario());
// The class comparison's code loads on first use (its own chunk).
setUpLibrary(session.scenario, () =>
  import('./app/compare').then(({ ClassComparison }) => new ClassComparison(session.scenario, session.rules)),
);
renderLibraryNav(LIBRARY_PAGES);

// The page works at once; Phaser loads behind it and the map fades in when ready.
const map = mapStage('stage');
const showScene = map.show;
setUpViews({ mapShown: map.refresh });

let lastPhase: GameView['phase'] | null = null;
let lastRound = -1;

/** Draws a render model on the map, the top bar and the meter panel. */
function publish(v: GameView, fingerprint: string | null, saveProblem: string | null = null): void {
  map.publish(v);
  renderTopbar(v, saveProblem, fingerprint);
  renderMeter(v);
}

const replays = new ReplayScreen({
  session,
  publish: (v, fingerprint) => {
    lastPhase = null;
    publish(v, fingerprint);
  },
  showMap: () => showScene('WorldMap'),
  title: () => title(),
});

function title(problem: string | null = null): void {
  lastPhase = null;
  showView('talks');
  replays.close();
  renderTopbar(null, null);
  renderMeterIntro();
  const saved = session.saved();
  renderTitle({
    suggestedSeed: crypto.getRandomValues(new Uint32Array(1))[0]! % 100000,
    continueGame: saved && 'replay' in saved ? () => session.resume(saved.replay) : null,
    savedProblem: saved && 'error' in saved ? saved.error : null,
    downloadUnreadable: unreadableSave(saved),
    problem,
    history: loadHistory().map((e) => ({
      label: `${e.when} · seed ${e.seed} · ${e.outcome ? `${e.outcome.replace('_', ' ')} · meter ${e.meter.toFixed(1)}` : 'unfinished'}`,
      open: () => openReplay(e.replay, 'a game from your list'),
    })),
    roles: session.scenario.roles.map((r) => ({
      actor: r.actor,
      name: session.rules.actor[r.actor]!.name,
      tagline: r.tagline,
    })),
    newGame: (seed, role, difficulty) => {
      session.setAside();
      session.start(seed, role, [], difficulty);
    },
    loadFile,
  });
  showScene('Title');
}

/** The text of an autosave this build cannot open (the current one, or one kept aside), if any. */
function unreadableSave(saved: ReturnType<typeof session.saved>): (() => void) | null {
  const text = saved && 'error' in saved ? loadText() : loadUnreadable();
  return text === null ? null : () => downloadText(text, 'grand-coalition-old-save.json', 'application/json');
}

/** A replay from a file, a link or the history list: checked first, then shown in the viewer. */
function openReplay(raw: unknown, what: string): void {
  show(checkReplay(raw, session.scenario), what);
}

function show(r: ReplayResult, what: string): void {
  if (!r.ok) {
    title(`That replay (${what}) cannot be opened: ${r.error}. Your own game is untouched.`);
    return;
  }
  replays.open(r.replay, r.game.hash);
}

function loadFile(file: File): void {
  void readReplayFile(file, session.scenario).then((r) => show(r, file.name));
}

/** Opens the replay a link carries; a bad link says why and leaves the player's game alone. */
function openFromLocation(): void {
  // #sources, #glossary, #guide or #compare: a teacher can hand out an address that opens a page.
  const page = libraryPageOf(location.hash);
  if (page) return openLibrary({ kind: page });
  if (!isReplayFragment(location.hash)) return;
  const r = replayFromFragment(location.hash, session.scenario);
  if (r.ok) replays.open(r.replay, r.game.hash);
  else title(`That link cannot be opened: ${r.error}. Your own game is untouched.`);
}

function render(v: GameView): void {
  publish(v, session.hash(), session.saveProblem);
  const phaseChanged = v.phase !== lastPhase || v.round !== lastRound;
  if (v.phase === 'briefing') {
    renderBriefing(v, () => session.beginDiplomacy());
    showScene('WorldMap');
  } else if (v.phase === 'diplomacy') {
    renderNegotiation(v, { act: (a) => session.act(a), focusActor: map.focus });
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
        title();
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
map.onPick((id, tapped) => {
  if (!session.running || session.phase() !== 'diplomacy') return;
  selectActor(id);
  render(session.view());
  // A tap on a marker on a phone opens that actor's card.
  if (tapped && smallScreen()) showView('talks');
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

title();
openFromLocation();
