/**
 * `npm run explore -- FILE [--json out.json] [--md out.md] [--max-states N] [--sample RUNS]`
 * Walks every path of an ink story (`.ink`, compiled here, or compiled `.json`); with
 * `--sample RUNS`, plays that many seeded random runs instead (for stories too large to walk).
 * Exit codes: 0 clean; 1 dead ends, runtime errors or an incomplete exploration; 2 usage or
 * compile error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exploreStory, type ExploreReport } from '../explorer/explore.ts';
import { reportMarkdown, sampleMarkdown } from '../explorer/report-markdown.ts';
import { sampleStory } from '../explorer/sample.ts';
import { compileInk, InkCompileError } from './compile-ink.ts';

const USAGE =
  'usage: explore FILE.ink|FILE.json [--json out.json] [--md out.md] [--max-states N]\n';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
}

/** Explores `file` and writes the reports; returns the exit code. */
export function runExplore(argv: readonly string[]): number {
  const args = [...argv];
  const jsonOut = option(args, '--json');
  const mdOut = option(args, '--md');
  const maxStates = Number(option(args, '--max-states') ?? 1_000_000);
  const sample = option(args, '--sample');
  const seed = Number(option(args, '--seed') ?? 1943);
  const file = args.find((a) => !a.startsWith('-'));
  if (!file || !Number.isFinite(maxStates)) {
    process.stderr.write(USAGE);
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
    const runs = Number(sample);
    if (!Number.isInteger(runs) || runs < 1 || !Number.isFinite(seed)) {
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
  let lastProgress = 0;
  const report: ExploreReport = exploreStory(json, {
    maxStates,
    onProgress: ({ states, queued, seconds }) => {
      if (seconds - lastProgress < 2) return;
      lastProgress = seconds;
      process.stderr.write(
        `explored ${states} states, ${queued} queued, ${seconds.toFixed(1)} s\n`,
      );
    },
  });
  const markdown = reportMarkdown(report);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
  if (mdOut) writeFileSync(mdOut, markdown);
  if (!jsonOut && !mdOut) process.stdout.write(markdown);
  if (!report.complete) {
    process.stderr.write(
      `The state bound (${maxStates}) was reached before every path was walked; raise --max-states, or use --sample RUNS for a seeded sample.\n`,
    );
  }
  if (jsonOut || mdOut) {
    process.stdout.write(
      `${report.complete ? 'Complete' : 'INCOMPLETE'}: ${report.distinctStates} states, ${report.endings.length} endings, ` +
        `${report.deadEnds.length} dead ends, ${report.errors.length} errors, ${report.warnings.length} warnings, ` +
        `${report.unreached.length} unreached, ${report.seconds.toFixed(2)} s\n`,
    );
  }
  const clean = report.complete && report.deadEnds.length === 0 && report.errors.length === 0;
  return clean ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = runExplore(process.argv.slice(2));
}
