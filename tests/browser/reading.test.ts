import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumForFile, freshContext } from './browser.ts';
import {
  autosaved,
  boxInPlayer,
  choiceButtons,
  choose,
  openPlayer,
  pageErrors,
  SCREENSHOTS,
  seriousViolations,
  story,
  unfoldChapters,
} from './player-page.ts';

const browser = chromiumForFile();

/** The orders standing in the text (folded chapters opened first), as `text (date)`. */
async function shownOrders(page: Page): Promise<string[]> {
  await unfoldChapters(page);
  return story(page)
    .locator('.order')
    .evaluateAll((orders) =>
      orders.map((o) => {
        const text = o.querySelector('.order-text')?.textContent?.trim();
        const date = o.querySelector('.order-date')?.textContent?.trim();
        return date ? `${text} (${date})` : `${text}`;
      }),
    );
}

/** The text of the paragraph just before and just after each order in the text. */
async function ordersBetween(page: Page): Promise<[string, string][]> {
  await unfoldChapters(page);
  return story(page)
    .locator('.order')
    .evaluateAll((orders) => {
      const root = orders[0]!.getRootNode() as ShadowRoot;
      const all = [...root.querySelectorAll('.story p, .story .order')];
      return orders.map((o) => {
        const at = all.indexOf(o);
        const text = (n: Element | undefined) => n?.textContent?.trim() ?? '';
        return [text(all[at - 1]), text(all[at + 1])] as [string, string];
      });
    });
}

async function rewindTo(page: Page, decision: number): Promise<void> {
  await page.getByRole('button', { name: /^History/ }).click();
  await page.getByRole('button', { name: new RegExp(`^Rewind to decision ${decision}:`) }).click();
}

describe('reading a long run', () => {
  it('shows each order where it was given, with its date, after a rewind and a reload', async () => {
    const context = await freshContext(browser());
    const page = await openPlayer(context, '?story=test-stories/orders.json');
    await choose(page, 'Go right');
    await choose(page, 'Dig in');
    expect(await shownOrders(page)).toEqual(['Go right (1 March 1943)', 'Dig in (2 March 1943)']);
    // Each between the text it answered and the text it led to.
    expect(await ordersBetween(page)).toEqual([
      ['The first order waits.', 'Right it is.'],
      ['The second order waits.', 'You dig in.'],
    ]);

    await rewindTo(page, 2);
    await expect.poll(() => shownOrders(page)).toEqual(['Go right (1 March 1943)']);
    await choose(page, 'Advance');
    expect(await shownOrders(page)).toEqual(['Go right (1 March 1943)', 'Advance (2 March 1943)']);
    await autosaved(page);

    await page.reload();
    await expect.poll(() => choiceButtons(page).count()).toBeGreaterThan(0);
    expect(await shownOrders(page)).toEqual(['Go right (1 March 1943)', 'Advance (2 March 1943)']);
    expect(await ordersBetween(page)).toEqual([
      ['The first order waits.', 'Right it is.'],
      ['The second order waits.', 'You advance.'],
    ]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('folds earlier chapters into one line that opens and folds again', async () => {
    const context = await freshContext(browser());
    const page = await openPlayer(context, '?story=test-stories/orders.json');
    await choose(page, 'Go left');
    await choose(page, 'Dig in');
    const folded = page.getByRole('button', { name: /^▸?\s*First/ });
    await expect.poll(() => folded.getAttribute('aria-expanded')).toBe('false');
    expect(await folded.innerText()).toMatch(/2 paragraphs · 1 choice/);
    expect(await story(page).innerText()).not.toContain('Left it is.');
    await folded.click();
    await expect.poll(() => story(page).innerText()).toContain('Left it is.');
    expect(await folded.getAttribute('aria-expanded')).toBe('true');
    await folded.click();
    await expect.poll(() => story(page).innerText()).not.toContain('Left it is.');
    await context.close();
  });

  it('resumes a long run at its newest text, not at the top of the page', async () => {
    for (const [name, viewport, colorScheme] of [
      ['desktop', { width: 1280, height: 900 }, 'light'],
      ['phone', { width: 375, height: 812 }, 'light'],
      ['desktop', { width: 1280, height: 900 }, 'dark'],
      ['phone', { width: 375, height: 812 }, 'dark'],
    ] as const) {
      const context = await freshContext(browser(), { viewport, colorScheme });
      const page = await openPlayer(context);
      for (let i = 0; i < 6; i++) await choose(page, i % 2);
      await autosaved(page);
      const newest = await page.evaluate(() => {
        const view = document.querySelector('ink-player')!.view!;
        return view.transcript.at(-1)!.text;
      });

      await page.reload();
      await expect.poll(() => choiceButtons(page).count()).toBeGreaterThan(0);
      // Once the war room is drawn around the story, the latest order is still in sight.
      await expect
        .poll(() => page.locator('ink-player war-room').count(), { timeout: 15_000 })
        .toBe(1);
      await expect
        .poll(
          async () => {
            const box = await boxInPlayer(page, '.story .order');
            return box !== null && box.scrollY > 0 && box.top >= -2 && box.top < box.viewport / 2;
          },
          { timeout: 10_000, message: `${name}, ${colorScheme}` },
        )
        .toBe(true);
      expect(await story(page).innerText()).toContain(newest.slice(0, 40));
      await page.screenshot({ path: `${SCREENSHOTS}/resumed-${name}-${colorScheme}.png` });
      await context.close();
    }
  });

  it('explains how to play in a dialog from the header', async () => {
    const context = await freshContext(browser());
    const page = await openPlayer(context);
    await page.getByRole('button', { name: 'How to play' }).click();
    const dialog = page.getByRole('dialog', { name: 'How to play' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const text = await dialog.innerText();
    for (const words of ['1–9', 'History', 'Branches', 'in this browser only', 'Export everything'])
      expect(text).toContain(words);
    // Keys pick no order while it is open; Escape closes it.
    const before = await story(page).innerText();
    await page.keyboard.press('1');
    expect(await story(page).innerText()).toBe(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await context.close();
  });

  it('has no serious accessibility violations in the orders, folds and guide, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await freshContext(browser(), { colorScheme });
      const page = await openPlayer(context, '?story=test-stories/orders.json');
      await choose(page, 'Go right');
      await choose(page, 'Dig in');
      expect(await seriousViolations(page), `${colorScheme}, folded`).toEqual([]);
      await unfoldChapters(page);
      expect(await seriousViolations(page), `${colorScheme}, open`).toEqual([]);
      await page.getByRole('button', { name: 'How to play' }).click();
      await expect
        .poll(() => page.getByRole('dialog', { name: 'How to play' }).isVisible())
        .toBe(true);
      expect(await seriousViolations(page), `${colorScheme}, guide`).toEqual([]);
      await context.close();
    }
  });

  it('looks right with orders in the text, desktop and phone, light and dark (screenshots)', async () => {
    const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } };
    for (const [name, viewport] of Object.entries(sizes)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await freshContext(browser(), { viewport, colorScheme });
        const page = await openPlayer(context);
        for (let i = 0; i < 6; i++) await choose(page, i % 2);
        // The top of the page: the earlier chapters folded, each into one line.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${SCREENSHOTS}/folded-${name}-${colorScheme}.png` });
        const orders = story(page).locator('.order');
        await orders.nth(Math.max(0, (await orders.count()) - 2)).scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, -120));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SCREENSHOTS}/orders-${name}-${colorScheme}.png` });
        await context.close();
      }
    }
  });
});
