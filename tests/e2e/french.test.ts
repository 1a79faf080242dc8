// The game in French (issue 26), in Chromium at a phone's size (390×844) and a laptop's (1280×720):
// the address's ?lang=fr opens it in French and the device remembers it; the screens converted so
// far (the title page, the top bar, the meter and its checklist, the tab bar, how to play, the map's
// key) show none of the English catalog's words and no text wider than its box; the switch in the
// top bar turns a game in progress to English and back; a game played in French has the
// fingerprint the same moves have in English; a replay link with &lang=fr opens in French.
// Screenshots: test-output/screenshots/french-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/messages/french';
import { frenchPairs, frScenario } from '../../src/data/fr/fr-scenario';
import { frDebrief } from '../../src/data/fr/fr-debrief';
import { replayFragment } from '../../src/state/replays/link';
import { runPolicy } from '../../src/state/bots/policies';
import { makeReplay } from '../../src/state/replays/replay';
import { scenario } from '../helpers';
import { guide } from '../../src/data/guide';
import { background } from '../../src/data/background';
import { HINTS_DO } from '../../src/data/answerKey';
import { settled, shot } from './browser';
import { ENGLISH, word } from './english';
import { useBrowser } from './harness';

const env = useBrowser();

const CONVERTED = ['#topbar', '#library-nav', 'nav.views', '#meter', '.brand'];
const BRIEFING = [
  ...CONVERTED,
  '#briefing-title',
  '#begin',
  '#panel summary',
  '#panel h4',
  '.lead strong',
  '#lead-changed',
  '#lead-meaning',
  '#lead-next',
  // The stories: the record's events as the game sums them up, the two articles as the game
  // retells them; the model's own news with its sources; the calendar; the terms.
  '.news-fold',
  '.model-fold',
  '.calendar',
  '.terms-fold',
];
const VIEWER = [...CONVERTED, '#viewer-title', '#panel button', '#panel h3', '#panel > p.small'];

/** The talks (src/ui/negotiation.ts, src/ui/reply.ts): the whole panel but what the render model or the data write. */
const TALKS = [...CONVERTED, '#panel'];
/** The debrief (src/ui/debrief.ts, src/ui/divergenceView.ts): the same. */
const DEBRIEF = TALKS;

/**
 * What the render model writes that is still English (src/state/view: the reading against the
 * record, the game's model news), and what the data says that the French table does not (yet)
 * translate (why an act depended on a condition): left out of the
 * check, by their elements. The answers, their "Why?", what a move changed, the previews, the
 * advice, the checklist, the briefing's lines and stories, the decisions, the actors' cards, the
 * ending, the record and the questions are checked.
 */
const MODEL_TEXT = [
  // The debrief: the reading against the record (src/state/view/divergence.ts).
  '.divergence-summary',
  '.debrief-divergence strong',
  '.debrief-divergence dd',
  '.debrief-divergence .turn-move',
  '.debrief-divergence li',
];

/** The scenario's English names that French changes (src/data/fr/fr-scenario.ts): none may be in the converted parts. */
const NAMES = [
  ...scenario.actors.filter((a) => frScenario.actors[a.id] !== a.name).map((a) => a.name),
  ...scenario.roles.map((r) => r.tagline),
  // The scenario's longer texts that the French table translates (events, decisions, endings, cards...).
  ...frenchPairs(scenario, frScenario, frDebrief).map(([english]) => english),
];

/** The reading room's English that French changes: the guide, Before you play, the glossary's definitions. */
const READING = [
  guide.intro,
  ...guide.goals,
  ...[guide.period, ...guide.lessons].flatMap((l) => [l.title, ...l.steps.map((x) => x.what)]),
  ...guide.oneSeed,
  ...guide.collecting,
  ...guide.limits,
  HINTS_DO,
  background.title,
  background.intro,
  ...background.parts.map((p) => p.text),
  ...scenario.glossary.map((g) => g.definition),
];

