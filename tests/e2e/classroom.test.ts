// End-to-end: the classroom features in the production build: sources and glossary linked from the
// game, the teacher's guide, the one-page printed debrief, the class comparison, and offline play.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compareGames } from '../../src/state/view/compare';
import { replayFragment } from '../../src/state/replays/link';
import { runPolicy, type PolicyName } from '../../src/state/bots/policies';
import { makeReplay } from '../../src/state/replays/replay';
import { view } from '../../src/state/view';
import { rules, scenario } from '../helpers';
import { freePort, shot, SHOTS, startPreview, waitForTitle } from './browser';
import { axe, debriefOf as openDebrief, diplomacyAt, downloadText, SEEN_HOWTO, tabTo, useBrowser } from './harness';

const env = useBrowser();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

const debriefOf = (policy: PolicyName, seed: number, role = 'FRA'): Promise<Page> =>
  openDebrief(env, policy, seed, role);

/**
 * For each role, the finished game whose debrief has the most to print (where it left 2015, gaps,
 * terms, record, questions) among a few policies and seeds: if it fits one page, the shorter ones do.
 */
function longestDebriefs(): { role: string; policy: PolicyName; seed: number }[] {
  const policies: PolicyName[] = ['greedy', 'random', 'strategist', 'historical', 'passive'];
  return scenario.roles.map(({ actor: role }) => {
    let best = { role, policy: policies[0]!, seed: 1, size: -1 };
    for (const policy of policies)
      for (let seed = 1; seed <= 4; seed++) {
        const v = view(rules, runPolicy(scenario, seed, role, policy).world, 'debrief', null);
        const { outcome, gaps, goal, terms, divergence, record, questions } = v;
        const size = JSON.stringify({ outcome, gaps, goal, terms, divergence, record, questions }).length;
        if (size > best.size) best = { role, policy, seed, size };
      }
    return best;
  });
}

