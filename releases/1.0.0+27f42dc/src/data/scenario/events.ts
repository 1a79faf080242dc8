import type { HistoricalEvent, RandomEvent } from '../schema';

// Two rounds a week, Monday and Thursday, from Tuesday 17 November to the end of December 2015.
// An event fires at the end of the round whose dates contain it and is read in the next briefing.
export const calendar = {
  rounds: ['2015-11-17', '2015-11-19', '2015-11-23', '2015-11-26', '2015-11-30', '2015-12-03', '2015-12-07', '2015-12-10', '2015-12-14', '2015-12-17', '2015-12-21', '2015-12-28'],
  end: '2015-12-31',
};

const WEST_GULF = ['USA', 'FRA', 'GBR', 'TUR', 'SAU', 'QAT'];
const SIZE = 'effect sizes are design assumptions; the direction follows the reporting';

// Framings after 17 November are written by us, in the lens of each article: the news report
// weighs all sides and hedges; the opinion piece reads every move as Moscow gaining ground.
export const historicalEvents: HistoricalEvent[] = [
  {
    id: 'article-42-7',
    date: '2015-11-17',
    title: 'France invokes the EU mutual-defence clause',
    framings: {
      news: 'At a meeting of EU defence ministers, France invoked Article 42.7 for the first time; all 27 partners agreed to help, each in its own way.',
      opinion: 'Paris turned to Brussels rather than to NATO, a sign of how little it expects from Washington\u2019s leadership.',
    },
    effects: [{ kind: 'commitment', actors: ['DEU', 'GBR'], delta: 0.08 }],
    sources: ['reuters-42-7', 'ecfr-42-7'],
    assumption: SIZE,
  },
  {
    id: 'moskva-order',
    date: '2015-11-17',
    title: 'Putin orders the cruiser Moskva to work with the French navy',
    framings: {
      news: 'The Kremlin said Russian and French forces would coordinate, and Putin told his navy to treat the French as allies.',
      opinion: 'Moscow, not Washington, is now the one handing out partnerships in the Mediterranean.',
    },
    effects: [
      { kind: 'trust', from: 'RUS', to: 'FRA', delta: 0.1, mutual: true },
      { kind: 'deconfliction', delta: 0.05 },
    ],
    sources: ['kremlin-moskva'],
    assumption: SIZE,
  },
  {
    id: 'unsc-2249',
    date: '2015-11-20',
    title: 'UN Security Council Resolution 2249',
    framings: {
      news: 'The Security Council unanimously adopted a French text calling on states able to do so to take all necessary measures against ISIS in Syria and Iraq.',
      opinion: 'Even the UN now agrees ISIS must be hit hard; the question is who gets to lead the hitting.',
    },
    effects: [
      { kind: 'commitment', actors: 'all', delta: 0.04 },
      { kind: 'trust', from: 'RUS', to: 'FRA', delta: 0.05, mutual: true },
    ],
    sources: ['govuk-2249'],
    assumption: SIZE,
  },
  {
    id: 'cameron-paris',
    date: '2015-11-23',
    title: 'Cameron in Paris offers RAF Akrotiri; French carrier jets begin strikes',
    framings: {
      news: 'Cameron offered French jets the use of RAF Akrotiri in Cyprus and said he would seek Parliament\u2019s approval to strike in Syria; the Charles de Gaulle began operations.',
      opinion: 'Europe\u2019s leaders are finally moving, with or without a lead from the White House.',
    },
    effects: [
      { kind: 'commitment', actors: ['GBR'], delta: 0.1 },
      { kind: 'trust', from: 'GBR', to: 'FRA', delta: 0.05, mutual: true },
    ],
    sources: ['euronews-cameron'],
    assumption: SIZE,
  },
  {
    id: 'su24-shootdown',
    date: '2015-11-24',
    title: 'Turkey shoots down a Russian Su-24 near the Syrian border',
    framings: {
      news: 'Turkish F-16s downed a Russian bomber that Ankara says violated its airspace; Moscow called it a stab in the back, NATO backed Turkey\u2019s right to defend its airspace.',
      opinion: 'A NATO member shot down the one power actually bombing ISIS, and Washington backed it.',
    },
    effects: [
      { kind: 'trust', from: 'RUS', to: 'TUR', delta: -0.6, mutual: true },
      { kind: 'trust', from: 'RUS', to: 'NATO', delta: -0.2, mutual: false },
      { kind: 'trust', from: 'RUS', to: 'USA', delta: -0.1, mutual: false },
      { kind: 'deconfliction', delta: -0.12 },
    ],
    sources: ['su24-shootdown'],
    assumption: SIZE,
  },
  {
    id: 'russia-sanctions-turkey',
    date: '2015-11-28',
    title: 'Russia imposes economic sanctions on Turkey',
    framings: {
      news: 'Putin signed a decree banning some Turkish imports and charter flights, four days after the shootdown; Ankara said it would only worsen the stand-off.',
      opinion: 'Moscow answers Ankara with trade, not missiles, while the West looks on.',
    },
    effects: [{ kind: 'trust', from: 'TUR', to: 'RUS', delta: -0.2, mutual: true }],
    sources: ['reuters-turkey-sanctions'],
    assumption: SIZE,
  },
  {
    id: 'commons-vote',
    date: '2015-12-02',
    title: 'The House of Commons votes 397 to 223 for strikes in Syria',
    framings: {
      news: 'After a ten-hour debate MPs authorised RAF strikes against ISIS in Syria; the first Tornados flew within hours.',
      opinion: 'Britain joins in, but only after weeks of hand-wringing: Europe follows events, it does not lead them.',
    },
    effects: [
      { kind: 'bound', actor: 'GBR', issue: 'military', max: 100 },
      { kind: 'position', actor: 'GBR', issue: 'military', delta: 25 },
      { kind: 'commitment', actors: ['GBR'], delta: 0.15 },
    ],
    sources: ['bbc-commons-vote'],
    assumption: SIZE,
  },
  {
    id: 'bundestag-vote',
    date: '2015-12-04',
    title: 'The Bundestag approves a German mission: Tornado reconnaissance and a frigate',
    framings: {
      news: 'German MPs voted 445 to 146 to send reconnaissance jets, a tanker and a frigate to protect the French carrier; Germany will not drop bombs.',
      opinion: 'Berlin sends cameras, not bombs: a symbolic gesture of solidarity.',
    },
    effects: [
      { kind: 'bound', actor: 'DEU', issue: 'military', max: 60 },
      { kind: 'position', actor: 'DEU', issue: 'military', delta: 25 },
      { kind: 'commitment', actors: ['DEU'], delta: 0.15 },
    ],
    sources: ['faz-bundestag'],
    assumption: SIZE,
  },
  {
    id: 'riyadh-conference',
    date: '2015-12-09',
    title: 'Syrian opposition groups meet in Riyadh',
    framings: {
      news: 'Armed and political opposition groups met in Riyadh on 9\u201310 December to agree a common platform for talks with the regime under UN auspices.',
      opinion: 'Riyadh gathers its own clients and calls it an opposition, while Moscow bombs their fighters.',
    },
    effects: [
      { kind: 'position', actor: 'SAU', issue: 'vienna', delta: 10 },
      { kind: 'position', actor: 'TUR', issue: 'vienna', delta: 8 },
      { kind: 'trust', from: 'SYR', to: 'SAU', delta: -0.1, mutual: false },
    ],
    sources: ['fr-riyadh-statement'],
    assumption: SIZE,
  },
  {
    id: 'islamic-coalition',
    date: '2015-12-15',
    title: 'Saudi Arabia announces a 34-state Islamic military alliance',
    framings: {
      news: 'Riyadh announced a 34-member alliance against terrorism with an operations centre in Riyadh; Iran was not included.',
      opinion: 'Another coalition: the Sunni states build their own rather than trust Obama\u2019s or Putin\u2019s.',
    },
    effects: [
      { kind: 'commitment', actors: ['SAU'], delta: -0.05 },
      { kind: 'position', actor: 'SAU', issue: 'military', delta: 10 },
      { kind: 'trust', from: 'IRN', to: 'SAU', delta: -0.1, mutual: true },
    ],
    sources: ['rferl-islamic-coalition'],
    assumption: SIZE,
  },
  {
    id: 'kerry-moscow',
    date: '2015-12-15',
    title: 'Kerry meets Putin in Moscow',
    framings: {
      news: 'The US secretary of state met Putin and Lavrov to prepare the next round of Syria talks in New York; both sides spoke of common ground.',
      opinion: 'Washington comes to Moscow, not the other way round.',
    },
    effects: [
      { kind: 'trust', from: 'USA', to: 'RUS', delta: 0.1, mutual: true },
      { kind: 'position', actor: 'RUS', issue: 'vienna', delta: 5 },
    ],
    sources: ['kerry-putin'],
    assumption: SIZE,
  },
  {
    id: 'unsc-2254',
    date: '2015-12-18',
    title: 'UN Security Council Resolution 2254: a road map for Syria',
    framings: {
      news: 'The Council unanimously endorsed the Vienna road map: UN-led talks from January, a ceasefire, and elections within 18 months. Assad\u2019s fate was left open.',
      opinion: 'The West signs a plan that says nothing about Assad leaving: Moscow\u2019s line has won.',
    },
    effects: [
      { kind: 'position', actor: 'USA', issue: 'vienna', delta: 5 },
      { kind: 'position', actor: 'RUS', issue: 'vienna', delta: 8 },
      { kind: 'position', actor: 'IRN', issue: 'vienna', delta: 8 },
      { kind: 'deconfliction', delta: 0.05 },
    ],
    sources: ['r2p-2254'],
    assumption: SIZE,
  },
  {
    id: 'eu-sanctions-extended',
    date: '2015-12-21',
    title: 'The EU extends its economic sanctions on Russia to July 2016',
    framings: {
      news: 'With no objection from any member state, the EU rolled over its sanctions for six months, tying them to the Minsk accords on Ukraine.',
      opinion: 'Europe wants Russia\u2019s help in Syria and punishes it over Ukraine in the same week.',
    },
    effects: [
      { kind: 'trust', from: 'RUS', to: 'FRA', delta: -0.05, mutual: false },
      { kind: 'trust', from: 'RUS', to: 'DEU', delta: -0.1, mutual: false },
      { kind: 'trust', from: 'RUS', to: 'GBR', delta: -0.05, mutual: false },
    ],
    sources: ['rferl-eu-sanctions'],
    assumption: SIZE,
  },
];

