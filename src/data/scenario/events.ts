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
/** What blocking a partner's Council text costs: the game's sizes, not the articles'. */
const COST =
  'what blocking a partner\u2019s text costs in trust is a design assumption (not in the articles): the capitals that drafted or backed it trust the one that blocked it less; the sizes are the game\u2019s';
/** What declining a visit costs: the game's sizes, not the reporting's. */
const DECLINE =
  'what turning a visitor away costs in trust is a design assumption (not in the sources): the visitor trusts the host that declined to receive it less; the sizes are the game\u2019s';

// The record's dated acts, 17 November to 31 December 2015 (docs/research/RECORD-2015.md, checked in
// public reporting). Each says whose act it was; the capital's own diplomacy (`ownMove`) is left to
// the player who leads it. The `reading` is the game's own account; `perspectives` paraphrase how
// outlets of the time, in several countries, reported it. Effect sizes are design assumptions.
export const historicalEvents: HistoricalEvent[] = [
  {
    id: 'article-42-7',
    decide: 'Invoke the EU\u2019s mutual-defence clause, Article 42.7, at today\u2019s meeting of defence ministers?',
    given:
      'France asked for it on the first morning, before any other capital could act: Hollande had announced it at Versailles the day before.',
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
    when: [
      {
        check: { kind: 'trust', from: 'RUS', to: 'FRA', min: 0 },
        because:
          'Putin ordered his navy to work with the French as allies the day he chose to make Paris his partner after the Sinai bombing; a Moscow that distrusted Paris would not have made the offer.',
        sources: ['kremlin-moskva', 'gleaner-moskva'],
      },
    ],
    otherwise: {
      title: 'Moscow keeps its navy to itself',
      text: 'In this game Moscow does not offer its cruiser to the French: its trust in Paris has fallen too far by the first evening.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    id: 'saint-denis-raid',
    date: '2015-11-18',
    title: 'Police storm a flat in Saint-Denis; the suspected coordinator of the attacks is killed',
    reading:
      'Before dawn police commandos backed by soldiers stormed a flat in Saint-Denis, north of Paris, hunting Abdelhamid Abaaoud, suspected of coordinating the attacks of 13 November. A woman died when a suicide vest went off, a man was killed, several people were arrested and five officers were wounded. The next day the Paris prosecutor said Abaaoud had been identified among the dead.',
    perspectives: [
      {
        source: 'mg-saint-denis',
        country: 'South Africa',
        text: 'AFP: the assault began at 4.20am and was one of 118 searches that night under the state of emergency; an update confirms Abaaoud among the dead.',
      },
      {
        source: 'asiatimes-saint-denis',
        country: 'Hong Kong',
        text: 'The Washington Post: a seven-hour operation by more than a hundred police and soldiers; two European officials said Abaaoud had died.',
      },
    ],
    // No capital's diplomacy: a police operation of the inquiry into the attacks.
    given:
      'A police operation of the inquiry into the attacks of 13 November, not a diplomatic choice: the game models diplomacy, not police work, so no play in it bears on the raid.',
    effects: [],
    sources: ['mg-saint-denis', 'asiatimes-saint-denis'],
    assumption:
      'no effect: the raid moved no line the game models; France\u2019s resolve against ISIS is already at its highest when the game begins',
  },
  {
    id: 'state-of-emergency-vote',
    date: '2015-11-19',
    title: 'The National Assembly votes 551 to 6 to extend the state of emergency',
    actor: 'FRA',
    reading:
      'After a five-hour debate the deputies adopted the government\u2019s bill extending the state of emergency in force since the attacks for three months from 26 November, and reinforcing the 1955 law behind it: 551 for, 6 against, one abstention. The Senate followed on 20 November, 336 to 0 with 12 abstentions: the state of emergency is to last until 26 February 2016.',
    perspectives: [
      {
        source: 'lcp-etat-urgence',
        country: 'France',
        text: 'LCP, the Assembly\u2019s channel: 557 votes cast, 551 for, 6 against and one abstention.',
      },
      {
        source: 'senat-etat-urgence',
        country: 'France',
        text: 'The Senate\u2019s record: Valls opened the debate and announced Hollande\u2019s coming meetings with Obama and Putin.',
      },
      {
        source: 'chiffonrouge-senat',
        country: 'France',
        text: 'A Communist local blog: 11 of the 19 Communist senators abstained, and no senator voted against.',
      },
    ],
    decide: 'Ask Parliament to extend the state of emergency for three months from 26 November?',
    given:
      'Hollande announced the bill at Versailles on 16 November, before the game\u2019s first round, and the vote turned on security at home, which the game does not model: no play of the other capitals bears on it. A French player makes the decision.',
    effects: [],
    sources: ['lcp-etat-urgence', 'senat-etat-urgence', 'chiffonrouge-senat'],
    assumption:
      'no effect on the coalition: the state of emergency is a measure at home the game does not model; a French player is asked so that the record\u2019s choice is the player\u2019s',
  },
  {
    id: 'unsc-2249',
    veto: {
      by: {
        FRA: {
          question: 'Withdraw France\u2019s draft resolution against ISIS before the Security Council votes on it?',
          record: 'France wrote the text and put it to the vote; the Council adopted it 15 to 0.',
          effects: [
            { kind: 'trust', from: 'GBR', to: 'FRA', delta: -0.05, mutual: false },
            { kind: 'trust', from: 'USA', to: 'FRA', delta: -0.05, mutual: false },
          ],
        },
        USA: {
          question: 'Veto France\u2019s draft resolution against ISIS in the Security Council?',
          record: 'The United States voted for the French text; the Council adopted it 15 to 0.',
          effects: [
            { kind: 'trust', from: 'FRA', to: 'USA', delta: -0.15, mutual: false },
            { kind: 'trust', from: 'GBR', to: 'USA', delta: -0.05, mutual: false },
          ],
        },
        RUS: {
          question: 'Veto France\u2019s draft resolution against ISIS in the Security Council?',
          record: 'Russia, which had a draft of its own, voted for the French text; the Council adopted it 15 to 0.',
          effects: [
            { kind: 'trust', from: 'FRA', to: 'RUS', delta: -0.15, mutual: false },
            { kind: 'trust', from: 'USA', to: 'RUS', delta: -0.05, mutual: false },
          ],
        },
      },
      instead: 'In this game the Security Council adopts nothing: the text fails.',
      sources: ['un-2249', 'rightsblog-2249'],
      assumption: COST,
    },
    when: [
      {
        check: { kind: 'trust', from: 'RUS', to: 'FRA', min: -0.1 },
        because:
          'Russia, which had a draft of its own, let the French text pass unanimously; a Moscow at odds with Paris could have held out for its own draft or abstained.',
        sources: ['un-2249', 'rightsblog-2249'],
      },
    ],
    otherwise: {
      title: 'The Council does not agree on the French text',
      text: 'In this game Moscow holds out for its own draft, and the Security Council adopts no text against ISIS this week.',
      effects: [{ kind: 'trust', from: 'RUS', to: 'FRA', delta: -0.03, mutual: true }],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    given:
      'Putin\u2019s visit to Tehran was set long before, for a gas exporters\u2019 summit; nothing played in the first week touches Moscow\u2019s alliance with Tehran.',
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
    veto: {
      kind: 'visit',
      by: {
        FRA: {
          question: 'Decline to receive Cameron in Paris on 23 November, and with him the offer of RAF Akrotiri?',
          record:
            'Hollande received Cameron in Paris on 23 November; after they paid tribute at the Bataclan, Cameron offered RAF Akrotiri and air-to-air refuelling at the \u00c9lys\u00e9e, and Hollande thanked Britain for its friendship.',
          effects: [{ kind: 'trust', from: 'GBR', to: 'FRA', delta: -0.1, mutual: false }],
        },
      },
      instead:
        'In this game Paris does not receive Cameron: London makes no offer of Akrotiri in Paris. The carrier\u2019s first missions are France\u2019s own and go ahead.',
      sources: ['euronews-cameron', 'forces-akrotiri'],
      assumption: DECLINE,
    },
    when: [
      {
        check: { kind: 'trust', from: 'GBR', to: 'FRA', min: 0.2 },
        because:
          'Cameron came to Paris as a close ally answering France\u2019s call for help after the attacks; a London estranged from Paris would have sent words, not bases.',
        sources: ['euronews-cameron', 'forces-akrotiri'],
      },
    ],
    otherwise: {
      title: 'Cameron sends his support from London',
      text: 'In this game London\u2019s trust in Paris has fallen: Cameron offers sympathy by telephone, and no base.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    when: [
      {
        check: { kind: 'position', actor: 'RUS', issue: 'target', min: 50 },
        because:
          'Russia was bombing Turkmen villages in the border hills, not ISIS; Ankara summoned Moscow\u2019s ambassador over it on 20 November and warned of serious consequences.',
        sources: ['fox-turkmen-summons', 'cnn-obama-hollande'],
      },
      {
        check: { kind: 'trust', from: 'TUR', to: 'RUS', max: 0 },
        because:
          'Ankara distrusted Moscow and had warned after two Russian incursions in October that its rules of engagement applied to any aircraft.',
        sources: ['dailybeast-turkey-warns'],
      },
      {
        check: { kind: 'position', actor: 'TUR', issue: 'russia', max: 49 },
        because:
          'Ankara kept its distance from Moscow\u2019s campaign itself: it said nearly all Russian strikes hit the rebels, not ISIS, and denied Moscow\u2019s claim that it had proposed a working group to coordinate actions in Syria. The two militaries had a line from mid-October, but only to avoid incidents. Israel, which agreed a mechanism with Moscow on 21 September and did not oppose its campaign, said on 29 November that a Russian jet that had strayed over the Golan was turned back through that channel rather than shot down.',
        sources: [
          'gulfnews-turkey-meeting',
          'reuters-contact-turkey-israel',
          'jpost-israel-russia',
          'defensemirror-yaalon',
        ],
      },
    ],
    otherwise: {
      title: 'Turkish jets escort a Russian bomber away from the border',
      text: 'In this game Ankara intercepts a Russian bomber near its border and summons Moscow\u2019s ambassador, but does not fire.',
      effects: [{ kind: 'trust', from: 'TUR', to: 'RUS', delta: -0.05, mutual: true }],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    veto: {
      kind: 'visit',
      by: {
        USA: {
          question: 'Decline to receive Hollande at the White House on 24 November?',
          record:
            'Obama received Hollande at the White House on 24 November; they agreed to step up their strikes and share more intelligence.',
          effects: [{ kind: 'trust', from: 'FRA', to: 'USA', delta: -0.15, mutual: false }],
        },
      },
      instead: 'In this game Washington does not receive Hollande: no new promise of strikes or intelligence is made.',
      sources: ['nyt-obama-hollande', 'cnn-obama-hollande'],
      assumption: DECLINE,
    },
    when: [
      {
        check: { kind: 'trust', from: 'USA', to: 'FRA', min: 0.2 },
        because:
          'Obama received Hollande as the oldest ally, already striking ISIS beside the United States; a Washington that no longer trusted Paris would not have promised more intelligence.',
        sources: ['nyt-obama-hollande', 'cnn-obama-hollande'],
      },
    ],
    otherwise: {
      title: 'Hollande\u2019s visit to Washington yields words, not intelligence',
      text: 'In this game Washington receives Hollande but offers no more intelligence: trust between the two capitals has worn thin.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
    date: '2015-11-24',
    title: 'Hollande at the White House',
    actor: 'FRA',
    ownMove: true,
    reading:
      'Obama and Hollande agreed to step up their strikes and share more intelligence; Obama welcomed Russian help only if it turned on ISIS.',
    perspectives: [
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
  // From 1.5.0 (historian's P1): what Obama said of the downing is an act of its own, which happens
  // only where the downing did; the meeting's account no longer tells it.
  {
    id: 'obama-backs-turkey',
    when: [
      {
        check: { kind: 'act', id: 'su24-shootdown', happened: true },
        because: 'Obama spoke of a downing that had happened that morning: without it there was nothing to back.',
        sources: ['nyt-obama-hollande'],
      },
    ],
    date: '2015-11-24',
    title: 'Obama backs Turkey\u2019s right to defend its airspace',
    actor: 'USA',
    ownMove: true,
    reading:
      'Hours after the downing, Obama said Turkey, like any country, had a right to defend its territory and airspace, and urged Moscow and Ankara to talk and avoid escalation. In 2015 he said it at the White House, beside Hollande, who also called for calm.',
    perspectives: [
      {
        source: 'nyt-obama-hollande',
        country: 'United Kingdom',
        text: 'Reuters: Obama backed Turkey\u2019s right to defend its airspace; he and Hollande urged Russia and Turkey to avoid escalation.',
      },
    ],
    effects: [],
    sources: ['nyt-obama-hollande'],
    assumption: 'no effect of its own: the downing and the meeting carry the trust they moved',
  },
  {
    id: 's400-deployed',
    decide: 'Fly S-400 air defences to Hmeimim and cut military contacts with Ankara?',
    when: [
      {
        check: { kind: 'act', id: 'su24-shootdown', happened: true },
        because:
          'Putin said beside Hollande that Russia had not thought of air defence before because nobody imagined its aircraft were at risk from the air; the S-400 answered the downing.',
        sources: ['tass-s400', 'sputnik-s400-putin'],
      },
    ],
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
    decide: 'Ask Parliament to extend the air strikes over Syria beyond four months?',
    given:
      'France\u2019s own Parliament votes on France\u2019s own campaign, which no other capital in the game can stop.',
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
      // France's own campaign, in the US-led coalition: no step toward fighting beside Moscow.
      { kind: 'commitment', actors: ['FRA'], delta: 0.05, roles: US_LED },
    ],
    sources: ['cnews-french-vote', 'mediapart-french-vote'],
    assumption: SIZE,
  },
  {
    id: 'merkel-paris',
    veto: {
      kind: 'visit',
      by: {
        FRA: {
          question: 'Decline to receive Merkel in Paris on 25 November?',
          record: 'Hollande received Merkel in Paris on 25 November and asked Germany to do more against ISIS.',
          effects: [{ kind: 'trust', from: 'DEU', to: 'FRA', delta: -0.1, mutual: false }],
        },
      },
      instead: 'In this game Paris does not receive Merkel: Berlin makes no new offer in Paris.',
      sources: ['bloomberg-merkel-paris'],
      assumption: DECLINE,
    },
    when: [
      {
        check: { kind: 'trust', from: 'DEU', to: 'FRA', min: 0.2 },
        because:
          'Merkel came to Paris as a close ally answering France\u2019s call for help after the attacks (France had invoked Article 42.7 on 17 November); the 650 troops for Mali, planned since October, were sent to relieve France. A Berlin estranged from Paris would have offered words.',
        sources: ['bloomberg-merkel-paris', 'guardian-42-7', 'bbc-germany-mali', 'euobserver-germany-mali'],
      },
    ],
    otherwise: {
      title: 'Merkel sends sympathy, not soldiers',
      text: 'In this game Berlin\u2019s trust in Paris has worn thin: Merkel speaks of solidarity but sends no more troops to Mali.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    veto: {
      kind: 'visit',
      by: {
        RUS: {
          question: 'Decline to receive Hollande in Moscow on 26 November?',
          record:
            'Putin received Hollande at the Kremlin on 26 November and agreed to share intelligence and coordinate strikes on ISIS.',
          effects: [{ kind: 'trust', from: 'FRA', to: 'RUS', delta: -0.15, mutual: false }],
        },
      },
      instead: 'In this game Moscow does not receive Hollande: no arrangement on intelligence or strikes is made.',
      sources: ['heraldnet-hollande-putin', 'pri-hollande-putin'],
      assumption: DECLINE,
    },
    date: '2015-11-26',
    title: 'Hollande in Moscow: intelligence shared, strikes on ISIS coordinated',
    actor: 'FRA',
    ownMove: true,
    when: [
      {
        check: { kind: 'trust', from: 'FRA', to: 'RUS', min: -0.3 },
        because:
          'Paris went to Moscow to work with Russia after Putin told his navy to treat the French as allies; a Paris that had turned on Moscow would not have offered its intelligence.',
        sources: ['heraldnet-hollande-putin', 'kremlin-moskva'],
      },
      {
        check: { kind: 'trust', from: 'RUS', to: 'FRA', min: -0.3 },
        because:
          'Moscow agreed to share targets with Paris because it sought a partner in the West after the Sinai bombing; a Moscow that distrusted Paris would have kept its targets to itself.',
        sources: ['heraldnet-hollande-putin', 'pri-hollande-putin'],
      },
    ],
    otherwise: {
      title: 'Hollande\u2019s visit to Moscow ends without an agreement',
      text: 'In this game Paris and Moscow distrust each other too much by now: the visit produces no arrangement on intelligence or strikes.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
    reading:
      'Hollande and Putin agreed to exchange intelligence, to coordinate strikes on ISIS, above all on its oil convoys, and not to strike forces fighting it; no joint coalition, no joint command, no agreement on Assad.',
    perspectives: [
      {
        source: 'heraldnet-hollande-putin',
        country: 'United States',
        text: 'AP: the three-point agreement in Hollande\u2019s words; Putin ready to coordinate targets with France.',
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
    decide: 'Sanction Turkey by decree: imports, firms, charter flights and visa-free travel?',
    date: '2015-11-28',
    title: 'Russia imposes economic sanctions on Turkey',
    actor: 'RUS',
    when: [
      {
        check: { kind: 'act', id: 'su24-shootdown', happened: true },
        because: 'Moscow framed the measures as its answer to the downing of its bomber and the death of its pilot.',
        sources: ['reuters-turkey-sanctions', 'thenews-turkey-sanctions'],
      },
      {
        check: { kind: 'trust', from: 'RUS', to: 'TUR', max: -0.3 },
        because:
          'Putin said Ankara had offered no apology, no compensation and no punishment of the culprits; the measures were lifted only after Erdoğan\u2019s letter of regret in June 2016.',
        sources: ['reuters-turkey-sanctions'],
      },
    ],
    otherwise: {
      title: 'Moscow holds off sanctions on Turkey',
      text: 'In this game Moscow and Ankara are not at odds by 28 November (no Russian jet was downed, or they have mended since): the Kremlin signs no decree against Turkey.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
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
    id: 'eu-turkey-summit',
    date: '2015-11-29',
    title: 'EU\u2013Turkey summit: \u20ac3 billion for Syrian refugees in Turkey',
    reading:
      'The 28 EU leaders met Turkey\u2019s prime minister Davuto\u011flu in Brussels, the first such summit in eleven years, and set a joint action plan on migration going: an initial \u20ac3 billion for Syrian refugees in Turkey, paid as Turkey meets its commitments; readmission of migrants from June 2016; visa-free travel for Turks aimed at October 2016; a new chapter of the accession talks on 14 December; two summits a year. The summit gave Ankara a regular channel to the EU\u2019s leaders.',
    perspectives: [
      {
        source: 'consilium-eu-turkey',
        country: 'European Union',
        text: 'The Council: an initial \u20ac3 billion of additional resources, a joint action plan, and summits twice a year.',
      },
      {
        source: 'eprs-eu-turkey',
        country: 'European Union',
        text: 'Parliament\u2019s research service: a joint statement, the refugee facility, readmission, the visa dialogue and new accession chapters.',
      },
      {
        source: 'dailysabah-eu-turkey',
        country: 'Turkey',
        text: 'Daily Sabah, close to the government: Davuto\u011flu called it a historic day and said Turkey and the EU share one destiny.',
      },
    ],
    given:
      'A migration deal driven by the refugee crisis, which the game does not model: no play in the game bears on it.',
    effects: [{ kind: 'trust', from: ['DEU', 'FRA', 'GBR'], to: 'TUR', delta: 0.03, mutual: true }],
    sources: ['consilium-eu-turkey', 'eprs-eu-turkey', 'dailysabah-eu-turkey'],
    assumption: SIZE,
  },
  {
    id: 'obama-putin-cop21',
    veto: {
      kind: 'visit',
      by: {
        RUS: {
          question: 'Decline to meet Obama at the Paris climate summit on 30 November?',
          record:
            'Putin met Obama on the summit\u2019s sidelines on 30 November; they disagreed on Assad and both favoured a political settlement.',
          effects: [{ kind: 'trust', from: 'USA', to: 'RUS', delta: -0.1, mutual: false }],
        },
      },
      instead: 'In this game Moscow turns the meeting down: the two presidents do not talk in Paris.',
      sources: ['dawn-obama-putin', 'telesur-obama-putin'],
      assumption: DECLINE,
    },
    when: [
      {
        check: { kind: 'trust', from: 'RUS', to: 'USA', min: -0.6 },
        because:
          'Obama and Putin still talked in Paris although they disagreed on Assad: the channel between them never broke in 2015.',
        sources: ['dawn-obama-putin', 'telesur-obama-putin'],
      },
    ],
    otherwise: {
      title: 'Obama and Putin pass each other at the summit',
      text: 'In this game Moscow and Washington are too far apart to meet: the two presidents only shake hands for the cameras.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
    date: '2015-11-30',
    title: 'Obama and Putin meet at the Paris climate summit',
    actor: 'USA',
    ownMove: true,
    reading:
      'Obama told Putin that Assad had to leave in a political transition and urged him to focus on ISIS; both favoured a political settlement. No agreement on Assad.',
    perspectives: [
      {
        source: 'dawn-obama-putin',
        country: 'Pakistan',
        text: 'Reuters\u2019 account, with the White House and Kremlin readouts side by side.',
      },
    ],
    effects: [{ kind: 'trust', from: 'USA', to: 'RUS', delta: 0.03, mutual: true }],
    sources: ['dawn-obama-putin', 'telesur-obama-putin'],
    assumption: SIZE,
  },
  // From 1.5.0 (historian's P1): Obama's word on Ankara at the summit, only where the downing happened.
  {
    id: 'obama-putin-turkey',
    when: [
      {
        check: { kind: 'act', id: 'obama-putin-cop21', happened: true },
        because:
          'Obama said it to Putin in their half-hour meeting at the summit: where the two presidents did not meet, it was not said.',
        sources: ['telesur-obama-putin', 'dawn-obama-putin'],
      },
      {
        check: { kind: 'act', id: 'su24-shootdown', happened: true },
        because:
          'Obama urged Putin to calm things with Ankara six days after the downing: without it there was nothing to calm.',
        sources: ['telesur-obama-putin', 'dawn-obama-putin'],
      },
    ],
    date: '2015-11-30',
    title: 'Obama urges Putin to calm things with Ankara',
    actor: 'USA',
    ownMove: true,
    reading:
      'At the climate summit Obama also urged Putin to de-escalate with Turkey after the downing of the Russian bomber.',
    perspectives: [
      {
        source: 'telesur-obama-putin',
        country: 'Venezuela',
        text: 'teleSUR: Obama urged de-escalation with Turkey; the Kremlin stressed a political settlement.',
      },
    ],
    effects: [],
    sources: ['telesur-obama-putin', 'dawn-obama-putin'],
    assumption: 'no effect of its own: the meeting carries the trust it moved',
  },
  {
    id: 'putin-netanyahu',
    when: [
      {
        check: { kind: 'trust', from: 'ISR', to: 'RUS', min: 0 },
        because:
          'Israel and Russia had run a channel since September to keep their aircraft apart over Syria, and both wanted it to hold.',
        sources: ['jpost-israel-russia', 'arutz-putin-netanyahu'],
      },
    ],
    otherwise: {
      title: 'Putin and Netanyahu do not meet in Paris',
      text: 'In this game Israel keeps its distance from Moscow: the leaders do not meet, though their pilots still keep apart.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    decide: 'Accuse Ankara in public of buying ISIS oil, with the defence ministry\u2019s satellite pictures?',
    when: [
      {
        check: { kind: 'act', id: 'su24-shootdown', happened: true },
        because:
          'Moscow\u2019s charge came a week after the downing, as part of its answer to Ankara; before it, Russia had courted Turkey over gas and trade.',
        sources: ['reuters-turkey-oil', 'c4-turkey-oil'],
      },
      {
        check: { kind: 'trust', from: 'RUS', to: 'TUR', max: -0.3 },
        because: 'The charge was made while Moscow refused Erdoğan\u2019s calls for want of an apology.',
        sources: ['scroll-no-apology'],
      },
    ],
    otherwise: {
      title: 'Moscow keeps its charges about ISIS oil to itself',
      text: 'In this game Moscow and Ankara are not at each other\u2019s throats, and Russia makes no public charge against Erdoğan.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    when: [
      {
        check: { kind: 'act', id: 'unsc-2249', happened: true },
        because:
          'Cameron told MPs the world had now agreed a Security Council resolution against ISIS: that was part of his case for acting now, after the defeat of 2013.',
        sources: ['hansard-syria-26nov', 'publicwhip-2015-syria'],
      },
      {
        check: { kind: 'trust', from: 'GBR', to: 'FRA', min: 0.2 },
        because:
          'The motion answered the request of allies, France first; Labour MPs who voted for it cited solidarity with Paris.',
        sources: ['publicwhip-2015-syria', 'forces-free-vote'],
      },
      {
        check: { kind: 'trust', from: 'GBR', to: 'USA', min: 0.2 },
        because:
          'The motion also answered Washington\u2019s request and joined strikes the United States led; a London that no longer trusted Washington\u2019s campaign would not have asked MPs to join it.',
        sources: ['publicwhip-2015-syria', 'hansard-syria-26nov'],
      },
      {
        check: { kind: 'member', actors: ['GBR'], is: true },
        because:
          'Cameron would hold no vote he could lose; only a London committed to the coalition had the majority, which Labour\u2019s free vote made clear.',
        sources: ['forces-free-vote', 'independent-cameron-majority'],
        roles: ['FRA', 'USA'],
      },
      {
        check: { kind: 'member', actors: ['GBR'], is: false },
        because:
          'The motion authorised strikes exclusively against ISIS beside the allies who had asked; a London fighting beside Moscow would be asking MPs for another war.',
        sources: ['publicwhip-2015-syria'],
        roles: ['RUS'],
      },
    ],
    otherwise: {
      title: 'Cameron holds back a vote he could lose',
      text: 'In this game London\u2019s case is weaker, and Cameron does not put strikes in Syria to the Commons: the RAF keeps to Iraq.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    id: 'lavrov-cavusoglu-belgrade',
    date: '2015-12-03',
    title: 'Lavrov meets \u00c7avu\u015fo\u011flu in Belgrade: nothing is resolved',
    actor: 'RUS',
    ownMove: true,
    reading:
      'On the margins of the OSCE ministers\u2019 meeting in Belgrade, Lavrov met Turkey\u2019s foreign minister \u00c7avu\u015fo\u011flu, who had asked for the meeting since 27 November: the first high-level Russian\u2013Turkish contact since the Su-24 was shot down. Lavrov had said it would be sad to hear nothing new. No statement followed; \u00c7avu\u015fo\u011flu was quoted as saying no problem had been solved.',
    perspectives: [
      {
        source: 'hurriyet-lavrov-cavusoglu',
        country: 'Turkey',
        text: 'H\u00fcrriyet Daily News: \u00c7avu\u015fo\u011flu proposed the meeting on 27 November; Putin had refused to meet Erdo\u011fan in Paris.',
      },
      {
        source: 'dalje-lavrov-cavusoglu',
        country: 'Croatia',
        text: 'Hina: the first meeting since the downing; neither delegation said what was discussed.',
      },
      {
        source: 'cri-lavrov-cavusoglu',
        country: 'China',
        text: 'China Radio International: a closed-door meeting; \u00c7avu\u015fo\u011flu, as quoted by participants, said nothing was solved.',
      },
    ],
    when: [
      {
        check: { kind: 'act', id: 'su24-shootdown', happened: true },
        because:
          'Ankara sought the meeting, and Moscow accepted it, as the first high-level contact since the downing of the Su-24: without the downing there is no crisis for the two ministers to meet over.',
        sources: ['hurriyet-lavrov-cavusoglu', 'dalje-lavrov-cavusoglu'],
      },
      {
        check: { kind: 'trust', from: 'RUS', to: 'TUR', max: -0.3 },
        because:
          'The meeting solved nothing because nothing had changed: Moscow came to hear whether Ankara had anything new to say, after Putin had refused Erdo\u011fan a meeting in Paris, and heard nothing that moved it.',
        sources: ['dalje-lavrov-cavusoglu', 'cri-lavrov-cavusoglu', 'hurriyet-lavrov-cavusoglu'],
      },
    ],
    otherwise: {
      title: 'Lavrov and \u00c7avu\u015fo\u011flu talk in Belgrade on better terms',
      text: 'In this game Moscow and Ankara are not at daggers drawn by 3 December (no Russian jet was downed, or relations have mended since): the two ministers use the OSCE meeting in Belgrade to talk, and relations warm a little.',
      effects: [{ kind: 'trust', from: 'RUS', to: 'TUR', delta: 0.05, mutual: true }],
      assumption:
        'the game\u2019s invention, not the record: a historian\u2019s judgement for this game that, with Moscow and Ankara not at daggers drawn (no downing, or relations mended since), the two ministers would have used the meeting to begin easing relations; the size is a design assumption',
    },
    effects: [],
    sources: ['hurriyet-lavrov-cavusoglu', 'dalje-lavrov-cavusoglu', 'cri-lavrov-cavusoglu'],
    assumption: 'no effect: the meeting resolved nothing, so trust stays where the downing and the sanctions left it',
  },
  {
    id: 'bundestag-vote',
    when: [
      {
        check: { kind: 'act', id: 'article-42-7', happened: true },
        because:
          'Berlin\u2019s legal case for the mission rested on France\u2019s call under Article 42.7, with Resolution 2249 and self-defence.',
        sources: ['zeit-legal-basis', 'faz-bundestag'],
      },
      {
        check: { kind: 'trust', from: 'DEU', to: 'FRA', min: 0.2 },
        because:
          'The mission answered France\u2019s direct request for help: a frigate for its carrier and reconnaissance for its strikes.',
        sources: ['zeit-bundestag', 'bloomberg-merkel-paris'],
      },
      {
        check: { kind: 'trust', from: 'DEU', to: 'USA', min: 0.2 },
        because:
          'The jets would fly reconnaissance for the US-led coalition from Incirlik; Berlin had to trust the campaign it was joining.',
        sources: ['zeit-bundestag', 'zeit-legal-basis'],
      },
      {
        check: { kind: 'member', actors: ['DEU'], is: true },
        because:
          'Germany sent its jets as a member of the US-led coalition against ISIS, in which it had trained the Peshmerga since 2014.',
        sources: ['dw-coalition-2014', 'zeit-bundestag'],
        roles: ['FRA', 'USA'],
      },
      {
        check: { kind: 'member', actors: ['DEU'], is: false },
        because:
          'The mandate sent German jets and a frigate beside France in the coalition against ISIS; a Berlin fighting beside Moscow would not have asked for it.',
        sources: ['zeit-bundestag'],
        roles: ['RUS'],
      },
    ],
    otherwise: {
      title: 'Berlin keeps its help to Mali and training',
      text: 'In this game the government does not ask the Bundestag for a Syria mission: Germany helps France by relieving it in Mali.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    id: 'bashiqa',
    date: '2015-12-04',
    title: 'Turkish troops and tanks reinforce a camp near Mosul',
    actor: 'TUR',
    reading:
      'Turkey moved a reinforced unit, about 150 soldiers with 20 to 25 tanks by its own count, to its training camp at Bashiqa, some 30 km north-east of Mosul, where Turkish trainers had worked with Kurdish Peshmerga and Sunni Arab volunteers since March. Ankara called it protection for its trainers, agreed with the Kurdish regional government; Baghdad said it had not consented and demanded the troops leave. (Iraq\u2019s own later account dates the crossing to 3 December; reports at the time, to 4 December.)',
    perspectives: [
      {
        source: 'worldbulletin-bashiqa',
        country: 'Turkey',
        text: 'World Bulletin: Baghdad called the deployment of 4 December a breach of its sovereignty; Ankara said the troops guard trainers and have no combat role.',
      },
      {
        source: 'haber3-bashiqa',
        country: 'Turkey',
        text: 'Haber3: Abadi gave Ankara 48 hours to withdraw; Davuto\u011flu wrote that no more troops would be sent until Iraq\u2019s concerns were met.',
      },
    ],
    given:
      'Turkey\u2019s move rested on its partnership with the Kurdistan Regional Government and its training mission near Mosul, neither of which the game models (Iraq is not one of its actors): no play in the game bears on it.',
    effects: [],
    sources: ['worldbulletin-bashiqa', 'haber3-bashiqa', 'unnews-iraq-turkey'],
    assumption: 'no effect: the quarrel was between Ankara and Baghdad, and Iraq is not an actor in the game',
  },
  {
    id: 'fabius-assad',
    // From 1.5.0 (historian's P3, the historian's read of 1.4.0): France's line on Assad moves in play
    // (accepted proposals, France's own initiatives), so the softening needs a Paris that still wanted
    // Assad gone.
    when: [
      {
        check: { kind: 'position', actor: 'FRA', issue: 'assad', max: 35 },
        because:
          'Fabius softened a line that still wanted Assad gone (Paris at 35 or less, as the record has it at the end of November): a Paris already reconciled to Assad staying had nothing to soften.',
        sources: ['alaraby-fabius', 'franceinfo-fabius'],
      },
    ],
    otherwise: {
      title: 'Fabius restates France\u2019s line',
      text: 'In this game Paris has already moved past demanding an exit date for Assad; Fabius only restates a line that lets him stay into the transition.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    given:
      'The Vienna group asked Riyadh on 14 November, before the game opens, to gather the opposition; the talks go on whatever else happens.',
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
    when: [
      {
        check: { kind: 'deconfliction', min: 0.2 },
        because:
          'Putin told his ministry to build on the channels that were working, with Israel and with the US-led coalition; there was something to build on.',
        sources: ['rferl-putin-tough', 'aerotech-mou'],
      },
    ],
    otherwise: {
      title: 'Putin orders his forces to act alone',
      text: 'In this game the channels with the coalition have broken down: Putin tells his ministry to answer any threat, and nothing more.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    id: 'iraq-complaint-unsc',
    date: '2015-12-11',
    title: 'Iraq asks the Security Council to order Turkish troops out',
    reading:
      'After a closed briefing of the Security Council on 8 December, Iraq wrote to the Council\u2019s President asking it to order Turkey to pull its forces out of Iraq at once and unconditionally, back to the border.',
    perspectives: [
      {
        source: 'unsc-pv-7589',
        country: 'United Nations',
        text: 'The Council\u2019s record names the letter: dated 11 December, from Iraq\u2019s Permanent Representative (S/2015/963).',
      },
      {
        source: 'un-sc12173',
        country: 'United Nations',
        text: 'The UN\u2019s account: the letter asked the Council to order Turkey\u2019s forces back to the border, immediately and unconditionally.',
      },
    ],
    when: [
      {
        check: { kind: 'act', id: 'bashiqa', happened: true },
        because:
          'The letter asked the Council to order the force sent to Bashiqa out of Iraq: without that deployment Baghdad had nothing to bring to the Council.',
        sources: ['un-sc12173', 'unsc-pv-7589'],
      },
    ],
    effects: [],
    sources: ['unsc-pv-7589', 'un-sc12173', 'unnews-iraq-turkey'],
    assumption: 'no effect: Iraq is not an actor in the game, and the dispute moved no line the game models',
  },
  {
    id: 'smetlivy',
    when: [
      {
        // From 1.5.0 (historian's P4): the warning shots came after the downing.
        check: { kind: 'act', id: 'su24-shootdown', happened: true },
        because:
          'Moscow framed the shots as an answer to Turkish \u201cprovocations\u201d against its forces since the downing, and summoned Turkey\u2019s military attach\u00e9 over them; without the downing there was no standoff at sea.',
        sources: ['guardian-smetlivy', 'forces-smetlivy'],
      },
      {
        check: { kind: 'trust', from: 'RUS', to: 'TUR', max: -0.3 },
        because:
          'The shots came with Moscow and Ankara still at odds: Moscow had cut military contacts, and the foreign ministers\u2019 meeting in Belgrade on 3 December had settled nothing.',
        sources: ['guardian-smetlivy', 'trt-smetlivy'],
      },
    ],
    otherwise: {
      title: 'A Russian destroyer and a Turkish boat pass in the Aegean',
      text: 'In this game there is no standoff between Moscow and Ankara at sea: a Russian destroyer and a Turkish boat pass without incident.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
    date: '2015-12-13',
    title: 'A Russian destroyer fires warning shots at a Turkish boat',
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
    given: 'An investigation\u2019s preliminary finding, which no talks in the game could change.',
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
    given:
      'Riyadh\u2019s own project, announced without consulting several of the states it named; nothing in the talks about Syria moved it.',
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
    veto: {
      kind: 'visit',
      by: {
        RUS: {
          question: 'Decline to receive Kerry in Moscow on 15 December?',
          record:
            'Putin and Lavrov received Kerry in Moscow on 15 December and agreed to meet the Vienna group in New York on 18 December.',
          effects: [{ kind: 'trust', from: 'USA', to: 'RUS', delta: -0.15, mutual: false }],
        },
      },
      instead:
        'In this game Moscow does not receive Kerry: Russia gives no assent to the Vienna group\u2019s meeting in New York on 18 December, which stays in doubt.',
      sources: ['kerry-putin', 'abc-kerry-regime-change'],
      assumption: DECLINE,
    },
    when: [
      {
        check: { kind: 'member', actors: ['RUS'], is: false },
        because:
          'Kerry went to Moscow to bridge two campaigns and save the New York meeting of the Vienna group; with Russia already in the coalition, there would be no such gap to bridge.',
        sources: ['kerry-putin', 'state-kerry-2254'],
        roles: ['FRA', 'USA'],
      },
      {
        check: { kind: 'member', actors: ['USA'], is: false },
        because:
          'Kerry went to Moscow to bridge two campaigns; a Washington already fighting beside Moscow would have no such gap to bridge.',
        sources: ['kerry-putin'],
        roles: ['RUS'],
      },
      {
        check: { kind: 'trust', from: 'RUS', to: 'USA', min: -0.6 },
        because:
          'The visit was possible because the two capitals still talked through the crisis over Turkey; whether the New York meeting would happen was in doubt until it.',
        sources: ['kerry-putin', 'abc-kerry-regime-change'],
      },
    ],
    otherwise: {
      title: 'Kerry does not go to Moscow',
      text: 'In this game there is no visit: either Russia already fights in the coalition, or Washington and Moscow are too far apart to meet; the Vienna group is prepared by telephone.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    veto: {
      by: {
        FRA: {
          question: 'Veto the US\u2013Russian resolution on ISIS\u2019s finances in the Security Council?',
          record: 'France voted for the text Washington and Moscow had drafted; the Council adopted it unanimously.',
          effects: [
            { kind: 'trust', from: 'USA', to: 'FRA', delta: -0.1, mutual: false },
            { kind: 'trust', from: 'RUS', to: 'FRA', delta: -0.1, mutual: false },
          ],
        },
        USA: {
          question: 'Withdraw from the text on ISIS\u2019s finances drafted with Moscow, and veto it?',
          record:
            'The United States drafted the text with Russia and voted for it; the Council adopted it unanimously.',
          effects: [{ kind: 'trust', from: 'RUS', to: 'USA', delta: -0.15, mutual: false }],
        },
        RUS: {
          question: 'Withdraw from the text on ISIS\u2019s finances drafted with Washington, and veto it?',
          record:
            'Russia drafted the text with the United States and voted for it; the Council adopted it unanimously.',
          effects: [{ kind: 'trust', from: 'USA', to: 'RUS', delta: -0.15, mutual: false }],
        },
      },
      instead: 'In this game the Security Council adopts nothing: the text fails.',
      sources: ['rferl-2253'],
      assumption: COST,
    },
    when: [
      {
        check: { kind: 'trust', from: 'RUS', to: 'USA', min: -0.75 },
        because:
          'The resolution on ISIS\u2019s money was drafted by Washington and Moscow together; it needed the two to be working on one text.',
        sources: ['rferl-2253'],
      },
    ],
    otherwise: {
      title: 'No joint text on ISIS\u2019s money',
      text: 'In this game Washington and Moscow draft no text together: the finance ministers meet, and the Council adopts nothing.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
    date: '2015-12-17',
    title: 'Resolution 2253: a US\u2013Russian text against ISIS\u2019s finances',
    reading:
      'The Security Council unanimously adopted a resolution drafted by the United States and Russia that tightens sanctions on ISIS\u2019s oil, antiquities and ransom money.',
    perspectives: [
      {
        source: 'rferl-2253',
        country: 'Czech Republic (US-funded)',
        text: 'RFE/RL: a text drafted jointly by the United States and Russia, tying together the measures against ISIS\u2019s finances.',
      },
    ],
    effects: [{ kind: 'trust', from: 'USA', to: 'RUS', delta: 0.03, mutual: true }],
    sources: ['rferl-2253'],
    assumption: SIZE,
  },
  {
    id: 'unsc-2254',
    veto: {
      by: {
        FRA: {
          question: 'Veto the Vienna group\u2019s road map for Syria in the Security Council?',
          record: 'France voted for the road map; the Council endorsed it unanimously.',
          effects: [
            { kind: 'trust', from: 'USA', to: 'FRA', delta: -0.1, mutual: false },
            { kind: 'trust', from: 'RUS', to: 'FRA', delta: -0.1, mutual: false },
          ],
        },
        USA: {
          question: 'Veto the Vienna group\u2019s road map for Syria in the Security Council?',
          record:
            'Kerry chaired the meeting and the United States voted for the road map; the Council endorsed it unanimously.',
          effects: [
            { kind: 'trust', from: 'RUS', to: 'USA', delta: -0.1, mutual: false },
            { kind: 'trust', from: 'FRA', to: 'USA', delta: -0.1, mutual: false },
          ],
        },
        RUS: {
          question: 'Veto the Vienna group\u2019s road map for Syria in the Security Council?',
          record:
            'Russia voted for the road map after Lavrov worked through the day on the text with Kerry; the Council endorsed it unanimously.',
          effects: [
            { kind: 'trust', from: 'USA', to: 'RUS', delta: -0.15, mutual: false },
            { kind: 'trust', from: 'FRA', to: 'RUS', delta: -0.1, mutual: false },
          ],
        },
      },
      instead: 'In this game the Security Council adopts nothing: the text fails.',
      sources: ['state-kerry-2254', 'un-press-2254'],
      assumption: COST,
    },
    when: [
      {
        check: { kind: 'gap', actors: ['USA', 'RUS'], issue: 'vienna', max: 20 },
        because:
          'The road map needed Washington and Moscow to agree a text endorsing the Vienna statements; it passed only because both drove the talks and left Assad\u2019s fate unsaid.',
        sources: ['state-kerry-2254', 'un-press-2254'],
      },
      {
        check: { kind: 'trust', from: 'RUS', to: 'USA', min: -0.75 },
        because:
          'Kerry thanked Lavrov for working through the day on the text: the two capitals had to be on speaking terms.',
        sources: ['state-kerry-2254', 'taipei-2254'],
      },
      {
        check: { kind: 'notBlocked', id: 'kerry-moscow' },
        because:
          'When Kerry flew to Moscow on 15 December the New York meeting where the road map was adopted was still in doubt: Russia had set preconditions. Russia said it backed the meeting only after his day with Lavrov and Putin. A Moscow that turned him away gave no such assent.',
        sources: ['nyt-kerry-moscow', 'reuters-lavrov-new-york', 'afp-kerry-not-knowing'],
      },
    ],
    otherwise: {
      title: 'The Council adopts no road map for Syria in December',
      text: 'In this game Washington and Moscow have not settled the talks between them in time: the Council adopts no road map, and the question waits for the new year.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
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
    id: 'kuntar-killed',
    date: '2015-12-19',
    title: 'Samir Kuntar killed in a strike near Damascus',
    reading:
      'On the night of Saturday 19 December a strike destroyed a residential building in Jaramana, a south-eastern suburb of Damascus, killing the Lebanese Hezbollah commander Samir Kuntar, who had served nearly three decades in an Israeli prison for a 1979 attack, and several Syrians. Hezbollah blamed Israeli warplanes; Israel neither confirmed nor denied it, and Israeli ministers welcomed his death.',
    perspectives: [
      {
        source: 'straitstimes-kuntar',
        country: 'Singapore',
        text: 'Bloomberg: Hezbollah said an Israeli strike killed him in Jaramana; the Israeli military had no comment.',
      },
      {
        source: 'amwal-kuntar',
        country: 'Egypt',
        text: 'AFP: Hezbollah said he was killed on Saturday night when Israeli planes bombed the building where he lived.',
      },
      {
        source: 'realites-kuntar',
        country: 'Tunisia',
        text: 'R\u00e9alit\u00e9s: a pro-government Syrian militia put the strike at dawn on Sunday; Hezbollah confirmed his death.',
      },
    ],
    given:
      'No government claimed the strike, and it belongs to Israel\u2019s conflict with Hezbollah, which the game does not model: no play in the game bears on it.',
    effects: [],
    sources: ['straitstimes-kuntar', 'amwal-kuntar', 'realites-kuntar'],
    assumption:
      'no effect here: Israel did not claim the strike; what it meant for Israel\u2019s channel with Moscow is told on 22 December',
  },
  {
    id: 'eu-sanctions-extended',
    given:
      'The rollover was tied to the Minsk accords on Ukraine, which the game does not model; no member state threatened a veto, and Syria cooperation did not count.',
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
    // A rollover needed every member state's consent: a French player may withhold France's.
    veto: {
      by: {
        FRA: {
          question:
            'Withhold France\u2019s consent to rolling the EU\u2019s economic sanctions on Russia over for six months?',
          record:
            'France, like every other member state, raised no objection, and the Council extended the sanctions to 31 July 2016.',
          effects: [
            { kind: 'trust', from: 'DEU', to: 'FRA', delta: -0.15, mutual: false },
            { kind: 'trust', from: 'GBR', to: 'FRA', delta: -0.1, mutual: false },
            { kind: 'trust', from: 'USA', to: 'FRA', delta: -0.1, mutual: false },
            { kind: 'trust', from: 'RUS', to: 'FRA', delta: 0.1, mutual: false },
          ],
        },
      },
      instead:
        'In this game the EU does not roll its sanctions over: they stay in force until they run out on 31 January 2016, after the game ends, and Paris\u2019s partners are left to argue it out in January.',
      sources: ['vov-eu-sanctions', 'kmu-eu-sanctions'],
      assumption:
        'what withholding consent costs is a design assumption (not in the articles): Berlin, London and Washington, which held to the Minsk condition, trust Paris less, and Moscow more; the sizes are the game\u2019s',
    },
    sanctions: [
      { from: 'FRA', to: 'RUS' },
      { from: 'DEU', to: 'RUS' },
      { from: 'GBR', to: 'RUS' },
    ],
  },
  {
    id: 'israel-russia-kuntar',
    when: [
      {
        check: { kind: 'trust', from: 'ISR', to: 'RUS', min: 0 },
        because:
          'The channel Israel and Russia had run since September held after the strike that killed Kuntar: both wanted it to.',
        sources: ['jpost-israel-russia', 'bignews-putin-netanyahu'],
      },
    ],
    otherwise: {
      title: 'Moscow and Jerusalem fall silent after the Kuntar strike',
      text: 'In this game Israel and Russia have drifted apart: no call follows the strike.',
      effects: [],
      assumption: 'the alternative is the game\u2019s own invention (historian\u2019s judgement), not reporting',
    },
    date: '2015-12-22',
    title: 'Putin and Netanyahu keep coordinating after the Kuntar strike',
    actor: 'ISR',
    reading:
      'Three days after the strike near Damascus that killed the Hezbollah commander Samir Kuntar (Hezbollah blamed Israel, which neither confirmed nor denied it), Netanyahu called Putin: both agreed to keep coordinating against terrorism, and the mechanism they had set up in September to avoid incidents over Syria stayed in place.',
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
    decide: 'Add 34 names to the Ukraine-related sanctions on Russia, a day after the EU\u2019s rollover?',
    given:
      'The designations were tied to Ukraine and the Minsk accords, which the game does not model; Washington went ahead though it could strain the Syria track.',
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
    given:
      'A battle of the Syrian Democratic Forces, who are not a capital in the game; US air support for them was set before the game opens.',
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
  {
    id: 'ramadi',
    date: '2015-12-28',
    title: 'Iraqi forces raise their flag over Ramadi\u2019s government complex',
    reading:
      'A day after the army declared victory, Iraq\u2019s Counter-Terrorism Service raised the flag over the Anbar government complex in Ramadi, which ISIS had seized in May; pockets of fighters remained outside the centre. The US-led coalition counted more than 600 strikes in and around the city among its support, with training and engineering equipment.',
    perspectives: [
      {
        source: 'centcom-ramadi',
        country: 'United States',
        text: 'CENTCOM: the coalition congratulated Iraq\u2019s forces and listed more than 600 strikes around Ramadi among its support.',
      },
      {
        source: 'reuters-ramadi',
        country: 'United Kingdom',
        text: 'Reuters: an Iraqi military spokesman announced the flag over the complex, a day after the army declared victory.',
      },
      {
        source: 'jamestownsun-ramadi',
        country: 'United States',
        text: 'Reuters\u2019 account: the Iraqi army\u2019s first major victory since 2014; a coalition spokesman counted over 630 strikes in six months.',
      },
    ],
    given:
      'Iraq\u2019s war on the ground, with coalition air support that began months before the game\u2019s first round; Iraq is not an actor in the game, and no play in it bears on the battle.',
    effects: [],
    sources: ['centcom-ramadi', 'reuters-ramadi', 'jamestownsun-ramadi'],
    assumption:
      'no effect: the victory was Iraq\u2019s, in the game\u2019s last days, and it changed no capital\u2019s line on Syria that the game models',
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
