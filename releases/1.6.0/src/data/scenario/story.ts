import type { BriefingItem } from '../schema';
import { cite } from './cite';

// The opening briefing: what a reader of each article learned on 17 November 2015, in our words.
export const opening: BriefingItem[] = [
  {
    id: 'coalition-call',
    title: 'A grand coalition begins to take shape',
    framings: {
      news: 'France, Russia and the US are moving from talk to action: Hollande wants one coalition and will visit Washington and Moscow next week.',
      opinion: 'Paris has galvanised an alliance, and with a weak American president it may end up led from Moscow.',
    },
    sources: [cite('wsj', 1), cite('wsj', 4), cite('breitbart', 1)],
    // Where the phrase was said: neither article names the speech, so the record says it, as the game's.
    record: {
      text: 'On Monday 16 November, three days after the attacks, Hollande addressed both houses of Parliament sitting together at Versailles: France was at war, its strikes on Raqqa would intensify and the carrier Charles de Gaulle would sail. He called for all who could fight ISIS to come together in one large, single coalition (\u00ab\u00a0une grande et unique coalition\u00a0\u00bb, as the French press quoted him; the Wall Street Journal\u2019s \u201cgrand and single coalition\u201d) and said he would see Obama and Putin within days. Assad could not be the solution, he said, but France\u2019s enemy was Daesh. He also asked for a Security Council resolution and for three more months of the state of emergency.',
      perspectives: [
        {
          source: 'euronews-versailles',
          country: 'European Union',
          text: 'Euronews: Hollande called for a single, large coalition with the United States and Russia and said he would meet Obama and Putin within days.',
        },
        {
          source: 'irishtimes-versailles',
          country: 'Ireland',
          text: 'Reuters: a 50-minute speech that opened with \u201cFrance is at war\u201d; Assad is not the solution, but the enemy is Daesh; a standing ovation.',
        },
        {
          source: 'franceinfo-versailles',
          country: 'France',
          text: 'franceinfo: one international coalition, three more months of the state of emergency and a change to the Constitution.',
        },
        {
          source: 'mediapart-grande-coalition',
          country: 'France',
          text: 'Mediapart, twelve days later: the \u00ab\u00a0grande et unique coalition\u00a0\u00bb Hollande promised had yielded little.',
        },
      ],
      sources: ['euronews-versailles', 'irishtimes-versailles', 'franceinfo-versailles', 'mediapart-grande-coalition'],
    },
  },
  {
    id: 'obama-offer',
    title: 'Obama: cooperation, if Russia changes its targets',
    framings: {
      news: 'Obama says the US would welcome working with Moscow if Russia turns its strikes on ISIS, a message he gave Putin in Turkey.',
      opinion:
        'Obama repeats what he has said since the first Russian bomb fell on US-backed rebels, as if Moscow were coming round to his view.',
    },
    sources: [cite('wsj', 2), cite('wsj', 3), cite('breitbart', 3)],
  },
  {
    id: 'advance-notice',
    title: 'Russia warns Washington before it strikes',
    framings: {
      news: 'For the first time since its campaign began on 30 September, Russia told the US in advance of its strikes: 12 to 20 of them, from ships and bombers.',
      opinion:
        'Moscow extends a courtesy for the first time, and Putin, already reaping the benefits, looks less like a pariah and more like the indispensable man.',
    },
    sources: [cite('wsj', 6), cite('wsj', 8), cite('breitbart', 5), cite('breitbart', 7)],
  },
  {
    id: 'airliner',
    title: 'A bomb brought down the Russian airliner',
    framings: {
      news: 'Moscow has concluded that a bomb destroyed its jetliner over Egypt, which makes the common cause with France look real.',
      opinion:
        'Russia was slow to admit ISIS hit its airliner; once it could no longer deny it, its jets joined France\u2019s over Raqqa.',
    },
    sources: [cite('wsj', 7), cite('breitbart', 5)],
  },
  {
    id: 'what-divides',
    title: 'What still divides them: Ukraine and Assad',
    framings: {
      news: 'The sanctions over Crimea, NATO\u2019s focus on Russia, and above all Assad\u2019s future stand in the way; officials doubt real military cooperation.',
      opinion:
        'Lavrov says Washington sits on two chairs, sparing the ISIS units that threaten Assad; Moscow\u2019s view of the war is gaining ground.',
    },
    sources: [cite('wsj', 5), cite('wsj', 9), cite('wsj', 20), cite('breitbart', 9), cite('breitbart', 10)],
  },
  {
    id: 'regional-split',
    title: 'The region splits over Russia and Assad',
    framings: {
      news: 'Turkey, Saudi Arabia and Qatar still want an exit date for Assad; Jordan, Egypt, Israel and the UAE have grown accepting of Russia\u2019s role. Iran says only Assad decides.',
      opinion: 'The American coalition is fraying at the edges while Russia and Iran set the terms of the endgame.',
    },
    sources: [cite('wsj', 24), cite('wsj', 25), cite('wsj', 29), cite('breitbart', 12), cite('breitbart', 14)],
  },
  {
    id: 'nato-caution',
    title: 'NATO sounds a note of caution',
    framings: {
      news: 'Stoltenberg says Russia can play a constructive role, but its strikes have mostly hit areas ISIS does not hold.',
      opinion:
        'The opinion piece does not discuss NATO or Stoltenberg: it reads the moment as proof of Russia\u2019s view, since major ISIS targets are hit only now, after years of American strategy.',
    },
    sources: [cite('wsj', 18), cite('wsj', 19), cite('breitbart', 11)],
  },
];

