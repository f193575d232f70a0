/** Driving the player in a page: by role and visible text, as a player would. */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { PAINTS_NO_FRAME } from './stalled-page.ts';

/** Where the tests leave their screenshots, for a person to look at. */
export const SCREENSHOTS = 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

export function siteUrl(query = ''): string {
  return inject('baseUrl') + query;
}

export const story = (page: Page) => page.locator('ink-player .story');
export const choiceButtons = (page: Page) => page.locator('ink-player .choices .choice');
export const saveState = (page: Page) => page.locator('ink-player .save-state');
export const notices = (page: Page) => page.locator('ink-player .notices');
export const where = (page: Page) => page.locator('ink-player header .where');

/** Where the last match of `selector` in the player stands against the window, in pixels. */
export function boxInPlayer(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const all = document.querySelector('ink-player')!.shadowRoot!.querySelectorAll(sel);
    const el = all[all.length - 1];
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, viewport: window.innerHeight, scrollY: window.scrollY };
  }, selector);
}

/** Opens every chapter the page folded, as a reader would, so the whole run's text is shown. */
export async function unfoldChapters(page: Page): Promise<void> {
  const folded = page.locator('ink-player .story .fold[aria-expanded="false"]');
  for (let n = await folded.count(); n > 0; n = await folded.count()) {
    await folded.first().click();
    await expect.poll(() => folded.count()).toBeLessThan(n);
  }
}

/** Whether the player's own game is on screen (not only the first screen written into the page). */
export function playerLive(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.querySelector('ink-player')?.view));
}

/**
 * Opens the site (or `?story=…`) in a new page and waits for the first choices of the game: the
 * player's own, not only the first screen written into the page, which stands until the player
 * is live (first-screen.test.ts is about that moment).
 */
export async function openPlayer(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(siteUrl(query));
  await expect.poll(() => playerLive(page), { timeout: 60_000 }).toBe(true);
  await expect.poll(() => choiceButtons(page).count(), { timeout: 60_000 }).toBeGreaterThan(0);
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** Takes the choice with this visible text (or the n-th, 0-based) and waits for the autosave. */
export async function choose(page: Page, which: number | string): Promise<void> {
  const before = await story(page).innerText();
  const button =
    typeof which === 'number'
      ? choiceButtons(page).nth(which)
      : choiceButtons(page).filter({ hasText: which }).first();
  await button.click().catch(async (error: Error) => {
    throw new Error(`${error.message}\nThe page then: ${await pageState(page)}`);
  });
  await expect.poll(() => story(page).innerText()).not.toBe(before);
}

/**
 * What a page is doing when an action on it cannot go on: whether its main thread answers,
 * whether it still paints frames, and the game's error.
 * Every probe has its own deadline, so a wedged page is described, not waited on.
 */
export async function pageState(page: Page): Promise<string> {
  const within = <T>(work: Promise<T>, ms: number): Promise<T | null> =>
    Promise.race([work.catch(() => null), new Promise<null>((r) => setTimeout(() => r(null), ms))]);
  const state = await within(
    page.evaluate(() => {
      const player = document.querySelector('ink-player');
      const buttons = [...(player?.shadowRoot?.querySelectorAll('.choice') ?? [])];
      return JSON.stringify({
        visibility: document.visibilityState,
        error: player?.game.error ?? null,
        disabled: buttons.map((b) => (b as HTMLButtonElement).disabled),
        scrollY: Math.round(scrollY),
      });
    }),
    5_000,
  );
  if (state === null)
    return 'its main thread does not answer (a script or a task that does not end)';
  const painted = await within(
    page.evaluate(() => new Promise<boolean>((r) => requestAnimationFrame(() => r(true)))),
    5_000,
  );
  return `${state}; ${painted ? 'it paints frames' : PAINTS_NO_FRAME}`;
}

/** Waits until the page's saves are open and every write asked for so far is done. */
export async function saveSettled(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('ink-player')!.saveSettled());
}

/** Waits until the autosave of the latest choice is written. */
export async function autosaved(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('ink-player')!.saveSettled());
  await expect.poll(() => saveState(page).innerText()).toBe('Progress saved');
}

/** The orders on offer, as their text alone (without key or mark). */
export async function choiceTexts(page: Page): Promise<string[]> {
  return (await page.locator('ink-player .choices .choice .text').allInnerTexts()).map((t) =>
    t.trim(),
  );
}

/** The quiet marks under the orders on offer ('' where an order has none). */
export async function choiceMarks(page: Page): Promise<string[]> {
  return choiceButtons(page).evaluateAll((buttons) =>
    buttons.map((b) => b.querySelector('.mark')?.textContent?.trim() ?? ''),
  );
}

/** Opens the Saves dialog. */
export async function openSaves(page: Page) {
  await page.getByRole('button', { name: 'Saves', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Saved games' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  return dialog;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated by the test driver, not added as an inline script, which the site's CSP forbids.
  await page.evaluate(axeSource);
  // Let the new text finish fading in: a half-faded paragraph is not what a reader ends up seeing.
  await page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*'))
        if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    return Promise.all(roots.flatMap((r) => r.getAnimations().map((a) => a.finished)));
  });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { html: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      count: v.nodes.length,
      targets: v.nodes.map((n) => n.html.slice(0, 120)).join(' | '),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) ×${v.count} at ${v.targets}`);
}
