// End-to-end: a lesson in one period. The one-page background, the handout on the pages it
// claims for every role, the exit ticket, the one-lesson plan beside the two-lesson one, and a
// class link that starts every group at the same later round of the record's line on one seed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { SHOTS, shot } from './browser';
import { axe, useBrowser } from './harness';
import { handout } from '../../src/data/handout';
import { background } from '../../src/data/background';
import { guide } from '../../src/data/guide';
import { lessonStart } from '../../src/state/view/paths';
import { rules, scenario } from '../helpers';

const env = useBrowser();
const pages = async (bytes: Buffer | Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();

describe('a lesson in one period', () => {
  it('prints the background on one A4 page, with every source linked or opened at its paragraph', async () => {
    const page = await env.newPage(1280, 800);
    await page.goto(`${env.url}#background`);
    await page.waitForSelector('dialog#reader[open] #background-title');
    const text = (await page.textContent('dialog#reader'))!;
    for (const p of background.parts) expect(text).toContain(p.heading);
    const links = await page.$$eval('dialog#reader .background-sources a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    const urls = background.parts.flatMap((p) => p.sources.flatMap((x) => (x.url ? [x.url] : [])));
    expect(new Set(links)).toEqual(new Set(urls));
    await axe(page, 'background');
    await shot(page, 'background-1280x800');
    const bytes = await page.pdf({ format: 'A4' });
    writeFileSync(join(SHOTS, 'background.pdf'), bytes);
    expect(await pages(bytes)).toBe(1);
    // A seed article opens at its paragraph on the sources page.
    await page.click('dialog#reader .background-sources button.link');
    await page.waitForSelector('dialog#reader #src-wsj-1');
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^src-wsj-\d+$/);
  });

  it('prints the handout on the three pages it claims, for every role, with an exit ticket the game answers', async () => {
    const page = await env.newPage(1280, 800);
    await page.goto(`${env.url}#handout`);
    await page.waitForSelector('dialog#reader[open] #record-sheet');
    expect(await page.textContent('dialog#reader')).toContain('three A4 pages');
    const counts: Record<string, number> = {};
    for (const r of scenario.roles) {
      await page.selectOption('#handout-role', r.actor);
      const bytes = await page.pdf({ format: 'A4' });
      writeFileSync(join(SHOTS, `handout-${r.actor}.pdf`), bytes);
      counts[r.actor] = await pages(bytes);
    }
    console.log('handout pages by role:', JSON.stringify(counts));
    expect(counts).toEqual(Object.fromEntries(scenario.roles.map((r) => [r.actor, 3])));
    // No question asks which article's framing a group followed: nothing in play depends on it.
    const ticket = (await page.textContent('section[aria-labelledby="handout-exit-title"]'))!;
    expect(ticket).not.toMatch(/follow more/);
    for (const q of handout.exitTicket) expect(ticket).toContain(q.slice(0, 40));
  });

  it('plans one 45-minute lesson beside the two-lesson plan', async () => {
    const page = await env.newPage(1280, 800);
    await page.goto(`${env.url}#guide`);
    await page.waitForSelector('dialog#reader[open] .provenance');
    const captions = await page.$$eval('dialog#reader table.lesson caption', (c) => c.map((x) => x.textContent ?? ''));
    expect(captions).toHaveLength(1 + guide.lessons.length);
    expect(captions[0]).toBe(`${guide.period.title} (45 minutes)`);
    for (const l of guide.lessons) expect(captions).toContain(`${l.title} (45 minutes)`);
    await page.click('#guide-background');
    await page.waitForSelector('dialog#reader[open] #background-title');
  });

  it('starts every group at the round the teacher picks, from the record on the class seed, and plays on to the debrief', async () => {
    const page = await env.newPage(1280, 800);
    await page.goto(`${env.url}#answers`);
    await page.waitForSelector('dialog#reader[open] #key-seed');
    await page.fill('#key-seed', '77');
    await page.selectOption('#key-role', 'USA');
    await page.selectOption('#lesson-round', '8');
    await page.click('#lesson-make');
    await page.waitForFunction(() => (document.getElementById('lesson-link') as HTMLInputElement).value !== '');
    const link = await page.inputValue('#lesson-link');
    expect(link).toMatch(/#replay=/);
    await axe(page, 'answer key with a class link');
    await shot(page, 'lesson-link');
    const start = lessonStart(rules, 77, 'USA', 'normal', 8);
    // A group opens it: the viewer, then take over at round 9.
    const group = await env.newPage(1280, 800);
    await group.goto(link);
    await group.waitForSelector('#viewer-title');
    expect(await group.getAttribute('#fingerprint', 'data-hash')).toBe(start.played.hash);
    await group.selectOption('#jump', '8');
    await group.waitForFunction(() => document.getElementById('viewer-title')?.textContent?.includes('round 9 of 12'));
    await group.click('#take-over');
    await group.waitForSelector('#begin');
    expect(await group.textContent('#topbar')).toContain('Round 9 of 12');
    expect(await group.getAttribute('#fingerprint', 'data-hash')).toBe(start.played.hash);
    // Four rounds to the debrief, ending each at once.
    for (let r = 0; r < 4; r++) {
      await group.click('#begin');
      await group.waitForSelector('#end-round');
      await group.click('#end-round');
      await group.waitForSelector(r === 3 ? '#outcome' : '#begin');
    }
    await shot(group, 'lesson-debrief');
  });
});
