/**
 * `npm run explore -- FILE [--json out.json] [--md out.md] [--max-states N] [--workers N]
 *   [--seed N] [--liveness position|knot|off] [--sample RUNS]`
 *
 * Walks every path of an ink story (`.ink`, compiled here, or compiled `.json`) and prints the
 * Markdown report, or writes it (`--md`) and the JSON report (`--json`) and prints a summary.
 * `--workers 1` keeps the walk in one thread; by default large stories use every core.
 * `--seed N` (default 1943) is the story's random seed, for RANDOM and shuffles, and the seed
 * of any sample; `--liveness` chooses how the state key forgets what nothing ahead reads.
 * With `--sample RUNS`, plays that many seeded random runs instead (for stories too large to
 * walk). Progress goes to stderr: a live line on a terminal, a line every 5 s otherwise.
 *
 * Exit codes: 0 clean; 1 problems found (dead ends, runtime errors, or a walk stopped by the
 * state bound); 2 usage or compile error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  exploreStoryParallel,
  type ExploreProgress,
  type ExploreReport,
  type Liveness,
} from '../explorer/explore.ts';
import { reportMarkdown, sampleMarkdown } from '../explorer/report-markdown.ts';
import { DEFAULT_SEED, sampleStory } from '../explorer/sample.ts';
import { compileInk, InkCompileError } from './compile-ink.ts';

const USAGE =
  'usage: npm run explore -- FILE.ink|FILE.json [--json out.json] [--md out.md] ' +
  '[--max-states N] [--workers N] [--seed N] [--liveness position|knot|off] [--sample RUNS]\n' +
  `  --seed N     the story's random seed (RANDOM, shuffles) and the sample's; default ${DEFAULT_SEED}\n` +
  '  --liveness   how states that differ only in what nothing ahead reads are merged:\n' +
  '               position (default), knot, or off (no merging; for checking the others)\n';

const LIVENESS: readonly Liveness[] = ['position', 'knot', 'off'];

/** Removes `--name VALUE` from `args` and returns VALUE; null when the flag has no value. */
function option(args: string[], name: string): string | undefined | null {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value === undefined || value.startsWith('--') ? null : value;
}