/** The English words left in these parts of the page (their text, hidden or not, and their names for screen readers). */
async function englishIn(page: Page, selectors: string[], more: string[] = []): Promise<string[]> {
  const text = await page.evaluate(
    ([sel, model]) =>
      sel
        .flatMap((s) => [...document.querySelectorAll(s)])
        .map((e) => {
          const copy = e.cloneNode(true) as Element;
          for (const m of copy.querySelectorAll(model.join(','))) m.remove();
          return [
            copy.textContent,
            ...[...copy.querySelectorAll('[aria-label]')].map((x) => x.getAttribute('aria-label')),
            copy.getAttribute('aria-label'),
          ].join('\n');
        })
        .join('\n'),
    [selectors, MODEL_TEXT] as const,
  );
  return [...ENGLISH, ...NAMES, ...more].filter((s) => word(s).test(text));
}

/** Text that does not fit: the page or a panel wider than the screen, a control or heading whose words run out of it. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const de = document.documentElement;
    if (de.scrollWidth > de.clientWidth) out.push(`page ${de.scrollWidth}px wide on ${de.clientWidth}px`);
    for (const box of document.querySelectorAll('#panel, #meter, .topbar, dialog[open]'))
      if (box.scrollWidth > box.clientWidth + 1) out.push(`${box.id || box.className} scrolls sideways`);
    for (const e of document.querySelectorAll<HTMLElement>(
      'button, label, h1, h2, h3, [role="tab"], summary, legend',
    )) {
      if (!e.checkVisibility() || e.closest('.sr-only')) continue;
      if (e.scrollWidth > e.clientWidth + 1)
        out.push(`"${e.textContent!.trim().slice(0, 40)}" is ${e.scrollWidth}px in a ${e.clientWidth}px box`);
    }
    return out;
  });
}

async function check(page: Page, what: string, selectors: string[], name: string, more: string[] = []): Promise<void> {
  await settled(page);
  await shot(page, name);
  expect(await englishIn(page, selectors, more), `English on the ${what}`).toEqual([]);
  expect(await overflowing(page), `overflow on the ${what}`).toEqual([]);
}

for (const [w, h] of [
  [390, 844],
  [1280, 720],
] as const)
  describe(`in French at ${w}×${h}`, () => {
    it('opens in French from ?lang=fr, plays rounds, switches to English and back, and keeps the game', async () => {
      const page = await env.newPage(w, h);
      await page.goto(`${env.url}?lang=fr`);
      await page.waitForSelector('#title-history:not([aria-busy])', { state: 'attached' });
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await page.title()).toBe(fr['page.title']);
      // The address's choice is remembered, and taken out of the address.
      expect(new URL(page.url()).search).toBe('');
      expect(await page.evaluate(() => localStorage.getItem('grand-coalition-lang'))).toBe('fr');
      expect(await page.textContent('#new-game')).toBe('Nouvelle partie');
      expect(await page.getAttribute('#lang-top button[lang="fr"]', 'aria-pressed')).toBe('true');
      await check(page, 'title page', [...CONVERTED, '#panel'], `french-${w}x${h}-title`);

      await page.fill('#seed', '11');
      await page.click('#new-game');
      await page.waitForSelector('#begin');
      expect(await page.textContent('#topbar')).toContain('Tour 1 sur 12 · mar. 17 nov. 2015 · Diplomate');
      await check(page, 'briefing', BRIEFING, `french-${w}x${h}-briefing`);
      expect(await page.textContent('#begin')).toBe('Commencer les négociations');
      await page.click('#begin');
      await page.waitForSelector('#send');
      await page.click('label[for="actor-RUS"]');
      await page.click('#send');
      await page.waitForFunction(() => document.querySelectorAll('.answer').length > 0);
      expect(await page.textContent('#ap')).toMatch(/^Points d\u2019action\u00a0: \d sur 3$/);
      await check(page, 'talks', TALKS, `french-${w}x${h}-talks`);
      // Every kind of move's form, in French: a proposal's terms, a concession's issue, a statement's position.
      if (await page.isVisible('#reply-decline')) await page.click('#reply-decline');
      for (const kind of ['proposal', 'concession', 'statement'] as const) {
        await page.click(`label[for="kind-${kind}"]`);
        await page.waitForSelector(`#kind-${kind}:checked`);
        if (kind === 'proposal') await page.click('label[for="inc-assad"]');
        await check(page, `${kind} form`, TALKS, `french-${w}x${h}-talks-${kind}`);
      }
      expect(await page.textContent('#send')).toBe('Faire la déclaration');
      await page.click('label[for="kind-call"]');
      expect(await page.textContent('#send')).toBe('Envoyer à la Russie');
      if (w < 760) {
        await page.click('#view-meter');
        await check(page, 'meter', CONVERTED, `french-${w}x${h}-meter`);
        await page.click('#view-talks');
      }
      // The meter reads in French: "56,1".
      expect(await page.textContent('#meter-value strong')).toMatch(/^\d+,\d$/);
      await page.click('#end-round');
      await page.waitForSelector('#begin');
      expect(await page.textContent('#topbar')).toContain('Tour 2 sur 12 · jeu. 19 nov. 2015');
      // The second briefing's three lines: what the round changed, the goal, the advice.
      expect(await page.textContent('#lead-changed')).toMatch(/À la clôture du dernier tour\u00a0: /);
      await check(page, 'briefing of round 2', BRIEFING, `french-${w}x${h}-briefing-2`);
      const fingerprint = await page.getAttribute('#fingerprint', 'data-hash');

      // The switch turns the game in progress to English, and back; the game does not move.
      expect(await page.textContent('#announcer')).toMatch(/^Tour 2, jeu\. 19 nov\. 2015\./);
      await page.click('#lang-top button[lang="en"]');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await page.textContent('#topbar')).toContain('Round 2 of 12 · Thu 19 Nov 2015 · Diplomat');
      // The screen readers' line follows the switch (playtest 2, finding 1).
      expect(await page.textContent('#announcer')).toMatch(/^Round 2, Thu 19 Nov 2015\. Briefing\. Meter \d+\.\d\.$/);
      expect(await page.textContent('#begin')).toBeTruthy();
      expect(await page.getAttribute('#fingerprint', 'data-hash')).toBe(fingerprint);
      expect(await page.evaluate(() => localStorage.getItem('grand-coalition-lang'))).toBe('en');
      await page.click('#lang-top button[lang="fr"]');
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      expect(await page.textContent('#topbar')).toContain('Tour 2 sur 12');

      // The same moves in English give the same fingerprint: the language is never in the game.
      const english = await env.newPage(w, h);
      await english.goto(`${env.url}?lang=en`);
      await english.waitForSelector('#title-history:not([aria-busy])', { state: 'attached' });
      await english.fill('#seed', '11');
      await english.click('#new-game');
      await english.click('#begin');
      await english.click('label[for="actor-RUS"]');
      await english.click('#send');
      await english.waitForFunction(() => document.querySelectorAll('.answer').length > 0);
      await english.click('#end-round');
      await english.waitForSelector('#begin');
      expect(await english.getAttribute('#fingerprint', 'data-hash')).toBe(fingerprint);

      // How to play, in French.
      await page.click('#open-howto');
      await page.waitForSelector('dialog[open]');
      await check(page, 'how to play', ['dialog[open]'], `french-${w}x${h}-howto`);
      await page.click('#reader-close');
      await page.waitForSelector('dialog[open]', { state: 'detached' });

      // The reading room in French: the glossary (« Daech » among its terms), the teacher's guide
      // fitted to French 55-minute lessons, and Before you play. Their sources stay as published.
      const open = async (kind: string) => {
        await page.click(`#open-${kind}`);
        await page.waitForSelector('dialog[open]');
      };
      await open('glossary');
      expect(await page.textContent('#term-isis')).toContain('Daech');
      await check(page, 'glossary', ['dialog[open]'], `french-${w}x${h}-glossary`, READING);
      await page.click('#reader-close');
      await page.waitForSelector('dialog[open]', { state: 'detached' });
      // The sources page: its words, the topics as the game retells both articles, the game's
      // summary of the record (what each paragraph gives the game, and the articles' own headlines
      // and the outlets' titles, stay in English).
      await open('sources');
      await page.waitForSelector('dialog[open] #topics');
      expect(await page.textContent('dialog[open] #topics')).toBe(
        'Sujet par sujet\u00a0: l\u2019article d\u2019information et la tribune',
      );
      await check(
        page,
        'sources',
        [
          'dialog[open] h3',
          'dialog[open] caption',
          'dialog[open] thead',
          'dialog[open] tbody td:last-child',
          'dialog[open] article.brief',
        ],
        `french-${w}x${h}-sources`,
      );
      await page.click('#reader-close');
      await page.waitForSelector('dialog[open]', { state: 'detached' });
      await open('guide');
      await page.waitForSelector('dialog[open] .provenance');
      const captions = await page.$$eval('dialog[open] table.lesson caption', (c) => c.map((x) => x.textContent));
      expect(captions).toEqual([
        'Une séance\u00a0: les six derniers tours (55 minutes)',
        'Séance 1\u00a0: le moment et les six premiers tours (55 minutes)',
        'Séance 2\u00a0: la fin de la partie et la comparaison de la classe (55 minutes)',
      ]);
      await check(page, 'teacher\u2019s guide', ['dialog[open]'], `french-${w}x${h}-guide`, READING);
      await page.click('#guide-background');
      await page.waitForSelector('dialog[open] #background-title');
      await check(
        page,
        'background',
        ['dialog[open] h3, dialog[open] h4, dialog[open] p:not(.background-sources)'],
        `french-${w}x${h}-background`,
        READING,
      );
    });

    it('opens a replay link with &lang=fr in French and plays it on to the debrief', async () => {
      const page = await env.newPage(w, h);
      const replay = makeReplay(scenario, runPolicy(scenario, 7, 'FRA', 'strategist'));
      await page.goto(`${env.url}#${replayFragment(replay)}&lang=fr`);
      await page.waitForSelector('#take-over');
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      // The link's language was taken out of the address; the replay stayed.
      expect(page.url()).not.toContain('lang=');
      await page.selectOption('#jump', '10');
      await page.waitForFunction(() =>
        document.getElementById('viewer-title')?.textContent?.includes('tour 11 sur 12'),
      );
      await check(page, 'replay viewer', VIEWER, `french-${w}x${h}-viewer`);
      await page.click('#take-over');
      for (let i = 0; i < 2; i++) {
        await page.waitForSelector('#begin');
        await page.click('#begin');
        await page.click('#end-round');
      }
      await page.waitForSelector('#outcome');
      await page.waitForSelector('.debrief-divergence');
      await check(page, 'debrief', DEBRIEF, `french-${w}x${h}-debrief`);
      expect(await page.textContent('#outcome')).toMatch(
        /^Issue\u00a0: (Grande coalition|Campagnes parallèles|Fracture)$/,
      );
      expect(await page.textContent('#print')).toBe('Imprimer ce bilan (une page)');
      // Scrolled through, part by part: nothing wider than its box anywhere down the page.
      for (const part of ['.debrief-divergence', '.debrief-meter', '.debrief-questions']) {
        await page.locator(part).scrollIntoViewIfNeeded();
        await check(page, `debrief (${part})`, DEBRIEF, `french-${w}x${h}-debrief-${part.slice(9)}`);
      }
    });
  });
