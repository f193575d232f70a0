/**
 * Bench figures for the tree of runs: the bytes stored for 1, 10 and 100 runs of a story, and
 * how long the branch map and the comparison take to open with 10 and 200 stored runs.
 */
import type { Browser, Page } from 'playwright-core';
import { Playthrough } from '../engine/playthrough.ts';
import { seededRandom } from '../explorer/sample.ts';
import { RunBook } from '../game/run-book.ts';
import { RunStore } from '../persistence/run-store.ts';
import { MemoryStore } from '../persistence/store.ts';
import { spread } from './bench-pages.ts';
import { mainThreadWork, traceEvents } from './bench-trace.ts';

/** `runs` seeded random runs of the story, recorded as the game records them. */
export async function playRuns(json: string, runs: number, seed = 7) {
  const kv = new MemoryStore();
  const store = new RunStore(kv);
  const book = new RunBook(json, 'bench', store);
  const playthrough = new Playthrough(json);
  const random = seededRandom(seed);
  let view = playthrough.start();
  book.trackStart(view);
  let orders = 0;
  for (let run = 0; run < runs; run++) {
    if (run > 0) {
      book.keepPending(playthrough.session);
      view = playthrough.restart();
      book.trackStart(view);
    }
    while (view.choices.length > 0) {
      view = playthrough.choose(Math.floor(random() * view.choices.length));
      book.trackMove(view);
      orders++;
    }
    await book.write(playthrough.session);
  }
  return { kv, store, book, orders };
}

/**
 * Writes tree records straight into the campaign's IndexedDB store in `page`, as the game
 * would have written them (the page must have opened its store once).
 */
export async function putStoredRecords(
  page: Page,
  records: readonly { key: string; value: unknown }[],
): Promise<void> {
  await page.evaluate(async (entries) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stavka');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('stavka_campaign', 'readwrite');
      const os = tx.objectStore('stavka_campaign');
      for (const { key, value } of entries) os.put(value, key);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** Bytes stored for 1, 10 and 100 runs: linear in the moments played, not in their square. */
export async function storageFigures(json: string) {
  const rows = [];
  for (const runs of [1, 10, 100]) {
    const { store, book, orders } = await playRuns(json, runs);
    const bytes = await store.byteSize();
    const moments = Object.keys(book.tree.nodes).length;
    rows.push({
      runs,
      ordersPlayed: orders,
      momentsStored: moments,
      bytes,
      bytesPerMoment: Math.round(bytes / moments),
    });
  }
  return rows;
}

/**
 * In the page: opens one tab of the branch panel (the first time, loading the views' code) and
 * waits until it is drawn and the next frame is out; milliseconds from the call. A string, so
 * that it runs as written (no build helpers).
 */
const OPEN_VIEW = `(async (tab) => {
  const player = document.querySelector('ink-player');
  const start = performance.now();
  await player.openBranches(tab);
  const panel = player.shadowRoot.querySelector('branch-panel');
  await panel.updateComplete;
  const view = panel.shadowRoot.querySelector(tab === 'map' ? 'branch-map' : 'run-compare');
  await view.updateComplete;
  await new Promise(requestAnimationFrame);
  if (!view.shadowRoot.querySelector(tab === 'map' ? '[role=treeitem]' : 'table')) {
    throw new Error('nothing drawn for ' + tab);
  }
  return performance.now() - start;
})`;

/** Opens one tab in `page` under a trace: wall milliseconds and main-thread work. */
async function timedOpen(browser: Browser, page: Page, tab: string) {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  const wall = (await page.evaluate(`${OPEN_VIEW}(${JSON.stringify(tab)})`)) as number;
  const work = mainThreadWork(traceEvents(await browser.stopTracing())).wall;
  await page.evaluate(() => {
    const player = document.querySelector('ink-player')!;
    player.shadowRoot!.querySelector<HTMLElement & { close(): void }>('branch-panel')!.close();
  });
  return { wall, work };
}

/**
 * Opens the branch map and the comparison with `runs` stored runs, three times over fresh
 * loads: the median milliseconds from the call to the view drawn (wall) and of main-thread
 * work (the budget is about work: a frame's worth per 10 runs).
 */
async function openTimes(browser: Browser, url: string, json: string, runs: number) {
  const { store } = await playRuns(json, runs);
  const records = await store.exportAll();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('ink-player')?.game.book !== null);
  await page.evaluate(async () => document.querySelector('ink-player')!.saveSettled());
  // The records go straight into the story's IndexedDB store, as the game would have written them.
  await putStoredRecords(page, records);
  const samples = { cold: [] as number[], map: [] as number[], compare: [] as number[] };
  const work = { map: [] as number[], compare: [] as number[] };
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await page.waitForFunction(
      (n) => (document.querySelector('ink-player')?.game.book?.tree.runs.length ?? 0) >= n,
      runs,
    );
    samples.cold.push((await timedOpen(browser, page, 'map')).wall);
    const map = await timedOpen(browser, page, 'map');
    const compare = await timedOpen(browser, page, 'compare');
    samples.map.push(map.wall);
    samples.compare.push(compare.wall);
    work.map.push(map.work);
    work.compare.push(compare.work);
  }
  await context.close();
  const median = (v: number[]) => spread(v).median;
  return {
    runs,
    firstOpenWithCodeMs: median(samples.cold),
    mapOpenMs: median(samples.map),
    mapOpenWorkMs: median(work.map),
    compareOpenMs: median(samples.compare),
    compareOpenWorkMs: median(work.compare),
  };
}

export async function branchViewFigures(browser: Browser, url: string, json: string) {
  const rows = [];
  for (const runs of [10, 200]) {
    const row = await openTimes(browser, url, json, runs);
    // The target: a frame's work (16.7 ms) per 10 runs.
    rows.push({ ...row, budgetMs: Number(((16.7 * runs) / 10).toFixed(1)) });
  }
  return rows;
}
