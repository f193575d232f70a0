/**
 * Runs of the real campaign played by the engine in Node, independently of the page: what the
 * page must show for the same orders. And reading the same things off the page.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import { Playthrough, type View } from '../../src/engine/playthrough.ts';
import { StorySession } from '../../src/engine/story-session.ts';
import type { GlobalTags } from '../../src/engine/tags.ts';
import { unfoldChapters } from './player-page.ts';

let json: string | null = null;

export function campaignJson(): string {
  json ??= compileInk(fileURLToPath(new URL('../../story/main.ink', import.meta.url))).json;
  return json;
}

/** One moment of an expected run: the order that led there (none at the start) and the view. */
export interface ExpectedStep {
  readonly order: string;
  readonly view: View;
}

/**
 * The campaign played in Node: history's order at every decision, except at decision `differAt`,
 * where the first order history did not take is signed.
 */
export function expectedRun(differAt: string | null = null): ExpectedStep[] {
  const p = new Playthrough(campaignJson());
  let view = p.start();
  const steps: ExpectedStep[] = [{ order: '', view }];
  while (view.choices.length > 0) {
    const history = view.choices.find((c) => c.meta.history) ?? view.choices[0]!;
    const other = view.choices.find((c) => c !== history)!;
    const choice = view.decision === differAt ? other : history;
    view = p.choose(choice.index);
    steps.push({ order: choice.text, view });
  }
  return steps;
}

/** What the campaign declares by its global tags: its map's sides, which way each stat is good. */
export function campaignTags(): GlobalTags {
  return new StorySession(campaignJson()).globals;
}

/**
 * Who holds each region, according to a view's stats and the sides the campaign declares
 * (`# side:` tags, in order: `side-1` is the first).
 */
export function expectedOwners(view: View): Record<string, string> {
  const owners: Record<string, string> = {};
  campaignTags().map!.sides.forEach((side, i) => {
    const stat = view.stats.find((s) => s.variable === side.variable);
    for (const region of (stat?.value as string[] | undefined) ?? []) {
      owners[region] ??= `side-${i + 1}`;
    }
  });
  return owners;
}

/** Who holds each region, according to the war room's map on the page. */
export async function shownOwners(page: Page): Promise<Record<string, string>> {
  const map = page.locator('ink-player war-room theatre-map');
  await expect.poll(() => map.locator('path.region').count()).toBeGreaterThan(10);
  return map.evaluate((el) => {
    const out: Record<string, string> = {};
    for (const path of el.shadowRoot!.querySelectorAll('path.region')) {
      const owner = path.getAttribute('data-owner');
      if (owner && owner !== 'neutral') out[path.getAttribute('data-region')!] = owner;
    }
    return out;
  });
}

/** The story's paragraphs on the page, as text (folded chapters opened first). */
export async function shownParagraphs(page: Page): Promise<string[]> {
  await unfoldChapters(page);
  return (await page.locator('ink-player .story p').allTextContents()).map((t) => t.trim());
}

/** The paragraphs a view shows, as text. */
export function expectedParagraphs(view: View): string[] {
  return view.transcript.map((p) => p.text.trim()).filter(Boolean);
}

/** The number stats in the war room, by label. */
export async function shownNumbers(page: Page): Promise<Record<string, string>> {
  const rows = page.locator('ink-player war-room stats-panel .row');
  const out: Record<string, string> = {};
  for (const row of await rows.all()) {
    const value = row.locator('dd.value');
    if ((await value.count()) > 0)
      out[await row.locator('dt').innerText()] = await value.innerText();
  }
  return out;
}

export function expectedNumbers(view: View): Record<string, string> {
  return Object.fromEntries(
    view.stats.filter((s) => s.kind === 'number').map((s) => [s.label, String(s.value)]),
  );
}

/** The runs the page's game holds: each run's orders, as text. */
export async function storedRuns(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const book = document.querySelector('ink-player')!.game.book!;
    return book.tree.runs.map((run) => {
      const orders: string[] = [];
      let node = book.tree.nodes[run.leaf];
      while (node?.step) {
        orders.unshift(node.step.text);
        node = node.parent ? book.tree.nodes[node.parent] : undefined;
      }
      return orders;
    });
  });
}
