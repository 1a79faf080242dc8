import type { Checkpoint, SanctionEntry } from '../schema';
import { cite } from './cite';

// The record as the model's test. Each checkpoint says what public reporting of the time shows
// about the world on its date; `npm run hindcast` plays the historical line for every role and
// counts the seeds on which the game's world agrees (docs/HINDCAST.md).

/** Sanctions in force on 17 November 2015: the US and its European allies on Russia over Crimea. */
export const sanctionsAtStart: SanctionEntry[] = [
  ...(['USA', 'FRA', 'GBR', 'DEU'] as const).map((from) => ({
    from,
    to: 'RUS',
    why: 'Sanctions over Crimea and Ukraine since 2014 (the US; the EU\u2019s applied by France, the UK and Germany).',
    source: cite('wsj', 9, 'economic sanctions'),
  })),
  {
    from: 'USA',
    to: 'SYR',
    why: 'The US has blocked the Syrian government\u2019s property since 2011 (Executive Order 13582).',
    sources: ['gpo-syria-eo-13582'],
  },
  ...(['FRA', 'GBR', 'DEU'] as const).map((from) => ({
    from,
    to: 'SYR',
    why: 'EU restrictive measures on the Syrian regime since 2011, extended in May 2015 to June 2016.',
    sources: ['lexology-eu-syria'],
  })),
  ...(['USA', 'FRA', 'GBR', 'DEU'] as const).map((to) => ({
    from: 'RUS',
    to,
    why: 'Russia\u2019s ban on Western food imports since August 2014, extended in June 2015 for a year.',
    sources: ['tgcom24-food-ban'],
  })),
];

/**
 * The sanctions the record has in force at the end of November and of December, from reporting of
 * the time (not from the game's own calendar): those of 17 November, and Moscow's on Ankara.
 */
const RECORD_SANCTIONS = [
  ...(['USA', 'FRA', 'GBR', 'DEU'] as const).map((from) => ({
    from,
    to: 'RUS',
    sources: ['rferl-eu-sanctions', 'aja-us-ukraine-sanctions'],
  })),
  { from: 'USA', to: 'SYR', sources: ['gpo-syria-eo-13582'] },
  ...(['FRA', 'GBR', 'DEU'] as const).map((from) => ({ from, to: 'SYR', sources: ['lexology-eu-syria'] })),
  ...(['USA', 'FRA', 'GBR', 'DEU'] as const).map((to) => ({ from: 'RUS', to, sources: ['tgcom24-food-ban'] })),
  { from: 'RUS', to: 'TUR', sources: ['reuters-turkey-sanctions', 'thenews-turkey-sanctions'] },
];

// Who was in which coalition from 30 November to 28 December (no capital of the game joined or left
// one in the period; docs/research/CONDITIONS-2015.md, section 3). Each checkpoint tests the whole set.
/** The US-led coalition's members among the actors: France and the US strike in Syria, the others take part. */
const WEST_COALITION = ['FRA', 'USA', 'GBR', 'DEU', 'TUR', 'SAU', 'QAT', 'JOR', 'ARE'];
/**
 * Outside it: Russia and Iran (the other campaign), Egypt (signed the 2014 Jeddah pledge but took no
 * part in the air campaign), Israel (a channel with Moscow, in neither camp), NATO (joined in 2017).
 */
const OUTSIDE_WEST = ['RUS', 'IRN', 'EGY', 'ISR', 'NATO'];
/** Fighting beside Moscow: Tehran (the Assad government cannot be a member in the game). */
const MOSCOW_CAMP = ['IRN'];
/** Not beside Moscow: every other capital, those with a channel to it (Paris, Amman, Jerusalem) included. */
const OUTSIDE_MOSCOW = ['USA', 'FRA', 'GBR', 'DEU', 'TUR', 'SAU', 'QAT', 'JOR', 'EGY', 'ISR', 'ARE', 'NATO'];
const MOSCOW_SOURCES = ['fp-baghdad-centre', 'jordantimes-russia', 'jpost-israel-russia', 'heraldnet-hollande-putin'];
const ANTI_ASSAD = (max: number) =>
  (['TUR', 'SAU', 'QAT'] as const).map((actor) => ({ kind: 'position' as const, actor, issue: 'assad', max }));

