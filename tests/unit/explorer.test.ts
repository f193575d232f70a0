import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import { runExplore } from '../../src/build/explore-cli.ts';
import { generateLargeStory } from '../../src/build/generate-large-story.ts';
import { exploreStory, exploreStoryParallel } from '../../src/explorer/explore.ts';
import type { ExploreReport } from '../../src/explorer/report.ts';
import { reportMarkdown, sampleMarkdown } from '../../src/explorer/report-markdown.ts';
import { sampleStory } from '../../src/explorer/sample.ts';
import { compileFixture, fixturePath } from './compile-fixture.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const explore = (name: string) => exploreStory(compileFixture(`explorer/${name}.ink`));

describe('exploreStory', () => {
  it('merges paths that reach the same state and counts every path exactly', () => {
    const report = explore('two-endings');
    expect(report.complete).toBe(true);
    // start, the merged "they meet again" state, and the two endings
    expect(report.distinctStates).toBe(4);
    expect(report.pathsTotal).toBe(4);
    expect(report.endings.map((e) => [e.id, e.title, e.pathCount])).toEqual([
      ['win', 'Victory', 2],
      ['lose', 'Defeat', 2],
    ]);
    expect(report.endings[0]?.shortestPath).toEqual(['Up', 'Win']);
    expect(report.endings[0]?.states).toBe(1);
    expect(report.endings[0]?.finalStats.score).toEqual({
      kind: 'number',
      min: 11,
      max: 11,
      mean: 11,
    });
    expect(report.deadEnds).toEqual([]);
    expect(report.unreached).toEqual([]);
  });

  it('reports how each option of a decision shifts the endings and the final stats', () => {
    const second = explore('two-endings').decisions.find((d) => d.id === 'second');
    expect(second?.occurrences).toBe(1);
    expect(second?.paths).toBe(4);
    expect(second?.options).toEqual([
      {
        text: 'Win',
        history: false,
        paths: 2,
        endings: { win: 2 },
        deadEnds: 0,
        errors: 0,
        finalStats: { score: { kind: 'number', min: 11, max: 11, mean: 11 } },
      },
      {
        text: 'Lose',
        history: false,
        paths: 2,
        endings: { lose: 2 },
        deadEnds: 0,
        errors: 0,
        finalStats: { score: { kind: 'number', min: 1, max: 1, mean: 1 } },
      },
    ]);
  });

  it('finds a dead end: a story end with no ending tag, with the path to it', () => {
    const report = explore('dead-end');
    expect(report.deadEnds).toEqual([
      {
        message: 'the story ends here without an ending tag',
        where: 'trap',
        lastText: 'Nothing more happens here.',
        states: 1,
        pathCount: 1,
        path: ['Trap'],
      },
    ]);
    expect(report.endings.map((e) => e.id)).toEqual(['safe']);
  });

  it('merges roads that differ only in a variable nothing ahead can read', () => {
    const report = explore('dead-variable');
    const occurrences = (id: string) => report.decisions.find((d) => d.id === id)?.occurrences;
    expect(occurrences('morning')).toBe(1);
    // `mood` is still read in the middle, so the fork is offered in two states …
    expect(occurrences('fork')).toBe(2);
    // … but by the last decision only `route` can still be read: two states, not four …
    const byKnot = exploreStory(compileFixture('explorer/dead-variable.ink'), { liveness: 'knot' });
    expect(byKnot.decisions.find((d) => d.id === 'later')?.occurrences).toBe(2);
    // … and once its text has read `route`, nothing reads it at the choice itself: one state.
    expect(occurrences('later')).toBe(1);
    expect(report.pathsTotal).toBe(8);
    expect(report.endings.map((e) => [e.id, e.pathCount])).toEqual([['done', 8]]);
  });

  it('treats a LIST holding the same items as one value, whatever order they came in', () => {
    const report = explore('list-order');
    expect(report.decisions.find((d) => d.id === 'then')?.occurrences).toBe(1);
    expect(report.pathsTotal).toBe(2);
  });

  it('lists the knots and stitches never reached, leaving functions out', () => {
    const report = explore('unreachable');
    expect([...report.unreached].sort()).toEqual(['cellar', 'hall.window']);
    expect(report.sections).toBe(4);
  });

  it('records a runtime error with its path and goes on exploring', () => {
    const report = explore('runtime-error');
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]?.path).toEqual(['Break']);
    expect(report.errors[0]?.message).toMatch(/divert target/);
    expect(report.endings.map((e) => e.id)).toEqual(['safe']);
  });

  it('reports a claim that does not hold as an error, with the path that reaches it', () => {
    const report = explore('claim-false');
    expect(report.errors).toEqual([
      {
        message: 'claim failed: the Far East was put on alert',
        states: 1,
        pathCount: 1,
        path: ['Stay quiet'],
      },
    ]);
    expect(report.endings.map((e) => [e.id, e.pathCount])).toEqual([['spring', 1]]);
    expect(reportMarkdown(report)).toContain(
      '**Error**: claim failed: the Far East was put on alert — 1. Stay quiet',
    );
  });

  it('tells which sibling orders lead to the same outcome, and what each decision sways', () => {
    const report = explore('same-outcome');
    const pick = report.decisions.find((d) => d.id === 'pick')!;
    // "Left" and "Centre" reach the same endings with the same score; "Right" closes the north.
    expect(pick.sameOutcome).toEqual([['Left', 'Centre']]);
    expect(pick.endingsSwayed).toEqual(['north']);
    const then = report.decisions.find((d) => d.id === 'then')!;
    expect(then.sameOutcome).toEqual([]);
    expect(then.endingsSwayed).toEqual(['north']);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('| pick | “Left” = “Centre” |');
    expect(markdown).toContain('| pick | 1 | ✓ |  |');
    expect(markdown).not.toContain('| then | “');
  });

  it('terminates on a story that loops back on itself', () => {
    const report = explore('loop');
    expect(report.complete).toBe(true);
    expect(report.hasLoops).toBe(true);
    expect(report.distinctStates).toBe(2);
    expect(report.pathsTotal).toBe(1);
  });

  it('says when a bound stops the exploration, and samples beyond it', () => {
    const json = compileInk(writeTemp('big.ink', generateLargeStory(1))).json;
    const report = exploreStory(json, { maxStates: 50, sampleRuns: 40 });
    expect(report.complete).toBe(false);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('**incomplete**');
    expect(markdown).toContain('| complete paths | not known: the walk is incomplete |');
    expect(report.sample?.runs).toBe(40);
    expect(report.sample?.endings.length).toBeGreaterThan(0);
  }, 120_000);

  it('shortens long paths in the Markdown tables and gives them whole below', () => {
    const report = exploreStory(compileInk(writeTemp('s2.ink', generateLargeStory(2))).json);
    const longest = report.endings.find((e) => e.shortestPath.length > 16)!;
    const markdown = reportMarkdown(report);
    const row = markdown.split('\n').find((line) => line.includes(`(\`${longest.id}\`)`))!;
    expect(row).toContain(`… (${longest.shortestPath.length - 10} more) …`);
    expect(row).not.toContain(`6. ${longest.shortestPath[5]}`);
    expect(markdown).toContain('### Shortest paths in full');
    const steps = longest.shortestPath.map((step, i) => `${i + 1}. ${step}`).join('\n');
    expect(markdown).toContain(`(${longest.shortestPath.length} choices):\n\n${steps}\n`);
  }, 120_000);

  it('grows with the story: ten times the chapters, about ten times the states', () => {
    const small = exploreStory(compileInk(writeTemp('s1.ink', generateLargeStory(1))).json);
    const large = exploreStory(compileInk(writeTemp('s10.ink', generateLargeStory(10))).json);
    expect(small.complete && large.complete).toBe(true);
    expect(large.distinctStates / small.distinctStates).toBeGreaterThan(8);
    expect(large.distinctStates / small.distinctStates).toBeLessThan(20);
    expect(large.deadEnds).toEqual([]);
  }, 300_000);

  it('gives the same report on worker threads as in one thread', async () => {
    const json = compileInk(writeTemp('s4.ink', generateLargeStory(4))).json;
    const serial = exploreStory(json);
    // A solo phase of 0 ms hands the walk to the workers from the first state on.
    const parallel = await exploreStoryParallel(json, { workers: 2, soloMs: 0 });
    expect(parallel.workers).toBe(2);
    expect(serial.complete && parallel.complete).toBe(true);
    expect({ ...parallel, seconds: 0, workers: 1 }).toEqual({ ...serial, seconds: 0 });
  }, 300_000);
});

