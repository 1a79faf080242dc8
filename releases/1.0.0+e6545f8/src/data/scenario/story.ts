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
  },
  {
    id: 'obama-offer',
    title: 'Obama: cooperation, if Russia changes its targets',
    framings: {
      news: 'Obama says the US would welcome working with Moscow if Russia turns its strikes on ISIS, a message he gave Putin in Turkey.',
      opinion: 'Obama repeats what he has said since the first Russian bomb fell on US-backed rebels, as if Moscow were coming round to his view.',
    },
    sources: [cite('wsj', 2), cite('wsj', 3), cite('breitbart', 3)],
  },
  {
    id: 'advance-notice',
    title: 'Russia warns Washington before it strikes',
    framings: {
      news: 'For the first time since its campaign began on 30 September, Russia told the US in advance of its strikes: 12 to 20 of them, from ships and bombers.',
      opinion: 'Moscow extends a courtesy and looks like the indispensable partner; Putin is no longer the pariah.',
    },
    sources: [cite('wsj', 6), cite('wsj', 8), cite('breitbart', 5), cite('breitbart', 7)],
  },
  {
    id: 'airliner',
    title: 'A bomb brought down the Russian airliner',
    framings: {
      news: 'Moscow has concluded that a bomb destroyed its jetliner over Egypt, which makes the common cause with France look real.',
      opinion: 'Russia was slow to admit ISIS hit its airliner; once it could no longer deny it, its jets joined France\u2019s over Raqqa.',
    },
    sources: [cite('wsj', 7), cite('breitbart', 5)],
  },
  {
    id: 'what-divides',
    title: 'What still divides them: Ukraine and Assad',
    framings: {
      news: 'The sanctions over Crimea, NATO\u2019s focus on Russia, and above all Assad\u2019s future stand in the way; officials doubt real military cooperation.',
      opinion: 'Lavrov says Washington sits on two chairs, sparing the ISIS units that threaten Assad; Moscow\u2019s view of the war is gaining ground.',
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
      opinion: 'Western officials still cling to a view of the war that Russian strikes on Raqqa are making obsolete.',
    },
    sources: [cite('wsj', 18), cite('wsj', 19), cite('breitbart', 11)],
  },
];

// What actually happened next: the debrief compares every game against this record.
export const history = [
  { date: '2015-11-24', text: 'Hollande met Obama at the White House; they agreed to intensify strikes and share intelligence. The same day Turkey shot down a Russian Su-24.', sources: ['nyt-obama-hollande', 'su24-shootdown'] },
  { date: '2015-11-26', text: 'In Moscow, Hollande and Putin agreed to exchange intelligence and coordinate strikes on ISIS, but not to a single coalition; Hollande kept saying Assad had no place in Syria\u2019s future.', sources: ['bi-hollande-putin', 'pri-hollande-putin'] },
  { date: '2015-11-28', text: 'Russia imposed economic sanctions on Turkey over the downed jet.', sources: ['reuters-turkey-sanctions'] },
  { date: '2015-12-02', text: 'The UK Parliament approved strikes in Syria, 397 to 223; the RAF struck within hours.', sources: ['bbc-commons-vote'] },
  { date: '2015-12-04', text: 'The Bundestag approved a German support mission, 445 to 146: reconnaissance Tornados, a tanker and a frigate, but no bombing.', sources: ['faz-bundestag'] },
  { date: '2015-12-15', text: 'Saudi Arabia announced its own 34-state Islamic alliance against terrorism; Kerry met Putin in Moscow.', sources: ['rferl-islamic-coalition', 'kerry-putin'] },
  { date: '2015-12-18', text: 'UN Security Council Resolution 2254 endorsed a road map for Syria, leaving Assad\u2019s fate open.', sources: ['r2p-2254'] },
  { date: '2015-12-21', text: 'The EU extended its sanctions on Russia to July 2016.', sources: ['rferl-eu-sanctions'] },
  { date: '2015-12-31', text: 'No single grand coalition including Russia was formed: the US-led coalition and Russia\u2019s campaign stayed parallel, with some coordination, and the split over Assad remained.', sources: ['pri-hollande-putin', 'r2p-2254'] },
];

export const glossary = [
  { term: 'ISIS', aka: ['ISIL', 'Islamic State', 'Daesh', 'IS'], definition: 'The jihadist group that held territory in Syria and Iraq in 2015 and claimed the Paris attacks. Governments used different names for it; Daesh is the Arabic acronym.' },
  { term: 'Coalition', aka: ['US-led coalition', 'Global Coalition'], definition: 'A group of states acting together. In 2015 a US-led coalition of about 65 members was already fighting ISIS; Russia ran a separate campaign.' },
  { term: 'Grand coalition', aka: ['grand and single coalition'], definition: 'Hollande\u2019s phrase for one alliance against ISIS that would include both the United States and Russia.' },
  { term: 'Deconfliction', aka: [], definition: 'Arrangements that stop two militaries flying in the same sky from hitting each other by accident: notice of strikes, hotlines, agreed zones.' },
  { term: 'Vienna talks', aka: ['International Syria Support Group', 'ISSG'], definition: 'Talks from October 2015 among more than a dozen countries, including rivals such as Iran and Saudi Arabia, to plan a political settlement in Syria.' },
  { term: 'Article 42.7', aka: ['mutual defence clause'], definition: 'The clause of the EU treaty that obliges member states to aid a member that suffers armed aggression. France invoked it for the first time on 17 November 2015.' },
  { term: 'UN Security Council resolution', aka: ['UNSC', 'Resolution 2249', 'Resolution 2254'], definition: 'A decision of the 15-member Security Council. Resolution 2249 (20 Nov 2015) called for all necessary measures against ISIS; 2254 (18 Dec 2015) set a road map for Syria.' },
  { term: 'Sanctions', aka: [], definition: 'Economic penalties. The US and EU imposed them on Russia after it annexed Crimea in 2014; Russia imposed its own on Turkey in November 2015.' },
  { term: 'Salience', aka: [], definition: 'In the model, how much an issue matters to an actor, from 0 (not at all) to 1 (above everything).' },
  { term: 'Exit date', aka: ['transition'], definition: 'A fixed date by which Assad would leave power, possibly after staying during a transition period: the demand of Turkey, Saudi Arabia and Qatar.' },
];

export const debriefQuestions = [
  'Which actor\u2019s price for joining was the hardest to pay, and why?',
  'Did moving France\u2019s line toward Russia win more members than it lost? Who left, and why?',
  'How did the two articles frame the same facts differently? Which framing did your decisions follow?',
  'Which event outside your control changed the game most? Could you have prepared for it?',
  'Why do you think no single grand coalition was formed in 2015? Did your game end the same way?',
];