describe('the classroom', () => {
  it('links briefing and card sources to their paragraph, and terms to the glossary, by keyboard', async () => {
    const page = await env.newPage(1280, 800);
    await page.goto(env.url);
    await waitForTitle(page);
    await page.fill('#seed', '2015');
    await page.click('#new-game');
    await page.waitForSelector('#begin');
    // The first briefing item cites WSJ ¶1 (the stories are folded under the three lines): its
    // link opens the sources panel on that paragraph.
    await page.click('.news-fold summary');
    await tabTo(page, '.src-link[data-ref="wsj-1"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog#reader[open]');
    expect(await focusedId(page)).toBe('src-wsj-1');
    expect(await page.textContent('#src-wsj-1')).toContain('A grand coalition begins to take shape');
    await axe(page, 'sources');
    await shot(page, 'sources');
    await page.keyboard.press('Escape');
    expect(await page.$('dialog#reader[open]')).toBeNull();
    // Focus comes back to the link the player used.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-ref'))).toBe('wsj-1');
    // A glossary term in the briefing opens its entry.
    await tabTo(page, 'button.gloss');
    const term = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog#reader[open]');
    expect(await focusedId(page)).toMatch(/^term-/);
    expect((await page.textContent(`#${await focusedId(page)}`))!.toLowerCase()).toContain(
      term.toLowerCase().slice(0, 3),
    );
    await axe(page, 'glossary');
    await shot(page, 'glossary');
    await page.keyboard.press('Escape');
    // In diplomacy, a position's source on the actor card opens the paragraph it was read from.
    await page.click('#begin');
    await page.waitForSelector('#send');
    await page.check('#actor-USA');
    const ref = await page.getAttribute('.card .src-link', 'data-ref');
    expect(ref).toMatch(/^(wsj|breitbart)-\d+$/);
    await page.click('.card .src-link');
    await page.waitForSelector('dialog#reader[open]');
    expect(await focusedId(page)).toBe(`src-${ref}`);
    expect(await page.textContent(`#src-${ref}`)).toContain('United States');
    await page.keyboard.press('Escape');
    // After an answer, its "Why?" names the paragraphs behind each issue, as links.
    await page.click('#send');
    await page.waitForSelector('.answer');
    await page.click('.answer details summary');
    const whyLinks = await page.$$('.answer details .src-link');
    expect(whyLinks.length).toBeGreaterThan(0);
    await whyLinks[0]!.click();
    await page.waitForSelector('dialog#reader[open]');
    expect(await focusedId(page)).toMatch(/^src-(wsj|breitbart)-\d+$/);
  });

  it('shows the teacher\u2019s guide with counts read from the data, and prints it', async () => {
    const page = await env.newPage(1280, 800);
    await page.goto(`${env.url}#guide`);
    await page.waitForSelector('dialog#reader[open] .provenance');
    const text = (await page.textContent('dialog#reader'))!;
    expect(text).toContain('45-minute lesson');
    expect(text).toContain('shared seed');
    // The positions row counts sourced and assumed positions in the scenario itself.
    const positions = scenario.actors.flatMap((a) => Object.values(a.stances).map((s) => 'source' in s.position));
    const row = (await page.textContent('.provenance tbody tr:first-child'))!;
    expect(row).toContain(String(positions.filter(Boolean).length));
    expect(row).toContain(String(positions.filter((x) => !x).length));
    await axe(page, 'guide');
    await shot(page, 'guide');
    // The Print button asks the browser to print (recorded here, so no real print job runs)...
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.click('#reader-print');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
    // ...and what it prints, in another page (one print job per page): the guide alone, not the game behind it.
    const paper = await env.newPage(1280, 800);
    await paper.goto(`${env.url}#guide`);
    await paper.waitForSelector('dialog#reader[open] .provenance');
    const pdf = await PDFDocument.load(await paper.pdf({ format: 'A4' }));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(pdf.getPageCount()).toBeLessThanOrEqual(4);
  });

  it('prints the student handout (goal, roles, record sheet, exit ticket), and sources link out as anchors', async () => {
    const page = await env.newPage(1280, 800);
    await page.goto(`${env.url}#handout`);
    await page.waitForSelector('dialog#reader[open] #record-sheet');
    // Three lines a round, one per move (three action points).
    expect(await page.$$eval('#record-sheet tbody', (r) => r.length)).toBe(scenario.calendar.rounds.length);
    expect(await page.$$eval('#record-sheet tbody tr', (r) => r.length)).toBe(3 * scenario.calendar.rounds.length);
    // The goal is the chosen role's: Russia's names its own terms.
    await page.selectOption('#handout-role', 'RUS');
    expect(await page.textContent('#handout-goal')).toContain('Russia');
    await axe(page, 'handout');
    await shot(page, 'handout');
    const bytes = await page.pdf({ format: 'A4' });
    writeFileSync(join(SHOTS, 'handout.pdf'), bytes);
    // Goal, roles and rubric; the record sheet; the exit ticket: three pages.
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(3);
    await page.close();
    // Every source that leaves the game is a real link: an anchor with its address, in a new tab.
    const sources = await env.newPage(1280, 800);
    await sources.goto(`${env.url}#sources`);
    await sources.waitForSelector('dialog#reader[open] #src-wsj-1');
    const links = await sources.$$eval('dialog#reader a.ext', (as) =>
      as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target') })),
    );
    const urls = new Set([
      ...scenario.externalSources.map((e) => e.url),
      ...scenario.articles.flatMap((a) => (a.url ? [a.url] : [])),
    ]);
    expect(links.length).toBeGreaterThan(scenario.articles.length);
    for (const l of links) {
      expect(urls.has(l.href!), l.href!).toBe(true);
      expect(l.target).toBe('_blank');
    }
    expect(links.map((l) => l.href)).toContain(scenario.articles.find((a) => a.id === 'breitbart')!.url);
    // No address is left as plain text for a student to copy by hand.
    expect(await sources.$$('dialog#reader .url')).toHaveLength(0);
  });

  it('prints the longest debrief of each role on one A4 page', async () => {
    for (const { role, policy, seed } of longestDebriefs()) {
      const page = await debriefOf(policy, seed, role);
      const bytes = await page.pdf({ format: 'A4' });
      const pdf = await PDFDocument.load(bytes);
      writeFileSync(join(SHOTS, `debrief-print-${role}.pdf`), bytes);
      expect(pdf.getPageCount(), `${role} ${policy} seed ${seed}`).toBe(1);
      if (role === 'FRA') {
        await axe(page, 'debrief');
        await shot(page, 'debrief-chart');
      }
      await page.close();
    }
  });

  it('compares 14 groups\u2019 replays (files and links), lists a broken one, and exports the same numbers as CSV', async () => {
    const policies: PolicyName[] = ['greedy', 'random', 'historical', 'strategist', 'passive'];
    const played = Array.from({ length: 14 }, (_, i) =>
      runPolicy(scenario, 2015, 'FRA', policies[i % policies.length]!, 'normal'),
    );
    // Two groups on other seeds: the page must say the settings differ.
    played[12] = runPolicy(scenario, 99, 'FRA', 'random');
    const files = played.slice(0, 12).map((g, i) => ({
      name: `group-${i + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(makeReplay(scenario, g))),
    }));
    const links = played.slice(12).map((g) => `https://example.org/game/#${replayFragment(makeReplay(scenario, g))}`);
    const page = await env.newPage(1280, 800);
    await page.goto(env.url);
    await waitForTitle(page);
    await tabTo(page, '#open-compare');
    await page.keyboard.press('Enter');
    await page.setInputFiles('#compare-files', [
      ...files,
      {
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"grand-coalition-replay","version":2}'),
      },
    ]);
    await page.waitForSelector('#compare-results');
    await page.fill('#compare-links', `${links.join('\n')}\nnot-a-link`);
    await page.click('#compare-add-links');
    await page.waitForFunction(() => document.querySelectorAll('#compare-table tbody tr').length === 14);
    expect(await page.textContent('#compare-problems')).toContain('broken');
    expect(await page.textContent('#compare-problems')).toContain('not a game link');
    expect(await page.$$eval('svg.chart .series path', (p) => p.length)).toBe(14);
    expect(await page.$('#compare-mixed')).not.toBeNull();
    // The same comparison computed in Node: outcome counts and the first split.
    const names = [...files.map((f) => f.name.replace('.json', '')), 'Link 1', 'Link 2'];
    const expected = compareGames(
      rules,
      played.map((game, i) => ({ name: names[i]!, game })),
    );
    expect(await page.textContent('#compare-summary')).toBe(
      `14 games: ${expected.outcomes.map((o) => `${o.count} ${o.label}`).join(', ')}.`,
    );
    // Each group's outcome is explained from its own final state, and the members by name.
    expect(await page.textContent('#compare-table tbody tr:first-child td.why')).toBe(expected.rows[0]!.why);
    expect(await page.textContent('#compare-members')).toContain('In the coalition at the end of every game');
    await axe(page, 'compare');
    await shot(page, 'compare');
    await page.evaluate(() => document.querySelector('svg.chart')?.scrollIntoView());
    await shot(page, 'compare-chart');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#compare-csv')]);
    const text = await downloadText(download);
    const csv = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(csv.data).toHaveLength(14);
    expect(csv.data.map((r) => r.group)).toEqual(names);
    expect(csv.data.map((r) => Number(r.final_meter))).toEqual(expected.rows.map((r) => r.finalMeter));
    expect(csv.data.map((r) => r.fingerprint)).toEqual(played.map((g) => g.hash));
    expect(csv.meta.fields).toContain(`meter_${scenario.calendar.rounds.at(-1)}`);
    // Removing a group updates everything.
    await page.click('#compare-table tbody tr:first-child button');
    await page.waitForFunction(() => document.querySelectorAll('#compare-table tbody tr').length === 13);
  });

  it('works offline after the first visit: the game, the sources and the comparison, with the server gone', async () => {
    // A server of its own, since it is stopped halfway.
    const port = await freePort();
    let server = await startPreview(port);
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await ctx.addInitScript(SEEN_HOWTO);
      const page = await ctx.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await waitForTitle(page);
      // The service worker has installed (precached the build) and controls the page.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      });
      const gone = new Promise((r) => server.once('exit', r));
      server.kill();
      await gone;
      await ctx.setOffline(true);
      // Proof that the network is gone: a request the service worker has not cached fails.
      expect(
        await page.evaluate(() =>
          fetch(`/not-cached-${Date.now()}`).then(
            () => 'reached',
            () => 'failed',
          ),
        ),
      ).toBe('failed');
      // A fresh navigation with no server and no network: the service worker serves everything.
      await diplomacyAt(page, `http://127.0.0.1:${port}/`, 7);
      await page.click('#send');
      await page.waitForSelector('.answer');
      await shot(page, 'offline-diplomacy');
      await page.click('#open-sources');
      await page.waitForSelector('dialog#reader[open] #src-wsj-1');
      await page.keyboard.press('Escape');
      await page.click('#open-compare');
      const g = makeReplay(scenario, runPolicy(scenario, 7, 'FRA', 'greedy'));
      await page.setInputFiles('#compare-files', [
        { name: 'offline.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(g)) },
      ]);
      await page.waitForSelector('#compare-results');
      expect(await page.textContent('#compare-table')).toContain(g.hash.slice(0, 8));
      // The manifest makes it installable: name and icons are there.
      await ctx.setOffline(false);
      server = await startPreview(port);
      const manifest = (await (await fetch(`http://127.0.0.1:${port}/manifest.webmanifest`)).json()) as {
        name: string;
        icons: { sizes: string }[];
      };
      expect(manifest.name).toContain('Grand Coalition');
      expect(manifest.icons.map((i) => i.sizes)).toContain('512x512');
    } finally {
      await ctx.close();
      server.kill();
    }
  });
});
