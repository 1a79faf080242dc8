// A student's game: France, played by reading only what the screen says (the checklist, the hint
// and the answers) and doing it with the ordinary controls, to a grand coalition: the first and the
// last round in the page, the rounds between from the same hints in Node (tests/goal.test.ts checks
// that every hint's words name its move). Screenshots at laptop size, as a student and as a teacher.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settled, shot, waitForTitle } from './browser';
import { axe, continueSaved, savedGame, storedGames, useBrowser } from './harness';
import type { PlayerAction } from '../../src/state/rules/actions';
import { advise } from '../../src/state/view/advice';
import { applyAction } from '../../src/state/rules/reducer';
import { initWorld } from '../../src/state/rules/step';
import type { World } from '../../src/state/rules/world';
import { rules } from '../helpers';

const env = useBrowser();
const LAPTOP = [1366, 768] as const;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/^the /, '')
    .trim();

/** Checks the radio whose label names `name` ("Russia", "the United States"). */
async function pickActor(page: Page, name: string): Promise<void> {
  const id = await page.$$eval(
    'input[name="target"]',
    (inputs, n) =>
      inputs.find((i) => {
        const label = document.querySelector(`label[for="${i.id}"]`)?.textContent ?? '';
        return label.replace(/^\W+/, '').split(' \u00b7 ')[0]!.trim() === n;
      })?.id ?? null,
    name.replace(/^the /, ''),
  );
  expect(id, `an actor called ${name}`).not.toBeNull();
  await page.click(`#${id}`);
}