// More topics for the sources panel: the rest of what the articles report, told both ways.
// Where one article is silent on a topic, the framing says so rather than inventing its view.
export const topics: BriefingItem[] = [
  {
    id: 'putin-opening',
    title: 'Putin\u2019s opening',
    framings: {
      news: 'Russia began its own strikes in Syria in September, which Washington saw as propping up Assad. The Paris attacks gave Putin an opening; a senior Russian lawmaker compared the moment to the wartime alliance against Hitler.',
      opinion:
        'Moscow called every enemy of Assad a terrorist and hit the Western-backed rebels first, so that the West would be left to finish ISIS; now a Russian cruiser is to work with the French fleet while Lavrov scolds Washington.',
    },
    sources: [
      cite('wsj', 10),
      cite('wsj', 11),
      cite('wsj', 12),
      cite('wsj', 14),
      cite('breitbart', 4),
      cite('breitbart', 6),
      cite('breitbart', 8),
    ],
  },
  {
    id: 'europe-steps-up',
    title: 'London and Berlin weigh their part',
    framings: {
      news: 'Cameron will ask Parliament to let Britain strike ISIS in Syria; in Germany a cancelled football match under a terror threat feeds the debate on its role. Washington welcomes allies doing more.',
      opinion:
        'The opinion piece does not discuss Britain or Germany: it reads the moment as a contest between Washington and Moscow.',
    },
    sources: [cite('wsj', 15), cite('wsj', 16)],
  },
  {
    id: 'vienna',
    title: 'The Vienna talks',
    framings: {
      news: 'More than a dozen countries are meeting in Vienna on a political settlement; Obama calls Russia a constructive partner there, though the two still disagree on Assad.',
      opinion:
        'The new alliance leans Putin\u2019s way: he can say the West fed ISIS by arming the rebellion, and that the Americans are coming round to his view.',
    },
    sources: [cite('wsj', 16), cite('wsj', 17), cite('breitbart', 6)],
  },
  {
    id: 'iran',
    title: 'Iran, the wild card',
    framings: {
      news: 'Iran says it has blocked moves to stop Assad standing for re-election; Western officials read this as a crack between Tehran and Moscow, which seems readier to accept a settlement without him.',
      opinion:
        'Talk of Russia and Iran falling out over Assad is wishful thinking; Obama\u2019s courting of Iran has pushed Egypt and Israel away from him.',
    },
    sources: [
      cite('wsj', 27),
      cite('wsj', 28),
      cite('wsj', 29),
      cite('wsj', 30),
      cite('wsj', 31),
      cite('breitbart', 13),
    ],
  },
];

