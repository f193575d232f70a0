/**
 * `npm run bench`: the performance figures of SPEC section 9, printed as JSON. Every figure is
 * measured in the same run against a bare baseline: a page that runs the inkjs runtime with plain
 * DOM code on the same story (bench/bare), and for the explorer a story ten times the campaign.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { Playthrough } from '../engine/playthrough.ts';
import { exploreStory, exploreStoryParallel, type ExploreReport } from '../explorer/explore.ts';
import { sampleStory } from '../explorer/sample.ts';
import { branchViewFigures, storageFigures } from './bench-branches.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { compileInk } from './compile-ink.ts';
import { generateLargeStory } from './generate-large-story.ts';

const RUNS = 9;
const CLICKS = 7;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

async function serve(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1' },
    build: { outDir },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

/** In-page: the choice buttons, whether in the player's shadow root or in the bare page. */
const FIND_CHOICES = `(() => {
  const root = document.querySelector('ink-player')?.shadowRoot ?? document;
  return [...root.querySelectorAll('.choice')];
})`;

/** Time from navigation start until the first choice is on screen, and the bytes it took. */
async function firstScreen(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = new Map<string, number>();
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (!['script', 'fetch', 'xhr'].includes(type)) return;
    try {
      bodies.set(response.url(), gzipSync(await response.body()).length);
    } catch {
      // A response without a body (redirect) adds nothing.
    }
  });
  await page.addInitScript(`
    (function watch() {
      const find = ${FIND_CHOICES};
      const tick = () => {
        if (find().length > 0) { window.__firstChoiceAt = performance.now(); return; }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })();
  `);
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  await page.waitForFunction(
    () => (window as unknown as { __firstChoiceAt?: number }).__firstChoiceAt,
    null,
    { timeout: 20_000 },
  );
  const at = await page.evaluate(
    () => (window as unknown as { __firstChoiceAt: number }).__firstChoiceAt,
  );
  // Only what had arrived when the first choice appeared counts as the first screen's bytes.
  const before = await page.evaluate(
    (t) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).responseEnd <= t)
        .map((e) => e.name),
    at,
  );
  await page.waitForLoadState('networkidle');
  const bytes = before.reduce((sum, url) => sum + (bodies.get(url) ?? 0), 0);
  await context.close();
  return { ms: at, bytes };
}

/** Times from a click on a choice until the next choices are on screen, for several clicks. */
async function clickToChoices(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < CLICKS; i++) {
    const ms = await page.evaluate(`(async () => {
      const find = ${FIND_CHOICES};
      const before = find();
      if (before.length === 0) return -1;
      const label = (list) => list.map((b) => b.textContent).join('|');
      const beforeLabel = label(before);
      const t0 = performance.now();
      before[0].click();
      return await new Promise((resolve) => {
        const tick = () => {
          const now = find();
          const changed = now.length === 0 || label(now) !== beforeLabel;
          if (changed) resolve(now.length > 0 ? performance.now() - t0 : -1);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    })()`);
    if (typeof ms !== 'number' || ms < 0) break;
    times.push(ms);
  }
  return times;
}

/** Click timings on one fresh page of `url`. */
async function clicksOn(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(`${FIND_CHOICES}().length > 0`);
  const times = await clickToChoices(page);
  await context.close();
  return times;
}

/**
 * The page figures of both pages, measured in alternation (bare, player, bare, player, …) so
 * that whatever else the machine is doing weighs on both alike.
 */
async function pageFigures(browser: Browser, urls: { bare: string; player: string }) {
  const loads = {
    bare: [] as { ms: number; bytes: number }[],
    player: [] as { ms: number; bytes: number }[],
  };
  const clicks = { bare: [] as number[], player: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    for (const which of ['bare', 'player'] as const) {
      loads[which].push(await firstScreen(browser, urls[which]));
      if (i < 3) clicks[which].push(...(await clicksOn(browser, urls[which])));
    }
  }
  const figures = (which: 'bare' | 'player') => ({
    firstChoiceMs: round(median(loads[which].map((l) => l.ms))),
    firstScreenGzipBytes: loads[which][0]!.bytes,
    clickToChoicesMs: round(median(clicks[which])),
  });
  return { bare: figures('bare'), player: figures('player') };
}