/** Sets a slider as a hand would: its value, then the input event. */
async function slide(page: Page, selector: string, value: number): Promise<void> {
  await page.$eval(
    selector,
    (el, v) => {
      const r = el as HTMLInputElement;
      r.value = String(v);
      r.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

/** The id of the issue whose visible name matches a topic as the hint writes it. */
async function issueByName(page: Page, topic: string): Promise<string> {
  const options = await page.$$eval('#issue option', (os) =>
    os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''] as const),
  );
  const hit = options.find(([, label]) => norm(label) === norm(topic));
  expect(hit, `an issue called ${topic}`).toBeDefined();
  return hit![0]!;
}

/** Does what the hint says, with the panel's controls. Returns false when the hint is to end the round. */
async function followHint(page: Page): Promise<boolean> {
  const hint = ((await page.textContent('#advice')) ?? '').replace(/^You might:\s*/, '');
  if (/end the round/.test(hint)) return false;
  const move = hint.replace(/ \(chance of yes about \d+%\)\.$/, '').replace(/\.$/, '');
  let m: RegExpExecArray | null;
  if ((m = /^(Call|Visit) to (.+)$/.exec(move))) {
    await pickActor(page, m[2]!);
    await page.click(`#kind-${m[1]!.toLowerCase()}`);
  } else if ((m = /^Concession to (.+) on (.+)$/.exec(move))) {
    await pickActor(page, m[1]!);
    await page.click('#kind-concession');
    await page.selectOption('#issue', await issueByName(page, m[2]!));
  } else if ((m = /^Statement: (.+) at (\d+) \(/.exec(move))) {
    await page.click('#kind-statement');
    await page.selectOption('#issue', await issueByName(page, m[1]!));
    await slide(page, '#position', Number(m[2]));
  } else if ((m = /^Proposal to (.+?): (.+)$/.exec(move))) {
    await pickActor(page, m[1]!);
    await page.click('#kind-proposal');
    const labels = await page.$$eval('.term label[for^="inc-"]', (ls) =>
      ls.map((l) => [l.getAttribute('for')!.slice(4), l.textContent ?? ''] as const),
    );
    for (const part of m[2]!.split(', ')) {
      const t = /^(.+) at (\d+)$/.exec(part)!;
      const id = labels.find(([, label]) => norm(label) === norm(t[1]!))![0]!;
      await slide(page, `#term-${id}`, Number(t[2]));
    }
  } else throw new Error(`a hint the test cannot read: ${hint}`);
  // The preview says what a yes would change before anything is sent.
  expect((await page.textContent('#preview')) ?? '').toMatch(/If they say yes|What this statement will change/);
  const answers = await page.$$eval('.answer', (a) => a.length);
  await page.click('#send');
  await page.waitForFunction((n) => document.querySelectorAll('.answer').length > n, answers);
  return true;
}

describe('a student plays France by the screen alone', () => {
  it('reaches a grand coalition by following the checklist and the hints, and every answer says what it changed', async () => {
    const page = await env.newPage(LAPTOP[0], LAPTOP[1], undefined, { firstVisit: true });
    await page.goto(env.url);
    await waitForTitle(page);
    // First visit: how to play, on one screen, skippable.
    await page.waitForSelector('dialog#reader[open]');
    expect(await page.textContent('#reader-title')).toBe('How to play');
    expect(await page.textContent('dialog#reader')).toContain('50%');
    await shot(page, 'student-howto');
    await page.click('#reader-close');
    await page.fill('#seed', '2015');
    await page.click('#new-game');
    await page.waitForSelector('#begin');
    await settled(page);
    await shot(page, 'student-briefing');
    await axe(page, 'student briefing');
    // The briefing leads with three lines; the goal is a checklist that says what is missing.
    expect(await page.textContent('#lead-meaning')).toMatch(/\d of \d+ conditions met/);
    expect(await page.textContent('.goal')).toContain('Russia is a member');
    expect(await page.textContent('.goal')).toContain('50%');
    /** A round played by the hints, with the controls; returns how many moves it took. */
    const playRound = async (round: number) => {
      await page.click('#begin');
      await page.waitForSelector('#send');
      let moves = 0;
      while (await followHint(page)) {
        moves += 1;
        const last = page.locator('.answer').first();
        expect(await last.locator('.changes li').count()).toBeGreaterThan(0);
        expect((await last.textContent()) ?? '').not.toMatch(/\b(target|assad|military|vienna) \d/);
        if (round === 0 && moves === 1) {
          await shot(page, 'student-answer');
          await axe(page, 'student diplomacy');
        }
        expect(moves).toBeLessThan(6);
      }
      // At 0 action points the counter-offer cannot be accepted.
      if ((await page.$('#accept-counter')) && (await page.textContent('#ap'))?.includes('0 of'))
        expect(await page.isDisabled('#accept-counter')).toBe(true);
      await page.click('#end-round');
      await page.waitForSelector(round === 11 ? '#outcome' : '#begin');
      return moves;
    };
    // The rounds in which the hints make moves (on this seed the first three; after them every hint
    // is to end the round), played from the screen.
    for (let round = 0; round < 3; round++) expect(await playRound(round)).toBeGreaterThan(0);
    // Rounds 4 to 11 continue from their autosave, the moves the same hints give in Node (the hint's
    // words name those very moves, and every answer says what it changed: tests/goal.test.ts); the
    // last round is played from the screen again.
    await expect.poll(async () => (await storedGames(page)).at(-1)?.replay.actions.at(-1)).toEqual({ type: 'end' });
    const played = (await storedGames(page)).at(-1)!.replay.actions as PlayerAction[];
    let w = initWorld(rules, 2015, 'FRA');
    for (const a of played) w = (applyAction(rules, w, a) as { world: World }).world;
    expect(w.round).toBe(3);
    const rest: PlayerAction[] = [];
    while (w.round < 11) {
      const a = advise(rules, w).action;
      rest.push(a);
      w = (applyAction(rules, w, a) as { world: World }).world;
    }
    await continueSaved(page, savedGame(2015, 'FRA', [...played, ...rest]));
    await page.waitForSelector('#begin');
    await shot(page, 'student-briefing-round-12');
    expect(await playRound(11)).toBe(0);
    expect(await page.textContent('#outcome')).toContain('Grand coalition');
    await settled(page);
    await shot(page, 'student-debrief');
  });

  it('shows the teacher the guide and the how-to from the top bar', async () => {
    const page = await env.newPage(LAPTOP[0], LAPTOP[1]);
    await page.goto(env.url);
    await waitForTitle(page);
    expect(await page.$('dialog#reader[open]')).toBeNull();
    await page.click('#open-howto');
    await page.waitForSelector('dialog#reader[open]');
    await page.keyboard.press('Escape');
    await page.click('#open-guide');
    await page.waitForSelector('dialog#reader[open]');
    await shot(page, 'teacher-guide');
    await axe(page, 'teacher guide');
  });
});