// Things that could have happened. Each is drawn once a round with its probability.
export const randomEvents: RandomEvent[] = [
  {
    id: 'plot-foiled',
    title: 'A new ISIS plot is foiled in Europe',
    probability: 0.1,
    maxTimes: 2,
    framings: {
      news: 'Police arrested suspects planning an attack; officials say the threat to Europe remains high.',
      opinion: 'Another near miss: Europe cannot wait for Washington to make up its mind.',
    },
    effects: [{ kind: 'commitment', actors: ['GBR', 'DEU', 'NATO'], delta: 0.06 }],
    assumption: 'probability and effects are design assumptions',
  },
  {
    id: 'civilian-toll',
    title: 'Reports of civilians killed in Russian strikes',
    probability: 0.15,
    maxTimes: 3,
    framings: {
      news: 'Monitoring groups reported dozens of civilians killed in strikes attributed to Russia; Moscow denied it.',
      opinion: 'Western outrage at Russian strikes is selective: the coalition\u2019s own record is rarely mentioned.',
    },
    effects: [
      { kind: 'trust', from: WEST_GULF, to: 'RUS', delta: -0.08, mutual: false },
      { kind: 'deconfliction', delta: -0.04 },
    ],
    assumption: 'probability and effects are design assumptions',
  },
  {
    id: 'near-miss',
    title: 'A near miss between Russian and coalition jets',
    probability: 0.1,
    maxTimes: 2,
    framings: {
      news: 'Pilots reported a dangerous approach over Syria; officials called for better use of the safety channel.',
      opinion: 'Two air forces, one sky, no plan: the price of Obama\u2019s refusal to coordinate.',
    },
    effects: [
      { kind: 'trust', from: 'USA', to: 'RUS', delta: -0.05, mutual: true },
      { kind: 'deconfliction', delta: -0.05 },
    ],
    assumption: 'probability and effects are design assumptions',
  },
  {
    id: 'regional-attack',
    title: 'ISIS strikes a city in the region',
    probability: 0.1,
    maxTimes: 2,
    framings: {
      news: 'A bombing claimed by ISIS killed civilians in the region, adding pressure on neighbouring governments.',
      opinion: 'The region pays for years of half-measures.',
    },
    effects: [
      { kind: 'commitment', actors: ['JOR', 'EGY', 'TUR'], delta: 0.08 },
      { kind: 'position', actor: 'EGY', issue: 'military', delta: 5 },
    ],
    assumption: 'probability and effects are design assumptions',
  },
  {
    id: 'gulf-priorities',
    title: 'Gulf air forces shift to Yemen',
    probability: 0.08,
    maxTimes: 1,
    framings: {
      news: 'Gulf states have quietly moved aircraft from the Syria campaign to the war in Yemen, officials said.',
      opinion: 'The Gulf has its own war to fight, and it is not against ISIS.',
    },
    effects: [{ kind: 'commitment', actors: ['SAU', 'ARE', 'QAT'], delta: -0.08 }],
    assumption: 'probability and effects are design assumptions',
  },
  {
    id: 'russian-show-of-force',
    title: 'Russia pounds ISIS oil convoys, with notice to the coalition',
    probability: 0.12,
    maxTimes: 2,
    framings: {
      news: 'Russia said it struck hundreds of ISIS fuel trucks and told the coalition in advance.',
      opinion: 'Moscow shows what a serious campaign against ISIS looks like.',
    },
    effects: [
      { kind: 'position', actor: 'RUS', issue: 'target', delta: -5 },
      { kind: 'deconfliction', delta: 0.03 },
    ],
    assumption: 'probability and effects are design assumptions',
  },
];
