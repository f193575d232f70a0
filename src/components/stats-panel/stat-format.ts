/**
 * How the stats panel words a stat: LIST members as readable names, and how a stat changed
 * between two moments. Pure functions over `StatValue`, so they are unit-tested without a DOM.
 */
import type { StatValue } from '../../engine/stats.ts';
import { humanise } from '../../engine/story-lists.ts';
import type { GoodDirection } from '../../engine/tags.ts';

/** Names a LIST member for the player (see `memberNames` in the engine). */
export type MemberNamer = (id: string) => string;

/** A namer that uses the story's names, and makes any other identifier readable. */
export function namerFrom(names: ReadonlyMap<string, string>): MemberNamer {
  return (id) => names.get(id) ?? humanise(id);
}

/** Whether a change is good for the player, bad, or neither (the story does not say). */
export type Tone = 'good' | 'bad' | 'neutral';

/**
 * The tone of a move `up` (a number rising, a LIST gaining members) or down, for a stat the
 * story says is good going `good` (or says nothing about: neutral).
 */
export function toneOf(direction: GoodDirection, good: GoodDirection | undefined): Tone {
  if (good === undefined) return 'neutral';
  return direction === good ? 'good' : 'bad';
}

/** How a stat changed since an earlier moment. */
export type StatDelta =
  | { readonly kind: 'none' }
  | { readonly kind: 'number'; readonly amount: number }
  | {
      readonly kind: 'list';
      readonly added: readonly string[];
      readonly removed: readonly string[];
    }
  | { readonly kind: 'changed'; readonly from: StatValue['value'] };

const NO_CHANGE: StatDelta = { kind: 'none' };

function sameValue(a: StatValue['value'], b: StatValue['value']): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((member, i) => member === b[i]);
  }
  return a === b;
}

/**
 * What changed from `previous` to `current`: a signed amount for numbers, members gained and
 * lost for LISTs, the old value for anything else. `none` when there is nothing to compare.
 */
export function statDelta(current: StatValue, previous: StatValue | null | undefined): StatDelta {
  if (!previous || previous.kind === 'missing' || current.kind === 'missing') return NO_CHANGE;
  if (current.kind === 'number' && previous.kind === 'number') {
    const amount = (current.value as number) - (previous.value as number);
    return amount === 0 ? NO_CHANGE : { kind: 'number', amount };
  }
  if (current.kind === 'list' && previous.kind === 'list') {
    const now = current.value as readonly string[];
    const before = previous.value as readonly string[];
    const added = now.filter((m) => !before.includes(m));
    const removed = before.filter((m) => !now.includes(m));
    return added.length === 0 && removed.length === 0
      ? NO_CHANGE
      : { kind: 'list', added, removed };
  }
  return sameValue(current.value, previous.value)
    ? NO_CHANGE
    : { kind: 'changed', from: previous.value };
}

/** The earlier value of the same stat (matched by variable name), if there is one. */
export function previousOf(
  stat: StatValue,
  previous: readonly StatValue[] | null | undefined,
): StatValue | null {
  return previous?.find((p) => p.variable === stat.variable) ?? null;
}

/**
 * One formatter for every number: `Number.prototype.toLocaleString` builds a new one on each
 * call, which costs milliseconds per stats panel.
 */
const numbers = new Intl.NumberFormat('en-GB');

/** A number grouped the British way: `12,500`, `12.5`. */
export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** A stat's value as text: numbers grouped, LISTs as readable names, booleans as yes/no. */
export function formatValue(value: StatValue['value'], nameOf: MemberNamer = humanise): string {
  if (value === null) return '—';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return value;
  return value.length === 0 ? 'None' : value.map(nameOf).join(', ');
}

/** A number change as text that does not rely on colour: `▲ 5`, `▼ 12.5`. */
export function formatAmount(amount: number): string {
  return `${amount > 0 ? '▲' : '▼'} ${formatNumber(Math.abs(amount))}`;
}
