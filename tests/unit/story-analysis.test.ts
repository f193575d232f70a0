import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import type { StoryAnalysis } from '../../src/analysis-types.ts';
import { analysisFromReport, sampledAnalysis } from '../../src/build/story-analysis.ts';
import { inkPlugin, storyHashOf, type InkPluginOptions } from '../../src/build/vite-plugin-ink.ts';
import { exploreStory } from '../../src/explorer/explore.ts';
import { compileFixture, fixturePath } from './compile-fixture.ts';

/** What a walk of tests/fixtures/analysis/orders.ink must find, worked out by hand. */
const ORDERS: Omit<StoryAnalysis, 'storyHash'> = {
  complete: true,
  sampled: false,
  endings: [
    { id: 'victory', title: 'The Town Taken', reached: true },
    { id: 'defeat', title: 'Thrown Back', reached: true },
    { id: 'stalemate', title: 'A Quiet Spring', reached: true },
    { id: 'lost', title: 'The Lost Road', reached: false },
  ],
  stats: [
    { variable: 'morale', label: 'Morale' },
    { variable: 'held', label: 'Held' },
  ],
  decisions: [
    {
      id: 'first',
      chapter: 'I. The Harbour',
      date: '3 March 1950',
      orders: [
        {
          text: 'Hold the harbour',
          history: true,
          endings: ['victory', 'stalemate'],
          stats: { morale: { min: 60, max: 60 } },
        },
        {
          text: 'Take the hill',
          history: false,
          endings: ['defeat', 'stalemate'],
          stats: { morale: { min: 40, max: 40 } },
        },
      ],
    },
    {
      id: 'second',
      chapter: 'II. The Town',
      date: '9 March 1950',
      orders: [
        {
          text: 'March on the town',
          history: false,
          endings: ['victory', 'defeat'],
          stats: { morale: { min: 40, max: 60 } },
        },
        {
          text: 'Sit tight',
          history: true,
          endings: ['stalemate'],
          stats: { morale: { min: 40, max: 60 } },
        },
      ],
    },
  ],
};

/**
 * Builds a project whose entry imports `story.ink` at once and `story.ink?analysis` lazily,
 * as the page does; returns the entry chunk and the chunk the analysis went into.
 */
async function buildWithAnalysis(
  root: string,
  story: string,
  options: InkPluginOptions,
): Promise<{ entry: string; analysis: StoryAnalysis; chunks: number; storyHash: string }> {
  writeFileSync(
    join(root, 'entry.js'),
    `export { storyHash } from './${story}';\nexport const analysis = () => import('./${story}?analysis');\n`,
  );
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin(options)],
    build: {
      write: false,
      minify: false,
      lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'out' },
    },
  })) as Rollup.RollupOutput[];
  const chunks = output[0]!.output.filter((o) => o.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry)!;
  const lazy = chunks.find((c) => !c.isEntry && c.code.includes('"decisions"'));
  if (!lazy) throw new Error('the analysis is not in a chunk of its own');
  const module = `data:text/javascript,${encodeURIComponent(lazy.code)}`;
  const analysis = ((await import(module)) as { default: StoryAnalysis }).default;
  const storyHash = /storyHash = "([0-9a-f]+)"/.exec(entry.code)?.[1] ?? '';
  return { entry: entry.code, analysis, chunks: chunks.length, storyHash };
}

function project(): { root: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'ink-analysis-'));
  cpSync(fixturePath('analysis'), root, { recursive: true });
  return { root, cacheDir: join(root, 'cache') };
}

describe('the story analysis', () => {
  it('gives every tagged decision with its chapter, date, orders, endings still open and stat ranges', () => {
    const json = compileFixture('analysis/orders.ink');
    const analysis = analysisFromReport(exploreStory(json), json, storyHashOf(json));
    expect(analysis).toEqual({ storyHash: storyHashOf(json), ...ORDERS });
  });

  it('finds the same from a seeded sample of a small story, but says it is a sample', () => {
    const json = compileFixture('analysis/orders.ink');
    const sample = sampledAnalysis(json, storyHashOf(json), 200, 7);
    expect(sample).toEqual({
      storyHash: storyHashOf(json),
      ...ORDERS,
      complete: false,
      sampled: true,
    });
    expect(sampledAnalysis(json, storyHashOf(json), 200, 7)).toEqual(sample);
  });

  it('stops a story that runs on without stopping, and keeps what the other roads found', () => {
    const json = compileFixture('explorer/runs-on.ink');
    const sample = sampledAnalysis(json, storyHashOf(json), 12, 3);
    expect(sample.endings).toEqual([{ id: 'rest', title: 'Rest', reached: true }]);
    // The orders that run on were tried, and lead to no ending.
    const orders = Object.fromEntries(sample.decisions[0]!.orders.map((o) => [o.text, o.endings]));
    expect(orders).toEqual({ Rest: ['rest'], Spin: [], Chatter: [] });
    const walked = analysisFromReport(exploreStory(json), json, storyHashOf(json));
    expect(walked.decisions.map((d) => d.id)).toEqual(['start']);
  }, 120_000);
});

