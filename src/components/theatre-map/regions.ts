/**
 * Who holds which region, from the map the story declares (`# map: LIST = Neutral name` and one
 * `# side: VAR = Name` per side, see the README) and the stats: each side's LIST variable holds
 * the regions it holds; a region in none of them is neutral. Nothing here knows any story's
 * regions or sides.
 */
import type { StatValue } from '../../engine/stats.ts';
import type { ListDefinition, ListMember } from '../../engine/story-lists.ts';
import type { MapTags } from '../../engine/tags.ts';

/** The regions one side holds (LIST member identifiers). */
export interface SideHolding {
  readonly name: string;
  readonly regions: readonly string[];
}

export interface MapHoldings {
  /** Every region: the map LIST's members in order, then any other region a side holds. */
  readonly regions: readonly ListMember[];
  /** The sides in the order the story declares them (their colours follow that order). */
  readonly sides: readonly SideHolding[];
  /** What a region nobody holds is called. */
  readonly neutral: string;
}

/** `ownerOf` for a region no side holds. */
export const NEUTRAL = -1;

function members(stats: readonly StatValue[], variable: string): readonly string[] | null {
  const stat = stats.find((s) => s.variable === variable);
  return stat?.kind === 'list' && Array.isArray(stat.value) ? stat.value : null;
}

/**
 * The holdings the stats carry for the map the story declares. A side whose variable is not
 * among the stats holds nothing; null when the story declares no map, or none of its sides is
 * among the stats.
 */
export function holdingsFromStats(
  map: MapTags | null,
  lists: readonly ListDefinition[],
  stats: readonly StatValue[],
  nameOf: (id: string) => string,
): MapHoldings | null {
  if (!map) return null;
  const found = map.sides.map((side) => members(stats, side.variable));
  if (found.every((m) => m === null)) return null;
  const sides = map.sides.map((side, i) => ({ name: side.name, regions: found[i] ?? [] }));
  const regions: ListMember[] = [...(lists.find((l) => l.name === map.list)?.members ?? [])];
  for (const side of sides) {
    for (const id of side.regions) {
      if (!regions.some((r) => r.id === id)) regions.push({ id, name: nameOf(id) });
    }
  }
  return { regions, sides, neutral: map.neutral };
}

/** The index of the side holding `region` (the first, if two claim it), or `NEUTRAL`. */
export function ownerOf(region: string, holdings: MapHoldings): number {
  return holdings.sides.findIndex((side) => side.regions.includes(region));
}