// What actually happened next: the debrief compares every game against this record.
export const history = [
  {
    date: '2015-11-24',
    text: 'Hollande met Obama at the White House; they agreed to intensify strikes and share intelligence. The same day Turkey shot down a Russian Su-24.',
    sources: ['nyt-obama-hollande', 'su24-shootdown'],
  },
  {
    date: '2015-11-26',
    text: 'In Moscow, Hollande and Putin agreed to exchange intelligence and coordinate strikes on ISIS, but not to a single coalition; Hollande kept saying Assad had no place in Syria\u2019s future.',
    sources: ['bi-hollande-putin', 'pri-hollande-putin'],
  },
  {
    date: '2015-11-28',
    text: 'Russia imposed economic sanctions on Turkey over the downed jet.',
    sources: ['reuters-turkey-sanctions'],
  },
  {
    date: '2015-12-02',
    text: 'The UK Parliament approved strikes in Syria, 397 to 223; the RAF struck within hours.',
    sources: ['bbc-commons-vote'],
  },
  {
    date: '2015-12-04',
    text: 'The Bundestag approved a German support mission, 445 to 146: reconnaissance Tornados, a tanker and a frigate, but no bombing.',
    sources: ['faz-bundestag'],
  },
  {
    date: '2015-12-15',
    text: 'Saudi Arabia announced its own 34-state Islamic alliance against terrorism; Kerry met Putin in Moscow.',
    sources: ['rferl-islamic-coalition', 'kerry-putin'],
  },
  {
    date: '2015-12-18',
    text: 'UN Security Council Resolution 2254 endorsed a road map for Syria, leaving Assad\u2019s fate open.',
    sources: ['r2p-2254'],
  },
  {
    date: '2015-12-21',
    text: 'The EU extended its sanctions on Russia to July 2016.',
    sources: ['rferl-eu-sanctions'],
  },
  {
    date: '2015-12-31',
    text: 'No single grand coalition including Russia was formed: the US-led coalition and Russia\u2019s campaign stayed parallel, with some coordination, and the split over Assad remained.',
    sources: ['pri-hollande-putin', 'r2p-2254'],
  },
];

