import type { HistoricalEvent, RandomEvent } from '../schema';

// Two rounds a week, Monday and Thursday, from Tuesday 17 November to the end of December 2015.
// An event fires at the end of the round whose dates contain it and is read in the next briefing.
export const calendar = {
  rounds: [
    '2015-11-17',
    '2015-11-19',
    '2015-11-23',
    '2015-11-26',
    '2015-11-30',
    '2015-12-03',
    '2015-12-07',
    '2015-12-10',
    '2015-12-14',
    '2015-12-17',
    '2015-12-21',
    '2015-12-28',
  ],
  end: '2015-12-31',
};

const WEST_GULF = ['USA', 'FRA', 'GBR', 'TUR', 'SAU', 'QAT'];
/** Commitment to the US-led coalition: what France's and Washington's coalition is made of. */
const US_LED = ['FRA', 'USA'];
const SIZE = 'effect sizes are design assumptions; the direction follows the reporting';

// The record's dated acts, 17 November to 31 December 2015 (docs/research/RECORD-2015.md, checked in
// public reporting). Each says whose act it was; the capital's own diplomacy (`ownMove`) is left to
// the player who leads it. The `reading` is the game's own account; `perspectives` paraphrase how
// outlets of the time, in several countries, reported it. Effect sizes are design assumptions.
export const historicalEvents: HistoricalEvent[] = [
  {
    id: 'article-42-7',
    date: '2015-11-17',
    title: 'France invokes the EU mutual-defence clause',
    actor: 'FRA',
    reading:
      'At a meeting of EU defence ministers France invoked Article 42.7 for the first time; all its partners agreed to help, each in its own way.',
    perspectives: [
      {
        source: 'guardian-42-7',
        country: 'United Kingdom',
        text: 'The never-used clause was backed unanimously; France will negotiate help country by country.',
      },
      {
        source: 'ecfr-42-7',
        country: 'European Union',
        text: 'The clause binds states to states, unlike NATO\u2019s Article 5: no alliance machinery is set in motion.',
      },
    ],
    effects: [{ kind: 'commitment', actors: ['DEU', 'GBR'], delta: 0.08, roles: US_LED }],
    sources: ['reuters-42-7', 'guardian-42-7', 'ecfr-42-7'],
    assumption: SIZE,
  },
  {
    id: 'moskva-order',
    date: '2015-11-17',
    title: 'Putin orders the cruiser Moskva to work with the French navy',
    actor: 'RUS',
    ownMove: true,
    reading:
      'Putin told the navy to make direct contact with the French carrier group and work with it as allies; the same day Russian bombers and cruise missiles struck Raqqa, and Idlib and Aleppo provinces.',
    perspectives: [
      {
        source: 'kremlin-moskva',
        country: 'France',
        text: 'AFP: Putin told his navy to work with the French \u201cas allies\u201d; closer military coordination was agreed in a call with Hollande.',
      },
      {
        source: 'gleaner-moskva',
        country: 'United States',
        text: 'AP noted that the cruise missiles also hit Idlib and Aleppo provinces, where ISIS is not the force Russia fights.',
      },
    ],
    // The starting trust of Moscow in Paris already counts the order (Breitbart \u00b68): the event adds
    // France's side of it and the contact at sea.
    effects: [
      { kind: 'trust', from: 'FRA', to: 'RUS', delta: 0.05, mutual: false },
      { kind: 'deconfliction', delta: 0.05 },
    ],
    sources: ['kremlin-moskva', 'gleaner-moskva'],
    assumption: SIZE,
  },
  {
    id: 'unsc-2249',
    date: '2015-11-20',
    title: 'UN Security Council Resolution 2249',
    reading:
      'The Security Council unanimously adopted a French text calling on states able to do so to take all necessary measures against ISIS on the territory it holds in Syria and Iraq.',
    perspectives: [
      {
        source: 'un-2249',
        country: 'United Nations',
        text: 'The Council was unanimous, 15 to 0, and condemned the attacks in Sousse, Ankara, Sinai, Beirut and Paris.',
      },
      {
        source: 'govuk-2249',
        country: 'United Kingdom',
        text: 'The Foreign Office welcomed a united Council against ISIL.',
      },
      {
        source: 'rightsblog-2249',
        country: 'International',
        text: 'A legal commentary: the text gives political cover, not a legal authorisation to use force.',
      },
    ],
    effects: [
      { kind: 'commitment', actors: 'all', delta: 0.04, roles: US_LED },
      { kind: 'trust', from: 'RUS', to: 'FRA', delta: 0.05, mutual: true },
    ],
    sources: ['un-2249', 'govuk-2249'],
    assumption: SIZE,
  },
  {
    id: 'putin-tehran',
    date: '2015-11-23',
    title: 'Putin in Tehran: no outside power imposes a leader on Syria',
    actor: 'RUS',
    ownMove: true,
    reading:
      'On his first visit since 2007 Putin met Khamenei and Rouhani; they agreed that no outside power may impose a settlement or a leader on Syria.',
    perspectives: [
      {
        source: 'interfax-putin-tehran',
        country: 'Russia',
        text: 'The Kremlin: Moscow and Tehran agree it is unacceptable to dictate Syria\u2019s settlement from outside.',
      },
      {
        source: 'trt-putin-tehran',
        country: 'Turkey',
        text: 'Turkey\u2019s state broadcaster reported the same agreement, citing Interfax.',
      },
    ],
    effects: [{ kind: 'trust', from: 'RUS', to: 'IRN', delta: 0.1, mutual: true }],
    sources: ['interfax-putin-tehran', 'trt-putin-tehran'],
    assumption: SIZE,
  },
  {
    id: 'cameron-paris',
    date: '2015-11-23',
    title: 'Cameron in Paris offers RAF Akrotiri; French carrier jets begin strikes',
    actor: 'GBR',
    reading:
      'Cameron offered French aircraft the use of RAF Akrotiri and said he would put the case for strikes in Syria to Parliament; the Charles de Gaulle flew its first missions.',
    perspectives: [
      {
        source: 'euronews-cameron',
        country: 'European Union',
        text: 'Cameron offered immediate help; Hollande vowed to intensify the strikes.',
      },
      {
        source: 'forces-akrotiri',
        country: 'United Kingdom',
        text: 'The Ministry of Defence clarified that French jets would not launch strikes from Akrotiri but could divert there.',
      },
    ],
    effects: [
      { kind: 'commitment', actors: ['GBR'], delta: 0.1, roles: US_LED },
      { kind: 'trust', from: 'GBR', to: 'FRA', delta: 0.05, mutual: true },
    ],
    sources: ['euronews-cameron', 'forces-akrotiri'],
    assumption: SIZE,
  },
  {
    id: 'su24-shootdown',
    date: '2015-11-24',
    title: 'Turkey shoots down a Russian Su-24 near the Syrian border',
    actor: 'TUR',
    reading:
      'Turkish F-16s downed a Russian bomber Ankara says crossed its airspace; Moscow says it never left Syria. Putin called it a stab in the back; NATO said the allies\u2019 assessments were consistent with Turkey\u2019s.',
    perspectives: [
      {
        source: 'su24-shootdown',
        country: 'United Kingdom',
        text: 'Reuters: NATO backed Turkey, calling for calm and de-escalation.',
      },
      {
        source: 'bbc-su24',
        country: 'United Kingdom',
        text: 'BBC: Ankara and Moscow gave competing accounts; Putin warned of serious consequences.',
      },
      {
        source: 'tass-lavrov-kerry',
        country: 'Russia',
        text: 'TASS: Lavrov told Kerry the downing grossly violated the flight-safety memorandum the US had said would bind its partners.',
      },
    ],
    effects: [
      { kind: 'trust', from: 'RUS', to: 'TUR', delta: -0.6, mutual: true },
      { kind: 'trust', from: 'RUS', to: 'NATO', delta: -0.2, mutual: false },
      { kind: 'trust', from: 'RUS', to: 'USA', delta: -0.1, mutual: false },
      // Moscow cut military contacts with Ankara, not the flight-safety channel with Washington.
      { kind: 'deconfliction', delta: -0.06 },
    ],
    sources: ['su24-shootdown', 'bbc-su24', 'tass-lavrov-kerry', 'ecns-turkey-contacts'],
    assumption: SIZE,
    tuned:
      'deconfliction \u22120.12 \u2192 \u22120.06 (c44296e): the channel with Washington stayed open (Lavrov invoked it), only Ankara\u2019s was cut',
  },
  {
    id: 'hollande-washington',
    date: '2015-11-24',
    title: 'Hollande at the White House',
    actor: 'FRA',
    ownMove: true,
    reading:
      'Obama and Hollande agreed to step up their strikes and share more intelligence; Obama backed Turkey\u2019s right to defend its airspace and welcomed Russian help only if it turned on ISIS.',
    perspectives: [
      {
        source: 'nyt-obama-hollande',
        country: 'United Kingdom',
        text: 'Reuters: the two leaders urged Russia and Turkey to avoid escalation.',
      },
      {
        source: 'cnn-obama-hollande',
        country: 'United States',
        text: 'CNN: Obama called Russia\u2019s operations near the border an ongoing problem and seemed to resist any new alliance.',
      },
    ],
    effects: [{ kind: 'trust', from: 'FRA', to: 'USA', delta: 0.05, mutual: true }],
    sources: ['nyt-obama-hollande', 'cnn-obama-hollande'],
    assumption: SIZE,
  },
  {
    id: 's400-deployed',
    date: '2015-11-25',
    title: 'Russia deploys S-400 air defences to its base in Syria',
    actor: 'RUS',
    reading:
      'Moscow flew S-400 missiles to Hmeimim, on duty from 26 November, put the cruiser Moskva on air-defence duty and cut every military channel with Turkey, the air-incident hotline included.',
    perspectives: [
      {
        source: 'tass-s400',
        country: 'Russia',
        text: 'TASS: the S-400 was delivered and on combat duty; the ministry was surprised by the American reaction.',
      },
      {
        source: 'ecns-turkey-contacts',
        country: 'China',
        text: 'Xinhua: all contacts with the Turkish armed forces were suspended, including the hotline.',
      },
    ],
    effects: [
      { kind: 'trust', from: ['TUR', 'NATO'], to: 'RUS', delta: -0.05, mutual: false },
      { kind: 'trust', from: 'USA', to: 'RUS', delta: -0.03, mutual: false },
    ],
    sources: ['tass-s400', 'ecns-turkey-contacts'],
    assumption: SIZE,
  },
  {
    id: 'french-parliament',
    date: '2015-11-25',
    title: 'The French Parliament votes to extend the strikes in Syria',
    actor: 'FRA',
    reading:
      'The National Assembly voted 515 to 4 to extend air operations over Syria, and the Senate 325 to 0; the opposition backed the vote while questioning fighting beside Russia.',
    perspectives: [
      { source: 'cnews-french-vote', country: 'France', text: 'AFP: near-unanimous votes in both chambers.' },
      {
        source: 'mediapart-french-vote',
        country: 'France',
        text: 'Mediapart read the vote as Parliament endorsing France\u2019s turn in Syria.',
      },
    ],
    effects: [
      { kind: 'bound', actor: 'FRA', issue: 'military', min: 70 },
      { kind: 'commitment', actors: ['FRA'], delta: 0.05 },
    ],
    sources: ['cnews-french-vote', 'mediapart-french-vote'],
    assumption: SIZE,
  },
  {
    id: 'merkel-paris',
    date: '2015-11-25',
    title: 'Merkel in Paris: Germany will react quickly',
    actor: 'DEU',
    reading:
      'Hollande asked Germany to do more against ISIS; Merkel said Germany would react quickly and that ISIS had to be fought with military means, and Berlin sent 650 more troops to Mali to relieve France.',
    perspectives: [
      {
        source: 'bloomberg-merkel-paris',
        country: 'United States',
        text: 'Bloomberg: Hollande pressed Merkel and welcomed the 650 troops for Mali.',
      },
    ],
    effects: [
      { kind: 'commitment', actors: ['DEU'], delta: 0.05, roles: US_LED },
      { kind: 'trust', from: 'DEU', to: 'FRA', delta: 0.03, mutual: true },
    ],
    sources: ['bloomberg-merkel-paris'],
    assumption: SIZE,
  },
  {
    id: 'hollande-moscow',
    date: '2015-11-26',
    title: 'Hollande in Moscow: intelligence shared, strikes on ISIS coordinated',
    actor: 'FRA',
    ownMove: true,
    when: [
      { kind: 'trust', from: 'FRA', to: 'RUS', min: -0.3 },
      { kind: 'trust', from: 'RUS', to: 'FRA', min: -0.3 },
    ],
    otherwise: {
      title: 'Hollande\u2019s visit to Moscow ends without an agreement',
      text: 'In this game Paris and Moscow distrust each other too much by now: the visit produces no arrangement on intelligence or strikes.',
      effects: [],
    },
    reading:
      'Hollande and Putin agreed to exchange intelligence, to coordinate strikes on ISIS, above all on its oil convoys, and not to strike forces fighting it; no joint coalition, no joint command, no agreement on Assad.',
    perspectives: [
      {
        source: 'heraldnet-hollande-putin',
        country: 'United States',
        text: 'AP: the three-point agreement in Hollande\u2019s words; Putin ready to coordinate targets, but critical of Washington over the Su-24.',
      },
      {
        source: 'bi-hollande-putin',
        country: 'United States',
        text: 'The two countries will share intelligence in the fight against ISIS.',
      },
      {
        source: 'pri-hollande-putin',
        country: 'United States',
        text: 'Both talk of a grand coalition; building one is harder.',
      },
    ],
    effects: [
      { kind: 'trust', from: 'RUS', to: 'FRA', delta: 0.1, mutual: true },
      { kind: 'deconfliction', delta: 0.05 },
    ],
    sources: ['heraldnet-hollande-putin', 'bi-hollande-putin', 'pri-hollande-putin'],
    assumption: SIZE,
  },
  {
    id: 'russia-sanctions-turkey',
    date: '2015-11-28',
    title: 'Russia imposes economic sanctions on Turkey',
    actor: 'RUS',
    when: [{ kind: 'trust', from: 'RUS', to: 'TUR', max: -0.3 }],
    otherwise: {
      title: 'Moscow holds off sanctions on Turkey',
      text: 'In this game Moscow and Ankara have mended enough since the shootdown that the Kremlin does not sign the decree.',
      effects: [],
    },
    reading:
      'Putin signed a decree restricting Turkish imports and firms, banning charter flights and suspending visa-free travel from 1 January.',
    perspectives: [
      {
        source: 'reuters-turkey-sanctions',
        country: 'United Kingdom',
        text: 'Reuters: Putin signed the decree four days after the shootdown.',
      },
      {
        source: 'thenews-turkey-sanctions',
        country: 'Pakistan',
        text: 'The Kremlin statement\u2019s text, with exemptions for residence-permit holders and diplomats.',
      },
    ],
    effects: [{ kind: 'trust', from: 'TUR', to: 'RUS', delta: -0.2, mutual: true }],
    sources: ['reuters-turkey-sanctions', 'thenews-turkey-sanctions'],
    assumption: SIZE,
    sanctions: [{ from: 'RUS', to: 'TUR' }],
  },
  {
    id: 'obama-putin-cop21',
    date: '2015-11-30',
    title: 'Obama and Putin meet at the Paris climate summit',
    actor: 'USA',
    ownMove: true,
    reading:
      'Obama told Putin that Assad had to leave in a political transition and urged him to focus on ISIS and calm things with Turkey; both favoured a political settlement. No agreement on Assad.',
    perspectives: [
      {
        source: 'dawn-obama-putin',
        country: 'Pakistan',
        text: 'Reuters\u2019 account, with the White House and Kremlin readouts side by side.',
      },
      {
        source: 'telesur-obama-putin',
        country: 'Venezuela',
        text: 'teleSUR: Obama urged de-escalation with Turkey; the Kremlin stressed a political settlement.',
      },
    ],
    effects: [{ kind: 'trust', from: 'USA', to: 'RUS', delta: 0.03, mutual: true }],
    sources: ['dawn-obama-putin', 'telesur-obama-putin'],
    assumption: SIZE,
  },
  {
    id: 'putin-netanyahu',
    date: '2015-11-30',
    title: 'Putin and Netanyahu deepen their coordination',
    actor: 'RUS',
    ownMove: true,
    reading: 'At the climate summit Putin and Netanyahu agreed to deepen coordination to prevent mishaps over Syria.',
    perspectives: [
      {
        source: 'arutz-putin-netanyahu',
        country: 'Israel',
        text: 'Putin thanked Israel for the coordination; officers were to meet the next day.',
      },
    ],
    effects: [{ kind: 'trust', from: 'ISR', to: 'RUS', delta: 0.05, mutual: true }],
    sources: ['arutz-putin-netanyahu'],
    assumption: SIZE,
  },
  {
    id: 'oil-accusation',
    date: '2015-12-02',
    title: 'Moscow accuses Erdoğan\u2019s family of trading in ISIS oil',
    actor: 'RUS',
    reading:
      'Russia\u2019s defence ministry showed satellite images of tanker trucks and said Turkey was the main buyer of ISIS oil; it gave no direct evidence of the family\u2019s role, and Erdoğan denied it.',
    perspectives: [
      {
        source: 'reuters-turkey-oil',
        country: 'United Kingdom',
        text: 'Reuters: the ministry claimed proof of three routes into Turkey.',
      },
      {
        source: 'c4-turkey-oil',
        country: 'United Kingdom',
        text: 'Channel 4: Erdoğan said he would resign if it were proven.',
      },
    ],
    effects: [{ kind: 'trust', from: 'TUR', to: 'RUS', delta: -0.1, mutual: true }],
    sources: ['reuters-turkey-oil', 'c4-turkey-oil'],
    assumption: SIZE,
  },
  {
    id: 'commons-vote',
    date: '2015-12-02',
    title: 'The House of Commons votes 397 to 223 for strikes in Syria',
    actor: 'GBR',
    reading:
      'After a debate of more than ten hours MPs authorised air strikes exclusively against ISIS in Syria; RAF Tornados struck the Omar oilfield within hours.',
    perspectives: [
      {
        source: 'bbc-commons-vote-3dec',
        country: 'United Kingdom',
        text: 'BBC: 66 Labour MPs voted with the government; 7 Conservatives and every SNP MP voted against.',
      },
      {
        source: 'publicwhip-2015-syria',
        country: 'United Kingdom',
        text: 'The motion cites Resolution 2249, the Vienna talks and the requests of France and the US, and rules out ground combat troops.',
      },
    ],
    effects: [
      { kind: 'bound', actor: 'GBR', issue: 'military', max: 100 },
      { kind: 'position', actor: 'GBR', issue: 'military', delta: 25 },
      { kind: 'commitment', actors: ['GBR'], delta: 0.15, roles: US_LED },
    ],
    sources: ['bbc-commons-vote-3dec', 'publicwhip-2015-syria', 'bbc-commons-vote'],
    assumption: SIZE,
  },
  {
    id: 'bundestag-vote',
    date: '2015-12-04',
    title: 'The Bundestag approves a German mission: Tornado reconnaissance and a frigate',
    actor: 'DEU',
    reading:
      'German MPs voted 445 to 146 to send up to 1,200 soldiers: reconnaissance Tornados, a tanker aircraft and a frigate to protect the French carrier. Germany will not drop bombs.',
    perspectives: [
      {
        source: 'faz-bundestag',
        country: 'Germany',
        text: 'FAZ: the mission was approved despite fierce criticism; the Tornados leave for Turkey next week.',
      },
      {
        source: 'zeit-bundestag',
        country: 'Germany',
        text: 'Die Zeit: the opposition objected that there was no UN mandate and no strategy.',
      },
    ],
    effects: [
      { kind: 'bound', actor: 'DEU', issue: 'military', max: 60 },
      { kind: 'position', actor: 'DEU', issue: 'military', delta: 25 },
      { kind: 'commitment', actors: ['DEU'], delta: 0.15, roles: US_LED },
    ],
    sources: ['faz-bundestag', 'zeit-bundestag'],
    assumption: SIZE,
  },
  {
    id: 'fabius-assad',
    date: '2015-12-05',
    title: 'Fabius: Assad need not leave before the transition',
    actor: 'FRA',
    ownMove: true,
    reading:
      'France\u2019s foreign minister said a united Syria needs a political transition, but that Assad need not leave before it begins, given assurances about the future.',
    perspectives: [
      {
        source: 'alaraby-fabius',
        country: 'United Kingdom',
        text: 'The New Arab: Assad\u2019s departure is no longer required before the transition.',
      },
      { source: 'franceinfo-fabius', country: 'France', text: 'franceinfo: France backtracks on Assad\u2019s fate.' },
    ],
    effects: [{ kind: 'position', actor: 'FRA', issue: 'assad', delta: 12 }],
    sources: ['alaraby-fabius', 'franceinfo-fabius'],
    assumption: SIZE,
  },
  {
    id: 'riyadh-conference',
    date: '2015-12-09',
    title: 'Syrian opposition groups meet in Riyadh',
    reading:
      'Political and armed opposition groups agreed in Riyadh to negotiate with the regime under UN auspices, with Assad to leave at the start of the transition.',
    perspectives: [
      {
        source: 'fr-riyadh-statement',
        country: 'France',
        text: 'The conference\u2019s final statement, published by the French foreign ministry.',
      },
      {
        source: 'thenational-riyadh',
        country: 'United Arab Emirates',
        text: 'AFP: Assad to go at the start of the transition; a committee to lead the talks.',
      },
    ],
    effects: [
      { kind: 'position', actor: 'SAU', issue: 'vienna', delta: 10 },
      { kind: 'position', actor: 'TUR', issue: 'vienna', delta: 8 },
      { kind: 'trust', from: 'SYR', to: 'SAU', delta: -0.1, mutual: false },
    ],
    sources: ['fr-riyadh-statement', 'thenational-riyadh'],
    assumption: SIZE,
  },
  {
    id: 'putin-mod-board',
    date: '2015-12-11',
    title: 'Putin orders coordination with Israel and the US-led coalition',
    actor: 'RUS',
    ownMove: true,
    reading:
      'At his defence ministry\u2019s board Putin ordered tough action against any threat to Russian forces, and told the ministry to develop coordination with Israel\u2019s command post and the US-led coalition.',
    perspectives: [
      {
        source: 'rferl-putin-tough',
        country: 'Czech Republic (US-funded)',
        text: 'RFE/RL: Putin vowed tough action and said Russia was backing Free Syrian Army units.',
      },
    ],
    effects: [{ kind: 'deconfliction', delta: 0.03 }],
    sources: ['rferl-putin-tough'],
    assumption: SIZE,
  },
  {
    id: 'smetlivy',
    date: '2015-12-13',
    title: 'A Russian destroyer fires warning shots at a Turkish boat',
    actor: 'RUS',
    reading:
      'The destroyer Smetlivy fired small-arms warning shots at a Turkish fishing boat in the Aegean; Turkey summoned Russia\u2019s military attach\u00e9.',
    perspectives: [
      {
        source: 'guardian-smetlivy',
        country: 'United Kingdom',
        text: 'The Guardian: Moscow says it fired to avoid a collision and warned against provocations.',
      },
      {
        source: 'trt-smetlivy',
        country: 'Turkey',
        text: 'TRT World: a Russian destroyer harasses a Turkish vessel; the boat\u2019s owner denies coming close.',
      },
    ],
    effects: [{ kind: 'trust', from: 'TUR', to: 'RUS', delta: -0.05, mutual: true }],
    sources: ['guardian-smetlivy', 'trt-smetlivy'],
    assumption: SIZE,
  },
  {
    id: 'egypt-metrojet-report',
    date: '2015-12-14',
    title: 'Egypt\u2019s preliminary report finds no evidence of terrorism so far',
    actor: 'EGY',
    reading:
      'Egypt\u2019s investigators said they had so far found nothing indicating terrorism in the loss of the Russian airliner; Moscow kept calling it a terrorist act.',
    perspectives: [
      {
        source: 'reuters-egypt-report',
        country: 'United Kingdom',
        text: 'Reuters: no evidence so far of unlawful interference; the investigation goes on.',
      },
    ],
    effects: [{ kind: 'trust', from: 'RUS', to: 'EGY', delta: -0.05, mutual: true }],
    sources: ['reuters-egypt-report'],
    assumption: SIZE,
  },
  {
    id: 'islamic-coalition',
    date: '2015-12-15',
    title: 'Saudi Arabia announces a 34-state Islamic military alliance',
    actor: 'SAU',
    reading:
      'Riyadh announced a 34-member alliance against terrorism with an operations centre in Riyadh; Iran, Iraq and Syria are not in it, and it does not replace the US-led coalition.',
    perspectives: [
      {
        source: 'rferl-islamic-coalition',
        country: 'Czech Republic (US-funded)',
        text: 'RFE/RL: the alliance will fight any terrorist organisation, not only ISIS.',
      },
    ],
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
    actor: 'USA',
    ownMove: true,
    reading:
      'Kerry met Lavrov and Putin: the United States and its partners were not seeking regime change, though Assad could not lead Syria\u2019s future; both sides agreed to make their parallel work more efficient and to meet in New York on 18 December.',
    perspectives: [
      {
        source: 'abc-kerry-regime-change',
        country: 'United States',
        text: 'ABC News: the most explicit sign yet of a softer American line on Assad.',
      },
      {
        source: 'kerry-putin',
        country: 'United States',
        text: 'AP: Kerry accepted that Syrians would determine Assad\u2019s future.',
      },
    ],
    effects: [
      { kind: 'trust', from: 'USA', to: 'RUS', delta: 0.1, mutual: true },
      { kind: 'position', actor: 'RUS', issue: 'vienna', delta: 5 },
      // Washington's line on Assad softens: he may stay through a transition (design assumption: 40 to 50).
      { kind: 'bound', actor: 'USA', issue: 'assad', max: 50 },
      { kind: 'position', actor: 'USA', issue: 'assad', delta: 10 },
    ],
    sources: ['abc-kerry-regime-change', 'kerry-putin'],
    assumption: SIZE,
  },
  {
    id: 'unsc-2253',
    date: '2015-12-17',
    title: 'Resolution 2253: a US\u2013Russian text against ISIS\u2019s finances',
    reading:
      'The Security Council unanimously adopted a resolution drafted by the United States and Russia that tightens sanctions on ISIS\u2019s oil, antiquities and ransom money.',
    perspectives: [
      {
        source: 'rferl-2253',
        country: 'Czech Republic (US-funded)',
        text: 'RFE/RL: a joint US\u2013Russian draft, written after the Moscow talks.',
      },
    ],
    effects: [{ kind: 'trust', from: 'USA', to: 'RUS', delta: 0.03, mutual: true }],
    sources: ['rferl-2253'],
    assumption: SIZE,
  },
  {
    id: 'unsc-2254',
    date: '2015-12-18',
    title: 'UN Security Council Resolution 2254: a road map for Syria',
    reading:
      'After the Vienna group met in New York, the Council unanimously endorsed a road map: UN-led talks from January, a ceasefire, a new constitution and elections within 18 months. Assad\u2019s fate is not mentioned.',
    perspectives: [
      {
        source: 'r2p-2254',
        country: 'United States',
        text: 'Kerry: the first Security Council road map of the war, agreed by a group that includes Iran and Russia.',
      },
      {
        source: 'taipei-2254',
        country: 'Taiwan',
        text: 'Reuters: the powers remain divided on who represents the opposition and on Assad.',
      },
    ],
    effects: [
      { kind: 'position', actor: 'USA', issue: 'vienna', delta: 5 },
      { kind: 'position', actor: 'RUS', issue: 'vienna', delta: 8 },
      { kind: 'position', actor: 'IRN', issue: 'vienna', delta: 8 },
    ],
    sources: ['r2p-2254', 'undocs-2254', 'taipei-2254'],
    assumption: SIZE,
  },
  {
    id: 'eu-sanctions-extended',
    date: '2015-12-21',
    title: 'The EU extends its economic sanctions on Russia to July 2016',
    reading:
      'With no objection from any member state, the EU rolled its sanctions over for six months, tying them to the Minsk accords on Ukraine; Moscow called them unacceptable.',
    perspectives: [
      {
        source: 'rferl-eu-sanctions',
        country: 'Czech Republic (US-funded)',
        text: 'RFE/RL: the sanctions run to the end of July 2016.',
      },
      {
        source: 'vov-eu-sanctions',
        country: 'Vietnam',
        text: 'Reuters\u2019 account: France and others wanted to re-engage Moscow on terrorism all the same.',
      },
    ],
    effects: [
      { kind: 'trust', from: 'RUS', to: 'FRA', delta: -0.05, mutual: false },
      { kind: 'trust', from: 'RUS', to: 'DEU', delta: -0.1, mutual: false },
      { kind: 'trust', from: 'RUS', to: 'GBR', delta: -0.05, mutual: false },
    ],
    sources: ['rferl-eu-sanctions', 'vov-eu-sanctions'],
    assumption: SIZE,
    sanctions: [
      { from: 'FRA', to: 'RUS' },
      { from: 'DEU', to: 'RUS' },
      { from: 'GBR', to: 'RUS' },
    ],
  },
  {
    id: 'israel-russia-kuntar',
    date: '2015-12-22',
    title: 'Putin and Netanyahu keep coordinating after the Kuntar strike',
    actor: 'ISR',
    reading:
      'After a strike near Damascus killed the Hezbollah commander Samir Kuntar, Netanyahu called Putin; both agreed to keep coordinating, and their deconfliction mechanism stayed in place.',
    perspectives: [
      {
        source: 'bignews-putin-netanyahu',
        country: 'International',
        text: 'Near-identical Kremlin and Israeli statements; the mechanism is run by deputy chiefs of staff.',
      },
    ],
    effects: [{ kind: 'trust', from: 'ISR', to: 'RUS', delta: 0.03, mutual: true }],
    sources: ['bignews-putin-netanyahu'],
    assumption: SIZE,
  },
  {
    id: 'us-ukraine-designations',
    date: '2015-12-22',
    title: 'Washington adds 34 names to its Ukraine-related sanctions',
    actor: 'USA',
    reading:
      'The US Treasury designated 34 individuals and entities under its existing Ukraine-related sanctions; the Kremlin promised to reciprocate. Cooperation in Syria did not buy relief over Ukraine.',
    perspectives: [
      {
        source: 'aja-us-ukraine-sanctions',
        country: 'United States',
        text: 'Reuters\u2019 account: evaders, separatists and Crimean entities, three Russian banks among them.',
      },
    ],
    effects: [{ kind: 'trust', from: 'RUS', to: 'USA', delta: -0.05, mutual: false }],
    sources: ['aja-us-ukraine-sanctions'],
    assumption: SIZE,
  },
  {
    id: 'tishrin-dam',
    date: '2015-12-26',
    title: 'US-backed Kurdish-led forces take the Tishrin Dam',
    reading:
      'The Syrian Democratic Forces, led by the Kurdish YPG and backed by US air power, took the Tishrin Dam from ISIS and crossed the Euphrates, a line Turkey had called red.',
    perspectives: [
      {
        source: 'rudaw-tishrin',
        country: 'Iraq (Kurdistan Region)',
        text: 'Rudaw: the SDF captured the dam; Turkey opposes the YPG moving west of the Euphrates.',
      },
    ],
    effects: [{ kind: 'trust', from: 'TUR', to: 'USA', delta: -0.05, mutual: false }],
    sources: ['rudaw-tishrin'],
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
    reading: 'Police arrested suspects planning an attack; officials say the threat to Europe remains high.',
    effects: [{ kind: 'commitment', actors: ['GBR', 'DEU', 'NATO'], delta: 0.06, roles: US_LED }],
    assumption: 'probability and effects are design assumptions',
  },
  {
    id: 'civilian-toll',
    title: 'Reports of civilians killed in Russian strikes',
    probability: 0.15,
    maxTimes: 3,
    reading: 'Monitoring groups reported dozens of civilians killed in strikes attributed to Russia; Moscow denied it.',
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
    reading: 'Pilots reported a dangerous approach over Syria; officials called for better use of the safety channel.',
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
    reading: 'A bombing claimed by ISIS killed civilians in the region, adding pressure on neighbouring governments.',
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
    reading: 'Gulf states have quietly moved aircraft from the Syria campaign to the war in Yemen, officials said.',
    effects: [{ kind: 'commitment', actors: ['SAU', 'ARE', 'QAT'], delta: -0.08 }],
    assumption: 'probability and effects are design assumptions',
  },
  {
    id: 'russian-show-of-force',
    title: 'Russia pounds ISIS oil convoys, with notice to the coalition',
    probability: 0.12,
    maxTimes: 2,
    reading: 'Russia said it struck hundreds of ISIS fuel trucks and told the coalition in advance.',
    effects: [
      { kind: 'position', actor: 'RUS', issue: 'target', delta: -5 },
      { kind: 'deconfliction', delta: 0.03 },
    ],
    assumption: 'probability and effects are design assumptions',
  },
];
