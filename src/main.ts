// Composition root: take over the title page the entry drew (src/boot.ts, src/app/titleShell.ts)
// and the map it started, start the flow (src/app/flow.ts), render each of its snapshots and turn
// what the player does into its events. What comes next is the flow's to decide.
import { theMap } from './app/mapStage';
import { drawTitle, takeTitle, type Intent } from './app/titleShell';
import { createActor, type SnapshotFrom } from 'xstate';
import { flowMachine, WORKING } from './app/flow';
import { GameStore, type GameRecord } from './app/gameStore';
import { browserRecords, copyId } from './app/records';
import { readReplayFile } from './app/replayFile';
import { fileSafe, importEarlierSaves, safeLabel, zipAll } from './app/savedGames';
import { Tabs } from './app/tabs';
import { isStaleChunk, markStale, onStale, onUpdateReady, setUpUpdates, takeUpdate, updateReady } from './app/updates';
import { loadScenario } from './data/load';
import { openAnyFragment, openReplay, type OpenedAny } from './release/load';
import { passTakeOver } from './app/together/takeOver';
import { current, loadReading } from './release/registry';
import { echo, echoText } from './state/view/echo';
import { isReplayFragment, replayFragment } from './state/replays/link';
import type { GameView } from './state/view';
import { announce } from './ui/announcer';
import { refusalText } from './ui/refusal';
import { write } from './ui/said';
import { renderBriefing } from './ui/briefing';
import { byId, h } from './ui/dom';
import { downloadBytes, downloadJson, downloadText } from './ui/download';
import { dropIntoComparison, libraryPageOf, setUpLibrary } from './ui/library';
import { openLibrary } from './ui/links';
import { renderMeter } from './ui/meterPanel';
import { renderMeterIntro } from './ui/meterIntro';
import { renderNegotiation, selectActor, showNewestAnswer } from './ui/negotiation';
import { renderReply, showReply } from './ui/reply';
import { renderTitleShelf, titleShown } from './ui/title';
import { renderTopbar, type TopbarExtra } from './ui/topbar';
import { renderTogetherViewer, renderViewer } from './ui/viewer';
import { showView, smallScreen } from './ui/views';
import { dayDate, points } from './presentation/format';
import { locale, onLateTexts, outcomeLabel, t, useScenarioTexts } from './i18n';
import { onLocaleChange } from './ui/language';

// `#together` is the page of a game played together (src/together.ts, loaded by src/boot.ts): it
// shares this chunk's modules, and none of the one-player page runs beside it.
if (location.hash !== '#together' && location.hash !== '#class' && location.hash !== '#teacher') await onePlayerPage();