/** A seed: a whole number from 0; null when not one. */
function seedValue(value: string | undefined | null): number | null {
  if (value === undefined) return DEFAULT_SEED;
  const n = Number(value);
  return value && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

function positiveInteger(value: string | undefined | null, fallback?: number): number | null {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : null;
}

function progressPrinter(): (p: ExploreProgress) => void {
  const tty = process.stderr.isTTY === true;
  let lastLine = 0;
  return (p) => {
    const line =
      `explored ${p.states.toLocaleString('en-GB')} states, ${p.queued.toLocaleString('en-GB')} queued, ` +
      `${p.statesPerSecond.toLocaleString('en-GB')} states/s, ${p.seconds.toFixed(1)} s` +
      (p.workers > 1 ? `, ${p.workers} workers` : '');
    if (tty) process.stderr.write(`\r${line}\u001b[K`);
    else if (p.seconds - lastLine >= 5) {
      lastLine = p.seconds;
      process.stderr.write(`${line}\n`);
    }
  };
}

/** The number of complete paths for a line of text: rounded when long, none when incomplete. */
function pathCount(report: ExploreReport): string {
  if (!report.complete) return 'paths not counted';
  const exact = report.pathsTotalExact;
  return `${exact.length <= 15 ? exact : `about ${Number(exact).toExponential(2)}`} paths`;
}

function summary(report: ExploreReport): string {
  return (
    `${report.complete ? 'Complete' : 'INCOMPLETE'}: ${report.distinctStates} states, ` +
    `${pathCount(report)}, ${report.endings.length} endings, ` +
    `${report.deadEnds.length} dead ends, ${report.errors.length} errors, ` +
    `${report.warnings.length} warnings, ${report.unreached.length} unreached, ` +
    `${report.seconds.toFixed(2)} s (${report.workers} thread${report.workers > 1 ? 's' : ''})\n`
  );
}

/** The warning printed when the state bound stopped the walk, with what the sample met. */
export function incompleteWarning(report: ExploreReport, maxStates: number): string {
  const lines = [
    '',
    `*** INCOMPLETE WALK: the state bound (${maxStates.toLocaleString('en-GB')} states) stopped the walk. ***`,
    'Its counts are lower bounds, and no dead end, error or unreached knot beyond it is known.',
  ];
  const sample = report.sample;
  if (sample) {
    lines.push(
      `A sample of ${sample.runs} seeded random runs (seed ${sample.seed}) found: ` +
        `${sample.endings.length} endings, ${sample.deadEnds.length} dead ends, ` +
        `${sample.errors.length} errors, ${sample.warnings.length} warnings` +
        (sample.cutRuns > 0 ? `, ${sample.cutRuns} runs cut off (the story loops)` : '') +
        '.',
    );
  }
  lines.push('Raise --max-states to walk further, or use --sample RUNS for a larger sample.', '');
  return lines.join('\n');
}

/** An EXTERNAL without an ink fallback stops the story wherever it is called. */
function externalsWarning(report: ExploreReport): string {
  const missing = (report.externals ?? []).filter((e) => !e.fallback).map((e) => e.name);
  return missing.length === 0
    ? ''
    : `The story calls EXTERNAL ${missing.join(', ')} with no ink fallback: the explorer cannot run it.\n`;
}

/** Explores the story named in `argv` and writes the reports; resolves to the exit code. */
export async function runExplore(argv: readonly string[]): Promise<number> {
  const args = [...argv];
  const jsonOut = option(args, '--json');
  const mdOut = option(args, '--md');
  const maxStates = positiveInteger(option(args, '--max-states'), 5_000_000);
  const workers = option(args, '--workers');
  const threads = workers === undefined ? undefined : positiveInteger(workers);
  const sample = option(args, '--sample');
  const seed = seedValue(option(args, '--seed'));
  const liveness = option(args, '--liveness');
  const files = args.filter((a) => !a.startsWith('-'));
  const unknown = args.filter((a) => a.startsWith('-'));
  const file = files[0];
  if (
    !file ||
    files.length > 1 ||
    unknown.length > 0 ||
    jsonOut === null ||
    mdOut === null ||
    maxStates === null ||
    threads === null ||
    seed === null
  ) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (liveness !== undefined && !LIVENESS.includes(liveness as Liveness)) {
    process.stderr.write(
      `--liveness must be one of ${LIVENESS.join(', ')}, not ${liveness === null ? 'nothing' : `“${liveness}”`}.\n${USAGE}`,
    );
    return 2;
  }
  let json: string;
  try {
    json = file.endsWith('.json')
      ? readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
      : compileInk(file).json;
  } catch (error) {
    process.stderr.write(`${error instanceof InkCompileError ? error.message : String(error)}\n`);
    return 2;
  }

  if (sample !== undefined) {
    const runs = positiveInteger(sample);
    if (runs === null) {
      process.stderr.write(USAGE);
      return 2;
    }
    const sampled = sampleStory(json, runs, seed);
    const markdown = sampleMarkdown(sampled);
    if (jsonOut) writeFileSync(jsonOut, JSON.stringify(sampled, null, 2));
    if (mdOut) writeFileSync(mdOut, markdown);
    if (!jsonOut && !mdOut) process.stdout.write(markdown);
    return sampled.deadEnds.length + sampled.errors.length === 0 ? 0 : 1;
  }

  let report: ExploreReport;
  try {
    report = await exploreStoryParallel(json, {
      maxStates,
      seed,
      ...(threads === undefined ? {} : { workers: threads }),
      ...(liveness ? { liveness: liveness as Liveness } : {}),
      onProgress: progressPrinter(),
    });
  } catch (error) {
    process.stderr.write(`\nThe story could not be explored: ${String(error)}\n`);
    return 2;
  }
  if (process.stderr.isTTY) process.stderr.write('\r\u001b[K');
  const markdown =
    reportMarkdown(report) + (report.sample ? `\n${sampleMarkdown(report.sample)}` : '');
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
  if (mdOut) writeFileSync(mdOut, markdown);
  if (!jsonOut && !mdOut) process.stdout.write(markdown);
  else process.stdout.write(summary(report));
  process.stderr.write(externalsWarning(report));
  if (!report.complete) process.stderr.write(incompleteWarning(report, maxStates));
  const clean = report.complete && report.deadEnds.length === 0 && report.errors.length === 0;
  return clean ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runExplore(process.argv.slice(2));
}
