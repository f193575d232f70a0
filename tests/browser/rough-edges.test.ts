/**
 * A story written for Inky's web export, with the rough edges such stories have: the player
 * renders the allowed inline markup and nothing else, shows a quiet placeholder for a missing
 * picture, takes a background away on `BACKGROUND: none`, shows an error beside the choices it
 * disables, stops a story that runs on without stopping, names an EXTERNAL nothing provides, and
 * titles an untitled story by its file name.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshContext, launchChromium } from './browser.ts';
import { choiceButtons, choose, openPlayer, siteUrl, story } from './player-page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a story with rough edges', () => {
  it('renders allowed markup only, a placeholder for a missing picture, and clears the background', async () => {
    const context = await freshContext(browser);
    try {
      const page = await openPlayer(context, '?story=/test-stories/rough-edges.json');
      await expect.poll(() => page.locator('ink-player h1').innerText()).toBe('Rough edges');

      const first = story(page).locator('p').first();
      expect(await first.locator('b').innerText()).toBe('bold');
      expect(await first.locator('i').innerText()).toBe('italic');
      expect(await first.locator('span.whisper').innerText()).toBe('quiet');
      expect(await first.locator('br').count()).toBe(1);
      expect(await first.locator('img, a, [onerror], [href]').count()).toBe(0);
      expect(await first.innerText()).toContain('a link.');
      expect(await first.innerText()).not.toContain('<');
      expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
      // Markup in a choice's text too.
      expect(await choiceButtons(page).first().locator('b').innerText()).toBe('background');

      const placeholder = story(page).locator('figure .image-missing');
      await expect.poll(() => placeholder.count()).toBe(1);
      expect(await placeholder.getAttribute('aria-label')).toBe('The missing picture');
      expect(await story(page).locator('figure img').count()).toBe(0);

      const background = () =>
        story(page).evaluate((el) => el.style.getPropertyValue('--story-background'));
      expect(await background()).toContain('no-such-background.png');
      await choose(page, 'Take the background away');
      await expect.poll(background).toBe('');
    } finally {
      await context.close();
    }
  });

  it('shows a runtime error beside the choices and disables them', async () => {
    const context = await freshContext(browser);
    try {
      const page = await openPlayer(context, '?story=/test-stories/rough-edges.json');
      await choose(page, 'Take the background away');
      await choiceButtons(page).filter({ hasText: 'Break the story' }).click();
      const notice = page.locator('ink-player .notice.error');
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toContain('The story hit an error');
      expect(await notice.evaluate((el) => el.nextElementSibling?.className ?? '')).toContain(
        'choices',
      );
      expect(await page.locator('ink-player .notices .error').count()).toBe(0);
      const disabled = await choiceButtons(page).evaluateAll((buttons) =>
        buttons.map((b) => (b as HTMLButtonElement).disabled),
      );
      expect(disabled).toEqual([true]);
    } finally {
      await context.close();
    }
  });

  it('stops a story that runs on without stopping and says so beside the choices', async () => {
    const context = await freshContext(browser);
    try {
      const page = await openPlayer(context, '?story=/test-stories/runs-on.json');
      // `Spin` loops for ever without a word: the page must not freeze on it.
      await choiceButtons(page).filter({ hasText: 'Spin' }).click();
      const notice = page.locator('ink-player .notice.error');
      await expect.poll(() => notice.isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await notice.innerText()).toContain(
        'runs on without stopping at spin (1,000,000 steps with no text or choice)',
      );
      expect(await notice.evaluate((el) => el.nextElementSibling?.className ?? '')).toContain(
        'choices',
      );
      const disabled = await choiceButtons(page).evaluateAll((buttons) =>
        buttons.map((b) => (b as HTMLButtonElement).disabled),
      );
      expect(disabled.length).toBeGreaterThan(0);
      expect(disabled.every(Boolean)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('names an EXTERNAL function nothing provides, instead of a blank page', async () => {
    const context = await freshContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(siteUrl('?story=/test-stories/external-unbound.json'));
      // The notices keep an empty alert region ready; the error is the alert with text.
      const alert = page.locator('ink-player [role="alert"]').filter({ hasText: /\S/ });
      await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
      expect(await alert.innerText()).toContain('EXTERNAL function “roll_dice”');
      expect(await page.locator('ink-player h1').innerText()).toBe('External unbound');
    } finally {
      await context.close();
    }
  });
});
