// The English words left on a French page (issue 26): the English catalog's words that French
// changes, and the scenario's English names and texts the French table translates. The same check
// tests/e2e/french.test.ts makes of the one-player game, for the pages of games played together.
import type { Page } from 'playwright-core';
import { en, type MessageId } from '../../src/i18n/messages/en';
import { fr } from '../../src/i18n/messages/french';
import { frenchPairs, frScenario } from '../../src/data/fr/fr-scenario';
import { frDebrief } from '../../src/data/fr/fr-debrief';
import { scenario } from '../helpers';

const FRENCH = Object.values(fr).join('\n');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words only: "Diplomat" is in "Diplomate". */
export const word = (s: string) => new RegExp(`(?<![\\p{L}])${escape(s)}(?![\\p{L}])`, 'u');

/**
 * The English catalog's words that French changes: whole messages without arguments, and the
 * literal runs (8 characters or more) of those with arguments, less any a French message writes too.
 */
export const ENGLISH = [
  ...new Set(
    (Object.keys(en) as MessageId[])
      .filter((id) => !id.startsWith('cli.') && en[id] !== fr[id] && !/plural|select/.test(en[id]))
      .flatMap((id) =>
        en[id]
          .split(/\{[^}]*\}/)
          .map((s) => s.trim())
          .filter((s) => !fr[id].includes(s)),
      )
      .filter((s) => s.length >= 8 || (s.length >= 4 && !/[{}]/.test(s) && /^[A-Z]/.test(s)))
      .filter((s) => !word(s).test(FRENCH)),
  ),
];
const NAMES = [
  ...scenario.actors.filter((a) => frScenario.actors[a.id] !== a.name).map((a) => a.name),
  ...frenchPairs(scenario, frScenario, frDebrief).map(([english]) => english),
];

/** The English words in these parts of the page (their text and their names for screen readers). */
export async function englishIn(page: Page, selectors: string[]): Promise<string[]> {
  const text = await page.evaluate(
    (sel) =>
      sel
        .flatMap((s) => [...document.querySelectorAll(s)])
        .map((e) =>
          [
            e.textContent,
            e.getAttribute('aria-label'),
            ...[...e.querySelectorAll('[aria-label]')].map((x) => x.getAttribute('aria-label')),
          ].join('\n'),
        )
        .join('\n'),
    selectors,
  );
  return [...ENGLISH, ...NAMES].filter((s) => word(s).test(text));
}