describe('exploreStory on ink as people write it', () => {
  it('walks a story that makes a LIST item from its number, as inkjs plays it', () => {
    const report = explore('list-from-int');
    expect(report.complete).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.deadEnds.map((d) => d.lastText)).toEqual(['You rolled two.']);
  });

  it('plays the ink fallback of an EXTERNAL function', () => {
    const report = explore('external-fallback');
    expect(report.errors).toEqual([]);
    expect(report.externals).toEqual([{ name: 'greet', fallback: true }]);
    expect(report.deadEnds.map((d) => d.lastText)).toEqual(['Hello, reader']);
  });

  it('names an EXTERNAL function that has no fallback', () => {
    const report = explore('external-unbound');
    expect(report.externals).toEqual([{ name: 'roll_dice', fallback: false }]);
    expect(report.errors.map((e) => e.message)).toEqual([
      'This story calls the EXTERNAL function “roll_dice”, which has no ink fallback and is not provided here, so it cannot go on.',
    ]);
  });

  it('forgets the once-only choices of rooms the story has left: five rooms, 8 states each', () => {
    const report = explore('five-rooms');
    expect(report.complete).toBe(true);
    // 2^3 sets of things looked at in each of 5 rooms, and the one ending.
    expect(report.distinctStates).toBe(5 * 8 + 1);
    expect(report.decisions.map((d) => d.occurrences)).toEqual([8, 8, 8, 8, 8]);
    expect(report.endings.map((e) => [e.id, e.states])).toEqual([['out', 1]]);
    expect(report.unreached).toEqual([]);
  });

  it('does not count a function with a divert inside as an unreached knot', () => {
    const report = explore('function-divert');
    expect(report.sections).toBe(1);
    expect(report.unreached).toEqual([]);
    expect(report.deadEnds.map((d) => d.lastText)).toEqual(['Many.']);
  });

  it('writes a well-formed Decisions table for a story with no ending tags', () => {
    const markdown = reportMarkdown(explore('list-from-int'));
    // The Decisions section alone: the tables after it have columns of their own.
    const table = markdown
      .split('## Decisions')[1]!
      .split('\n## ')[0]!
      .split('\n')
      .filter((l) => l.startsWith('|'));
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    expect(table.length).toBeGreaterThan(2);
    for (const line of table) expect(cells(line)).toBe(cells(table[0]!));
  });
});

