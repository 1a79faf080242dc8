// A student's game: France, played by doing what the hint points to (from 1.6.0 it names what is
// missing and who holds the key, not the move: the plainest move it points to is the balance
// report's hint-follower) with the ordinary controls: the first three and the last round in the
// page, the rounds between from the same hints in Node. Screenshots at laptop size, as a student and as a teacher.
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

/**
 * Does what the hint points to, with the panel's controls: the hint on the page is the hint for the
 * world the game's moves so far make (`w`), and its plainest move (advise's `action`, the balance
 * report's hint-follower) is played by hand. Returns the move, or null when the hint leads to the
 * round's end.
 */
async function followHint(page: Page, w: World): Promise<PlayerAction | null> {
  const hint = ((await page.textContent('#advice')) ?? '').replace(/^You might:\s*/, '');
  const advice = advise(rules, w);
  expect(hint).toBe(advice.text);
  // The hint names what is missing and who holds the key, never the move nor its chance of yes.
  expect(hint).not.toMatch(/chance of yes|^(Call|Visit|Proposal|Concession|Statement)\b/);
  const a = advice.action;
  if (a.type === 'end') return null;
  if (a.type === 'call' || a.type === 'visit') {
    await pickActor(page, rules.actor[a.target]!.name);
    await page.click(`#kind-${a.type}`);
  } else if (a.type === 'statement') {
    await page.click('#kind-statement');
    await page.selectOption('#issue', a.issue);
    await slide(page, '#position', a.position);
  } else if (a.type === 'proposal') {
    await pickActor(page, rules.actor[a.target]!.name);
    await page.click('#kind-proposal');
    for (const [id, v] of Object.entries(a.terms)) await slide(page, `#term-${id}`, v);
  } else throw new Error(`a move the hint-follower does not make: ${JSON.stringify(a)}`);
  // The preview says what a yes would change before anything is sent.
  expect((await page.textContent('#preview')) ?? '').toMatch(/If they say yes|What this statement will change/);
  const answers = await page.$$eval('.answer', (x) => x.length);
  await page.click('#send');
  await page.waitForFunction((n) => document.querySelectorAll('.answer').length > n, answers);
  return a;
}

describe('a student plays France by the screen alone', () => {
  it('plays to the end by following the checklist and the hints, and every answer says what it changed', async () => {
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
    /** The game's moves so far, and the world they make (the page plays the same moves). */
    let played: PlayerAction[] = [];
    const worldOf = (moves: PlayerAction[]) => {
      let w = initWorld(rules, 2015, 'FRA');
      for (const a of moves) w = (applyAction(rules, w, a) as { world: World }).world;
      return w;
    };
    /** A round played by the hints, with the controls; returns how many moves it took. */
    const playRound = async (round: number) => {
      await page.click('#begin');
      await page.waitForSelector('#send');
      let moves = 0;
      for (let a = await followHint(page, worldOf(played)); a; a = await followHint(page, worldOf(played))) {
        played = [...played, a];
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
      played = [...played, { type: 'end' }];
      await page.waitForSelector(round === 11 ? '#outcome' : '#begin');
      return moves;
    };
    // The first three rounds, played from the screen: the hint names Moscow's membership first.
    expect(await page.textContent('#lead-next')).toContain('Russia');
    for (let round = 0; round < 3; round++) await playRound(round);
    // Rounds 4 to 11 continue from their autosave, the moves the same hints give in Node (the hint's
    // words name those very moves, and every answer says what it changed: tests/goal.test.ts); the
    // last round is played from the screen again.
    await expect.poll(async () => (await storedGames(page)).at(-1)?.replay.actions.at(-1)).toEqual({ type: 'end' });
    expect((await storedGames(page)).at(-1)!.replay.actions as PlayerAction[]).toEqual(played);
    let w = worldOf(played);
    expect(w.round).toBe(3);
    const rest: PlayerAction[] = [];
    while (w.round < 11) {
      const a = advise(rules, w).action;
      rest.push(a);
      w = (applyAction(rules, w, a) as { world: World }).world;
    }
    played = [...played, ...rest];
    await continueSaved(page, savedGame(2015, 'FRA', played));
    await page.waitForSelector('#begin');
    await shot(page, 'student-briefing-round-12');
    await playRound(11);
    // The ending is the one the same moves give in Node.
    const ending = {
      grand_coalition: 'Grand coalition',
      parallel_campaigns: 'Parallel campaigns',
      fracture: 'Fracture',
    };
    expect(await page.textContent('#outcome')).toContain(ending[worldOf(played).outcome!]);
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
