/**
 * Who holds which region, read from the stats a story declares. The campaign keeps each
 * power's holdings in a LIST variable (`soviet_held`, `british_held`, `japanese_held`, see
 * story/globals.ink); a region in none of them is neutral.
 */
import type { StatValue } from '../../engine/stats.ts';

export const POWERS = ['soviet', 'british', 'japanese'] as const;
export type Power = (typeof POWERS)[number];
export type Owner = Power | 'neutral';

/** The regions each power holds, as LIST member names. */
export type Holdings = Readonly<Record<Power, readonly string[]>>;

/** How the legend and the text alternative name each owner. */
export const OWNER_NAMES: Readonly<Record<Owner, string>> = {
  soviet: 'Soviet',
  british: 'British',
  japanese: 'Japanese and satellites',
  neutral: 'Neutral',
};

/** The campaign's regions, in the order of `LIST Region` in story/globals.ink. */
export const CAMPAIGN_REGIONS: readonly string[] = [
  'di_hua',
  'west_sinkiang',
  'east_sinkiang',
  'altun_shan',
  'xibei',
  'golmud',
  'tibet',
  'yunnan',
  'dainkog',
  'north_burma',
  'india',
  'manchuria',
  'far_east',
  'korea',
  'north_china',
];

function members(stats: readonly StatValue[], variable: string): readonly string[] | null {
  const stat = stats.find((s) => s.variable === variable);
  return stat?.kind === 'list' && Array.isArray(stat.value) ? stat.value : null;
}

/**
 * The holdings the stats carry, from LIST stats named `soviet_held`, `british_held` and
 * `japanese_held`; a power whose stat is absent holds nothing. Null when none is present
 * (a story without a map).
 */
export function regionsFromStats(stats: readonly StatValue[]): Holdings | null {
  const found = POWERS.map((power) => members(stats, `${power}_held`));
  if (found.every((m) => m === null)) return null;
  const [soviet, british, japanese] = found;
  return { soviet: soviet ?? [], british: british ?? [], japanese: japanese ?? [] };
}

/** Who holds `region`; the first power listing it wins if two claim it. */
export function ownerOf(region: string, held: Holdings): Owner {
  return POWERS.find((power) => held[power].includes(region)) ?? 'neutral';
}