describe('exploreStory on stories that draw random numbers or run on', () => {
  const random = compileFixture('explorer/random-shuffle.ink');
  const outcome = (report: ExploreReport) => report.endings.map((e) => [e.id, e.pathCount]);

  it('gives the same report on every walk with the same seed, in one thread or on workers', async () => {
    const first = exploreStory(random, { seed: 1943 });
    for (let walk = 0; walk < 4; walk++) {
      expect({ ...exploreStory(random, { seed: 1943 }), seconds: 0 }).toEqual({
        ...first,
        seconds: 0,
      });
    }
    // The default seed is 1943; the rolls and shuffles it gives lead into the cave.
    expect({ ...exploreStory(random), seconds: 0 }).toEqual({ ...first, seconds: 0 });
    expect(outcome(first)).toEqual([
      ['home', 2],
      ['cave', 1],
    ]);
    // Another seed, other rolls: this one sends the story to the ford.
    expect(outcome(exploreStory(random, { seed: 1 }))).toEqual([
      ['home', 1],
      ['ford', 1],
    ]);
    const parallel = await exploreStoryParallel(random, { seed: 1943, workers: 2, soloMs: 0 });
    expect({ ...parallel, seconds: 0, workers: 1 }).toEqual({ ...first, seconds: 0 });
  }, 120_000);

  it('reports a story that runs on without stopping, with where and the path, and walks on', () => {
    const report = explore('runs-on');
    expect(report.complete).toBe(true);
    expect(
      report.errors.map((e) => [e.message.replace(/^RUNTIME ERROR: \(.*?\): /, ''), e.path]),
    ).toEqual([
      ['runs on without stopping at spin (1,000,000 steps with no text or choice)', ['Spin']],
      // The walk runs a silent copy of the story: its chatter says nothing.
      ['runs on without stopping at chatter (1,000,000 steps with no text or choice)', ['Chatter']],
    ]);
    expect(report.endings.map((e) => e.id)).toEqual(['rest']);
    const markdown = reportMarkdown(report);
    expect(markdown).toMatch(/\*\*Error\*\*: .*runs on without stopping at spin .* — 1\. Spin/);
  }, 120_000);
});

