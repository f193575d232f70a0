import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import {
  roundTripRuns,
  roundTripRunsParallel,
  type RoundTripReport,
} from '../../src/build/round-trip-runs.ts';
import { declaredEndings } from '../../src/explorer/story-map.ts';
import { compileFixture } from './compile-fixture.ts';

const campaign = compileInk(fileURLToPath(new URL('../../story/main.ink', import.meta.url))).json;

describe('saving at any moment', () => {
  it('loses nothing: 10,000 seeded random runs of the campaign, each saved at a random moment, written as a save record, read back and played on, show the uninterrupted text', async () => {
    const report = await roundTripRunsParallel(campaign, 10_000, { seed: 1943 });
    expect(report.failures).toEqual([]);
    const declared = declaredEndings(campaign).map((e) => e.id);
    expect(Object.keys(report.endings).every((id) => declared.includes(id))).toBe(true);
    expect(Object.values(report.endings).reduce((a, b) => a + b, 0)).toBe(10_000);
    // Every order of every run counts, though a moment met before is played only once.
    expect(report.stepsTotal).toBeGreaterThan(10 * 10_000);
  }, 1_200_000);

  it('gives the same runs for the same seed, and reports a run that ends without an ending', () => {
    const deadEnd = compileFixture('explorer/dead-end.ink');
    const a = roundTripRuns(deadEnd, 50, 7);
    const b = roundTripRuns(deadEnd, 50, 7);
    expect({ ...a, seconds: 0, cpuSeconds: 0 }).toEqual({ ...b, seconds: 0, cpuSeconds: 0 });
    expect(a.failures.length).toBeGreaterThan(0);
    expect(a.failures[0]).toMatch(/ends without an ending after 1 orders/);
    expect(a.endings).toEqual({ safe: 50 - a.failures.length });
  });

  it('gives the same report on two worker threads as in one thread, failures named by the same runs', async () => {
    const alone = await roundTripRunsParallel(campaign, 300, { seed: 5, workers: 1 });
    const shared = await roundTripRunsParallel(campaign, 300, { seed: 5, workers: 2 });
    expect([alone.workers, shared.workers]).toEqual([1, 2]);
    expect(shared.stepsPlayedByWorker.every((steps) => steps > 0)).toBe(true);
    expect(withoutCosts(shared)).toEqual(withoutCosts(alone));
    expect(alone.failures).toEqual([]);

    const deadEnd = compileFixture('explorer/dead-end.ink');
    const failing = await roundTripRunsParallel(deadEnd, 50, { seed: 7, workers: 2 });
    expect(failing.workers).toBe(2);
    expect(failing.failures.length).toBeGreaterThan(0);
    expect(withoutCosts(failing)).toEqual(withoutCosts(roundTripRuns(deadEnd, 50, 7)));
  }, 300_000);
});

/** A report without what depends on the machine and on how the runs were shared out. */
function withoutCosts(report: RoundTripReport): Partial<RoundTripReport> {
  return {
    ...report,
    seconds: undefined,
    cpuSeconds: undefined,
    workers: undefined,
    stepsPlayed: undefined,
    stepsPlayedByWorker: undefined,
  };
}
