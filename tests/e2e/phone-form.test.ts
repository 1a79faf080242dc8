// End-to-end on a phone (390×844, touch): the move form sits next to the capital it addresses,
// and every slider has a number field and steps of one point, by finger and by keyboard.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settled, shot, waitForTitle } from './browser';
import { axe, useBrowser } from './harness';
import { scenario } from '../helpers';

const env = useBrowser();
const TOUCH = { hasTouch: true, isMobile: true };

/** Vertical distance on the page from the chosen capital's row to the Send button, and the slider's width. */
async function measure(page: Page, actor: string): Promise<{ toSend: number; slider: number }> {
  return page.evaluate((id) => {
    const y = (e: Element) => e.getBoundingClientRect().top + window.scrollY;
    const row = document.querySelector(`label[for="actor-${id}"]`)!;
    const send = document.getElementById('send')!;
    const ranges = [...document.querySelectorAll('.compose input[type="range"]')].map(
      (r) => r.getBoundingClientRect().width,
    );
    return { toSend: Math.round(y(send) - y(row)), slider: Math.round(Math.max(0, ...ranges)) };
  }, actor);
}

describe('the move form on a phone', () => {
  it('is next to the capital it addresses, with sliders that take a number and one-point steps', async () => {
    const page = await env.newPage(390, 844, undefined, TOUCH);
    await page.goto(env.url);
    // On a phone the map waits behind its tab: the title page's list is what says the page is ready.
    await page.waitForSelector('#title-history:not([aria-busy])', { state: 'attached' });
    await page.fill('#seed', '1');
    await page.tap('#new-game');
    await page.tap('#begin');
    await page.waitForSelector('#send');
    const sizes: Record<string, { toSend: number; slider: number }> = {};
    for (const id of ['USA', 'RUS', 'SYR']) {
      await page.tap(`label[for="actor-${id}"]`);
      await page.tap('label[for="kind-call"]');
      sizes[`call ${id}`] = await measure(page, id);
    }
    await page.tap('label[for="actor-RUS"]');
    await page.tap('label[for="kind-proposal"]');
    // An issue left out shows only its box and name; ticking it opens its slider.
    expect(await page.isVisible('#term-assad')).toBe(false);
    await page.tap('label[for="inc-assad"]');
    await page.waitForSelector('#term-assad');
    sizes['proposal RUS'] = await measure(page, 'RUS');
    console.log('phone form (px):', JSON.stringify(sizes));
    // A call is sent within a screen and a half of the capital it goes to; a proposal's five sliders within two.
    for (const id of ['USA', 'RUS', 'SYR']) expect(sizes[`call ${id}`]!.toSend, id).toBeLessThan(1.5 * 844);
    expect(sizes['proposal RUS']!.toSend).toBeLessThan(2.5 * 844);
    // The sliders take most of the screen's width (they were 129–136 px: 1.3 px a point).
    expect(sizes['proposal RUS']!.slider).toBeGreaterThanOrEqual(250);
    // The number field and the steps move the slider, and the slider moves the field.
    const before = Number(await page.inputValue('#term-assad'));
    await page.tap('#plus-term-assad');
    expect(Number(await page.inputValue('#term-assad'))).toBe(before + 1);
    expect(Number(await page.inputValue('#num-term-assad'))).toBe(before + 1);
    await page.tap('#minus-term-assad');
    await page.tap('#minus-term-assad');
    expect(Number(await page.inputValue('#term-assad'))).toBe(before - 1);
    await page.fill('#num-term-assad', '37');
    await page.press('#num-term-assad', 'Tab');
    expect(await page.inputValue('#term-assad')).toBe('37');
    expect(await page.textContent('#out-assad')).toMatch(/^37 /);
    expect(await page.textContent('#preview')).toContain('Assad');
    // Out of range is held to the scale.
    await page.fill('#num-term-assad', '140');
    await page.press('#num-term-assad', 'Tab');
    expect(await page.inputValue('#term-assad')).toBe('100');
    expect(await page.inputValue('#num-term-assad')).toBe('100');
    // Every control is a finger's size.
    const small = await page.$$eval('.compose .steps button, .compose .steps input', (es) =>
      es
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.height < 44 || r.width < 44))
        .map((r) => `${r.width}x${r.height}`),
    );
    expect(small).toEqual([]);
    await settled(page);
    await axe(page, 'phone proposal form', ['landmark-unique']);
    await page.$eval('label[for="actor-RUS"]', (e) => e.scrollIntoView({ block: 'start' }));
    await shot(page, 'phone-form-proposal-390x844');
    // The statement's slider, the same way.
    await page.tap('label[for="kind-statement"]');
    await page.tap('#plus-position');
    expect(await page.inputValue('#position')).toBe('51');
    expect(await page.inputValue('#num-position')).toBe('51');
    await shot(page, 'phone-form-statement-390x844');
    await page.tap('#send');
    await page.waitForFunction(() => document.querySelectorAll('.answer').length > 0);
    expect(await page.textContent('.answer')).toContain('at 51');
  });

  it('works by keyboard: the arrow keys pick a capital and the form follows it, Tab reaches its Send', async () => {
    const page = await env.newPage(1280, 720);
    await page.goto(env.url);
    await waitForTitle(page);
    await page.fill('#seed', '1');
    await page.click('#new-game');
    await page.click('#begin');
    await page.waitForSelector('#send');
    await page.focus('input[name="target"]:checked');
    const first = await page.$eval('input[name="target"]:checked', (e) => (e as HTMLInputElement).value);
    await page.keyboard.press('ArrowDown');
    const second = await page.$eval('input[name="target"]:checked', (e) => (e as HTMLInputElement).value);
    expect(second).not.toBe(first);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`actor-${second}`);
    // The form sits right after the chosen capital.
    expect(await page.$eval(`#actor-${second}`, (r) => r.closest('.actor-option')!.nextElementSibling?.id ?? '')).toBe(
      'addressed',
    );
    expect(await page.textContent('#send')).toBe(`Send to ${scenario.actors.find((a) => a.id === second)!.name}`);
    for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement?.id === 'send')); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('send');
    await axe(page, 'desktop form');
  });
});
