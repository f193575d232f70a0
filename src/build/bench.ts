/**
 * `npm run bench`: the performance figures of SPEC section 9, printed as JSON. Every figure is
 * measured in the same run against a bare baseline: a page that runs the inkjs runtime with plain
 * DOM code on the same story (bench/bare), and for the explorer a story ten times the campaign.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { Playthrough } from '../engine/playthrough.ts';
import { exploreStory, exploreStoryParallel, type ExploreReport } from '../explorer/explore.ts';
import { sampleStory } from '../explorer/sample.ts';
import { branchViewFigures, storageFigures } from './bench-branches.ts';
import { bareSite, pageFigures } from './bench-pages.ts';
import { roundTripRunsParallel } from './round-trip-runs.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { compileInk } from './compile-ink.ts';
import { generateLargeStory } from './generate-large-story.ts';

/**
 * What to measure and how much: `--only pages,rewind,branches,explorer,playthroughs` (all by
 * default), `--loads N` page loads of each page (40), `--playthroughs N` saved-and-restored
 * random runs of the campaign, shared among worker threads (10,000; also
 * STAVKA_BENCH_PLAYTHROUGHS).
 */
function benchOptions(argv: readonly string[]) {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const only = value('--only')?.split(',');
  const count = (text: string | undefined, fallback: number) => {
    const n = Number(text);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    wants: (section: string) => !only || only.includes(section),
    loads: count(value('--loads'), 40),
    playthroughs: count(
      value('--playthroughs') ?? process.env['STAVKA_BENCH_PLAYTHROUGHS'],
      10_000,
    ),
  };
}

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
  const options = benchOptions(process.argv.slice(2));
  step('building the site');
  await build({ logLevel: 'silent' });
  const campaign = compileInk('story/main.ink').json;
  const ours = await serve('dist');
  const bareDir = bareSite(campaign);
  const bare = await serve(bareDir);
  // Scratch files of this run (long stories for the rewind and explorer figures).
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const result: Record<string, unknown> = {};
    if (options.wants('pages')) {
      step(`pages, in alternation (${options.loads} loads each)`);
      const pages = await pageFigures(
        browser,
        { bare: bare.url, player: ours.url },
        { loads: options.loads, clickPages: Math.min(5, options.loads), clicks: 7 },
      );
      result['page'] = {
        ...pages,
        firstChoiceRatio: round(
          pages.player.firstChoicePaintedMs.median / pages.bare.firstChoicePaintedMs.median,
        ),
        liveRatio: round(pages.player.liveMs.median / pages.bare.liveMs.median),
        firstScreenBytesRatio: round(
          pages.player.firstScreenGzipBytes / pages.bare.firstScreenGzipBytes,
        ),
        clickToChoicesWithin14Ms: pages.player.clickToChoicesPaintedMs.median <= 14,
        clickAfterPauseWithin14Ms: pages.player.clickAfterPauseMs.median <= 14,
        domNodesRatio: round(pages.player.domNodesAfterRun / pages.bare.domNodesAfterRun),
        clickCpuRatio: round(
          pages.player.clickMainThreadCpuMs.median / pages.bare.clickMainThreadCpuMs.median,
        ),
      };
    }
    if (options.wants('rewind')) {
      step('rewind');
      const long = compileInk(writeTemp(dir, 'long.ink', longStory(200))).json;
      result['rewind'] = {
        campaign: rewindFigures(campaign, 100),
        longStory: rewindFigures(long, 200),
      };
    }
    if (options.wants('branches')) {
      step('runs and branch views');
      result['branches'] = {
        storage: await storageFigures(campaign),
        views: await branchViewFigures(browser, ours.url, campaign),
      };
    }
    if (options.wants('playthroughs')) {
      step(`${options.playthroughs} saved and restored random runs`);
      const runs = await roundTripRunsParallel(campaign, options.playthroughs);
      result['playthroughs'] = { ...runs, failures: runs.failures.length };
    }
    if (options.wants('explorer')) {
      step('explorer');
      result['explorer'] = await explorerFigures(campaign, dir);
    }
    const bundle = readdirSync('dist/assets')
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(`dist/assets/${f}`, 'utf8'))
      .join('\n');
    result['compilerInBundle'] = bundle.includes('InkParser');
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await ours.server.close();
    await bare.server.close();
    for (const scratch of [bareDir, dir]) rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
