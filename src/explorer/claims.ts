/**
 * Claims: a sentence that states a fact of the run (an order given, a place held, a loss) can
 * be checked on every road the explorer walks. The author calls an ink function beside it,
 *
 *     ~ claim(soviet_held ? golmud, "Golmud is Soviet")
 *
 * written in ink, so that inkjs, Inky and the player still play the story:
 *
 *     === function claim(holds, what)
 *     {not holds:
 *         # claim-failed: {what}
 *     }
 *
 * A claim that does not hold leaves a `# claim-failed:` tag; the explorer (and its sample
 * mode) turns it into a runtime error of that path, with the path that reaches it. Players
 * never see the tag: the player ignores tags it does not know.
 */

/** The tag key a failed claim leaves. */
export const CLAIM_FAILED_TAG = 'claim-failed';

const PATTERN = new RegExp(`^\\s*${CLAIM_FAILED_TAG}\\s*:(.*)$`, 'i');

/** The error messages for the failed claims among one line's tags (usually none). */
export function failedClaims(tags: readonly string[]): string[] {
  const messages: string[] = [];
  for (const tag of tags) {
    const match = PATTERN.exec(tag);
    if (match) messages.push(`claim failed: ${match[1]!.trim() || '(no text)'}`);
  }
  return messages;
}
