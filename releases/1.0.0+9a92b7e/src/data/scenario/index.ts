// The Grand Coalition scenario, assembled from its parts. Validated by ../schema at load.
import { SCENARIO_FORMAT } from '../schema';
import { actors } from './actors';
import { calendar, historicalEvents, randomEvents } from './events';
import { issues } from './issues';
import { externalSources } from './sources';
import { debriefQuestions, glossary, history, opening } from './story';
import { defaultTrust, trustEntries } from './trust';

export const rawScenario = {
  format: SCENARIO_FORMAT,
  id: 'grand-coalition-2015',
  version: '1.0.0',
  title: 'Grand Coalition: Paris, November 2015',
  articles: [
    { id: 'wsj', publisher: 'The Wall Street Journal', headline: 'Global Anti-ISIS Alliance Begins to Emerge', date: '2015-11-17', kind: 'news' },
    { id: 'breitbart', publisher: 'Breitbart News', headline: 'Anti-ISIS Alliance Between France, Russia, U.S. Takes Shape', date: '2015-11-18', kind: 'opinion' },
  ],
  issues,
  actors,
  trust: { default: defaultTrust, entries: trustEntries },
  roles: [
    {
      actor: 'FRA',
      actionPoints: 3,
      goal: 'Build one coalition against ISIS that includes both the United States and Russia, without losing the allies you already have.',
    },
    {
      actor: 'USA',
      actionPoints: 3,
      goal: 'Bring Russia into the fight against ISIS on your terms (strikes on ISIS, not on the rebels; a political transition in Syria) while keeping your coalition and its Gulf and Turkish members together.',
    },
  ],
  calendar,
  opening,
  events: historicalEvents,
  randomEvents,
  externalSources,
  history,
  glossary,
  debriefQuestions,
};