export const glossary = [
  {
    term: 'ISIS',
    aka: ['ISIL', 'Islamic State', 'Daesh', 'IS'],
    definition:
      'The jihadist group that held territory in Syria and Iraq in 2015 and claimed the Paris attacks. Governments used different names for it; Daesh is the Arabic acronym.',
  },
  {
    term: 'Coalition',
    aka: ['US-led coalition', 'Global Coalition'],
    definition:
      'A group of states acting together. In 2015 a US-led coalition of about 65 members was already fighting ISIS; Russia ran a separate campaign.',
  },
  {
    term: 'Grand coalition',
    aka: ['grand and single coalition'],
    definition:
      'Hollande\u2019s phrase, in his speech to Parliament at Versailles on 16 November 2015, for one alliance against ISIS that would include both the United States and Russia.',
    sources: ['euronews-versailles', 'mediapart-grande-coalition'],
  },
  {
    term: 'Deconfliction',
    aka: [],
    definition:
      'Arrangements that stop two militaries flying in the same sky from hitting each other by accident: notice of strikes, hotlines, agreed zones.',
  },
  {
    term: 'Vienna talks',
    aka: ['International Syria Support Group', 'ISSG'],
    definition:
      'Talks from October 2015 among more than a dozen countries, including rivals such as Iran and Saudi Arabia, to plan a political settlement in Syria.',
  },
  {
    term: 'Article 42.7',
    aka: ['mutual defence clause'],
    definition:
      'The clause of the EU treaty that obliges member states to aid a member that suffers armed aggression. France invoked it for the first time on 17 November 2015.',
  },
  {
    term: 'UN Security Council resolution',
    aka: ['UNSC', 'Resolution 2249', 'Resolution 2254'],
    definition:
      'A decision of the 15-member Security Council. Resolution 2249 (20 Nov 2015) called for all necessary measures against ISIS; 2254 (18 Dec 2015) set a road map for Syria.',
  },
  {
    term: 'Sanctions',
    aka: [],
    definition:
      'Economic penalties. The US and EU imposed them on Russia after it annexed Crimea in 2014; Russia imposed its own on Turkey in November 2015.',
  },
  {
    term: 'NATO',
    aka: ['North Atlantic Treaty Organization'],
    definition:
      'The Western military alliance, including the US, France, the UK, Germany and Turkey. Its members promise to defend one another; in 2015 its main worry was Russia after Crimea.',
  },
  {
    term: 'Crimea',
    aka: [],
    definition:
      'A peninsula of Ukraine that Russia annexed in 2014. The annexation led the US and the EU to impose sanctions on Russia.',
  },
  {
    term: 'Assad',
    aka: ['Bashar al-Assad'],
    definition:
      'President of Syria since 2000. Whether he could stay in power, for how long, and who decided was the question that divided the capitals most.',
  },
  {
    term: 'Rebels',
    aka: ['Syrian opposition', 'moderate rebels'],
    definition:
      'The armed groups fighting Assad\u2019s government, some backed by the US, Turkey, Saudi Arabia and Qatar. Russia called most of them terrorists and bombed them.',
  },
  {
    term: 'Raqqa',
    aka: [],
    definition:
      'A city in north-east Syria that ISIS held as its capital in 2015; French and Russian jets struck it after the Paris attacks.',
  },
  {
    term: 'Bundestag',
    aka: [],
    definition: 'Germany\u2019s parliament. German troops can only be deployed abroad with its vote.',
  },
  {
    term: 'House of Commons',
    aka: ['Parliament'],
    definition:
      'The elected chamber of the UK Parliament. In August 2013 it voted 285 to 272 against possible strikes on Assad\u2019s forces, so in 2015 Cameron would not strike ISIS in Syria without its vote.',
    sources: ['publicwhip-2013'],
  },
  {
    term: 'Red line',
    aka: ['red lines'],
    definition:
      'In the game, a limit an actor sets on its own position, taken from the articles where they state one: its own line never moves past it. You may still ask for more, but crossing it at all costs a step in its answer and each point beyond costs more, so a yes becomes unlikely, not impossible. A call or a visit puts no terms on the table, so red lines count only in proposals.',
  },
  {
    term: 'Line',
    aka: ['coalition\u2019s line', "coalition's line"],
    definition:
      'In the game, where an actor stands on an issue, from 0 to 100 on that issue\u2019s scale (on what to strike first, 0 is ISIS first and only, 100 every armed opponent of Assad). The coalition\u2019s line is the average of its members\u2019 lines, each weighted by its weight in the war and by how much it cares about the issue. Your terms say where the coalition\u2019s line must stand once everyone you need is in.',
  },
  {
    term: 'Ambitious ask',
    aka: ['ambition', 'ambitious'],
    definition:
      'In the game, a proposal that asks a capital to move far from its own line. The further, the likelier a no, and disproportionately so: a step of 10 costs little, a step of 40 about sixteen times as much. Asking the same capital again in the same round costs a little too. Ask in steps, and read the chance of yes before you send.',
  },
  {
    term: 'Coalition meter',
    aka: ['meter'],
    definition:
      'In the game, a 0 to 100 score of how united the coalition is: who is in, how committed they are, and whether Washington and Moscow have agreed to deconflict.',
  },
  {
    term: 'Salience',
    aka: [],
    definition: 'In the model, how much an issue matters to an actor, from 0 (not at all) to 1 (above everything).',
  },
  {
    term: 'Exit date',
    aka: ['transition'],
    definition:
      'A fixed date by which Assad would leave power, possibly after staying during a transition period: the demand of Turkey, Saudi Arabia and Qatar.',
  },
];

export const debriefQuestions = [
  'How did the two articles frame the same facts differently? Which framing did your decisions follow?',
  'Which event outside your control changed the game most? Could you have prepared for it?',
  'Why do you think no single grand coalition was formed in 2015? Did your game end the same way?',
];
