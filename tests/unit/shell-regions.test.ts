import { describe, expect, it } from 'vitest';
import type { StatValue } from '../../src/engine/stats.ts';
import { humanise } from '../../src/engine/story-lists.ts';
import { globalTags } from '../../src/engine/tags.ts';
import { holdingsFromStats, NEUTRAL, ownerOf } from '../../src/components/theatre-map/regions.ts';

const list = (variable: string, value: string[]): StatValue => ({
  variable,
  label: variable,
  kind: 'list',
  value,
});
const losses: StatValue = { variable: 'losses', label: 'Losses', kind: 'number', value: 38 };

/** A story that declares a map of four provinces and two sides, as the README says. */
const story = globalTags(
  [
    'map: Province = Unclaimed',
    'side: crown_held = The Crown',
    'side: rebel_held = The Rebels',
    'name: Province.isles = The Isles',
  ],
  [{ name: 'Province', items: ['cape', 'lowlands', 'march', 'isles'] }],
);
const holdings = (stats: StatValue[]) => holdingsFromStats(story.map, story.lists, stats, humanise);

describe('holdingsFromStats', () => {
  it('reads each side’s regions from its LIST stat, and every region from the map’s LIST', () => {
    const held = holdings([
      losses,
      list('crown_held', ['lowlands', 'cape']),
      list('rebel_held', ['march']),
    ]);
    expect(held).toEqual({
      regions: [
        { id: 'cape', name: 'Cape' },
        { id: 'lowlands', name: 'Lowlands' },
        { id: 'march', name: 'March' },
        { id: 'isles', name: 'The Isles' },
      ],
      sides: [
        { name: 'The Crown', regions: ['lowlands', 'cape'] },
        { name: 'The Rebels', regions: ['march'] },
      ],
      neutral: 'Unclaimed',
    });
  });

  it('treats a side whose stat is not declared as holding nothing', () => {
    expect(holdings([list('rebel_held', ['march'])])?.sides).toEqual([
      { name: 'The Crown', regions: [] },
      { name: 'The Rebels', regions: ['march'] },
    ]);
  });

  it('adds a region a side holds that the map’s LIST does not have', () => {
    const held = holdings([list('crown_held', ['far_away'])]);
    expect(held?.regions.at(-1)).toEqual({ id: 'far_away', name: 'Far Away' });
  });

  it('returns null for a story without a map, or without any side among its stats', () => {
    expect(holdingsFromStats(globalTags([]).map, [], [losses], humanise)).toBeNull();
    expect(holdings([])).toBeNull();
    expect(holdings([losses])).toBeNull();
  });

  it('ignores a stat of a side’s name that is not a LIST', () => {
    const missing: StatValue = {
      variable: 'crown_held',
      label: 'Held',
      kind: 'missing',
      value: null,
    };
    expect(holdings([missing])).toBeNull();
  });
});

describe('ownerOf', () => {
  it('gives the side holding a region, in the story’s order, or neutral', () => {
    const held = holdings([list('crown_held', ['cape']), list('rebel_held', ['march'])])!;
    expect(ownerOf('cape', held)).toBe(0);
    expect(ownerOf('march', held)).toBe(1);
    expect(ownerOf('isles', held)).toBe(NEUTRAL);
  });
});
