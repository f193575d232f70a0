import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import { Playthrough, type View } from '../../src/engine/playthrough.ts';
import { seededRandom } from '../../src/explorer/sample.ts';

const campaign = compileInk(fileURLToPath(new URL('../../story/main.ink', import.meta.url))).json;

/** The seed's timeline, in order: each must appear after the previous on the history path. */
const SEED_MARKERS = [
  'Di Hua',
  '4 divisions',
  'Altun Shan',
  '12 December 1942',
  '45mm',
  '18 January 1943',
  'submarines',
  'Sorge',
  'Yunnan',
  'Siam',
  'North Burma',
  'Delhi',
  'Tibet',
  '4 February 1943',
  'Guam',
  '8 February 1943',
  '10 days',
  'Saipan',
  'Truk',
  'pro-German',
  '8 April 1943',
  'Xibei',
  '23 April 1943',
  'Golmud',
  'Dainkog',
  'inevitable',
];

const PICTURES = [
  'illustrations/light-tanks-45mm.svg',
  'illustrations/at-guns-altun-shan.svg',
  'illustrations/richard-sorge.svg',
  'illustrations/cavalry-xibei.svg',
  'illustrations/guam-attack.svg',
];

/** Plays the campaign taking the order marked #history at every decision. */
function playHistory(): { view: View; text: string; images: string[]; decisions: string[] } {
  const p = new Playthrough(campaign);
  let view = p.start();
  const decisions: string[] = [];
  while (view.choices.length > 0) {
    const history = view.choices.filter((c) => c.meta.history);
    expect(history, `decision ${view.decision} marks exactly one #history order`).toHaveLength(1);
    decisions.push(view.decision ?? '?');
    view = p.choose(history[0]!.index);
  }
  const text = view.transcript.map((t) => t.text).join('\n');
  const images = view.transcript.flatMap((t) => (t.meta.image ? [t.meta.image.src] : []));
  return { view, text, images, decisions };
}

describe('the campaign', () => {
  it('plays the seed’s course of events on the history path, every fact in order', () => {
    const { text } = playHistory();
    let from = 0;
    for (const marker of SEED_MARKERS) {
      const at = text.toLowerCase().indexOf(marker.toLowerCase(), from);
      expect(
        at,
        `“${marker}” appears after “${text.slice(Math.max(0, from - 60), from)}”`,
      ).toBeGreaterThanOrEqual(0);
      from = at + marker.length;
    }
  });

  it('reaches the seed’s own ending on the history path', () => {
    const { view } = playHistory();
    expect(view.ended).toBe(true);
    expect(view.scene.ending?.id).toBe('historical');
    const held = view.stats.find((s) => s.variable === 'soviet_held')?.value;
    expect(held).toEqual(expect.arrayContaining(['golmud', 'xibei', 'altun_shan']));
  });

  it('shows the seed’s five pictures at their moments on the history path', () => {
    const { images } = playHistory();
    expect([...new Set(images)].sort()).toEqual([...PICTURES].sort());
  });

  it('passes the three named decision points, each with at least three orders', () => {
    const { decisions } = playHistory();
    expect(decisions.length).toBeGreaterThanOrEqual(12);
    for (const id of ['suspend-offensive', 'manchurian-alert', 'delhi-summit']) {
      expect(decisions).toContain(id);
    }
    const p = new Playthrough(campaign);
    let view = p.start();
    while (view.choices.length > 0) {
      if (view.decision) expect(view.choices.length, view.decision).toBeGreaterThanOrEqual(3);
      view = p.choose(view.choices.findIndex((c) => c.meta.history));
    }
  });

  it('declares at least eight stats and gives the same result for the same orders', () => {
    const a = playHistory().view;
    const b = playHistory().view;
    expect(a.stats.length).toBeGreaterThanOrEqual(8);
    expect(a.stats).toEqual(b.stats);
    expect(a.transcript.map((t) => t.text)).toEqual(b.transcript.map((t) => t.text));
  });
});

/** Plays one run with random orders; returns its sentences, in order. */
function randomRunSentences(next: () => number): string[] {
  const p = new Playthrough(campaign);
  let view = p.start();
  while (view.choices.length > 0) view = p.choose(Math.floor(next() * view.choices.length));
  return view.transcript
    .flatMap((t) => t.text.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

describe('the campaign read on any road', () => {
  it('repeats no sentence more than twice in a run (history and 24 random runs)', () => {
    const next = seededRandom(1943);
    const runs = [playHistory().text.split(/(?<=[.!?])\s+/)];
    for (let run = 0; run < 24; run++) runs.push(randomRunSentences(next));
    for (const sentences of runs) {
      const counts = new Map<string, number>();
      for (const sentence of sentences) counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
      const repeated = [...counts].filter(([, n]) => n > 2);
      expect(repeated).toEqual([]);
    }
  }, 180_000);
});

// The whole campaign is walked by the explorer in campaign-explorer.test.ts; its claims (each
// `~ claim(...)` in the story) are checked there on every path.

describe('the three named decisions', () => {
  /** Plays the history path, but takes order `pick` at decision `id`; returns the final state. */
  function finalState(id: string, pick: number): string {
    const p = new Playthrough(campaign);
    let view = p.start();
    while (view.choices.length > 0) {
      const index = view.decision === id ? pick : view.choices.findIndex((c) => c.meta.history);
      view = p.choose(index);
    }
    return JSON.stringify({ ending: view.scene.ending?.id, stats: view.stats });
  }

  for (const id of ['suspend-offensive', 'manchurian-alert', 'delhi-summit']) {
    it(`${id}: each order, the rest of the run held the same, leads to a different end`, () => {
      const p = new Playthrough(campaign);
      let view = p.start();
      while (view.decision !== id) view = p.choose(view.choices.findIndex((c) => c.meta.history));
      const outcomes = view.choices.map((_, pick) => finalState(id, pick));
      expect(outcomes.length).toBeGreaterThanOrEqual(3);
      expect(new Set(outcomes).size).toBe(outcomes.length);
    });
  }
});