/** Cost of rewinding to the first and to the last decision of a run of `decisions` decisions. */
function rewindFigures(json: string, decisions: number) {
  const p = new Playthrough(json);
  let view = p.start();
  while (view.choices.length > 0 && view.history.length < decisions) view = p.choose(0);
  const taken = view.history.length;
  const data = p.data();
  const time = (at: number) => {
    const samples: number[] = [];
    for (let i = 0; i < 30; i++) {
      p.load(data);
      const t0 = performance.now();
      p.rewindTo(at);
      samples.push(performance.now() - t0);
    }
    return median(samples);
  };
  const first = time(0);
  const last = time(taken - 1);
  return {
    decisions: taken,
    firstMs: round(first, 3),
    lastMs: round(last, 3),
    ratio: round(last / first),
  };
}

/**
 * The explorer on the campaign and on a generated story ten times larger (ten times the
 * decisions), each walked whole, in one thread and on every core.
 */
async function explorerFigures(campaign: string, dir: string) {
  const summary = (r: ExploreReport) => ({
    complete: r.complete,
    states: r.distinctStates,
    endings: r.endings.length,
    deadEnds: r.deadEnds.length,
    errors: r.errors.length,
    unreached: r.unreached.length,
    decisions: r.decisions.length,
    seconds: r.seconds,
    workers: r.workers,
    statesPerSecond: Math.round(r.distinctStates / r.seconds),
  });
  const figures = async (json: string, oneThread = exploreStory(json)) => ({
    oneThread: summary(oneThread),
    everyCore: summary(await exploreStoryParallel(json, { soloMs: 0 })),
  });
  // The one-thread walk of the campaign also says how many decisions the 10x story needs.
  const ours = exploreStory(campaign);
  const large = compileInk(
    writeTemp(dir, 'large.ink', generateLargeStory((10 * ours.decisions.length) / 12)),
  ).json;
  const sample = sampleStory(campaign, 3000);
  return {
    campaign: await figures(campaign, ours),
    tenTimes: await figures(large),
    campaignSample: {
      runs: sample.runs,
      endings: sample.endings.length,
      deadEnds: sample.deadEnds.length,
      errors: sample.errors.length,
      seconds: sample.seconds,
    },
  };
}

function writeTemp(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** A long story for the rewind figure: `n` decisions in a row, each with a few lines of text. */
function longStory(n: number): string {
  let ink = 'VAR x = 0\n';
  for (let i = 0; i < n; i++) {
    ink += `Decision ${i}: the wire arrives. # decision: d${i}\n+ [Left ${i}]\n    ~ x += 1\n    Left.\n+ [Right ${i}]\n    Right.\n- `;
  }
  ink += 'Done. # ending: done = Done\n-> END\n';
  return ink;
}

const step = (what: string) => process.stderr.write(`bench: ${what}\n`);

async function main(): Promise<void> {
  step('building the site and the bare page');
  await build({ logLevel: 'silent' });
  await build({ configFile: 'vite.bench.config.ts', logLevel: 'silent' });
  const ours = await serve('dist');
  const bare = await serve('dist-bench');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    step('pages, in alternation');
    const { bare: bareFigures, player: ourFigures } = await pageFigures(browser, {
      bare: bare.url,
      player: ours.url,
    });
    step('rewind, runs and explorer');
    const campaign = compileInk('story/main.ink').json;
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    const long = compileInk(writeTemp(dir, 'long.ink', longStory(200))).json;
    const bundle = readdirSync('dist/assets')
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(`dist/assets/${f}`, 'utf8'))
      .join('\n');
    const result = {
      page: {
        bare: bareFigures,
        player: ourFigures,
        firstChoiceRatio: round(ourFigures.firstChoiceMs / bareFigures.firstChoiceMs),
        firstScreenBytesRatio: round(
          ourFigures.firstScreenGzipBytes / bareFigures.firstScreenGzipBytes,
        ),
        clickToChoicesWithinFrame: ourFigures.clickToChoicesMs <= 16.7,
      },
      rewind: {
        campaign: rewindFigures(campaign, 100),
        longStory: rewindFigures(long, 200),
      },
      branches: {
        storage: await storageFigures(campaign),
        views: await branchViewFigures(browser, ours.url, campaign),
      },
      explorer: await explorerFigures(campaign, dir),
      compilerInBundle: bundle.includes('InkParser'),
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await ours.server.close();
    await bare.server.close();
  }
}

await main();