export const checkpoints: Checkpoint[] = [
  {
    id: 'nov-russia-strikes',
    date: '2015-11-29',
    title: 'End of November: Russia still strikes mostly other groups than ISIS',
    claim:
      'Russia added strikes on Raqqa after the Paris attacks but kept striking mainly the armed opponents of Assad: Obama called its strikes on the moderate opposition an ongoing problem (24 Nov). On the scale, 60 or more means at most two strikes in five on ISIS.',
    checks: [{ kind: 'position', actor: 'RUS', issue: 'target', min: 60 }],
    sources: ['cnn-obama-hollande', 'gleaner-moskva'],
    articles: [cite('wsj', 19, 'not in ISIL controlled')],
  },
  {
    id: 'nov-moscow-ankara',
    date: '2015-11-29',
    title: 'End of November: Moscow and Ankara fall out',
    claim:
      'After Turkey shot down a Russian Su-24 on 24 November, Moscow cut military contacts with Ankara and imposed sanctions by decree on 28 November.',
    checks: [
      { kind: 'trust', from: 'RUS', to: 'TUR', max: -0.5 },
      { kind: 'trust', from: 'TUR', to: 'RUS', max: -0.5 },
      { kind: 'act', id: 'su24-shootdown', happened: true },
      { kind: 'act', id: 'russia-sanctions-turkey', happened: true },
    ],
    sources: ['su24-shootdown', 'ecns-turkey-contacts', 'reuters-turkey-sanctions'],
  },
  {
    id: 'nov-sanctions',
    date: '2015-11-29',
    title: 'End of November: the sanctions in force',
    claim: 'The US and EU sanctions on Russia over Crimea, and Russia\u2019s new sanctions on Turkey; no others.',
    checks: [{ kind: 'sanctions', inForce: RECORD_SANCTIONS }],
    sources: ['reuters-turkey-sanctions', 'gpo-syria-eo-13582', 'lexology-eu-syria', 'tgcom24-food-ban'],
    articles: [cite('wsj', 9, 'economic sanctions')],
  },
  {
    id: 'nov-no-single-coalition',
    date: '2015-11-29',
    title: 'End of November: no single coalition',
    claim:
      'Hollande\u2019s tour ended in Moscow on 26 November with an agreement to share intelligence and coordinate strikes with Moscow, not with Russia in the US-led coalition; its members stayed in it.',
    roles: ['FRA', 'USA'],
    checks: [
      { kind: 'member', actors: OUTSIDE_WEST, is: false },
      { kind: 'member', actors: WEST_COALITION, is: true },
    ],
    sources: [
      'heraldnet-hollande-putin',
      'dw-coalition-2014',
      'rudaw-germany-peshmerga',
      'aljazeera-nato-2017',
      'nyt-us-alone',
      'jpost-israel-russia',
    ],
  },
  {
    id: 'nov-no-western-partner',
    date: '2015-11-29',
    title: 'End of November: beside Moscow, Tehran alone; the others at most coordinate',
    claim:
      'At the end of November, Russia still fought with Iran and the Assad government (and Iraq in a Baghdad information centre); Paris (from 26 November), Amman and Jerusalem ran channels with Moscow but joined no Russian coalition, and no Western or Gulf capital fought beside it.',
    roles: ['RUS'],
    checks: [
      { kind: 'member', actors: OUTSIDE_MOSCOW, is: false },
      { kind: 'member', actors: MOSCOW_CAMP, is: true },
    ],
    sources: MOSCOW_SOURCES,
  },
  {
    id: 'nov-deconfliction',
    date: '2015-11-29',
    title: 'End of November: deconfliction, not joint operations',
    claim:
      'The campaigns kept the October flight-safety memorandum and its channel, with no shared targets or joint operations.',
    checks: [{ kind: 'deconfliction', min: 0.2, max: 0.49 }],
    sources: ['aerotech-mou', 'heraldnet-hollande-putin', 'ecns-turkey-contacts'],
    articles: [cite('wsj', 6, 'advance notice')],
  },
  {
    id: 'nov-assad',
    date: '2015-11-29',
    title: 'End of November: where the capitals stand on Assad',
    claim:
      'Paris and Washington want Assad out; Ankara, Riyadh and Doha want an exit date; Moscow rules out an early exit; Tehran says only Assad decides.',
    checks: [
      { kind: 'position', actor: 'FRA', issue: 'assad', max: 35 },
      { kind: 'position', actor: 'USA', issue: 'assad', max: 40 },
      ...ANTI_ASSAD(35),
      { kind: 'position', actor: 'RUS', issue: 'assad', min: 50 },
      { kind: 'position', actor: 'IRN', issue: 'assad', min: 90 },
    ],
    sources: ['heraldnet-hollande-putin', 'dawn-obama-putin', 'interfax-putin-tehran'],
    articles: [cite('wsj', 11, 'want Mr. Assad out'), cite('wsj', 24, 'exit date'), cite('wsj', 29)],
  },
  {
    id: 'dec-forces',
    date: '2015-12-16',
    title: 'Mid-December: Britain strikes in Syria, Germany flies reconnaissance',
    claim:
      'The RAF struck in Syria from 3 December; the Bundestag sent reconnaissance Tornados, a tanker and a frigate, but no bombers.',
    checks: [
      { kind: 'position', actor: 'GBR', issue: 'military', min: 65 },
      { kind: 'position', actor: 'DEU', issue: 'military', min: 30, max: 60 },
      { kind: 'act', id: 'commons-vote', happened: true },
      { kind: 'act', id: 'bundestag-vote', happened: true },
    ],
    sources: ['bbc-commons-vote-3dec', 'faz-bundestag', 'zeit-bundestag'],
  },
  {
    id: 'dec-russia-strikes',
    date: '2015-12-16',
    title: 'Mid-December: Russia\u2019s strikes still fall mostly outside ISIS',
    claim:
      'The US envoy McGurk said on 9 December that perhaps 30 per cent of Russian strikes hit ISIS, the rest other opposition groups.',
    checks: [{ kind: 'position', actor: 'RUS', issue: 'target', min: 60 }],
    sources: ['jpost-mcgurk'],
  },
  {
    id: 'dec-coalitions',
    date: '2015-12-16',
    title: 'Mid-December: two campaigns, still apart',
    claim: 'Kerry in Moscow on 15 December agreed to take the Vienna process forward; the campaigns stayed separate.',
    roles: ['FRA', 'USA'],
    checks: [
      { kind: 'member', actors: OUTSIDE_WEST, is: false },
      { kind: 'member', actors: WEST_COALITION, is: true },
    ],
    sources: [
      'kerry-putin',
      'abc-kerry-regime-change',
      'dw-coalition-2014',
      'nyt-us-alone',
      'jpost-israel-russia',
      'aljazeera-nato-2017',
    ],
  },
  {
    id: 'dec-no-western-partner',
    date: '2015-12-16',
    title: 'Mid-December: beside Moscow, Tehran alone; the others at most coordinate',
    claim:
      'In mid-December, Russia still fought with Iran and the Assad government (and Iraq in a Baghdad information centre); Paris (from 26 November), Amman and Jerusalem ran channels with Moscow but joined no Russian coalition, and no Western or Gulf capital fought beside it.',
    roles: ['RUS'],
    checks: [
      { kind: 'member', actors: OUTSIDE_MOSCOW, is: false },
      { kind: 'member', actors: MOSCOW_CAMP, is: true },
    ],
    sources: MOSCOW_SOURCES,
  },
  {
    id: 'dec-deconfliction',
    date: '2015-12-16',
    title: 'Mid-December: deconfliction, not joint operations',
    claim: 'No joint operations: the flight-safety channel remained the extent of military coordination.',
    checks: [{ kind: 'deconfliction', min: 0.2, max: 0.49 }],
    sources: ['kerry-putin', 'rferl-putin-tough'],
  },
  {
    id: 'dec-assad',
    date: '2015-12-16',
    title: 'Mid-December: where the capitals stand on Assad',
    claim:
      'Kerry said the US was not seeking regime change, while Assad had no long-term future; Fabius said Assad need not leave before the transition; the Riyadh conference wanted him gone at its start; Moscow and Tehran left it to Syrians.',
    checks: [
      { kind: 'position', actor: 'FRA', issue: 'assad', max: 35 },
      { kind: 'position', actor: 'USA', issue: 'assad', max: 50 },
      ...ANTI_ASSAD(35),
      { kind: 'position', actor: 'RUS', issue: 'assad', min: 50 },
      { kind: 'position', actor: 'IRN', issue: 'assad', min: 90 },
    ],
    sources: ['abc-kerry-regime-change', 'alaraby-fabius', 'thenational-riyadh'],
  },
  {
    id: 'end-sanctions',
    date: '2015-12-28',
    title: '28 December: the sanctions in force',
    claim:
      'The EU rolled its Russia sanctions over to July 2016; Russia\u2019s sanctions on Turkey stood; no others were imposed.',
    checks: [{ kind: 'sanctions', inForce: RECORD_SANCTIONS }],
    sources: ['rferl-eu-sanctions', 'reuters-turkey-sanctions', 'aja-us-ukraine-sanctions'],
  },
  {
    id: 'end-no-grand-coalition',
    date: '2015-12-28',
    title: '28 December: no grand coalition',
    claim: 'No single coalition including Russia was formed; the two campaigns stayed parallel.',
    checks: [{ kind: 'outcomeNot', outcome: 'grand_coalition' }],
    sources: ['r2p-2254', 'taipei-2254'],
  },
  {
    id: 'end-coalitions',
    date: '2015-12-28',
    title: '28 December: the US-led coalition holds, Russia outside it',
    claim: 'The US-led coalition kept its members; Russia, Iran and NATO as an alliance stayed outside it.',
    roles: ['FRA', 'USA'],
    checks: [
      { kind: 'member', actors: OUTSIDE_WEST, is: false },
      { kind: 'member', actors: WEST_COALITION, is: true },
    ],
    sources: ['r2p-2254', 'dw-coalition-2014', 'aljazeera-nato-2017', 'nyt-us-alone', 'jpost-israel-russia'],
  },
  {
    id: 'end-no-western-partner',
    date: '2015-12-28',
    title: '28 December: beside Moscow, Tehran alone; the others at most coordinate',
    claim:
      'On 28 December, Russia still fought with Iran and the Assad government (and Iraq in a Baghdad information centre); Paris (from 26 November), Amman and Jerusalem ran channels with Moscow but joined no Russian coalition, and no Western or Gulf capital fought beside it.',
    roles: ['RUS'],
    checks: [
      { kind: 'member', actors: OUTSIDE_MOSCOW, is: false },
      { kind: 'member', actors: MOSCOW_CAMP, is: true },
    ],
    sources: MOSCOW_SOURCES,
  },
  {
    id: 'end-deconfliction',
    date: '2015-12-28',
    title: '28 December: deconfliction, not joint operations',
    claim: 'The year ended with the flight-safety channel and talks, no joint targeting.',
    checks: [{ kind: 'deconfliction', min: 0.2, max: 0.49 }],
    sources: ['bignews-putin-netanyahu', 'aerotech-mou'],
  },
  {
    id: 'end-assad-vienna',
    date: '2015-12-28',
    title: '28 December: Resolution 2254 leaves Assad\u2019s fate open',
    claim:
      'On 18 December the Security Council endorsed the Vienna road map unanimously, leaving Assad\u2019s fate open: the split over Assad remained.',
    checks: [
      { kind: 'position', actor: 'USA', issue: 'vienna', min: 80 },
      { kind: 'position', actor: 'RUS', issue: 'vienna', min: 75 },
      { kind: 'position', actor: 'FRA', issue: 'assad', max: 35 },
      ...ANTI_ASSAD(35),
      { kind: 'position', actor: 'RUS', issue: 'assad', min: 50 },
      { kind: 'position', actor: 'IRN', issue: 'assad', min: 90 },
      { kind: 'act', id: 'unsc-2254', happened: true },
    ],
    sources: ['r2p-2254'],
  },
];
