// Composition root: mount the page and (when it has loaded) the map, start the flow
// (src/app/flow.ts), render each of its snapshots and turn what the player does into its events.
// What comes next is the flow's to decide.
// First import: it starts fetching Phaser and the map before the rest of the page's code runs.
import { mapStage } from './app/mapStage';
import { createActor, type SnapshotFrom } from 'xstate';
import { flowMachine } from './app/flow';
import { browserRecords, savedGame } from './app/records';
import { readReplayFile } from './app/replayFile';
import { loadHistory, loadText, loadUnreadable } from './app/storage';
import { loadScenario } from './data/load';
import { current } from './release/registry';
import { isReplayFragment, replayFragment, replayFromFragment } from './state/link';
import type { Replay } from './state/replay';
import { buildRules } from './state/rules';
import type { GameView } from './state/view';
import { announce } from './ui/announcer';
import { renderBriefing } from './ui/briefing';
import { renderDebrief } from './ui/debrief';
import { byId } from './ui/dom';
import { downloadJson, downloadText } from './ui/download';
import { dropIntoComparison, libraryPageOf, LIBRARY_PAGES, setUpLibrary } from './ui/library';
import { firstStart } from './ui/howtoView';
import { openLibrary } from './ui/links';
import { renderMeter, renderMeterIntro } from './ui/meterPanel';
import { renderNegotiation, selectActor } from './ui/negotiation';
import { renderReply } from './ui/reply';
import { renderTitle } from './ui/title';
import { renderLibraryNav, renderTopbar } from './ui/topbar';
import { renderViewer } from './ui/viewer';
import { setUpViews, showView, smallScreen } from './ui/views';
import './ui/style.css';
import './ui/phone.css';
import { dayDate, points } from './presentation/format';

const scenario = loadScenario();
const rules = buildRules(scenario);
// The class comparison's code loads on first use (its own chunk).
setUpLibrary(scenario, () =>
  import('./app/compare').then(({ ClassComparison }) => new ClassComparison(scenario, rules)),
);
renderLibraryNav(LIBRARY_PAGES);

// The page works at once; Phaser loads behind it and the map fades in when ready.
const map = mapStage('stage');
const showScene = map.show;
setUpViews({ mapShown: map.refresh });

const flow = createActor(flowMachine, { input: { current, records: browserRecords(current) } });
type Snapshot = SnapshotFrom<typeof flowMachine>;

const shareUrl = (replay: Replay): string => `${location.origin}${location.pathname}#${replayFragment(replay)}`;
const leaveLink = () => history.replaceState(null, '', location.pathname);

/** Draws a render model on the map, the top bar and the meter panel. */
function publish(v: GameView, fingerprint: string | null, saveProblem: string | null = null): void {
  map.publish(v);
  renderTopbar(v, saveProblem, fingerprint);
  renderMeter(v);
}

/** The text of an autosave this build cannot open (the current one, or one kept aside), if any. */
function unreadableSave(saved: ReturnType<typeof savedGame>): (() => void) | null {
  const text = saved && 'error' in saved ? loadText() : loadUnreadable();
  return text === null ? null : () => downloadText(text, 'grand-coalition-old-save.json', 'application/json');
}

/** Opens a replay in the viewer: `read` checks it; a refusal names it and says why. */
const open = (what: string, read: () => ReplayCheck | Promise<ReplayCheck>) =>
  flow.send({
    type: 'open',
    what,
    load: async () => {
      const r = await read();
      return r.ok
        ? { ok: true, checked: r.checked, release: current }
        : { ok: false, error: `${what} cannot be opened: ${r.error}. Your own game is untouched.` };
    },
  });
type ReplayCheck = ReturnType<typeof current.check>;

function loadFile(file: File): void {
  open(`That replay (${file.name})`, async () => {
    const r = await readReplayFile(file, scenario);
    return r.ok ? current.check(r.replay) : r;
  });
}

function renderTitlePage(s: Snapshot): void {
  showView('talks');
  renderTopbar(null, null);
  renderMeterIntro();
  const saved = savedGame(current);
  renderTitle({
    suggestedSeed: crypto.getRandomValues(new Uint32Array(1))[0]! % 100000,
    continueGame: saved && 'raw' in saved ? () => flow.send({ type: 'continue', raw: saved.raw }) : null,
    savedProblem: saved && 'error' in saved ? saved.error : null,
    downloadUnreadable: unreadableSave(saved),
    problem: s.context.problem,
    history: loadHistory().map((e) => ({
      label: `${e.when} · seed ${e.seed} · ${e.outcome ? `${e.outcome.replace('_', ' ')} · meter ${e.meter.toFixed(1)}` : 'unfinished'}`,
      open: () => open('That replay (a game from your list)', () => current.check(e.replay)),
    })),
    roles: current.scenario.roles,
    newGame: (seed, role, difficulty) => flow.send({ type: 'new', seed, role, difficulty }),
    loadFile,
  });
  showScene('Title');
}

