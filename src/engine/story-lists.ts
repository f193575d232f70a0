/**
 * The LISTs a story defines, as plain data: each list's members in value order, each with the
 * human name the story gives it (`# name: List.member = Name`) or, failing that, its identifier
 * made readable (`west_sinkiang` -> `West Sinkiang`).
 */
import type { Story } from 'inkjs';

/** A LIST as the compiled story defines it: its name and its members' identifiers, in order. */
export interface ListShape {
  readonly name: string;
  readonly items: readonly string[];
}

export interface ListMember {
  /** The identifier the ink uses (`far_east`). */
  readonly id: string;
  /** What the player reads (`Soviet Far East`). */
  readonly name: string;
}

export interface ListDefinition {
  readonly name: string;
  readonly members: readonly ListMember[];
}

/** The LISTs `story` defines, members ordered by their values. */
export function listShapes(story: Story): ListShape[] {
  return (story.listDefinitions?.lists ?? []).map((list) => ({
    name: list.name,
    items: [...list._itemNameToValues].sort((a, b) => a[1] - b[1]).map(([item]) => item),
  }));
}

/** An identifier made readable: `west_sinkiang` -> `West Sinkiang`. */
export function humanise(id: string): string {
  return id
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * A member's name for the player: the `# name:` tag for `List.member`, else for the bare member,
 * else its identifier made readable. `list` is null when the member's list is not known.
 */
export function memberName(
  names: Readonly<Record<string, string>>,
  list: string | null,
  id: string,
): string {
  return (list !== null ? names[`${list}.${id}`] : undefined) ?? names[id] ?? humanise(id);
}

/** Each list with its members named. */
export function namedLists(
  shapes: readonly ListShape[],
  names: Readonly<Record<string, string>>,
): ListDefinition[] {
  return shapes.map((shape) => ({
    name: shape.name,
    members: shape.items.map((id) => ({ id, name: memberName(names, shape.name, id) })),
  }));
}

/**
 * The name of every member of every list, by identifier (the first list defining it wins), and
 * of any member named by a bare `# name:` tag: what the stats and the map show for a member.
 */
export function memberNames(
  lists: readonly ListDefinition[],
  names: Readonly<Record<string, string>>,
): ReadonlyMap<string, string> {
  const byId = new Map<string, string>();
  for (const list of lists) {
    for (const member of list.members) if (!byId.has(member.id)) byId.set(member.id, member.name);
  }
  for (const [key, name] of Object.entries(names)) {
    if (!key.includes('.') && !byId.has(key)) byId.set(key, name);
  }
  return byId;
}
