/**
 * The page figures of `npm run bench`: the built site against a bare page as authors write it
 * (bench/bare: an HTML page, the inkjs runtime by a <script> tag, the compiled story fetched as
 * JSON, plain DOM code), each load in a fresh browser profile, the two pages in alternation so
 * that whatever else the machine does weighs on both alike. Times are until the choice's text
 * is in the page and the next frame has been drawn, given as medians with the interquartile
 * range.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { mainThreadWork, markTimes, traceEvents } from './bench-trace.ts';

/** A spread of measurements: the median and the middle half. */
export interface Spread {
  readonly median: number;
  readonly q1: number;
  readonly q3: number;
  readonly n: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (n: number) => Number(n.toFixed(2));
  return {
    median: round(quantile(sorted, 0.5)),
    q1: round(quantile(sorted, 0.25)),
    q3: round(quantile(sorted, 0.75)),
    n: sorted.length,
  };
}

/** Writes the bare page beside the runtime and the story, ready to be served. */
export function bareSite(storyJson: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  mkdirSync(dir, { recursive: true });
  // The runtime-only build that inkjs ships for <script> tags (not in the package's exports).
  copyFileSync('node_modules/inkjs/dist/ink.js', join(dir, 'ink.js'));
  copyFileSync('bench/bare/index.html', join(dir, 'index.html'));
  copyFileSync('bench/bare/main.js', join(dir, 'main.js'));
  writeFileSync(join(dir, 'story.json'), storyJson);
  return dir;
}

/**
 * In-page watcher, installed before any script of the page: as soon as a choice with text is
 * in the page (in the player's shadow root or the bare page's DOM), waits until the frame that
 * shows it has been drawn and notes the time. Both pages are watched alike: a mutation
 * observer on the document and, once there is one, on the player's shadow root (which an
 * observer of the document does not see), and a look at every frame before it is drawn. Seen
 * by an observer, the choice is drawn by the next frame (a task queued from its
 * requestAnimationFrame runs after that frame's paint); seen just before a frame is drawn, by
 * that frame. `window.__bench.clickAndWait()` does the same after a click.
 */
const WATCHER = `(() => {
  const choices = () => {
    const root = document.querySelector('ink-player')?.shadowRoot ?? document;
    return [...root.querySelectorAll('.choice')].filter((b) => b.textContent.trim() !== '');
  };
  const label = () => choices().map((b) => b.textContent).join('|');
  const afterThisFrame = (resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  };
  const when = (test) =>
    new Promise((resolve) => {
      let done = false;
      const observers = [];
      const finish = (inFrame) => {
        done = true;
        observers.forEach((o) => o.disconnect());
        if (inFrame) afterThisFrame(resolve);
        else requestAnimationFrame(() => afterThisFrame(resolve));
      };
      const watch = (root) => {
        const observer = new MutationObserver(() => { if (!done && test()) finish(false); });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        observers.push(observer);
      };
      watch(document);
      let shadow = null;
      const tick = () => {
        if (done) return;
        if (test()) return finish(true);
        const root = document.querySelector('ink-player')?.shadowRoot;
        if (root && root !== shadow) { shadow = root; watch(root); }
        requestAnimationFrame(tick);
      };
      if (test()) finish(false); else requestAnimationFrame(tick);
    });
  window.__bench = {
    firstChoice: when(() => choices().length > 0),
    // When an order is taken at once: the bare page as soon as it shows one; the player once its
    // game is on screen (before that, an order given on the first screen written into the page
    // is kept and taken then).
    live: when(() => {
      const player = document.querySelector('ink-player');
      return player ? Boolean(player.view) : choices().length > 0;
    }),
    async clickAndWait() {
      const before = label();
      const first = choices()[0];
      if (!first) return -1;
      performance.mark('bench-click');
      const t0 = performance.now();
      first.click();
      const t1 = await when(() => { const now = label(); return now !== '' && now !== before; });
      performance.mark('bench-painted');
      return t1 - t0;
    },
    // Takes the first order and waits until the orders change (to none at an ending); false
    // when there was none to take.
    async takeFirst() {
      const before = label();
      const first = choices()[0];
      if (!first) return false;
      first.click();
      await when(() => label() !== before);
      return true;
    },
  };
})();`;

interface Watched {
  __bench: {
    firstChoice: Promise<number>;
    live: Promise<number>;
    clickAndWait(): Promise<number>;
    takeFirst(): Promise<boolean>;
  };
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(WATCHER);
  return page;
}

/**
 * One load: the time to the first choice painted, the time until an order is taken at once, and
 * the gzip bytes fetched before the first choice was painted (the page itself included).
 */
async function firstChoicePainted(browser: Browser, url: string) {
  const page = await freshPage(browser);
  const bodies = new Map<string, number>();
  page.on('response', async (response) => {
    if (!['document', 'script', 'fetch', 'xhr'].includes(response.request().resourceType())) return;
    try {
      bodies.set(response.url(), gzipSync(await response.body()).length);
    } catch {
      // A response without a body (redirect) adds nothing.
    }
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const at = await page.evaluate(() => (window as unknown as Watched).__bench.firstChoice);
  const live = await page.evaluate(() => (window as unknown as Watched).__bench.live);
  const fetched = await page.evaluate(
    (t) => [
      location.href,
      ...performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).responseEnd <= t)
        .map((e) => e.name),
    ],
    at,
  );
  await page.waitForLoadState('networkidle');
  const bytes = fetched.reduce((sum, u) => sum + (bodies.get(u) ?? 0), 0);
  await page.context().close();
  return { ms: at, live, bytes };
}

