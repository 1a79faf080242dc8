import type { Actor } from '../schema';
import { assume, cite, ext, src, stance, weight } from './cite';

// Positions run 0–100 on each issue (see issues.ts); saliences and capabilities run 0–1.
// Article paragraphs are counted from the first body paragraph (headline and dateline excluded).
const CAP = 'capability: relative military and diplomatic weight in the Syrian theatre; the articles give no number';

export const actors: Actor[] = [
  {
    id: 'FRA',
    name: 'France',
    leader: 'President François Hollande',
    kind: 'state',
    campaign: 'coalition',
    eligible: true,
    capability: assume(0.55, CAP),
    threat: src(1, cite('wsj', 12, 'Paris attacks'), 'Struck at home on 13 November; the attacks drive its diplomacy.'),
    commitment: src(1, cite('wsj', 1, 'grand and single coalition'), 'France is the one calling for the coalition.'),
    stances: {
      target: stance(
        src(10, cite('wsj', 4, 'Raqqa'), 'Its jets hit Islamic State in Raqqa: ISIS comes first.'),
        weight(0.9, 'the reason for the whole effort'),
      ),
      assad: stance(
        src(
          20,
          cite('wsj', 11, 'want Mr. Assad out'),
          'France is among those who want Assad out; that Paris wanted him gone sooner than the exit date of \u00b624 is our reading.',
        ),
        weight(0.6, 'important, but second to ISIS after the attacks'),
      ),
      russia: stance(
        src(
          55,
          cite('wsj', 4, 'telephoned his Russian counterpart'),
          'Hollande phoned Putin and planned a visit to Moscow.',
        ),
        weight(0.7, 'the coalition needs Moscow'),
      ),
      military: stance(
        src(85, cite('wsj', 4, 'third round of airstrikes'), 'Already striking in Syria, a carrier on its way.'),
        weight(0.8, 'France is at the limit of its forces'),
      ),
      vienna: stance(
        assume(75, 'France took part in the Vienna talks the news report describes; the level is our estimate'),
        weight(0.5, 'a means, not the goal'),
      ),
    },
    constraints: [],
    summary:
      'Struck by ISIS on 13 November, France wants one grand coalition with both the United States and Russia, without giving up on Assad leaving.',
    anchor: [2.35, 48.86],
  },
  {
    id: 'USA',
    name: 'United States',
    leader: 'President Barack Obama',
    kind: 'state',
    campaign: 'coalition',
    eligible: true,
    capability: assume(1, CAP),
    threat: assume(0.6, 'threatened, but not attacked at home in this period'),
    commitment: src(
      0.9,
      cite('wsj', 16, 'counter-ISIL campaign'),
      'It leads the counter-ISIL campaign that France already belongs to.',
    ),
    stances: {
      target: stance(
        src(10, cite('wsj', 2, 'focus on Islamic State'), 'Obama asks Russia to shift its strikes to Islamic State.'),
        weight(0.8, 'the core American demand on Moscow'),
      ),
      assad: stance(
        src(
          30,
          cite('wsj', 11, 'want Mr. Assad out'),
          'What Washington said: the Obama administration judged that Russia\u2019s strikes mainly propped up Assad, and the US and its allies want him out (WSJ \u00b611); serving and former officials called his future the chief obstacle to cooperation with Moscow (\u00b620). The level 30 is our assumption: neither paragraph gives a timetable. (The idea that Russia could deliver Assad into a process leading to his departure, \u00b621, is a former official\u2019s, Derek Chollet\u2019s, not Washington\u2019s line.)',
        ),
        weight(0.6, 'firm, but the talks come first'),
      ),
      russia: stance(
        src(
          40,
          cite('wsj', 2, 'would welcome cooperation'),
          'Cooperation is welcome only if Russia changes its targets; sanctions stay.',
        ),
        weight(0.6, 'Ukraine and sanctions weigh on it'),
      ),
      military: stance(
        src(
          75,
          cite('wsj', 16, 'more contributions from allies'),
          'Runs the air campaign and wants allies to add more.',
        ),
        weight(0.6, 'committed, but wary of ground war'),
      ),
      vienna: stance(
        src(
          85,
          cite('wsj', 17, 'constructive partner'),
          'Obama praises the Vienna talks and Russia\u2019s part in them.',
        ),
        weight(0.7, 'its chosen route to a settlement'),
      ),
    },
    constraints: [
      {
        issue: 'target',
        max: 35,
        why: 'Washington\u2019s own line: strikes on ISIS, not on the rebels it backs.',
        source: cite('wsj', 2, 'focus on Islamic State'),
      },
      {
        issue: 'target',
        max: 45,
        about: 'RUS',
        why: 'Cooperation with Moscow only if its strikes turn to ISIS: the condition Obama set. Washington keeps Russia out of its coalition, and will not fight beside it, while Moscow\u2019s own line on what to strike stays above 45.',
        source: cite('wsj', 2, 'focus on Islamic State'),
        tuned:
          'the level 45 is the American role\u2019s term on Russia\u2019s strikes (36bfb90); \u00b62 gives the condition, not the level',
      },
      {
        issue: 'military',
        max: 80,
        why: 'No large ground war: a domestic red line after Iraq (our reading, not in the articles).',
      },
      {
        issue: 'assad',
        max: 40,
        why: 'Washington wants Assad removed (\u00b611) and officials call his future the chief obstacle (\u00b620); that no deal keeps him for good is our reading.',
        source: cite('wsj', 20),
        tuned:
          'added in f89c0e8 so that an American player could not simply concede Assad; \u00b620 gives no level, so the level 40 is our assumption (\u00b621 is a former official, Derek Chollet, not Washington\u2019s line)',
      },
    ],
    summary:
      'Leads the existing coalition. Would welcome Russia if Russia bombs ISIS rather than the rebels, but keeps sanctions and wants Assad gone.',
    // Washington is off the map: the marker stands in the Atlantic, on the way there.
    anchor: [-13, 41],
  },
  {
    id: 'RUS',
    name: 'Russia',
    leader: 'President Vladimir Putin',
    kind: 'state',
    campaign: 'russia',
    eligible: true,
    capability: assume(0.8, CAP),
    threat: src(
      0.8,
      cite('wsj', 7, 'a bomb had destroyed a Russian jetliner'),
      'Moscow has just confirmed a bomb downed its airliner over Egypt.',
    ),
    commitment: assume(0.25, 'Russia runs its own campaign; it has not joined any Western-led coalition'),
    stances: {
      target: stance(
        src(80, cite('breitbart', 4, 'terrorists'), 'Moscow calls all armed enemies of Assad terrorists.'),
        weight(0.8, 'the heart of its campaign'),
      ),
      assad: stance(
        src(
          65,
          cite('wsj', 30, 'blocks Mr. Assad from running'),
          'More open than Iran to a deal that keeps Assad from running again.',
        ),
        weight(0.7, 'its client\u2019s survival is at stake'),
      ),
      russia: stance(
        src(
          95,
          cite('wsj', 14, 'coalition against Hitler'),
          'Pushkov calls for a new coalition like the one against Hitler.',
        ),
        weight(0.8, 'a way out of isolation over Ukraine'),
      ),
      military: stance(
        src(85, cite('wsj', 6, 'between 12 and 20 strikes'), 'Bombers and cruise missiles strike Syria daily.'),
        weight(0.6, 'already fully engaged'),
      ),
      vienna: stance(
        src(75, cite('wsj', 17, 'constructive partner'), 'A constructive partner in Vienna, says Obama.'),
        weight(0.5, 'useful to shape the outcome'),
      ),
    },
    constraints: [
      {
        issue: 'target',
        min: 40,
        own: true,
        why: 'Moscow will not stop striking groups it calls terrorists: a limit on its own strikes, not on what its partners strike.',
        source: cite('breitbart', 4),
      },
      {
        issue: 'assad',
        min: 50,
        why: 'Russia will not ask its ally to leave now or on a fixed date.',
        source: cite('wsj', 30),
      },
    ],
    summary:
      'Bombs Assad\u2019s enemies and, since the airliner, ISIS too. Wants a coalition with the West on its own terms, and to be no longer a pariah.',
    anchor: [37.62, 55.75],
  },
  {
    id: 'GBR',
    name: 'United Kingdom',
    leader: 'Prime Minister David Cameron',
    kind: 'state',
    campaign: 'coalition',
    eligible: true,
    capability: assume(0.45, CAP),
    threat: assume(0.7, 'a close ally of France and a likely ISIS target'),
    commitment: assume(0.6, 'strikes ISIS in Iraq, not yet in Syria'),
    stances: {
      target: stance(
        src(
          10,
          cite('wsj', 15, 'international efforts against Islamic State'),
          'Cameron makes the case for joining strikes on Islamic State in Syria.',
        ),
        weight(0.6, 'aligned with Washington'),
      ),
      assad: stance(
        assume(20, 'with the Western allies the news report says want Assad out (wsj 11)'),
        weight(0.5, 'a shared Western line'),
      ),
      russia: stance(
        assume(30, 'party to the Ukraine sanctions (wsj 9); the level is our estimate'),
        weight(0.5, 'wary of Moscow'),
      ),
      military: stance(
        src(45, cite('wsj', 15, 'lay out the'), 'Strikes in Syria need a vote in Parliament first.'),
        weight(0.6, 'the vote is the question of the month'),
      ),
      vienna: stance(assume(80, 'supports the Vienna talks; our estimate'), weight(0.4, 'backs the US line')),
    },
    constraints: [
      {
        issue: 'military',
        max: 50,
        why: 'Until the Commons votes, British jets cannot strike in Syria.',
        source: cite('wsj', 15),
      },
      {
        issue: 'target',
        max: 45,
        about: 'RUS',
        why: 'The case Cameron makes, and the motion the Commons passed on 2 December, are for strikes exclusively against ISIS (publicwhip-2015-syria): London will not fight beside Moscow while Russia\u2019s own line on what to strike stays above 45.',
        tuned: 'the level 45 follows Washington\u2019s condition; the articles give none',
        source: cite('wsj', 15, 'international efforts against Islamic State'),
      },
    ],
    summary: 'Wants to join strikes in Syria beside France, but needs a vote in the House of Commons first.',
    anchor: [-0.13, 51.51],
  },
  {
    id: 'DEU',
    name: 'Germany',
    leader: 'Chancellor Angela Merkel',
    kind: 'state',
    campaign: 'coalition',
    eligible: true,
    capability: assume(0.4, CAP),
    threat: src(
      0.7,
      cite('wsj', 15, 'threatened terrorist attack'),
      'A terror threat cancelled a football match in Hanover.',
    ),
    commitment: ext(
      0.6,
      ['rudaw-germany-peshmerga'],
      'a member of the US-led coalition since 2014: it arms and trains the Kurdish Peshmerga in Iraq, but flies no strikes; the level is our estimate',
    ),
    stances: {
      target: stance(assume(10, 'a Western ally fighting ISIS; our estimate'), weight(0.5, 'follows its allies')),
      assad: stance(assume(30, 'in the Western camp but cautious; our estimate'), weight(0.4, 'not a German priority')),
      russia: stance(
        assume(50, 'Berlin both upholds the sanctions and values talks with Moscow; our estimate'),
        weight(0.6, 'Ukraine diplomacy runs through Berlin'),
      ),
      military: stance(
        src(20, cite('wsj', 15, 'national discussion'), 'Germany is debating what role, if any, to take.'),
        weight(0.5, 'the debate of the month'),
      ),
      vienna: stance(
        assume(85, 'a strong supporter of the Vienna talks; our estimate'),
        weight(0.6, 'diplomacy first'),
      ),
    },
    constraints: [
      {
        issue: 'military',
        max: 30,
        why: 'A German deployment needs the Bundestag\u2019s vote.',
        source: cite('wsj', 15),
      },
      {
        issue: 'target',
        max: 45,
        about: 'RUS',
        why: 'Berlin\u2019s part in the war is against ISIS, in the US-led coalition it joined in 2014: the Bundestag\u2019s mandate of 4 December sent reconnaissance jets and a frigate to fight the Islamic State beside France (zeit-bundestag, faz-bundestag). Berlin will not fight beside Moscow while Russia\u2019s own line on what to strike stays above 45.',
        source: cite('wsj', 15, 'counterterrorism campaign'),
        tuned:
          'added in 1.3.0: without it Germany joined Moscow\u2019s coalition in every Russian game, even a passive one, by the fourth round, which the record never saw; the level 45 follows Washington\u2019s and London\u2019s condition; the articles give none',
      },
    ],
    summary: 'Stands by France and debates its own role; any deployment needs a vote in the Bundestag.',
    anchor: [13.4, 52.52],
  },
  {
    id: 'TUR',
    name: 'Turkey',
    leader: 'President Recep Tayyip Erdoğan',
    kind: 'state',
    campaign: 'coalition',
    eligible: true,
    capability: assume(0.35, CAP),
    threat: assume(0.6, 'on the border of the war and struck by ISIS before'),
    commitment: assume(0.6, 'a member of the US-led coalition with its own agenda'),
    stances: {
      target: stance(
        src(
          15,
          cite('wsj', 24, 'moderate, anti-Assad rebels'),
          'Backs the rebels Russia bombs: wants strikes kept on ISIS.',
        ),
        weight(0.7, 'its proxies are the ones being hit'),
      ),
      assad: stance(
        src(
          30,
          cite('wsj', 24, 'exit date'),
          'Wants an exit date set for Assad, even if he is allowed to stay in power during a transition.',
        ),
        weight(0.9, 'its central aim in Syria'),
      ),
      russia: stance(
        assume(20, 'opposes Russia\u2019s campaign against the rebels; our estimate'),
        weight(0.6, 'a direct rival in Syria'),
      ),
      military: stance(assume(45, 'hosts coalition aircraft; our estimate'), weight(0.4, 'limited')),
      vienna: stance(assume(60, 'takes part; our estimate'), weight(0.5, 'a forum to press on Assad')),
    },
    constraints: [
      { issue: 'assad', max: 35, why: 'Ankara insists on an exit date for Assad.', source: cite('wsj', 24) },
    ],
    summary: 'Backs the anti-Assad rebels and insists Assad must go on a set date; distrusts Russia\u2019s campaign.',
    anchor: [32.85, 39.93],
  },
  {
    id: 'SAU',
    name: 'Saudi Arabia',
    leader: 'King Salman',
    kind: 'state',
    campaign: 'coalition',
    eligible: true,
    capability: assume(0.3, CAP),
    threat: assume(0.5, 'ISIS has struck inside the kingdom; our estimate'),
    commitment: assume(0.6, 'a member of the US-led coalition'),
    stances: {
      target: stance(
        src(15, cite('wsj', 24, 'Saudi'), 'A backer of the anti-Assad rebels.'),
        weight(0.6, 'protects its proxies'),
      ),
      assad: stance(
        src(30, cite('wsj', 24, 'exit date'), 'Wants an exit date set for Assad.'),
        weight(0.9, 'its central aim in Syria'),
      ),
      russia: stance(assume(25, 'opposes Russia\u2019s support for Assad; our estimate'), weight(0.5, 'a rival camp')),
      military: stance(assume(40, 'limited air role, stretched by Yemen; our estimate'), weight(0.4, 'limited')),
      vienna: stance(assume(60, 'takes part; our estimate'), weight(0.5, 'a forum to press on Assad')),
    },
    constraints: [
      { issue: 'assad', max: 35, why: 'Riyadh insists on an exit date for Assad.', source: cite('wsj', 24) },
    ],
    summary:
      'With Turkey and Qatar, the rebels\u2019 main backer; will not accept Assad staying on without an end date.',
    anchor: [46.72, 24.71],
  },
  {
    id: 'QAT',
    name: 'Qatar',
    leader: 'Emir Tamim bin Hamad Al Thani',
    kind: 'state',
    campaign: 'coalition',
    eligible: true,
    capability: assume(0.12, CAP),
    threat: assume(0.3, 'far from the fighting; our estimate'),
    commitment: assume(0.55, 'a member of the US-led coalition'),
    stances: {
      target: stance(
        src(15, cite('wsj', 24, 'Qatar'), 'A backer of the anti-Assad rebels.'),
        weight(0.6, 'protects its proxies'),
      ),
      assad: stance(
        src(30, cite('wsj', 24, 'exit date'), 'Wants an exit date set for Assad.'),
        weight(0.85, 'its central aim in Syria'),
      ),
      russia: stance(assume(25, 'opposes Russia\u2019s support for Assad; our estimate'), weight(0.4, 'a rival camp')),
      military: stance(assume(25, 'small forces; our estimate'), weight(0.3, 'limited')),
      vienna: stance(assume(60, 'takes part; our estimate'), weight(0.5, 'a forum to press on Assad')),
    },
    constraints: [{ issue: 'assad', max: 35, why: 'Doha insists on an exit date for Assad.', source: cite('wsj', 24) }],
    summary: 'A small state with deep pockets behind the rebels; sides with Turkey and Saudi Arabia on Assad.',
    anchor: [51.53, 25.29],
  },
  {
    id: 'JOR',
    name: 'Jordan',
    leader: 'King Abdullah II',
    kind: 'state',
    campaign: 'coalition',
    eligible: true,
    capability: assume(0.12, CAP),
    threat: assume(0.8, 'borders both Syria and Iraq; our estimate'),
    commitment: assume(0.65, 'a member of the US-led coalition'),
    stances: {
      target: stance(assume(20, 'fights ISIS in the coalition; our estimate'), weight(0.6, 'ISIS is on its border')),
      assad: stance(
        src(
          55,
          cite('wsj', 26, 'Moscow is key'),
          'The king says Russia can give the regime guarantees: Assad\u2019s camp keeps a stake.',
        ),
        weight(0.5, 'wants stability more than a verdict'),
      ),
      russia: stance(
        src(75, cite('wsj', 25, 'more accepting'), 'Has grown more accepting of Russia\u2019s role.'),
        weight(0.6, 'Moscow is key, says the king'),
      ),
      military: stance(assume(50, 'flies in the coalition; our estimate'), weight(0.4, 'limited')),
      vienna: stance(assume(80, 'wants a political solution; our estimate'), weight(0.6, 'its preferred way out')),
    },
    constraints: [],
    summary: 'A front-line ally of Washington that now calls Moscow the key to a political solution.',
    anchor: [35.93, 31.95],
  },
  {
    id: 'EGY',
    name: 'Egypt',
    leader: 'President Abdel Fattah el-Sisi',
    kind: 'state',
    campaign: 'none',
    eligible: true,
    capability: assume(0.25, CAP),
    threat: assume(0.7, 'the Russian airliner was brought down over Sinai; ISIS fights in Sinai'),
    commitment: assume(0.2, 'no part in the air campaign over Syria'),
    stances: {
      target: stance(
        assume(45, 'hostile to Islamist rebels in general; our estimate'),
        weight(0.5, 'its own war on Islamists'),
      ),
      assad: stance(
        assume(
          65,
          'our reading: Cairo has grown more accepting of Russia\u2019s role (WSJ \u00b625), which says nothing of Assad himself',
        ),
        weight(0.5, 'prefers a strong state in Damascus'),
      ),
      russia: stance(
        src(75, cite('wsj', 25, 'more accepting'), 'Has grown closer to Moscow.'),
        weight(0.5, 'a useful partner'),
      ),
      military: stance(assume(15, 'no role in Syria; our estimate'), weight(0.3, 'focused on Sinai')),
      vienna: stance(assume(60, 'takes part; our estimate'), weight(0.4, 'moderate')),
    },
    constraints: [{ issue: 'military', max: 30, why: 'Busy with its own insurgency in Sinai (our reading).' }],
    summary: 'Distrusts Obama, warms to Moscow, and would rather see a strong state in Damascus than the rebels.',
    anchor: [31.24, 30.04],
  },
  {
    id: 'ISR',
    name: 'Israel',
    leader: 'Prime Minister Benjamin Netanyahu',
    kind: 'state',
    campaign: 'none',
    eligible: true,
    capability: assume(0.3, CAP),
    threat: assume(0.4, 'more worried by Iran and Hezbollah than by ISIS; our estimate'),
    commitment: assume(0.1, 'stays out of the coalition'),
    stances: {
      target: stance(assume(30, 'neither side\u2019s war; our estimate'), weight(0.3, 'not its fight')),
      assad: stance(
        assume(
          55,
          'our reading: Israel has grown more accepting of Russia\u2019s role (WSJ \u00b625), which says nothing of Assad himself',
        ),
        weight(0.3, 'low'),
      ),
      russia: stance(
        src(65, cite('wsj', 25, 'more accepting'), 'Works things out directly with Moscow.'),
        weight(0.5, 'needs Russia to keep out of its way'),
      ),
      military: stance(assume(10, 'no part in the campaign; our estimate'), weight(0.3, 'low')),
      vienna: stance(assume(30, 'not part of the talks; our estimate'), weight(0.2, 'low')),
    },
    constraints: [
      { issue: 'military', max: 20, why: 'Israel will not fly in an Arab-Western coalition over Syria (our reading).' },
    ],
    summary: 'Watches Iran above all, distrusts Obama, and has a working channel to Moscow.',
    anchor: [35.21, 31.77],
  },
  {
    id: 'ARE',
    name: 'United Arab Emirates',
    leader: 'President Khalifa bin Zayed',
    kind: 'state',
    campaign: 'coalition',
    eligible: true,
    capability: assume(0.15, CAP),
    threat: assume(0.4, 'our estimate'),
    commitment: assume(0.6, 'a member of the US-led coalition'),
    stances: {
      target: stance(assume(20, 'fights ISIS, wary of Islamist rebels; our estimate'), weight(0.5, 'moderate')),
      assad: stance(
        assume(
          50,
          'our reading: Abu Dhabi has grown more accepting of Russia\u2019s role (WSJ \u00b625), which says nothing of Assad himself',
        ),
        weight(0.5, 'moderate'),
      ),
      russia: stance(
        src(65, cite('wsj', 25, 'more accepting'), 'Has grown more accepting of Moscow.'),
        weight(0.5, 'moderate'),
      ),
      military: stance(assume(45, 'flies in the coalition; our estimate'), weight(0.4, 'limited')),
      vienna: stance(assume(65, 'takes part; our estimate'), weight(0.5, 'moderate')),
    },
    constraints: [],
    summary: 'A Gulf member of the coalition that, unlike Riyadh, has grown accepting of Russia\u2019s role.',
    anchor: [54.37, 24.45],
  },
  {
    id: 'IRN',
    name: 'Iran',
    leader: 'Supreme Leader Ali Khamenei',
    kind: 'state',
    campaign: 'russia',
    eligible: true,
    capability: assume(0.4, CAP),
    threat: assume(0.5, 'ISIS is its enemy too; our estimate'),
    commitment: assume(0.05, 'Assad\u2019s closest ally; outside any Western coalition'),
    stances: {
      target: stance(
        assume(
          85,
          'our reading: Tehran wants the war to end with Assad in power (Breitbart \u00b614), so his armed enemies are its targets',
        ),
        weight(0.7, 'its ally\u2019s enemies are its enemies'),
      ),
      assad: stance(
        src(100, cite('wsj', 29, 'only Assad himself can decide'), 'Only Assad can decide whether he runs again.'),
        weight(1, 'non-negotiable'),
      ),
      russia: stance(
        assume(
          80,
          'our reading: allied with Moscow in Syria (the \u201cIranian-Russian alliance\u201d, WSJ \u00b630), though a European diplomat doubts they share long-term interests (\u00b631)',
        ),
        weight(0.5, 'useful'),
      ),
      // Below 50, where the model counts an actor as flying over Syria (FLIES): Iran had no air campaign there.
      military: stance(
        ext(
          40,
          ['carnegie-iran-surge', 'irishtimes-iran-airspace'],
          'no air campaign over Syria: in 2015 Iran\u2019s part was on the ground, Revolutionary Guards advisers beside the militias it organised and Hezbollah, while the air war was Russia\u2019s and Russian transport flights crossed Iranian airspace; the level, below the 50 at which the game counts an actor as flying over Syria, is our estimate',
        ),
        weight(0.5, 'moderate'),
      ),
      vienna: stance(
        src(55, cite('wsj', 29, 'talks in Vienna'), 'Takes part in Vienna, and blocks moves against Assad there.'),
        weight(0.5, 'a forum to protect Assad'),
      ),
    },
    constraints: [
      { issue: 'assad', min: 90, why: 'Tehran says only Assad decides his future.', source: cite('wsj', 29) },
    ],
    summary:
      'A wild card for everyone: Assad\u2019s staunchest ally, at the Vienna table, and not always in step with Moscow.',
    anchor: [51.39, 35.69],
  },
  {
    id: 'SYR',
    name: 'Assad government',
    leader: 'President Bashar al-Assad',
    kind: 'government',
    campaign: 'russia',
    eligible: false,
    capability: assume(0.3, CAP),
    threat: assume(0.9, 'fights ISIS and every other armed group on its soil'),
    commitment: assume(0, 'cannot be a member: the Western and Gulf members want Assad out (wsj 11)'),
    stances: {
      target: stance(
        src(100, cite('breitbart', 4, 'what Bashar Assad calls them'), 'Calls every armed opponent a terrorist.'),
        weight(0.9, 'its survival'),
      ),
      assad: stance(
        src(100, cite('wsj', 29, 'only Assad himself can decide'), 'Its allies say only Assad decides.'),
        weight(1, 'its survival'),
      ),
      russia: stance(assume(95, 'Russia is its protector; our estimate'), weight(0.6, 'its lifeline')),
      military: stance(assume(90, 'at war; our estimate'), weight(0.6, 'at war')),
      vienna: stance(assume(40, 'not at the Vienna table itself; our estimate'), weight(0.4, 'wary of any transition')),
    },
    constraints: [
      { issue: 'assad', min: 100, why: 'The regime does not negotiate its leader\u2019s departure.' },
      { issue: 'target', min: 90, why: 'It calls all its armed opponents terrorists.', source: cite('breitbart', 4) },
    ],
    summary: 'Not a coalition member for anyone but Moscow and Tehran; its fate splits every capital.',
    anchor: [36.29, 33.51],
  },
  {
    id: 'NATO',
    name: 'NATO',
    leader: 'Secretary-General Jens Stoltenberg',
    kind: 'institution',
    campaign: 'none',
    // In 2015 NATO's members fought ISIS each under its own flag; the alliance as such joined the
    // Global Coalition only in May 2017, by a decision of the North Atlantic Council.
    eligible: false,
    outside: {
      why: 'In 2015 NATO\u2019s members fought ISIS each under its own flag: the alliance as such joined the Global Coalition only in May 2017, by a decision of its North Atlantic Council that France and Germany accepted while insisting it was purely symbolic. In this game NATO speaks and is heard, but cannot join.',
      sources: ['aljazeera-nato-2017'],
    },
    capability: assume(0.45, CAP),
    threat: assume(0.6, 'its members are ISIS targets'),
    commitment: assume(0.35, 'the alliance as such is not part of the air campaign (it cannot join: see outside)'),
    stances: {
      target: stance(
        src(10, cite('wsj', 19, 'about fighting ISIL'), 'The effort should be about fighting ISIL.'),
        weight(0.7, 'Stoltenberg\u2019s first point'),
      ),
      assad: stance(
        assume(
          20,
          'our reading: Stoltenberg says the effort should not be about supporting the regime (WSJ \u00b619), which is about Russia\u2019s strikes, not a stated line on Assad',
        ),
        weight(0.5, 'moderate'),
      ),
      russia: stance(
        src(25, cite('wsj', 9, 'North Atlantic Treaty'), 'Refocused on the military threat from Russia since Crimea.'),
        weight(0.8, 'its reason for being, again'),
      ),
      military: stance(assume(40, 'members fly, the alliance does not; our estimate'), weight(0.4, 'moderate')),
      vienna: stance(assume(70, 'supports the talks; our estimate'), weight(0.3, 'low')),
    },
    constraints: [
      {
        issue: 'russia',
        max: 60,
        why: 'The alliance will not partner with Russia while Ukraine is unresolved.',
        source: cite('wsj', 9),
      },
    ],
    summary: 'Wary of Moscow since Crimea; says Russia can help, but has mostly bombed outside ISIS areas.',
    anchor: [4.35, 50.88],
  },
];
