import type { Sourced, TrustEntry } from '../schema';
import { assume, cite } from './cite';

// trust[a][b] in [-1, 1]: how far a believes b will keep its word. The sizes are ours; the
// tensions they encode are the ones the articles name.
export const defaultTrust: Sourced = assume(0.2, 'cordial working trust between states that sit together in Vienna');

const t = (from: string, to: string, value: number, mutual: boolean, why: string, source?: TrustEntry['source']): TrustEntry =>
  source ? { from, to, value, mutual, why, source } : { from, to, value, mutual, why };

export const trustEntries: TrustEntry[] = [
  t('FRA', 'USA', 0.7, true, 'Oldest allies, already striking ISIS together.', cite('wsj', 16)),
  t('FRA', 'GBR', 0.7, true, 'Close European allies (our estimate).'),
  t('FRA', 'DEU', 0.7, true, 'Close European allies (our estimate).'),
  t('USA', 'GBR', 0.8, true, 'Closest military partners (our estimate).'),
  t('USA', 'DEU', 0.6, true, 'NATO allies (our estimate).'),
  t('USA', 'RUS', -0.4, true, 'Sanctions over Crimea and Ukraine; Lavrov mocks Washington for sitting on two chairs.', cite('breitbart', 10, 'sitting on two chairs')),
  t('FRA', 'RUS', 0.1, false, 'Hollande called Putin, but France keeps the sanctions.', cite('wsj', 4)),
  t('RUS', 'FRA', 0.3, false, 'Putin orders the cruiser Moskva to work with the French.', cite('breitbart', 8, 'Moskva')),
  t('NATO', 'RUS', -0.5, true, 'NATO refocused on the threat from Russia after Crimea.', cite('wsj', 9)),
  t('GBR', 'RUS', -0.3, true, 'Party to the sanctions (our estimate).'),
  t('DEU', 'RUS', 0, true, 'Upholds sanctions, keeps talking (our estimate).'),
  t('RUS', 'TUR', -0.2, true, 'Russia bombs the rebels Turkey backs.', cite('wsj', 24)),
  t('RUS', 'SAU', -0.3, true, 'Russia bombs the rebels Riyadh backs.', cite('wsj', 24)),
  t('RUS', 'QAT', -0.3, true, 'Russia bombs the rebels Doha backs.', cite('wsj', 24)),
  t('RUS', 'SYR', 0.8, true, 'Russia fights for Assad.', cite('breitbart', 4)),
  t('RUS', 'IRN', 0.5, true, 'Allies in Syria, but with signs of a fissure.', cite('wsj', 30)),
  t('IRN', 'SYR', 0.9, true, 'Assad\u2019s staunchest ally.', cite('wsj', 29)),
  t('IRN', 'SAU', -0.7, true, 'Regional rivals; the opinion piece calls the Gulf states Tehran\u2019s adversaries.', cite('breitbart', 13, 'adversaries')),
  t('ISR', 'IRN', -0.9, true, 'Israel sees Iran as its chief threat (our estimate).'),
  t('IRN', 'USA', -0.5, true, 'Decades of hostility despite the nuclear deal (our estimate).'),
  t('EGY', 'USA', 0, false, 'The opinion piece says Obama gave Cairo reasons to distrust him.', cite('breitbart', 13, 'distrust')),
  t('ISR', 'USA', 0.2, false, 'The opinion piece says Obama gave Israel reasons to distrust him.', cite('breitbart', 13, 'distrust')),
  t('JOR', 'RUS', 0.5, true, 'King Abdullah calls Moscow the key to a solution.', cite('wsj', 26)),
  t('EGY', 'RUS', 0.4, true, 'More accepting of Russia\u2019s role.', cite('wsj', 25)),
  t('ARE', 'RUS', 0.3, true, 'More accepting of Russia\u2019s role.', cite('wsj', 25)),
  t('ISR', 'RUS', 0.3, true, 'More accepting of Russia\u2019s role.', cite('wsj', 25)),
  t('SYR', 'TUR', -0.8, true, 'Turkey arms Assad\u2019s enemies.', cite('wsj', 24)),
  t('SYR', 'SAU', -0.8, true, 'Riyadh arms Assad\u2019s enemies.', cite('wsj', 24)),
  t('SYR', 'QAT', -0.8, true, 'Doha arms Assad\u2019s enemies.', cite('wsj', 24)),
  t('SYR', 'USA', -0.7, true, 'Washington wants Assad out.', cite('wsj', 11)),
  t('SYR', 'FRA', -0.7, true, 'Paris wants Assad out.', cite('wsj', 11)),
  t('TUR', 'SAU', 0.5, true, 'Share the same line on Assad.', cite('wsj', 24)),
  t('TUR', 'QAT', 0.6, true, 'Share the same line on Assad.', cite('wsj', 24)),
  t('SAU', 'QAT', 0.4, true, 'Share the same line on Assad.', cite('wsj', 24)),
  t('USA', 'SAU', 0.5, true, 'Coalition partners (our estimate).'),
  t('USA', 'TUR', 0.4, true, 'NATO and coalition partners (our estimate).'),
  t('USA', 'JOR', 0.6, true, 'Close partners (our estimate).'),
  t('USA', 'ARE', 0.5, true, 'Coalition partners (our estimate).'),
  t('USA', 'QAT', 0.5, true, 'Coalition partners (our estimate).'),
  t('NATO', 'USA', 0.8, true, 'Its leading member (our estimate).'),
  t('NATO', 'FRA', 0.6, true, 'A member (our estimate).'),
  t('NATO', 'GBR', 0.7, true, 'A member (our estimate).'),
  t('NATO', 'DEU', 0.7, true, 'A member (our estimate).'),
  t('NATO', 'TUR', 0.5, true, 'A member (our estimate).'),
];