describe('sampleStory', () => {
  it('plays seeded random runs: the same seed, the same report', () => {
    const json = compileFixture('explorer/dead-end.ink');
    const a = sampleStory(json, 40, 7);
    const b = sampleStory(json, 40, 7);
    expect({ ...a, seconds: 0 }).toEqual({ ...b, seconds: 0 });
    expect(a.deadEnds.map((d) => d.path)).toEqual([['Trap']]);
    expect(a.endings.map((e) => e.id)).toEqual(['safe']);
    expect(sampleMarkdown(a)).toContain('A sample is not a proof');
  });

  it('draws the story’s own random numbers from the seed too', () => {
    const json = compileFixture('explorer/random-shuffle.ink');
    const a = sampleStory(json, 30, 5);
    for (let sample = 0; sample < 4; sample++) {
      expect({ ...sampleStory(json, 30, 5), seconds: 0 }).toEqual({ ...a, seconds: 0 });
    }
    // Each run starts from a seed of its own: the rolls, and so the endings, vary.
    expect(a.endings.length).toBeGreaterThan(2);
  });

  it('stops a run that runs on without stopping, and reports it', () => {
    const report = sampleStory(compileFixture('explorer/runs-on.ink'), 2, 8);
    const messages = report.errors.map((e) => e.message.replace(/^RUNTIME ERROR: \(.*?\): /, ''));
    expect(messages.sort()).toEqual([
      'runs on without stopping at chatter (10,000 lines with no choice)',
      'runs on without stopping at spin (1,000,000 steps with no text or choice)',
    ]);
  }, 120_000);

  it('reports a claim that does not hold, as the walk does', () => {
    const report = sampleStory(compileFixture('explorer/claim-false.ink'), 20, 3);
    expect(report.errors.map((e) => [e.message, e.path])).toEqual([
      ['claim failed: the Far East was put on alert', ['Stay quiet']],
    ]);
  });

  it('reports runtime errors and unreached knots it met', () => {
    expect(sampleStory(compileFixture('explorer/runtime-error.ink'), 30).errors).toHaveLength(1);
    expect(
      [...sampleStory(compileFixture('explorer/unreachable.ink'), 5).unreached].sort(),
    ).toEqual(['cellar', 'hall.window']);
  });
});

