// The Grand Coalition scenario, assembled from its parts. Typed as the schema's output here and
// validated by ../schema in the tests (tests/scenario.test.ts), not on every page load.
import { SCENARIO_FORMAT } from '../format';
import type { Scenario } from '../schema';
import { cite, src } from './cite';
import { actors } from './actors';
import { answers } from './answers';
import { checkpoints, sanctionsAtStart } from './checkpoints';
import { calendar, historicalEvents, randomEvents } from './events';
import { issues } from './issues';
import { roles } from './roles';
import { externalSources } from './sources';
import { debriefQuestions, glossary, history, opening, topics } from './story';
import { defaultTrust, trustEntries } from './trust';

export const rawScenario = {
  format: SCENARIO_FORMAT,
  id: 'grand-coalition-2015',
  version: '1.7.0',
  title: 'Grand Coalition: Paris, November 2015',
  articles: [
    {
      id: 'wsj',
      publisher: 'The Wall Street Journal',
      short: 'WSJ',
      headline: 'Global Anti-ISIS Alliance Begins to Emerge',
      date: '2015-11-17',
      kind: 'news',
      // No url: its address on wsj.com could not be verified (25 Nov 2026); the sources page says so.
      about:
        'An American daily published by Dow Jones (News Corp). This is a news report by its news department, which keeps apart from the paper\u2019s opinion pages: it attributes what it says to named and unnamed officials and hedges where they do.',
      aboutSources: ['dowjones-news-opinion'],
    },
    {
      id: 'breitbart',
      publisher: 'Breitbart News',
      short: 'Breitbart',
      headline: 'Anti-ISIS Alliance Between France, Russia, U.S. Takes Shape',
      date: '2015-11-18',
      kind: 'opinion',
      // Verified on 25 Nov 2026 against a stored copy of the page (its text matches the seed's).
      url: 'https://www.breitbart.com/national-security/2015/11/18/anti-isis-alliance-france-russia-u-s-takes-shape/',
      about:
        'An American conservative news and opinion website, founded in 2007 by Andrew Breitbart, with an openly partisan line. This piece is commentary built on the Wall Street Journal\u2019s report (its \u00b62 says so), read through that line (\u201ca weak U.S. president\u201d).',
      aboutSources: ['tribune-breitbart', 'guardian-breitbart'],
    },
  ],
  issues,
  // The part each issue plays in the model (src/data/schema.ts, IssueRoles).
  issueRoles: { strikes: 'target', regime: 'assad', force: 'military' },
  // The endings' bars, design choices explained in docs/MODEL.md. Parallel campaigns' meter bar is
  // 18 (was 30 until 1.4.0): Moscow's campaign with Tehran alone reads about 20, and 2015 ended with
  // that campaign coordinating with the US-led one, no Western capital in it.
  outcomes: {
    grand: { meter: 60, deconfliction: 0.5 },
    parallel: { meter: 18, deconfliction: 0.3 },
  },
  // How capitals weigh an ask beyond the spatial utility: design assumptions, each tuned (answers.ts).
  answers,
  actors,
  trust: { default: defaultTrust, entries: trustEntries },
  deconfliction: {
    ...src(
      0.28,
      cite('wsj', 6, 'advance notice'),
      'Russia has just given Washington advance notice of its strikes for the first time; a flight-safety memorandum (20 Oct 2015) sets rules for pilots but no shared targets.',
    ),
    tuned:
      'raised in 36bfb90 to cut American fractures; \u00b66 gives the direction (a first advance notice), not the level',
  },
  roles,
  calendar,
  opening,
  topics,
  events: historicalEvents,
  randomEvents,
  externalSources,
  sanctions: sanctionsAtStart,
  checkpoints,
  history,
  glossary,
  debriefQuestions,
} satisfies Scenario;