/**
 * A fresh page at `url`, its first choice shown and the page settled: nothing more to fetch
 * and the main thread idle. A reader's first order comes after reading the first screen, not
 * while the page is still starting; both pages are given the same time.
 */
async function settledPage(browser: Browser, url: string): Promise<Page> {
  const page = await freshPage(browser);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(() => (window as unknown as Watched).__bench.firstChoice);
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })),
  );
  await page.waitForTimeout(500);
  return page;
}

/**
 * Click to next choices painted, `clicks` times on a settled fresh page: each click straight
 * after the last one's paint, or `pauseMs` later (a reader's pace: what each order left to do
 * after its paint, such as the war room and the autosave, is done by then).
 */
async function clicksPainted(
  browser: Browser,
  url: string,
  clicks: number,
  pauseMs = 0,
): Promise<number[]> {
  const page = await settledPage(browser, url);
  const times = await clickInTurn(page, clicks, pauseMs);
  await page.context().close();
  return times;
}

/** Takes the first choice `clicks` times (fewer if the story ends): each click's ms. */
async function clickInTurn(page: Page, clicks: number, pauseMs = 0): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < clicks; i++) {
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
    const ms = await page.evaluate(() => (window as unknown as Watched).__bench.clickAndWait());
    if (ms < 0) break;
    times.push(ms);
  }
  return times;
}

/**
 * The main thread's own CPU time from each click to its choices painted, `clicks` clicks in a
 * row on a settled fresh page under a trace: what a click costs, which a busy machine does not
 * stretch as it stretches the time to the paint.
 */
async function clicksWork(browser: Browser, url: string, clicks: number): Promise<number[]> {
  const page = await settledPage(browser, url);
  await browser.startTracing(page, {
    categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  await clickInTurn(page, clicks);
  const events = traceEvents(await browser.stopTracing());
  await page.context().close();
  const painted = markTimes(events, 'bench-painted');
  return markTimes(events, 'bench-click')
    .slice(0, painted.length)
    .map((from, i) => mainThreadWork(events, { from, to: painted[i]! }).cpu);
}

/** Counts every node of the page, in the document and in every shadow root. */
const COUNT_NODES = `(() => {
  const count = (root) => {
    let n = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      n++;
      if (node.shadowRoot) n += count(node.shadowRoot);
    }
    return n;
  };
  return count(document);
})()`;

/**
 * The page's DOM after a full run, the first order taken each time until the story ends: every
 * node (elements, text, comments) in the document and in every shadow root.
 */
async function domAfterRun(browser: Browser, url: string): Promise<number> {
  const page = await settledPage(browser, url);
  while (await page.evaluate(() => (window as unknown as Watched).__bench.takeFirst())) {
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1_000);
  // A script of its own, as the watcher is: the bench's own compile would name the function.
  const nodes = Number(await page.evaluate(COUNT_NODES));
  await page.context().close();
  return nodes;
}

export interface PageFigures {
  readonly firstChoicePaintedMs: Spread;
  /** Until an order is taken at once (the player's game on screen, not only its first screen). */
  readonly liveMs: Spread;
  readonly firstScreenGzipBytes: number;
  readonly clickToChoicesPaintedMs: Spread;
  /** The same with a second's pause before each click, as a reader gives. */
  readonly clickAfterPauseMs: Spread;
  /** The main thread's CPU time from a click to its choices painted. */
  readonly clickMainThreadCpuMs: Spread;
  /** Nodes in the page (shadow roots included) after a full run, the first order each time. */
  readonly domNodesAfterRun: number;
}

/** Both pages' figures, `loads` loads and `clickPages` pages of `clicks` clicks each. */
export async function pageFigures(
  browser: Browser,
  urls: { readonly bare: string; readonly player: string },
  options: { readonly loads: number; readonly clickPages: number; readonly clicks: number },
): Promise<{ readonly bare: PageFigures; readonly player: PageFigures }> {
  type Load = { ms: number; live: number; bytes: number };
  const loads = { bare: [] as Load[], player: [] as Load[] };
  const clicks = { bare: [] as number[], player: [] as number[] };
  const paused = { bare: [] as number[], player: [] as number[] };
  const work = { bare: [] as number[], player: [] as number[] };
  for (let i = 0; i < options.loads; i++) {
    for (const which of ['bare', 'player'] as const) {
      loads[which].push(await firstChoicePainted(browser, urls[which]));
      if (i < options.clickPages) {
        clicks[which].push(...(await clicksPainted(browser, urls[which], options.clicks)));
        paused[which].push(...(await clicksPainted(browser, urls[which], options.clicks, 1_000)));
        // Traced apart from the timed clicks, which the trace would slow.
        work[which].push(...(await clicksWork(browser, urls[which], options.clicks)));
      }
    }
  }
  const dom = {
    bare: await domAfterRun(browser, urls.bare),
    player: await domAfterRun(browser, urls.player),
  };
  const figures = (which: 'bare' | 'player'): PageFigures => ({
    firstChoicePaintedMs: spread(loads[which].map((l) => l.ms)),
    liveMs: spread(loads[which].map((l) => l.live)),
    firstScreenGzipBytes: loads[which][0]?.bytes ?? 0,
    clickToChoicesPaintedMs: spread(clicks[which]),
    clickAfterPauseMs: spread(paused[which]),
    clickMainThreadCpuMs: spread(work[which]),
    domNodesAfterRun: dom[which],
  });
  return { bare: figures('bare'), player: figures('player') };
}