function renderViewerPage(s: Snapshot): void {
  const w = s.context.watching!;
  const frame = w.frames.at(w.round);
  const replay = w.checked.replay;
  publish(frame.game, w.checked.hash);
  renderViewer(frame.round, replay.seed, w.frames.lastRound, {
    go: (round) => flow.send({ type: 'go', round }),
    takeOver: (round) => {
      leaveLink();
      flow.send({ type: 'takeOver', round });
    },
    share: () => shareUrl(replay),
    close: () => {
      leaveLink();
      flow.send({ type: 'title' });
    },
  });
  showScene('WorldMap');
  announce(`Replay, round ${frame.round.round + 1}.`);
  byId('viewer-title').setAttribute('tabindex', '-1');
  byId('viewer-title').focus();
}

/** Where the player was at the last render, to announce and focus only what changed. */
let last: { screen: string; round: number; moves: number } = { screen: '', round: -1, moves: 0 };

function renderGame(s: Snapshot): void {
  const game = s.context.game!;
  const v = game.view(s.context.refusal);
  const phase = s.matches({ game: 'briefing' }) ? 'briefing' : s.matches({ game: 'debrief' }) ? 'debrief' : 'diplomacy';
  publish(v, game.hash(), s.context.saveProblem);
  const changed = `game.${phase}` !== last.screen || v.round !== last.round;
  if (phase === 'briefing') {
    renderBriefing(v, () => flow.send({ type: 'ack' }));
    showScene('WorldMap');
  } else if (phase === 'diplomacy') {
    renderNegotiation(v, {
      act: (action) => flow.send({ type: 'move', action }),
      focusActor: map.focus,
      preview: (action) => game.preview(action),
    });
    const reply = s.context.reply;
    if (s.matches({ game: { diplomacy: 'answer' } }) && reply)
      renderReply(v, reply, {
        accept: () => flow.send({ type: 'reply.accept' }),
        decline: () => flow.send({ type: 'reply.decline' }),
      });
    showScene('WorldMap');
    const answer = v.answers[v.answers.length - 1];
    if (s.context.refusal) announce(s.context.refusal);
    else if (!changed && answer && v.answers.length !== last.moves)
      announce(`${answer.action}: ${answer.text} Meter ${v.meter.value.toFixed(1)}.`);
  } else {
    const replay = () => game.replay();
    renderDebrief(v, {
      hash: game.hash(),
      exportReplay: () => downloadJson(replay(), `grand-coalition-seed-${replay().seed}.json`),
      share: () => shareUrl(replay()),
      newGame: () => flow.send({ type: 'title' }),
    });
    showScene('Debrief');
  }
  if (changed) {
    // On a phone a new phase opens on its panel.
    showView('talks');
    const heading = byId('panel').querySelector('h2');
    if (phase === 'briefing')
      announce(`Round ${v.round + 1}, ${dayDate(v.date)}. Briefing. Meter ${points(v.meter.value)}.`);
    if (phase === 'diplomacy') announce(`Diplomacy. ${v.ap} action points.`);
    if (phase === 'debrief') announce(`Game over: ${v.outcome?.label}. Meter ${v.meter.value.toFixed(1)}.`);
    (heading as HTMLElement | null)?.setAttribute('tabindex', '-1');
    (heading as HTMLElement | null)?.focus();
  }
  last = { screen: `game.${phase}`, round: v.round, moves: v.answers.length };
}

function render(s: Snapshot): void {
  if (s.matches('title')) {
    last = { screen: 'title', round: -1, moves: 0 };
    renderTitlePage(s);
  } else if (s.matches('viewer')) {
    last = { screen: 'viewer', round: -1, moves: 0 };
    renderViewerPage(s);
  } else if (s.matches('game')) renderGame(s);
  // While a replay is being opened the page stays as it was.
}

/** Opens the replay a link carries; a bad link says why and leaves the player's game alone. */
function openFromLocation(): void {
  // #sources, #glossary, #guide or #compare: a teacher can hand out an address that opens a page.
  const page = libraryPageOf(location.hash);
  if (page) return openLibrary({ kind: page });
  if (!isReplayFragment(location.hash)) return;
  const fragment = location.hash;
  open('That link', () => {
    const r = replayFromFragment(fragment, scenario);
    return r.ok ? current.check(r.replay) : r;
  });
}

flow.subscribe(render);
map.onPick((id, tapped) => {
  const s = flow.getSnapshot();
  if (!s.matches({ game: 'diplomacy' })) return;
  selectActor(id);
  render(s);
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

flow.start();
openFromLocation();
// The first time this browser opens the game: how to play, on one screen (Escape or the button skips it).
if (!location.hash && firstStart()) openLibrary({ kind: 'howto' });