describe('story.ink?analysis', () => {
  it('is a lazily loaded chunk of its own, for the same build of the story', async () => {
    const { root, cacheDir } = project();
    const built = await buildWithAnalysis(root, 'orders.ink', { analysis: { cacheDir } });
    expect(built.chunks).toBe(2);
    expect(built.entry).not.toContain('"decisions"');
    expect(built.analysis).toEqual({ storyHash: built.storyHash, ...ORDERS });
    expect(built.storyHash).toBe(storyHashOf(compileFixture('analysis/orders.ink')));
  }, 60_000);

  it('serves the analysis kept for the same story hash instead of walking it again', async () => {
    const { root, cacheDir } = project();
    const first = await buildWithAnalysis(root, 'orders.ink', { analysis: { cacheDir } });
    const [file, ...others] = readdirSync(cacheDir);
    expect(others).toEqual([]);
    expect(file).toMatch(new RegExp(`^${first.storyHash}-`));
    // Mark the kept copy: a second build that serves the mark read it rather than walking.
    const kept = JSON.parse(readFileSync(join(cacheDir, file!), 'utf8')) as StoryAnalysis;
    const marked = {
      ...kept,
      endings: kept.endings.map((e) => ({ ...e, title: 'From the cache' })),
    };
    writeFileSync(join(cacheDir, file!), JSON.stringify(marked));
    const second = await buildWithAnalysis(root, 'orders.ink', { analysis: { cacheDir } });
    expect(second.analysis.endings.map((e) => e.title)).toEqual(Array(4).fill('From the cache'));

    // A damaged file is not served: the story is walked again.
    writeFileSync(join(cacheDir, file!), '{"storyHash": 3');
    const third = await buildWithAnalysis(root, 'orders.ink', { analysis: { cacheDir } });
    expect(third.analysis).toEqual({ storyHash: first.storyHash, ...ORDERS });
  }, 60_000);

  it('marks the analysis of a story too big for the bound as a sample', async () => {
    const { root, cacheDir } = project();
    const built = await buildWithAnalysis(root, 'grows.ink', {
      analysis: { cacheDir, maxStates: 20, sampleRuns: 50 },
    });
    expect(built.analysis.sampled).toBe(true);
    expect(built.analysis.complete).toBe(false);
    expect(built.analysis.endings).toEqual([{ id: 'done', title: 'Counted Out', reached: true }]);
    const step = built.analysis.decisions.find((d) => d.id === 'step');
    expect(step?.orders.map((o) => o.text)).toEqual(['Add one', 'Add two']);
    // Twelve steps of one or two: every final count lies between 12 and 24.
    for (const order of step!.orders) {
      expect(order.stats.count!.min).toBeGreaterThanOrEqual(12);
      expect(order.stats.count!.max).toBeLessThanOrEqual(24);
    }

    const whole = await buildWithAnalysis(root, 'grows.ink', { analysis: { cacheDir } });
    expect(whole.analysis.sampled).toBe(false);
    expect(whole.analysis.complete).toBe(true);
    expect(whole.analysis.decisions[0]!.orders.map((o) => o.stats.count)).toEqual([
      { min: 12, max: 23 },
      { min: 13, max: 24 },
    ]);
  }, 60_000);

  it('never serves the dev server an analysis of the story before an edit', async () => {
    const { root, cacheDir } = project();
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkPlugin({ analysis: { cacheDir } })],
      server: { middlewareMode: true, ws: false },
    });
    try {
      const load = async (id: string) => {
        const result = await server.transformRequest(id);
        return result?.code ?? '';
      };
      const hashOf = async () => /storyHash = "([0-9a-f]+)"/.exec(await load('/orders.ink'))?.[1];
      const analysisOf = async () =>
        JSON.parse(
          /export default (.*);/s.exec(await load('/orders.ink?analysis'))![1]!,
        ) as StoryAnalysis;

      const before = await hashOf();
      expect((await analysisOf()).storyHash).toBe(before);

      const file = join(root, 'orders.ink');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('[Sit tight #history]', '[Wait for spring #history]'),
      );
      await expect.poll(hashOf, { timeout: 20_000 }).not.toBe(before);
      const after = await analysisOf();
      expect(after.storyHash).toBe(await hashOf());
      expect(after.decisions[1]!.orders.map((o) => o.text)).toEqual([
        'March on the town',
        'Wait for spring',
      ]);
    } finally {
      await server.close();
    }
  }, 60_000);
});
