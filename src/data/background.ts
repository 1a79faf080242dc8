// The one-page background a class reads before its first round: the attacks, the Vienna talks and
// who flew over Syria on 17 November 2015. Our own words, as of that day (nothing the game plays
// later is told here: the shootdown of 24 November, the British and German votes). Each paragraph
// names its sources; every one was checked against the page named (7 Dec 2026), and the two seed
// articles are cited as the sources page shows them.

export interface BackgroundSource {
  publisher: string;
  title: string;
  /** ISO date of the report. */
  date: string;
  url?: string;
  /** A seed article, opened at its paragraph on the sources page instead of a link out. */
  article?: 'wsj' | 'breitbart';
  paragraph?: number;
}

export interface BackgroundPart {
  heading: string;
  text: string;
  sources: BackgroundSource[];
}

export const background: { title: string; intro: string; parts: BackgroundPart[]; after: string } = {
  title: 'Before you play: Paris, Vienna and the sky over Syria (as of 17 November 2015)',
  intro:
    'Read this page before the first round. It says what had happened by the day the game begins, and who was already at war with whom.',
  parts: [
    {
      heading: 'The attacks',
      text: 'On the evening of Friday 13 November 2015, gunmen and suicide bombers struck six places in Paris and outside the Stade de France: bars, restaurants and the Bataclan concert hall. 130 people were killed and about 350 wounded. The Islamic State group (ISIS, also called Daesh) claimed the attacks the next day. On 16 November, before both houses of Parliament, President Hollande called for a \u201cgrand and single coalition\u201d against ISIS, with the United States and Russia in it.',
      sources: [
        {
          publisher: 'MDR (ARD)',
          title: 'Prozess zu Anschl\u00e4gen in Paris beginnt',
          date: '2021-09-08',
          url: 'https://www.mdr.de/nachrichten/welt/panorama/prozess-anschlaege-paris-bataclan-start-100.html',
        },
        {
          publisher: 'FDD\u2019s Long War Journal',
          title: 'The Islamic State claims responsibility for Paris attacks',
          date: '2015-11-14',
          url: 'http://www.longwarjournal.org/tags/bataclan-theater',
        },
        {
          publisher: 'Euronews',
          title: '\u2018We will eradicate terrorism\u2019 Hollande vows in defiant response to Paris slaughter',
          date: '2015-11-16',
          url: 'https://www.euronews.com/2015/11/16/we-will-eradicate-terrorism-hollande-vows-in-defiant-response-to-paris-slaughter',
        },
        {
          publisher: 'The Wall Street Journal (news report)',
          title: 'Global Anti-ISIS Alliance Begins to Emerge',
          date: '2015-11-17',
          article: 'wsj',
          paragraph: 1,
        },
      ],
    },
    {
      heading: 'The Vienna talks',
      text: 'That autumn, diplomats of 17 countries, among them the United States, Russia, Turkey, France, Britain and Germany, with the UN, the EU and the Arab League, had been meeting in Vienna on Syria\u2019s civil war. On 14 November, the day after the attacks, they agreed a timetable: talks between the Syrian government and the opposition by 1 January 2016, a transitional government within six months, a new constitution and elections within 18 months, and a ceasefire that would not cover ISIS or the al-Nusra Front. They did not agree on the question that divided them most: whether President Assad could stay.',
      sources: [
        {
          publisher: 'Sharecast News',
          title: 'International Support Group on Syria agrees on need for ceasefire',
          date: '2015-11-15',
          url: 'https://sharecast.com/news/international-economic/russia-and-us-agree-on-need-for-syrian-led-political-transition--930567.html',
        },
        {
          publisher: 'Daily Sabah',
          title: 'Vienna talks on Assad\u2019s future conclude, transition gov\u2019t likely in 6 months',
          date: '2015-11-16',
          url: 'https://www.dailysabah.com/politics/2015/11/16/vienna-talks-on-assads-future-conclude-transition-govt-likely-in-6-months/amp',
        },
      ],
    },
    {
      heading: 'Who flies over Syria',
      text: 'Two air campaigns share the sky, and they do not coordinate. The US-led coalition has bombed ISIS in Syria since 23 September 2014, at first with Bahrain, Jordan, Qatar, Saudi Arabia and the United Arab Emirates; by November 2015 the United States flew most of those strikes alone. France struck ISIS in Syria too, and hit Raqqa, ISIS\u2019s de facto capital, again and again after the attacks. Russia has flown its own campaign since 30 September 2015, with the Syrian government: Moscow called it a fight against terrorists, while Washington wanted it to turn from Assad\u2019s other enemies, including rebels the West backed, to ISIS. After the attacks, Russian bombers also struck Raqqa, and Russia warned Washington in advance for the first time. Turkey, a NATO member on Syria\u2019s border, had warned it would shoot down planes that crossed into its airspace.',
      sources: [
        {
          publisher: 'Al-Ahram Online (AFP)',
          title: 'Who\u2019s who in coalition against IS militants',
          date: '2015-02-23',
          url: 'https://english.ahram.org.eg/NewsContent/2/8/123775/World/Region/Whos-who-in-coalition-against-IS-militants-.aspx',
        },
        {
          publisher: 'Pioneer Press (NYT)',
          title: 'In fighting ISIS in Syria, U.S. is now largely alone',
          date: '2015-11-06',
          url: 'https://www.twincities.com/2015/11/06/in-fighting-isis-in-syria-u-s-is-now-largely-alone/',
        },
        {
          publisher: 'Politicit (AFP)',
          title: 'Russia enters Syria war with air strikes',
          date: '2015-09-30',
          url: 'http://www.politicit.com/russia-enters-syria-war-with-air-strikes/',
        },
        {
          publisher: 'Breitbart News (opinion)',
          title: 'Anti-ISIS Alliance Between France, Russia, U.S. Takes Shape',
          date: '2015-11-18',
          article: 'breitbart',
          paragraph: 5,
        },
        {
          publisher: 'The Daily Beast',
          title: 'Turkey threatens to shoot down Russian planes that stray from Syria',
          date: '2015-10-05',
          url: 'http://www.thedailybeast.com/articles/2015/10/05/turkey-threatens-to-shoot-down-russian-planes-that-stray-from-syria.html',
        },
        {
          publisher: 'The Wall Street Journal (news report)',
          title: 'Global Anti-ISIS Alliance Begins to Emerge',
          date: '2015-11-17',
          article: 'wsj',
          paragraph: 4,
        },
      ],
    },
  ],
  after:
    'In the game you lead one capital\u2019s diplomacy from 17 November. What happens after that day is not on this page: it is what you play.',
};
