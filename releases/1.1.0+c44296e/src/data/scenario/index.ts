// The Grand Coalition scenario, assembled from its parts. Validated by ../schema at load.
import { SCENARIO_FORMAT } from '../schema';
import { cite, src } from './cite';
import { actors } from './actors';
import { calendar, historicalEvents, randomEvents } from './events';
import { issues } from './issues';
import { roles } from './roles';
import { externalSources } from './sources';
import { debriefQuestions, glossary, history, opening, topics } from './story';
import { defaultTrust, trustEntries } from './trust';

export const rawScenario = {
  format: SCENARIO_FORMAT,
  id: 'grand-coalition-2015',
  version: '1.1.0',
  title: 'Grand Coalition: Paris, November 2015',
  articles: [
    { id: 'wsj', publisher: 'The Wall Street Journal', short: 'WSJ', headline: 'Global Anti-ISIS Alliance Begins to Emerge', date: '2015-11-17', kind: 'news' },
    { id: 'breitbart', publisher: 'Breitbart News', short: 'Breitbart', headline: 'Anti-ISIS Alliance Between France, Russia, U.S. Takes Shape', date: '2015-11-18', kind: 'opinion' },
  ],
  issues,
  actors,
  trust: { default: defaultTrust, entries: trustEntries },
  deconfliction: src(0.25, cite('wsj', 6, 'advance notice'), 'A flight-safety channel exists, and Russia has just given Washington advance notice of its strikes for the first time; nothing more.'),
  roles,
  calendar,
  opening,
  topics,
  events: historicalEvents,
  randomEvents,
  externalSources,
  history,
  glossary,
  debriefQuestions,
};
