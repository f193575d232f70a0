/**
 * Public ink stories by other authors (tests/fixtures/public/, each with its LICENCE and
 * PROVENANCE.md): each compiles with the CLI and through the Vite plugin to the same story,
 * and the explorer walks it whole, or says plainly that its state bound stopped the walk and
 * reports what a seeded sample found beyond it. The bounds are states, not seconds, so that the
 * answers do not depend on how busy the machine is.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import { exploreStory } from '../../src/explorer/explore.ts';
import type { ExploreReport } from '../../src/explorer/report.ts';
import { bundleWithInkPlugin } from './plugin-build.ts';
import {
  EXPLORER_ONLY_STORIES,
  PUBLIC_STORIES,
  publicStoryPath,
  type ExploredStory,
} from '../fixtures/public/stories.ts';

/** How far each story is walked in the tests: some stories run slowly in inkjs itself. */
const BOUNDS: Record<ExploredStory, { maxStates: number; sampleRuns: number }> = {
  'the-intercept': { maxStates: 400, sampleRuns: 40 },
  'murder-scene': { maxStates: 400, sampleRuns: 50 },
  pontoon: { maxStates: 100, sampleRuns: 10 },
  swindlestones: { maxStates: 40, sampleRuns: 3 },
  storylets: { maxStates: 400, sampleRuns: 40 },
  'basic-demo': { maxStates: 400, sampleRuns: 40 },
  'market-day': { maxStates: 400, sampleRuns: 40 },
  // Walked whole: about 5,000 states.
  'gannet-rock': { maxStates: 20_000, sampleRuns: 40 },
  // Slow in inkjs (its runs on a map take seconds each): a few runs meet its endless loop.
  roguelike: { maxStates: 100, sampleRuns: 5 },
};

const STORIES = [
  ...Object.keys(PUBLIC_STORIES),
  ...Object.keys(EXPLORER_ONLY_STORIES),
] as ExploredStory[];

/** Compiles with `npm run compile-ink`'s script, in a process of its own, as an author would. */
function compileWithCli(file: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'public-cli-')), 'story.json');
  execFileSync(process.execPath, ['--import', 'tsx', 'src/build/compile-cli.ts', file, '-o', out], {
    stdio: 'pipe',
  });
  return readFileSync(out, 'utf8');
}

/** Builds a one-file project that imports the story through the Vite plugin; returns its JSON. */
async function compileWithPlugin(file: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'public-plugin-'));
  cpSync(dirname(file), root, { recursive: true });
  writeFileSync(join(root, 'entry.js'), `export { default } from './${basename(file)}';\n`);
  const code = await bundleWithInkPlugin(root);
  const module = (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )) as { default: string };
  return module.default;
}

const reports = new Map<ExploredStory, ExploreReport>();
function explored(name: ExploredStory): ExploreReport {
  let report = reports.get(name);
  if (!report) {
    report = exploreStory(compileInk(publicStoryPath(name)).json, BOUNDS[name]);
    reports.set(name, report);
  }
  return report;
}

describe.each(STORIES)('public story %s', (name) => {
  it('compiles with the CLI and through the Vite plugin, to the same story', async () => {
    const file = publicStoryPath(name);
    const expected = compileInk(file).json;
    expect(compileWithCli(file)).toBe(expected);
    expect(await compileWithPlugin(file)).toBe(expected);
  }, 120_000);

  it('is walked whole, or says that it sampled and what the sample found', () => {
    const report = explored(name);
    if (report.complete) {
      expect(report.sample).toBeUndefined();
    } else {
      expect(report.distinctStates).toBeGreaterThanOrEqual(BOUNDS[name].maxStates);
      expect(report.sample?.mode).toBe('sampled');
      expect(report.sample?.runs).toBe(BOUNDS[name].sampleRuns);
      // Every sampled run ends somewhere: at an ending, a dead end or an error.
      const sample = report.sample!;
      const met = sample.endings.length + sample.deadEnds.length + sample.errors.length;
      expect(met).toBeGreaterThan(0);
      expect(sample.cutRuns).toBe(0);
    }
  }, 300_000);
});

describe('what the explorer finds in the public stories', () => {
  it('walks the small ones whole', () => {
    expect(explored('storylets')).toMatchObject({ complete: true, errors: [], unreached: [] });
    const demo = explored('basic-demo');
    expect(demo.complete).toBe(true);
    // Inky's demo ends without `# ending:` tags: both of its ends are dead ends to the explorer.
    expect(demo.deadEnds.map((d) => d.lastText).sort()).toEqual(['HELLO!', 'hello world!']);
  }, 120_000);

  it('finds, by sampling past the bound, the murder scene’s run out of content', () => {
    const report = explored('murder-scene');
    expect(report.complete).toBe(false);
    expect(report.errors).toEqual([]); // not within the bound …
    const errors = report.sample?.errors.map((e) => e.message) ?? [];
    expect(errors.some((m) => m.includes('ran out of content'))).toBe(true); // … but beyond it
  }, 300_000);

  it('runs the ink fallbacks of Market Day’s EXTERNAL functions to its ending', () => {
    const report = explored('market-day');
    expect(report.externals?.map((e) => [e.name, e.fallback]).sort()).toEqual([
      ['STRING_TO_LIST', true],
      ['UPPERCASE', true],
      ['weigh', true],
    ]);
    expect(report.errors).toEqual([]);
    expect(report.sample?.endings.map((e) => e.id)).toEqual(['home']);
  }, 300_000);

  it('walks The Keeper of Gannet Rock whole, to each of its six endings', () => {
    const report = explored('gannet-rock');
    expect(report).toMatchObject({ complete: true, deadEnds: [], errors: [], unreached: [] });
    expect(report.endings.map((e) => e.id).sort()).toEqual([
      'dark',
      'lost_ship',
      'mainland',
      'principal',
      'turned_back',
      'two_keepers',
    ]);
    expect(report.externals).toEqual([{ name: 'tide_at', fallback: true }]);
  }, 300_000);

  it('does not take The Intercept’s functions for knots', () => {
    const report = explored('the-intercept');
    expect(report.errors).toEqual([]);
    expect(report.sample?.errors).toEqual([]);
    expect(report.sample?.unreached).not.toContain('raise');
    expect(report.sample?.unreached).not.toContain('lower');
  }, 300_000);

  it('stops nbush’s roguelike where it runs on without stopping, and says where', () => {
    const report = explored('roguelike');
    const errors = report.sample?.errors ?? [];
    // A run of the seeded sample comes to it 65 choices in: the same seed, the same runs.
    expect(
      errors.map((e) => [e.message.replace(/^RUNTIME ERROR: \(.*?\): /, ''), e.path.length]),
    ).toEqual([
      ['runs on without stopping at move_text.event (a line of 1,000 pieces that never ends)', 65],
    ]);
  }, 300_000);
});
