import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { exploreStory, type ExploreReport, type Liveness } from '../../src/explorer/explore.ts';
import { PositionReads } from '../../src/explorer/position-reads.ts';
import { mapStory } from '../../src/explorer/story-map.ts';
import { compileFixture } from './compile-fixture.ts';

const walk = (name: string, liveness: Liveness) =>
  exploreStory(compileFixture(`explorer/${name}.ink`), { liveness });

/** The report without what depends on how many states the walk told apart. */
function outcome(report: ExploreReport): unknown {
  const countsStates = ['distinctStates', 'seconds', 'workers', 'states', 'occurrences'];
  return JSON.parse(
    JSON.stringify(report, (key, value: unknown) =>
      countsStates.includes(key) ? undefined : value,
    ),
  );
}

const occurrences = (report: ExploreReport, id: string) =>
  report.decisions.find((d) => d.id === id)?.occurrences;

describe('liveness by position', () => {
  it('forgets a flag chapter one sets and reads once the story is past chapter one', () => {
    const off = walk('tunnel-chapters', 'off');
    const byKnot = walk('tunnel-chapters', 'knot');
    const byPosition = walk('tunnel-chapters', 'position');
    // Inside chapter one the flag is still read, so the second decision comes in two states …
    expect(occurrences(byPosition, 'wind')).toBe(2);
    // … after it nothing reads the flag: one state, where the knot's view (the opening reaches
    // every chapter) keeps two.
    expect(occurrences(byKnot, 'two')).toBe(2);
    expect(occurrences(byPosition, 'two')).toBe(1);
    expect(occurrences(byPosition, 'three')).toBe(2); // `road` is read in the epilogue
    expect(byPosition.distinctStates).toBeLessThan(byKnot.distinctStates);
    expect(byKnot.distinctStates).toBeLessThan(off.distinctStates);
    // Endings, paths, final stats and decisions are exactly those of a walk that forgets nothing.
    expect(outcome(byPosition)).toEqual(outcome(off));
    expect(outcome(byKnot)).toEqual(outcome(off));
    expect(byPosition.pathsTotal).toBe(16);
    expect(byPosition.endings.map((e) => [e.id, e.pathCount])).toEqual([
      ['north', 8],
      ['south', 8],
    ]);
  });

  // Each story sets `flag` by Red or Blue, then offers `between` while the flag is still to be
  // read: the two colours must stay two states there, and Red must end with its own score.
  it.each([
    ['where the knot diverts back to its own earlier content', 'tunnel-loop-back', 'drill', 4, 1],
    ['between two visits to the tunnel that reads it', 'tunnel-reentry', 'between', 2, 3],
  ])('keeps a flag live %s', (_where, name, between, states, redScore) => {
    const off = walk(name, 'off');
    const byPosition = walk(name, 'position');
    expect(occurrences(byPosition, between)).toBe(states);
    expect(outcome(byPosition)).toEqual(outcome(off));
    const colours = byPosition.decisions.find((d) => d.options[0]?.text === 'Red')!;
    expect(colours.options.map((o) => [o.text, o.finalStats.score])).toEqual([
      ['Red', { kind: 'number', min: redScore, max: redScore, mean: redScore }],
      ['Blue', { kind: 'number', min: 0, max: 0, mean: 0 }],
    ]);
  });

  it('follows a tunnel through a variable, a tunnel that returns elsewhere, and a thread', () => {
    const off = walk('tunnel-edges', 'off');
    const byKnot = walk('tunnel-edges', 'knot');
    const byPosition = walk('tunnel-edges', 'position');
    expect(outcome(byPosition)).toEqual(outcome(off));
    expect(outcome(byKnot)).toEqual(outcome(off));
    // The divert through `next` reads it: the two roads stay apart until it is taken.
    expect(occurrences(byPosition, 'pause')).toBe(4);
    const road = byPosition.decisions.find((d) => d.id === 'set_next')!;
    expect(road.options.map((o) => [o.text, o.finalStats.score])).toEqual([
      ['Red', { kind: 'number', min: 0, max: 111, mean: 55.25 }],
      ['Blue', { kind: 'number', min: 0, max: 1011, mean: 505.25 }],
    ]);
    // Once `->-> check_a` is the only way to the pennant's reader, the detour still keeps it.
    expect(occurrences(byPosition, 'detour')).toBe(6);
    expect(byPosition.distinctStates).toBeLessThan(byKnot.distinctStates);
  });

  it('reads from a tunnel’s return position only what the rest of its container reaches', () => {
    const map = mapStory(compileFixture('explorer/tunnel-chapters.ink'));
    const reads = new PositionReads(new Story(map.explorationJson), map.explorationJson);
    // The opening's frame resumes after the divert `-> chapter_one ->`, in container `0`.
    const opening = (JSON.parse(map.explorationJson) as { root: unknown[][] }).root[0]!;
    const tunnel = opening.findIndex((item) => (item as Record<string, unknown>)?.['->t->']);
    expect(opening[tunnel]).toEqual({ '->t->': 'chapter_one' });
    expect([...reads.at('0', tunnel + 1)!.variables].sort()).toEqual(['road', 'score']);
    expect(map.liveByKnot['']).toContain('flag');
    expect([...reads.at('0', tunnel)!.variables].sort()).toEqual(['flag', 'road', 'score']);
    // A choice's target is followed from its start: chapter one's gather still reads the flag.
    expect(reads.at('chapter_one.0.c-0', null)!.variables).toContain('flag');
    expect(reads.at('no_such_knot', 0)).toBeNull();
  });

  it('follows on past an EXTERNAL call, which comes back like a function', () => {
    const byPosition = walk('external-then-read', 'position');
    expect(outcome(byPosition)).toEqual(outcome(walk('external-then-read', 'off')));
    expect(byPosition.endings.map((e) => e.id).sort()).toEqual(['failed', 'held']);
  });
});
