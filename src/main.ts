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
import { isReplayFragment, replayFragment, replayFromFragment } from './state/link';
import { checkReplay, roundWorlds, type Replay } from './state/replay';
import { replayRoundView, view, type GameView } from './state/view';
import { loadHistory } from './app/storage';
import { renderViewer } from './ui/viewer';
import { announce } from './ui/announcer';
import { renderBriefing } from './ui/briefing';
import { renderDebrief } from './ui/debrief';
import { byId, h } from './ui/dom';
import { renderMeter } from './ui/meterPanel';
import { renderNegotiation, selectActor } from './ui/negotiation';
import { renderTitle } from './ui/title';
import { renderTopbar } from './ui/topbar';
import './ui/style.css';

const session = new Session(loadScenario());

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

function title(problem: string | null = null): void {
  lastPhase = null;
  viewing = null;
  renderTopbar(null, null);
  byId('meter').replaceChildren(
    h('h2', { class: 'meter-title' }, 'The coalition meter'),
    h('p', {}, 'From 0 to 100: who is in the coalition (weighted by their weight in the war), how committed they are, and how far they agree on what to strike, on Assad, and on deconfliction with Russia. It stays on screen all game.'),
  );
  const saved = session.saved();
  renderTitle({
    suggestedSeed: crypto.getRandomValues(new Uint32Array(1))[0]! % 100000,
    continueGame: saved && 'replay' in saved ? () => session.resume(saved.replay) : null,
    savedProblem: saved && 'error' in saved ? saved.error : null,
    problem,
    history: loadHistory().map((e) => ({ label: `${e.when} · seed ${e.seed} · ${e.outcome ? `${e.outcome.replace('_', ' ')} · meter ${e.meter.toFixed(1)}` : 'unfinished'}`, open: () => openReplay(e.replay, 'a game from your list') })),
    roles: session.scenario.roles.map((r) => ({ actor: r.actor, name: session.rules.actor[r.actor]!.name, goal: r.goal })),
    newGame: (seed, role, difficulty) => {
      session.setAside();
      session.start(seed, role, [], difficulty);
    },
    loadFile,
  });
  showScene('Title');
}

/** A replay from a file, a link or the history list: checked first, then shown in the viewer. */
function openReplay(raw: unknown, what: string): void {
  const r = checkReplay(raw, session.scenario);
  if (!r.ok) {
    title(`That replay (${what}) cannot be opened: ${r.error}. Your own game is untouched.`);
    return;
  }
  openViewer(r.replay, r.game.hash);
}

function loadFile(file: File): void {
  if (file.size > 1_000_000) {
    title(`${file.name} is larger than 1 MB: it is not a replay. Your own game is untouched.`);
    return;
  }
  void file.text().then((text) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      title(`${file.name} is not valid JSON, so it is not a replay. Your own game is untouched.`);
      return;
    }
    openReplay(raw, file.name);
  });
}

const shareUrl = (replay: Replay) => `${location.origin}${location.pathname}#${replayFragment(replay)}`;

let viewing: { replay: Replay; hash: string; worlds: ReturnType<typeof roundWorlds> } | null = null;

function openViewer(replay: Replay, hash: string): void {
  viewing = { replay, hash, worlds: roundWorlds(session.scenario, replay) };
  lastPhase = null;
  showRound(0);
}

function showRound(k: number): void {
  if (!viewing) return;
  const { replay, worlds } = viewing;
  const final = worlds[worlds.length - 1]!;
  const lastRound = final.outcome ? final.rounds.length - 1 : final.round;
  const round = Math.max(0, Math.min(lastRound, k));
  const start = worlds[Math.min(round, worlds.length - 1)]!;
  const v = view(session.rules, start, 'briefing', null);
  phaser.registry.set('view', v);
  phaser.events.emit(BUS.view, v);
  renderTopbar(v, null, viewing.hash);
  renderMeter(v);
  renderViewer(replayRoundView(session.rules, final, round, start), replay.seed, lastRound, {
    go: showRound,
    takeOver: (r) => {
      viewing = null;
      history.replaceState(null, '', location.pathname);
      session.takeOver(replay, r);
    },
    share: () => shareUrl(replay),
    close: () => {
      history.replaceState(null, '', location.pathname);
      title();
    },
  });
  showScene('WorldMap');
  announce(`Replay, round ${round + 1}.`);
  byId('viewer-title').setAttribute('tabindex', '-1');
  byId('viewer-title').focus();
}

/** Opens the replay a link carries; a bad link says why and leaves the player's game alone. */
function openFromLocation(): void {
  if (!isReplayFragment(location.hash)) return;
  const r = replayFromFragment(location.hash, session.scenario);
  if (r.ok) openViewer(r.replay, r.game.hash);
  else title(`That link cannot be opened: ${r.error}. Your own game is untouched.`);
}

function render(v: GameView): void {
  phaser.registry.set('view', v);
  phaser.events.emit(BUS.view, v);
  renderTopbar(v, session.saveProblem, session.hash());
  renderMeter(v);
  const phaseChanged = v.phase !== lastPhase || v.round !== lastRound;
  if (v.phase === 'briefing') {
    renderBriefing(v, () => session.beginDiplomacy());
    showScene('WorldMap');
  } else if (v.phase === 'diplomacy') {
    renderNegotiation(v, { act: (a) => session.act(a), focusActor: (id) => phaser.events.emit(BUS.focus, id) });
    showScene('WorldMap');
    const last = v.answers[v.answers.length - 1];
    if (!phaseChanged && last && !v.rejected) announce(`${last.action}: ${last.text} Meter ${v.meter.value.toFixed(1)}.`);
    if (v.rejected) announce(v.rejected);
  } else {
    renderDebrief(v, {
      hash: session.hash(),
      exportReplay: () => {
        const blob = new Blob([JSON.stringify(session.replay(), null, 1)], { type: 'application/json' });
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = `grand-coalition-seed-${session.replay().seed}.json`;
        a.click();
        URL.revokeObjectURL(a.href);
      },
      share: () => shareUrl(session.replay()),
      newGame: () => {
        session.forget();
        title();
      },
    });
    showScene('Debrief');
  }
  if (phaseChanged) {
    const heading = byId('panel').querySelector('h2');
    if (v.phase === 'briefing') announce(`Round ${v.round + 1}, ${v.date}. Briefing. Meter ${v.meter.value.toFixed(1)}.`);
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
  if (viewing) showRound(0);
  else if (session.running) render(session.view());
  else showScene('Title');
});
window.addEventListener('hashchange', openFromLocation);
// Drop a replay file anywhere on the page to open it.
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => {
  e.preventDefault();
  const file = e.dataTransfer?.files[0];
  if (file) loadFile(file);
});

title();
openFromLocation();
