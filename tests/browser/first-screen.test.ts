/**
 * The campaign's first screen is in the page itself (written by the build): painted before any
 * script has loaded, taken over by the player with nothing moving, an order given on it kept,
 * and never shown to a returning player or on another story's page. The player's own script is
 * held back on the wire (a Playwright route; service workers blocked so that it sees every
 * request) to look at the page while only the first screen stands.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumForFile, freshContext } from './browser.ts';
import {
  SCREENSHOTS,
  autosaved,
  choose,
  openPlayer,
  pageErrors,
  playerLive,
  siteUrl,
} from './player-page.ts';

const browser = chromiumForFile();

const ENTRY = /assets\/index-[^/]*\.js$/;

/** Holds the player's script back until `release()` is called. */
async function holdPlayer(context: BrowserContext): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(ENTRY, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The orders taken so far in the game on screen (undefined until the player is live). */
const ordersTaken = (page: Page) =>
  page.evaluate(() => document.querySelector('ink-player')?.view?.history.map((e) => e.choiceText));

/** A fresh profile whose page shows only the first screen, the player's script held back. */
async function firstScreenOnly(): Promise<{
  context: BrowserContext;
  page: Page;
  release: () => void;
}> {
  const context = await freshContext(browser(), { serviceWorkers: 'block' });
  const release = await holdPlayer(context);
  const page = await context.newPage();
  await page.goto(siteUrl(), { waitUntil: 'commit' });
  await expect.poll(() => page.locator('ink-player .choice').count()).toBe(3);
  return { context, page, release };
}

interface Placed {
  readonly what: string;
  readonly box: readonly number[];
}

/** Where the header, the text and the orders stand, and what they say. */
function layout(page: Page): Promise<Placed[]> {
  return page.evaluate(() =>
    [
      ...document
        .querySelector('ink-player')!
        .shadowRoot!.querySelectorAll(
          'h1, .where, .tool, .story h2, .story p, .choices h2, .choice',
        ),
    ]
      .filter((el) => !el.closest('dialog'))
      .map((el) => {
        const r = el.getBoundingClientRect();
        const text = (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
        return { what: `${el.tagName} ${text}`, box: [r.x, r.y, r.width, r.height] };
      }),
  );
}

/** The same elements with the same text, none of them moved or resized by half a pixel. */
function expectSameLayout(now: readonly Placed[], before: readonly Placed[]): void {
  expect(now.map((p) => p.what)).toEqual(before.map((p) => p.what));
  now.forEach((p, i) => {
    const moved = p.box.map((v, k) => Math.abs(v - before[i]!.box[k]!));
    expect(Math.max(...moved), `${p.what} moved`).toBeLessThan(0.5);
  });
}

function firstScreenShown(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('ink-player')?.shadowRoot?.querySelector('.first-screen');
    return el ? getComputedStyle(el).display !== 'none' : false;
  });
}

describe('the first screen in the page', () => {
  for (const [width, height, colorScheme] of [
    [1280, 900, 'light'],
    [375, 812, 'dark'],
  ] as const) {
    it(`is painted before the player's script runs, and nothing moves when the player takes over (${width} px, ${colorScheme})`, async () => {
      const context = await freshContext(browser(), {
        viewport: { width, height },
        colorScheme,
        serviceWorkers: 'block',
      });
      const violations: string[] = [];
      const release = await holdPlayer(context);
      const page = await context.newPage();
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(siteUrl(), { waitUntil: 'commit' });
      await expect
        .poll(() => page.locator('ink-player .choice').count(), { timeout: 30_000 })
        .toBe(3);
      expect(await playerLive(page)).toBe(false);
      const before = await layout(page);
      expect(before.some((p) => p.what === 'H1 Immortal is an Ample Word')).toBe(true);
      expect(before.filter((p) => p.what.startsWith('BUTTON ')).length).toBe(8);
      await page.screenshot({ path: `${SCREENSHOTS}/first-screen-${width}-${colorScheme}.png` });

      release();
      await expect.poll(() => playerLive(page), { timeout: 60_000 }).toBe(true);
      // The timeline and the war room come a frame after the story: their places were kept.
      await expect.poll(() => page.locator('war-room').count()).toBe(1);
      await expect.poll(() => page.locator('campaign-timeline').count()).toBe(1);
      await page.waitForTimeout(300);
      expectSameLayout(await layout(page), before);
      expect(
        await page.evaluate(
          () =>
            document
              .querySelector('ink-player')!
              .shadowRoot!.querySelectorAll('[data-first-screen]').length,
        ),
      ).toBe(0);
      expect(pageErrors(page)).toEqual([]);
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  it('keeps an order given before the player is live, and takes it then', async () => {
    const { context, page, release } = await firstScreenOnly();
    const second = page.locator('ink-player .choice').nth(1);
    const order = (await second.locator('.text').innerText()).trim();
    await second.click();
    // A second order on the same screen is not taken as well; the one kept shows as given.
    await page.keyboard.press('3');
    const kept = await page
      .locator('ink-player .choice')
      .evaluateAll((buttons) => buttons.map((b) => b.hasAttribute('data-kept')));
    expect(kept).toEqual([false, true, false]);
    expect(await playerLive(page)).toBe(false);
    release();
    await expect.poll(() => ordersTaken(page), { timeout: 60_000 }).toEqual([order]);
    await expect(page.locator('ink-player .story .order-text').innerText()).resolves.toBe(order);
    await context.close();
  });

  it('takes an order keyed on it (1-9) as well', async () => {
    const { context, page, release } = await firstScreenOnly();
    const third = (await page.locator('ink-player .choice .text').nth(2).innerText()).trim();
    await page.keyboard.press('3');
    release();
    await expect.poll(() => ordersTaken(page), { timeout: 60_000 }).toEqual([third]);
    await context.close();
  });

  it('is never shown to a returning player, nor on another story’s page', async () => {
    const context = await freshContext(browser(), { serviceWorkers: 'block' });
    const first = await openPlayer(context);
    await choose(first, 0);
    await autosaved(first);
    const order = await first.evaluate(
      () => document.querySelector('ink-player')!.view!.history[0]!.choiceText,
    );
    await first.close();

    const release = await holdPlayer(context);
    const again = await context.newPage();
    await again.goto(siteUrl(), { waitUntil: 'commit' });
    await expect
      .poll(() => again.evaluate(() => document.readyState), { timeout: 30_000 })
      .not.toBe('loading');
    expect(await firstScreenShown(again)).toBe(false);
    const other = await context.newPage();
    await other.goto(siteUrl('?story=test-stories/second-story.json'), { waitUntil: 'commit' });
    await expect
      .poll(() => other.evaluate(() => document.readyState), { timeout: 30_000 })
      .not.toBe('loading');
    expect(await firstScreenShown(other)).toBe(false);

    release();
    await expect.poll(() => ordersTaken(again), { timeout: 60_000 }).toEqual([order]);
    await expect.poll(() => playerLive(other), { timeout: 60_000 }).toBe(true);
    await expect(other.locator('ink-player h1').innerText()).resolves.not.toContain('Immortal');
    await context.close();
  });
});
