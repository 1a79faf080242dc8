// The interface's words in English: the source catalog. Ids name where a text is used
// (file.place); values are ICU messages ({name}, {n, plural, one {…} other {…}}). The French
// catalog (./fr.ts) has exactly these ids, checked by the compiler and by tests/i18n.test.ts.
export const en = {
  // index.html and the entry (src/boot.ts)
  'page.title': 'Grand Coalition — Paris, November 2015',
  'page.description':
    'A turn-based diplomacy game about France\u2019s call for a grand coalition against ISIS in November 2015.',
  'page.skip': 'Skip to the game controls',
  'page.brand': 'Grand Coalition',
  'page.readingRoom': 'Reading room',
  'page.stage': 'Map of the actors and the coalition meter (a picture; the same information is in the panels)',
  'page.mapLoading': 'The map is loading; the game can start without it.',
  'page.panel': 'Game controls and reading',
  'page.meter': 'Coalition meter',
  'page.views': 'Views',
  'page.viewsList': 'What the screen shows',
  'page.viewMap': 'Map',
  'page.viewTalks': 'Talks',
  'page.viewMeter': 'Meter',
  'page.framed': 'Grand Coalition does not run inside another page. Open it in its own tab.',
  'page.loadFailed':
    'The game could not finish loading (is the network down?). Reload the page to try again; your saved games are safe.',

  // The language switch (title page and top bar)
  'language.label': 'Language',

  // The title page (src/ui/title.ts, src/app/titleShell.ts)
  'title.heading': 'Paris, 17 November 2015',
  'title.intro':
    'Four days after the attacks, President Hollande calls for a \u201cgrand and single coalition\u201d against ISIS, with the United States and Russia. Lead the diplomacy of Paris, Washington or Moscow for six weeks. Every capital has its price.',
  'title.youLead': 'You lead',
  'title.difficulty': 'Difficulty',
  'title.levelsChange': 'What the difficulty levels change',
  'title.levelLine': '{label}: {explain}',
  'title.seed': 'Seed (the whole class can play the same one)',
  'title.seedError': 'A seed is a whole number from 0 to 4294967295.',
  'title.newGame': 'New game',
  'title.starting': 'Starting…',
  'title.startingSaid': 'Starting the game…',
  'title.openFile': 'Open a replay file (.json), or drop one on the page',
  'title.sources':
    'Sources: a news report (The Wall Street Journal, 17 Nov 2015) and an opinion piece built on it (Breitbart News, 18 Nov 2015), paraphrased and cited by paragraph; later dates from public reporting.',
  'title.continue': 'Continue your game',
  'title.autosaveProblem':
    'Your autosave could not be restored: {problem}. It is kept: download it to keep it, or to open it with a newer version of the game.',
  'title.storageProblem':
    'Games are not being kept in this browser: {problem}. You can still play; download each replay to keep it.',
  'title.setAside':
    '{n, plural, one {# saved game could not be read by this version and is kept aside:} other {# saved games could not be read by this version and are kept aside:}}',
  'title.download': 'Download',
  'title.together': 'Play together on one device',
  'title.togetherMore': ': several groups, each leading France, the United States or Russia, taking turns.',
  'title.yourGames': 'Your games on this computer',
  'title.watch': 'Watch',
  'title.continueOne': 'Continue',
  'title.downloadAll': 'Download all your games (zip of replay files)',
  'title.movedBack':
    '{n, plural, one {# saved game kept in local storage while this browser\u2019s database was missing was moved back into it.} other {# saved games kept in local storage while this browser\u2019s database was missing were moved back into it.}}',

  // Difficulty levels (the rules' DIFFICULTIES, as the player reads them)
  'difficulty.easy.label': 'Apprentice',
  'difficulty.easy.short': 'more room, fewer surprises',
  'difficulty.easy.explain':
    'Capitals bend more on their red lines, answer more predictably and act on their own less often: a first game, or a class short of time.',
  'difficulty.normal.label': 'Diplomat',
  'difficulty.normal.short': 'the model as documented',
  'difficulty.normal.explain':
    'The model as documented: red lines cost what the articles suggest, answers carry some chance, and the other capitals often act on their own.',
  'difficulty.hard.label': 'Veteran',
  'difficulty.hard.short': 'harder red lines, more chance, no hints',
  'difficulty.hard.explain':
    'Red lines are a little harder, and answers, moods and the others\u2019 own moves swing more: closer to how hard it really was. No \u201cYou might\u201d hints: the checklist still says what is missing.',

  // The meter before a game (src/ui/meterIntro.ts)
  'meterIntro.title': 'The coalition meter',
  'meterIntro.text':
    'From 0 to 100: who is in the coalition (weighted by their weight in the war), how committed they are, and how far they agree on what to strike, on Assad, and on deconfliction between the US-led and the Russian air campaigns. It stays on screen all game.',

  // The top bar (src/ui/topbar.ts)
  'topbar.round': 'Round {round} of {rounds} · {date} · {difficulty}',
  'topbar.ap': 'Action points: {ap} of {max}',
  'topbar.fingerprint': 'Fingerprint {hash}',
  'topbar.download': 'Download this game',
  'topbar.notSavingDownload':
    'Not saving: {problem}. Your game goes on; download it (\u201cDownload this game\u201d) to keep it.',
  'topbar.notSaving': 'Not saving: {problem}. Your game goes on; download the replay to keep it.',

  // The reading room's doors (src/ui/links.ts)
  'nav.howto': 'How to play',
  'nav.sources': 'Sources',
  'nav.glossary': 'Glossary',
  'nav.guide': 'Teacher\u2019s guide',
  'nav.compare': 'Compare games',
  'nav.background': 'Before you play',
  'nav.handout': 'Student handout',
  'nav.answers': 'Answer key',
  'links.glossaryTerm': '{word} (glossary)',
  'links.newTab': ' (opens in a new tab)',

  // The meter panel (src/ui/meterPanel.ts)
  'meter.title': 'Coalition meter',
  'meter.of100': ' of 100',
  'meter.lastRound': '{change} last round',
  'meter.thisRound': '{change} this round so far',
  'meter.changes': ' ({parts})',
  'meter.sep': '; ',
  'meter.deconfliction': 'Deconfliction between the two air campaigns: {value}',
  'meter.youMight': 'You might: ',
  'meter.members': 'Members and their share',
  'meter.part': ' {name}: {points}',
  'meter.movers': 'What moved it last round',
  'meter.mover': '{name} {change}',

  // The goal's checklist (src/ui/checklist.ts)
  'checklist.met': 'Met: ',
  'checklist.notYet': 'Not yet: ',
  'checklist.missing': 'Missing: ',
  'checklist.head': 'Your goal: {met} of {total} conditions met',
  'checklist.list': 'Conditions for a grand coalition',
  'checklist.full': 'Your goal, condition by condition',
  'checklist.compact': 'Your goal at a glance',
  'checklist.more': 'What is missing, and the rules',

  // Sharing a link (src/ui/share.ts)
  'share.box': 'Link to this game',
  'share.copied': 'Link copied. Anyone who opens it sees this game, step by step.',
  'share.select': 'Copy the selected link.',

  // The map's key on a phone (src/ui/views.ts) and the stances (src/presentation/palette.ts)
  'views.key': 'Key to the map',
  'views.allies': ' close allies',
  'views.tension': ' tension',
  'views.tap': 'Tap a marker to open its card. Names with no room on the map are in the list under Talks.',
  'stance.member': 'member',
  'stance.leaning': 'leaning in',
  'stance.outside': 'outside',
  'stance.opposed': 'opposed',

  // How to play (src/ui/howtoView.ts)
  'howto.who.title': 'Who you are',
  'howto.who.text':
    'You lead France, the United States or Russia from 17 November to 28 December 2015: twelve rounds, about half a week each.',
  'howto.goal.title': 'Your goal is a checklist',
  'howto.goal.text':
    'The coalition meter\u2019s panel (under the map; on a phone, the Meter tab) lists every condition for a grand coalition: the capitals that must be members (a capital is a member when its commitment is 50% or more and no member\u2019s condition on it keeps it out, as Washington\u2019s on Moscow\u2019s strikes can), deconfliction between the two air campaigns, the coalition meter, and your terms on where the coalition\u2019s line must stand. All must be met when the last round ends. Each condition says what is missing.',
  'howto.round.title': 'A round',
  'howto.round.text':
    'Read the briefing\u2019s three lines (the news, told two ways, is folded below them), then spend three action points: a call (1), a visit (2), a proposal of terms (1), a concession (1) or a public statement (1). Before you send a move, the panel shows what a yes would change and the chance of a yes.',
  'howto.answers.title': 'Answers',
  'howto.answers.text':
    'Every answer says what it changed: commitment, trust, positions (yours too), deconfliction, the meter and your checklist. \u201cWhy?\u201d shows the reasons and the article paragraphs behind them.',
  'howto.line.title': 'The line',
  'howto.line.text':
    'Each actor has a line on each issue, from 0 to 100 on the issue\u2019s scale. The coalition\u2019s line is the weighted average of its members\u2019 lines: when a capital joins, the line moves toward it.',
  'howto.end.title': 'The end of a round',
  'howto.end.text':
    'The other capitals act on their own, history\u2019s events happen on their dates, and commitment drifts toward what each capital thinks of the coalition\u2019s line. After the twelfth round, the debrief compares your game with what happened.',
  'howto.step': '{title}. ',
  'howto.stays': 'This page stays in the top bar: \u201cHow to play\u201d.',
  'howto.start': 'Start playing',

  // The page around the screens (src/main.ts)
  'main.stale':
    'This tab runs an earlier version of the game, and part of it is no longer available (the game was updated in another tab). Your games are saved: ',
  'main.reloadToUpdate': 'reload to update',
  'main.updateReady': 'A new version of the game is ready. Your games are saved; ',
  'main.updateNow': 'update now',
  'main.end': '.',
  'main.copied':
    'This game was played on in another tab: its moves there are kept, and this tab now saves yours as a copy (both are in the list).',
  'main.copyElsewhere': 'This game is open in another tab: this tab plays a copy, so neither loses a move.',
  'main.versionNote':
    'Scenario {version}: an earlier release of the game, replayed and played on with its own rules (new games use {current}).',
  'main.savedGame': 'Your saved game',
  'main.thatReplay': 'That replay ({name})',
  'main.fromList': 'That replay (a game from your list)',
  'main.thatLink': 'That link',
  'main.didNotLoad':
    '{what} cannot be opened: the part of the game that reads it did not load (is the network down?). Try again, or reload the page. Your own game is untouched.',
  'main.refused': '{what} cannot be opened: {error}. Your own game is untouched.',
  'main.debriefFailed': 'The debrief could not load. Your game is saved: reload the page to see it.',
  'main.replayRound': 'Replay, round {round}.',
  'main.answerSaid': '{action}: {text} Meter {meter}.',
  'main.briefingSaid': 'Round {round}, {date}. Briefing. Meter {meter}.',
  'main.diplomacySaid': 'Diplomacy. {ap, plural, one {# action point} other {# action points}}.',
  'main.overSaid': 'Game over: {outcome}. Meter {meter}.',

  // The command line's readable log (scripts/cli: `npm run sim -- --lang fr`)
  'cli.header': 'Grand Coalition · seed {seed} · {role} · policy {policy}',
  'cli.round': '== Round {round} · {date} ==',
  'cli.counter': 'counter-offer: {terms}',
  'cli.reactions': 'reactions: {list}',
  'cli.reaction': '{name} {trust} trust',
  'cli.warms': '{name} warms to the coalition: commitment {from} → {to}',
  'cli.cools': '{name} cools on the coalition: commitment {from} → {to}',
  'cli.meter': 'Meter {value} · members: {members} · deconfliction {deconfliction}',
  'cli.outcome': 'Outcome: {outcome} (meter {meter}, deconfliction {deconfliction})',
  'cli.verified': 'Replay verified: hash {hash}',
  'cli.hash': 'Hash {hash}',

  // The briefing (src/ui/briefing.ts) and the debrief's terms
  'briefing.met': 'Met',
  'briefing.notMet': 'Not met',
  'briefing.lineNow': ' (line now {line}): ',
  'briefing.termsFolded': '{title}: {met} of {total} met now',
  'briefing.storyTitle': '{date}: {title}',
  'briefing.wsj': 'The Wall Street Journal (news report)',
  'briefing.breitbart': 'Breitbart News (opinion piece)',
  'briefing.perspectives': 'How outlets of the time told it',
  'briefing.outlet': '{outlet} ({country}, {date}): ',
  'briefing.sources': 'Sources: ',
  'briefing.titleFirst': 'Briefing: what we know on 17 November',
  'briefing.title': 'Briefing for {date}',
  'briefing.lead': 'In three lines',
  'briefing.changed': 'What changed: ',
  'briefing.goal': 'Your goal: ',
  'briefing.next': 'What you might do: ',
  'briefing.begin': 'Begin diplomacy',
  'briefing.goalFold': 'Your goal, condition by condition: {met} of {total} met',
  'briefing.news': '{n, plural, one {The news (# story)} other {The news (# stories)}}',
  'briefing.quiet': 'The news: a quiet few days',
  'briefing.newsFirst':
    'Each story as both articles told it: the Wall Street Journal’s news report and Breitbart News’s opinion piece. Same facts, different lenses: which one shapes your next move?',
  'briefing.newsLater':
    'What happened, in the game’s own summary of the record, then how outlets of the time told it, each named with its country and date.',
  'briefing.modelFold': 'What else happened in the game, and why ({n})',
  'briefing.termsFold': 'Your terms, with their sources',
  'briefing.terms': 'Your terms for a grand coalition',
  'briefing.calendar': 'The calendar: what happened between 17 November and 31 December 2015',
  'briefing.calendarItem': '{date} · {title}',
  'briefing.calendarPast': '{date} · {title} (already happened)',
  'debrief.terms': 'Your terms, against the coalition’s final line',

  // The map and the debrief chart on the canvas (src/scenes)
  'map.you': '{name} (you)',
  'map.of100': 'of 100',
  'map.lastRound': '{arrow} {change} last round',
  'map.round': 'Round {round} of {rounds} · {date}',
  'map.loading': 'Loading the map of November 2015…',
  'map.subtitle': 'Paris, 17 November 2015 — four days after the attacks',

  // A counter-offer (src/ui/reply.ts), the replay viewer (src/ui/viewer.ts), the reading room's dialog (src/ui/reader.ts)
  'reply.counters': '{name} counters: {terms}',
  'reply.explain':
    'Accept these terms ({cost} AP) and {name} agrees without a second thought; decline them; or ignore them and make another move. The offer stands until the round ends.',
  'reply.accept': 'Accept {name}’s terms ({cost} AP)',
  'reply.decline': 'Decline',
  'reply.ifAccept': 'If you accept',
  'reply.ifAcceptHead': 'If you accept:',
  'viewer.round': 'Round {round}',
  'viewer.title': 'Replay · seed {seed} · round {round} of {rounds} ({date})',
  'viewer.prev': '◀ Previous round',
  'viewer.next': 'Next round ▶',
  'viewer.jump': 'Jump to a round',
  'viewer.meterEnd': 'Meter at the start of the round: {before}; at its end: {after}.',
  'viewer.meterOpen': 'Meter at the start of the round: {before} (the round was not finished).',
  'viewer.moves': 'Moves and answers',
  'viewer.move': '{action}: {kind}. ',
  'viewer.none': 'No moves this round.',
  'viewer.events': 'Events',
  'viewer.event': '{date}: {title}',
  'viewer.outcome': 'Outcome: {outcome}. ',
  'viewer.takeOver': 'Take over from round {round}',
  'viewer.close': 'Back to the title',
  'viewer.explain':
    'Taking over starts a new game from the start of this round, with the same seed: what would you have done differently? Your unfinished game, if any, is kept in the list on the title page.',
  'viewer.share': 'Copy a link to this replay',
  'kind.said': 'said',
  'kind.call': 'call',
  'kind.visit': 'visit',
  'kind.proposal': 'proposal',
  'kind.concession': 'concession',
  'reader.print': 'Print',
  'reader.close': 'Close',
} as const satisfies Record<string, string>;

/** Every message id of the interface. */
export type MessageId = keyof typeof en;
