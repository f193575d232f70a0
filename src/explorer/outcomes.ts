/**
 * Whether the orders of a decision matter: which sibling orders lead to the same outcome, and
 * which endings a decision's orders open or close. Pure functions over the per-order figures
 * the analysis already gives (the endings each order's paths reach, the range of each stat).
 *
 * An order's outcome is the set of endings its paths can reach (dead ends and runtime errors
 * counting as endings of their own) and the range of every final stat: min and max for a
 * number, the members seen for a LIST, the values seen for anything else. How many paths go
 * where, and the means, are left out: two orders that open the same endings and leave every
 * stat in the same bounds give the player nothing to choose between.
 */
import type { OptionReport, StatRange } from './report.ts';

/** What a decision's orders change, added to its report. */
export interface DecisionOutcomes {
  /**
   * Groups of two or more orders (their texts, in the order offered) with the same outcome.
   * Empty when every order leads somewhere of its own.
   */
  readonly sameOutcome: readonly (readonly string[])[];
  /**
   * Endings that some of this decision's orders can reach and others cannot, in the order of
   * `endingIds`: the decision's weight on the endings is how many there are.
   */
  readonly endingsSwayed: readonly string[];
}

/** The endings an order's paths reach: ids, then `(dead end)` and `(error)` when met. */
export function reachedEndings(option: OptionReport): string[] {
  const reached = Object.keys(option.endings).filter((id) => (option.endings[id] ?? 0) > 0);
  if (option.deadEnds > 0) reached.push('(dead end)');
  if (option.errors > 0) reached.push('(error)');
  return reached.sort();
}

function rangeKey(range: StatRange): string {
  if (range.kind === 'number') return `${range.min}..${range.max}`;
  if (range.kind === 'list') return `[${[...range.members].sort().join(',')}]`;
  return `{${[...range.values].sort().join('|')}}`;
}

/** A string that two orders share exactly when their outcomes are the same. */
export function outcomeKey(option: OptionReport): string {
  const stats = Object.keys(option.finalStats)
    .sort()
    .map((name) => `${name}=${rangeKey(option.finalStats[name]!)}`);
  return JSON.stringify([reachedEndings(option), stats]);
}

/** Same-outcome groups and swayed endings of one decision's orders. */
export function decisionOutcomes(
  options: readonly OptionReport[],
  endingIds: readonly string[],
): DecisionOutcomes {
  // An order no complete path takes (every road from it loops) has no outcome to compare.
  const played = options.filter((o) => o.paths > 0);
  const byKey = new Map<string, string[]>();
  for (const option of played) {
    const key = outcomeKey(option);
    const group = byKey.get(key) ?? [];
    group.push(option.text);
    byKey.set(key, group);
  }
  const sameOutcome = [...byKey.values()].filter((group) => group.length > 1);
  const endingsSwayed = endingIds.filter((id) => {
    const reaching = played.filter((o) => (o.endings[id] ?? 0) > 0).length;
    return reaching > 0 && reaching < played.length;
  });
  return { sameOutcome, endingsSwayed };
}