describe('explore CLI', () => {
  it('exits 1 on a story with a dead end and 0 on a clean one, 2 on a broken one', async () => {
    const quiet = { write: () => true };
    const out = process.stdout.write;
    const err = process.stderr.write;
    try {
      process.stdout.write = quiet.write as typeof process.stdout.write;
      process.stderr.write = quiet.write as typeof process.stderr.write;
      expect(await runExplore([fixturePath('explorer/dead-end.ink')])).toBe(1);
      expect(await runExplore([fixturePath('explorer/two-endings.ink')])).toBe(0);
      expect(await runExplore([fixturePath('plugin/broken-main.ink')])).toBe(2);
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
  });

  it('says loudly when the state bound stops a walk, with what a sample found', async () => {
    const story = writeTemp('big.ink', generateLargeStory(1));
    const jsonOut = join(mkdtempSync(join(tmpdir(), 'explorer-')), 'r.json');
    const written: string[] = [];
    const capture = ((text: string) => written.push(text) > 0) as typeof process.stdout.write;
    const out = process.stdout.write;
    const err = process.stderr.write;
    try {
      process.stdout.write = capture;
      process.stderr.write = capture;
      const args = [story, '--max-states', '60', '--workers', '1', '--json', jsonOut];
      expect(await runExplore(args)).toBe(1);
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
    const text = written.join('');
    expect(text).toContain('INCOMPLETE: 60 states, paths not counted, ');
    expect(text).toContain(
      '*** INCOMPLETE WALK: the state bound (60 states) stopped the walk. ***',
    );
    expect(text).toMatch(/A sample of 300 seeded random runs \(seed 1943\) found: \d+ endings/);
  }, 120_000);
});

describe('explore CLI options', () => {
  /** Runs the CLI with `args` and a JSON report; the exit code, what it printed, the report. */
  async function runWithJson(args: readonly string[]) {
    const jsonOut = join(mkdtempSync(join(tmpdir(), 'explorer-')), 'r.json');
    const written: string[] = [];
    const capture = ((text: string) => written.push(text) > 0) as typeof process.stdout.write;
    const out = process.stdout.write;
    const err = process.stderr.write;
    let code: number;
    try {
      process.stdout.write = capture;
      process.stderr.write = capture;
      code = await runExplore([...args, '--workers', '1', '--json', jsonOut]);
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
    const report = code === 2 ? null : (JSON.parse(readFileSync(jsonOut, 'utf8')) as ExploreReport);
    return { code, text: written.join(''), report };
  }

  it('walks with each --liveness, the same answers from fewer or more states', async () => {
    const story = fixturePath('explorer/tunnel-chapters.ink');
    const states: Record<string, number> = {};
    for (const liveness of ['position', 'knot', 'off']) {
      const { code, report } = await runWithJson([story, '--liveness', liveness]);
      expect(code).toBe(0);
      states[liveness] = report!.distinctStates;
      expect(report!.endings.map((e) => [e.id, e.pathCount])).toEqual(
        exploreStory(compileFixture('explorer/tunnel-chapters.ink')).endings.map((e) => [
          e.id,
          e.pathCount,
        ]),
      );
    }
    expect(states).toEqual({ position: 10, knot: 13, off: 17 });
  });

  it('refuses a --liveness it does not know, saying which there are', async () => {
    const story = fixturePath('explorer/tunnel-chapters.ink');
    const { code, text } = await runWithJson([story, '--liveness', 'fast']);
    expect(code).toBe(2);
    expect(text).toContain('--liveness must be one of position, knot, off, not “fast”.');
    expect(text).toContain('[--liveness position|knot|off]');
  });

  it('draws the story’s random numbers from --seed, and refuses a seed that is not one', async () => {
    const story = fixturePath('explorer/random-shuffle.ink');
    const ends = async (...seed: string[]) =>
      (await runWithJson([story, ...seed])).report!.endings.map((e) => e.id);
    expect(await ends()).toEqual(['home', 'cave']); // the default seed, 1943
    expect(await ends('--seed', '1943')).toEqual(['home', 'cave']);
    expect(await ends('--seed', '1')).toEqual(['home', 'ford']);
    for (const bad of ['-1', '1.5', 'soon']) {
      const { code, text } = await runWithJson([story, '--seed', bad]);
      expect(code).toBe(2);
      expect(text).toContain('--seed N');
    }
  });
});

function writeTemp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'explorer-')), name);
  writeFileSync(path, text);
  return path;
}