async function onePlayerPage(): Promise<void> {
  setUpUpdates();
  // A file of this version that is gone (another tab took an update and the old files went with it):
  // the page says to reload, and nothing is lost (every move is saved).
  onStale(() => {
    if (document.getElementById('stale-version')) return;
    byId('topbar').after(
      h(
        'div',
        { id: 'stale-version', class: 'update-offer', role: 'alert' },
        t('main.stale'),
        h(
          'button',
          { type: 'button', id: 'reload-to-update', onclick: () => location.reload() },
          t('main.reloadToUpdate'),
        ),
        t('main.end'),
      ),
    );
  });
  const store = await GameStore.open();
  // Saves of earlier versions move into the store before the list is first read (refreshList). Not
  // awaited here: it may load the validator's chunk, which imports modules bundled with this one
  // (vite.config.ts, the page's chunk), and those wait until this module has finished.
  const imported = importEarlierSaves(store);
  const tabs = new Tabs();
  /**
   * The game's top bar as last drawn. A save ends after the screen was drawn: when it ends otherwise
   * than the bar says (storage just filled up, or has room again), the bar is drawn again at once.
   */
  let gameTop: {
    v: GameView;
    fingerprint: string;
    problem: string | null;
    note: string | null;
    extra: TopbarExtra;
  } | null = null;
  /** Said in the game's top bar once another tab played this game on and this tab went on in a copy. */
  let copiedNote: { game: unknown; text: string } | null = null;
  const records = browserRecords(store, tabs, {
    saved: () => {
      if (!gameTop || gameTop.problem === store.problem) return;
      gameTop.problem = store.problem;
      renderTopbar(gameTop.v, gameTop.problem, gameTop.fingerprint, gameTop.note, gameTop.extra);
    },
    copied: () => {
      const text = t('main.copied');
      copiedNote = { game: flow.getSnapshot().context.game, text };
      announce(text);
      if (gameTop) {
        gameTop.extra = { ...gameTop.extra, notice: text };
        renderTopbar(gameTop.v, gameTop.problem, gameTop.fingerprint, gameTop.note, gameTop.extra);
      }
    },
  });
  /** The store's games as last read, for the title page (refreshed when it opens and when a tab saves). */
  let listed: Awaited<ReturnType<typeof store.list>> = { games: [], setAside: [] };

  const scenario = loadScenario();
  // The scenario's longer texts in French come from its French table, paired with these by id.
  useScenarioTexts(scenario);
  // The class comparison's code loads on first use (its own chunk).
  setUpLibrary(scenario, () =>
    import('./app/compare').then(({ ClassComparison }) => new ClassComparison(scenario.calendar.rounds)),
  );

  // The map the entry started: it fades in when ready, whatever the page shows meanwhile.
  const map = theMap();
  const showScene = map.show;

  const flow = createActor(flowMachine, { input: { current, records } });
  type Snapshot = SnapshotFrom<typeof flowMachine>;

  /** A link to a game; made in French, it opens in French (`&lang=fr`: the replay itself has no language). */
  const shareUrl = (replay: Parameters<typeof replayFragment>[0]): string =>
    `${location.origin}${location.pathname}#${replayFragment(replay)}${locale() === 'en' ? '' : `&lang=${locale()}`}`;
  const leaveLink = () => history.replaceState(null, '', location.pathname);

  /** Draws a render model on the map, the top bar and the meter panel. */
  function publish(
    v: GameView,
    fingerprint: string | null,
    saveProblem: string | null = null,
    note: string | null = null,
    extra: TopbarExtra = {},
  ): void {
    map.publish(v);
    renderTopbar(v, saveProblem, fingerprint, note, extra);
    renderMeter(v);
  }

  /** What the viewer and the game say about a game of an earlier release. */
  const versionNote = (version: string): string | null =>
    version === current.version ? null : t('main.versionNote', { version, current: current.version });

  /** The offer of a new version: only on the title page or as a round begins, never mid-round. */
  function offerUpdate(now: boolean): void {
    document.getElementById('update-offer')?.remove();
    if (!now || !updateReady()) return;
    byId('topbar').after(
      h(
        'div',
        { id: 'update-offer', class: 'update-offer', role: 'status' },
        t('main.updateReady'),
        h('button', { type: 'button', id: 'take-update', onclick: takeUpdate }, t('main.updateNow')),
        t('main.end'),
      ),
    );
  }
  onUpdateReady(() => {
    const s = flow.getSnapshot();
    offerUpdate(s.matches('title') || s.matches({ game: 'briefing' }));
  });

  /** Reads the store again and, on the title page, shows the fresh list. */
  async function refreshList(): Promise<void> {
    // Saves of earlier builds that could not be moved stay where they were, for the next visit.
    await imported.catch((e: unknown) => console.error(e));
    await records.settled();
    listed = await store.list();
    if (flow.getSnapshot().matches('title')) renderTitlePage(flow.getSnapshot());
  }
  tabs.onChange(() => void refreshList());

  /** Continues a stored game in its own release; if another tab plays it, this one plays a copy. */
  async function continueRecord(g: GameRecord): Promise<void> {
    // A refusal, or checking code that cannot load (offline before a first visit kept it), is said
    // the way `open` says it; the saved game stays where it is.
    const r = await openReplay(g.replay).catch(() => null);
    if (!r?.ok) return void open(t('main.savedGame'), () => openReplay(g.replay));
    const copied = await tabs.heldElsewhere(g.id);
    records.adopt(copied ? copyId(g.id) : g.id);
    flow.send({ type: 'continue', raw: r.checked.replay, release: r.release });
    if (copied) announce(t('main.copyElsewhere'));
  }

  /** Opens a replay in the viewer: `load` reads and checks it in its own release; a refusal says why. */
  const open = (what: string, load: () => Promise<OpenedAny>) =>
    flow.send({
      type: 'open',
      what,
      load: async () => {
        const r = await load().catch((e: unknown) => {
          if (isStaleChunk(e)) markStale();
          return null;
        });
        if (!r)
          return {
            ok: false,
            error: t('main.didNotLoad', { what }),
          };
        return r.ok ? r : { ok: false, error: t('main.refused', { what, error: r.error }) };
      },
    });

  function loadFile(file: File): void {
    open(t('main.thatReplay', { name: echoText(file.name) }), () => readReplayFile(file));
  }

  function renderTitlePage(s: Snapshot): void {
    showView('talks');
    renderTopbar(null, null, null, null, { storageNote: store.fallback });
    renderMeterIntro();
    const { games, setAside } = listed;
    const latest = games.find((g) => g.status === 'playing') ?? null;
    // The form is drawn once (by the entry, or on coming back from a game) and keeps what the player
    // chose in it; the shelves are drawn again whenever the list changes.
    if (!titleShown()) drawTitle();
    renderTitleShelf({
      continueGame: latest ? () => void continueRecord(latest) : null,
      savedProblem: null,
      setAside: setAside.map((x) => ({
        label: `${echo(x.key)}: ${x.reason}`,
        download: () => downloadText(x.text, `grand-coalition-set-aside-${fileSafe(x.key)}.json`, 'application/json'),
      })),
      downloadAll:
        games.length || setAside.length
          ? () =>
              void records
                .settled()
                .then(() => zipAll(store))
                .then((zip) => downloadBytes(zip, 'grand-coalition-games.zip', 'application/zip'))
          : null,
      storageProblem: store.problem,
      storageNote: [
        store.kind === 'memory' ? null : store.fallback,
        store.movedBack ? t('title.movedBack', { n: store.movedBack }) : null,
      ]
        .filter(Boolean)
        .join(' '),
      problem: s.context.problem,
      history: games.map((g) => ({
        label: safeLabel(g),
        action: g.status === 'playing' ? 'continue' : 'watch',
        open: () =>
          g.status === 'playing' ? void continueRecord(g) : open(t('main.fromList'), () => openReplay(g.replay)),
      })),
    });
    showScene('Title');
    offerUpdate(true);
  }

  // Both viewers (one player, several together) close and show a frame alike.
  const closeViewer = (): void => {
    leaveLink();
    flow.send({ type: 'title' });
  };
  /** A viewer's frame is on screen: the map beside it, the round said, the focus on its title. */
  function viewerShown(round: number): void {
    showScene('WorldMap');
    announce(() => t('main.replayRound', { round: round + 1 }));
    byId('viewer-title').setAttribute('tabindex', '-1');
    byId('viewer-title').focus();
  }

  function renderViewerPage(s: Snapshot): void {
    const w = s.context.watching!;
    if (w.kind === 'together') return renderTogetherViewerPage(s, w);
    const frame = w.frames.at(w.round);
    const replay = w.checked.replay;
    publish(frame.game, w.checked.hash, null, null, { problem: s.context.problem });
    renderViewer(
      frame.round,
      replay.seed,
      w.frames.lastRound,
      {
        go: (round) => flow.send({ type: 'go', round }),
        takeOver: (round) => {
          leaveLink();
          flow.send({ type: 'takeOver', round });
        },
        share: () => shareUrl(replay),
        close: closeViewer,
      },
      versionNote(w.release.version),
    );
    viewerShown(frame.round.round);
  }

  /** A game several human roles played together: each role's moves, every checklist at the end, a take-over per role. */
  function renderTogetherViewerPage(
    s: Snapshot,
    w: Extract<NonNullable<Snapshot['context']['watching']>, { kind: 'together' }>,
  ): void {
    const c = w.together;
    const frame = w.frames.at(w.round);
    publish(frame.game, c.hash, null, null, { problem: s.context.problem });
    const last = frame.round.round === w.frames.lastRound && frame.round.outcome !== null;
    renderTogetherViewer(
      {
        round: frame.round,
        moves: frame.moves,
        seed: c.replay.seed,
        lastRound: w.frames.lastRound,
        roles: c.roles,
        solo: c.solo,
        goals: last ? c.debrief().goals : null,
      },
      {
        go: (round) => flow.send({ type: 'go', round }),
        takeOver: (role, round) => {
          const refuse = (text: string) => {
            byId('panel').prepend(h('p', { class: 'warn', role: 'alert', id: 'take-over-problem' }, text));
            announce(text);
          };
          // The page for games played together plays this build's rules only.
          if (w.release.version !== current.version)
            return refuse(t('viewer.takeOverEarlier', { version: current.version, played: w.release.version }));
          const why = passTakeOver({ replay: c.replay, role, round });
          if (why) return refuse(t('viewer.takeOverStorage', { error: why }));
          leaveLink();
          location.assign(`${location.pathname}?together#together`);
        },
        share: () => shareUrl(c.replay),
        close: closeViewer,
      },
      versionNote(w.release.version),
    );
    viewerShown(frame.round.round);
  }

  // The debrief, its chart (d3) and its reading against the record are code for a game's end: they
  // load as a game gets under way.
  let debriefUi: typeof import('./ui/debrief') | null = null;
  let debriefLoading: Promise<unknown> | null = null;
  const loadDebrief = () =>
    (debriefLoading ??= Promise.all([import('./ui/debrief'), loadReading()]).then(
      ([m]) => (debriefUi = m),
      (e: unknown) => {
        debriefLoading = null;
        throw e;
      },
    ));

  /** The refusal last said over a game, so it is announced once. */
  let lastProblem: string | null = null;
  /** Where the player was at the last render, to announce and focus only what changed. */
  let last: { screen: string; round: number; moves: number; reply?: boolean } = { screen: '', round: -1, moves: 0 };

  function renderGame(s: Snapshot): void {
    void loadDebrief().catch(() => undefined);
    const game = s.context.game!;
    const v = game.view(s.context.refusal);
    const phase = s.matches({ game: 'briefing' })
      ? 'briefing'
      : s.matches({ game: 'debrief' })
        ? 'debrief'
        : 'diplomacy';
    const top = {
      v,
      fingerprint: game.hash(),
      problem: s.context.saveProblem,
      note: versionNote(game.version),
      extra: {
        // The game in play can always be downloaded, whatever happens to this browser's storage.
        download: () => downloadJson(game.replay(), `grand-coalition-seed-${game.replay().seed}.json`),
        storageNote: store.fallback,
        notice: copiedNote?.game === game ? copiedNote.text : null,
        problem: s.context.problem,
      },
    };
    gameTop = top;
    publish(v, top.fingerprint, top.problem, top.note, top.extra);
    if (s.context.problem && s.context.problem !== lastProblem) announce(s.context.problem);
    lastProblem = s.context.problem;
    const changed = `game.${phase}` !== last.screen || v.round !== last.round;
    let replying = false;
    if (phase === 'briefing') {
      renderBriefing(v, () => flow.send({ type: 'ack' }));
      showScene('WorldMap');
    } else if (phase === 'diplomacy') {
      const reply = s.context.reply;
      replying = s.matches({ game: { diplomacy: 'answer' } }) && reply !== null;
      renderNegotiation(v, {
        act: (action) => flow.send({ type: 'move', action }),
        focusActor: map.focus,
        preview: (action) => game.preview(action),
        replyingTo: replying && reply ? reply.actor : null,
      });
      if (replying && reply)
        renderReply(v, reply, {
          accept: () => flow.send({ type: 'reply.accept' }),
          decline: () => flow.send({ type: 'reply.decline' }),
          preview: () => game.preview({ type: 'proposal', target: reply.actor, terms: reply.terms }),
        });
      showScene('WorldMap');
      const answer = v.answers[v.answers.length - 1];
      const refusal = s.context.refusal;
      if (refusal) announce(() => refusalText(refusal));
      else if (!changed && answer && v.answers.length !== last.moves)
        announce(() =>
          t('main.answerSaid', {
            action: answer.said ? write(answer.said.action) : answer.action,
            text: answer.said ? write(answer.said.text) : answer.text,
            meter: points(v.meter.value),
          }),
        );
      // What a move or a reply brought is shown and focused: a counter-offer to answer, else the
      // newest answer (also after Decline, which leaves the offer in that answer).
      if (!changed && replying && !last.reply) showReply();
      else if (!changed && !replying && (v.answers.length !== last.moves || last.reply)) showNewestAnswer();
    } else {
      if (!debriefUi) {
        void loadDebrief().then(
          () => render(flow.getSnapshot()),
          () => byId('panel').replaceChildren(h('p', { role: 'alert' }, t('main.debriefFailed'))),
        );
        return;
      }
      const replay = () => game.replay();
      debriefUi.renderDebrief(v, {
        hash: top.fingerprint,
        exportReplay: () => downloadJson(replay(), `grand-coalition-seed-${replay().seed}.json`),
        share: () => shareUrl(replay()),
        newGame: () => flow.send({ type: 'title' }),
      });
      // The map shows the final world; the meter's chart is the debrief's own (ui/chart.ts), drawn once.
      showScene('WorldMap');
    }
    if (changed) {
      // On a phone a new phase opens on its panel.
      showView('talks');
      const heading = byId('panel').querySelector('h2');
      // Said again in the other language if the reader switches (src/ui/announcer.ts).
      if (phase === 'briefing')
        announce(() =>
          t('main.briefingSaid', { round: v.round + 1, date: dayDate(v.date), meter: points(v.meter.value) }),
        );
      if (phase === 'diplomacy') announce(() => t('main.diplomacySaid', { ap: v.ap }));
      if (phase === 'debrief')
        announce(() =>
          t('main.overSaid', { outcome: outcomeLabel(v.outcome?.label ?? ''), meter: points(v.meter.value) }),
        );
      (heading as HTMLElement | null)?.setAttribute('tabindex', '-1');
      (heading as HTMLElement | null)?.focus();
    }
    last = { screen: `game.${phase}`, round: v.round, moves: v.answers.length, reply: replying };
  }

  function render(s: Snapshot): void {
    if (!s.matches('game')) gameTop = null;
    offerUpdate(s.matches('title') || s.matches({ game: 'briefing' }) || s.matches({ game: 'debrief' }));
    // A tap on a marker picks a capital only in the talks (map.onPick below): the key says so only then.
    byId('stage').toggleAttribute('data-picks', s.matches({ game: 'diplomacy' }));
    if (s.matches('title')) {
      if (last.screen !== 'title') void refreshList();
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
    open(t('main.thatLink'), () => openAnyFragment(fragment));
  }

  // A snapshot with an actor at work (a move being played, a game starting) is followed at once by its result.
  flow.subscribe((s) => {
    if (!s.hasTag(WORKING)) render(s);
  });
  // Another language: every screen drawn again from where the flow stands (the entry has drawn its
  // own parts first: src/boot.ts). Nothing of the game changes.
  onLocaleChange(() => render(flow.getSnapshot()));
  // The debrief's French comes just after the rest: a debrief already drawn is drawn again with it.
  onLateTexts(() => {
    const s = flow.getSnapshot();
    if (s.matches({ game: 'debrief' }) || s.matches('viewer')) render(s);
  });
  map.onPick((id, tapped) => {
    const s = flow.getSnapshot();
    if (!s.matches({ game: 'diplomacy' })) return;
    selectActor(id);
    render(s);
    // A tap on a marker on a phone opens that actor's card.
    if (tapped && smallScreen()) showView('talks');
  });
  window.addEventListener('hashchange', openFromLocation);

  flow.start();
  /** What the player does on the title page: the entry queued what came before this code. */
  function onTitle(i: Intent): void {
    if (i.type === 'new') flow.send(i);
    else if (i.type === 'files') {
      if (!dropIntoComparison(i.files)) loadFile(i.files[0]!);
    } else openLibrary(i.target);
  }
  takeTitle(onTitle);
  openFromLocation();
}
