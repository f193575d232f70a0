import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import { AnalysisCache, defaultAnalysisCacheDir } from '../../src/build/analysis-jobs.ts';
import { analysisFromReport, DEFAULT_ANALYSE_OPTIONS } from '../../src/build/story-analysis.ts';
import { storyHashOf } from '../../src/build/vite-plugin-ink.ts';
import { exploreStoryParallel, type ExploreReport } from '../../src/explorer/explore.ts';
import { declaredEndings } from '../../src/explorer/story-map.ts';

const campaign = compileInk(fileURLToPath(new URL('../../story/main.ink', import.meta.url))).json;

describe('the explorer on the campaign', () => {
  let report: ExploreReport;
  beforeAll(async () => {
    report = await exploreStoryParallel(campaign);
  }, 900_000);

  it('walks every path to the end', () => {
    expect(report.complete).toBe(true);
    expect(report.pathsTotal).toBeGreaterThan(1_000_000);
  });

  it('stays small enough to walk whole: roads that differ in nothing still ahead meet again', () => {
    // The campaign's budget: more distinct states than this and the build's analysis (and this
    // test) would take too long on an ordinary machine.
    expect(report.distinctStates).toBeLessThanOrEqual(120_000);
  });

  it('finds every ending the campaign declares, and no dead end, error or warning', () => {
    const declared = declaredEndings(campaign).map((e) => e.id);
    expect(declared.length).toBeGreaterThanOrEqual(6);
    expect(report.endings.map((e) => e.id).sort()).toEqual([...declared].sort());
    expect(report.endingsNeverReached).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('reaches every knot and stitch', () => {
    expect(report.sections).toBeGreaterThan(40);
    expect(report.unreached).toEqual([]);
  });

  it('proves every claim the text makes (each `~ claim(...)`) on every path', () => {
    // A failed claim is a runtime error of its path; the walk above saw none. Checked here
    // by name too, so that a claim failing is reported as what it is.
    expect(report.errors.filter((e) => e.message.startsWith('claim failed'))).toEqual([]);
    expect(campaign).toContain('claim-failed');
  });

  it('has no two orders at any decision with the same outcome', () => {
    const alike = report.decisions
      .filter((d) => d.sameOutcome.length > 0)
      .map((d) => ({ decision: d.id, orders: d.sameOutcome }));
    expect(alike).toEqual([]);
  });

  it('makes every ending depend on at least two decisions before the last', () => {
    const last = report.decisions.at(-1)!;
    expect(last.id).toBe('manchuria-question');
    const earlier = report.decisions.filter((d) => d !== last);
    for (const ending of report.endings) {
      const swaying = earlier.filter((d) => d.endingsSwayed.includes(ending.id)).map((d) => d.id);
      expect(
        swaying.length,
        `${ending.id} is swayed only by ${swaying.join(', ') || 'nothing'}`,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('sees every decision of the campaign, each option changing where runs end', () => {
    const tagged = report.decisions.filter((d) => d.tagged);
    expect(tagged.length).toBeGreaterThanOrEqual(12);
    for (const id of ['suspend-offensive', 'manchurian-alert', 'delhi-summit']) {
      const decision = tagged.find((d) => d.id === id);
      expect(decision?.options.length, id).toBeGreaterThanOrEqual(3);
      const outcomes = decision!.options.map((o) => JSON.stringify([o.endings, o.finalStats]));
      expect(new Set(outcomes).size, id).toBe(outcomes.length);
    }
  });

  it('gives the build its analysis: each decision dated, each order with the endings still open', () => {
    const analysis = analysisFromReport(report, campaign, storyHashOf(campaign));
    expect(analysis.complete).toBe(true);
    expect(analysis.endings.every((e) => e.reached)).toBe(true);
    const tagged = report.decisions.filter((d) => d.tagged);
    expect(analysis.decisions.map((d) => d.id)).toEqual(tagged.map((d) => d.id));
    for (const decision of analysis.decisions) {
      expect(decision.chapter, decision.id).toMatch(/^[IVX]+\. /);
      expect(decision.date, decision.id).toMatch(/19(42|43)/);
      for (const order of decision.orders) {
        expect(order.endings.length, order.text).toBeGreaterThan(0);
        expect(order.stats.losses!.min).toBeLessThanOrEqual(order.stats.losses!.max);
        expect(order.stats.soviet_held, 'LIST stats are left out').toBeUndefined();
      }
    }
    // The build serves this walk from its cache instead of walking the campaign once more.
    if (report.distinctStates <= DEFAULT_ANALYSE_OPTIONS.maxStates) {
      new AnalysisCache(defaultAnalysisCacheDir(process.cwd()), DEFAULT_ANALYSE_OPTIONS).write(
        analysis,
      );
    }
  });
});
