/**
 * Property-based fuzzing of share links: any run survives encoding and decoding; a link cut
 * short, changed or made up is refused with the player's message (a ShareLinkError), never
 * another error, never a half-read run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeRun,
  encodeRun,
  MAX_SHARED_ORDERS,
  orderHash,
  ShareLinkError,
  type SharedRun,
} from '../../src/branches/share-link.ts';

/** Each property's runs: the two that refuse bad links see 1,000 between them. */
const RUNS_EACH = 500;

const hexHash = fc.stringMatching(/^[0-9a-f]{12}$/);
const orders = fc.array(fc.record({ index: fc.nat({ max: 20_000 }), text: fc.string() }), {
  maxLength: 60,
});

/** Decodes `code`: the run, or the message of the ShareLinkError it was refused with. */
function decoded(code: string): SharedRun | string {
  try {
    return decodeRun(code);
  } catch (error) {
    expect(error).toBeInstanceOf(ShareLinkError);
    const message = (error as Error).message;
    expect(message).toMatch(/^This /);
    expect(message.length).toBeLessThan(200);
    return message;
  }
}

/** A decoded run has the shape the replay expects, whatever the input was. */
function expectWellFormed(run: SharedRun): void {
  expect(run.storyHash).toMatch(/^[0-9a-f]{12}$/);
  expect(run.orders.length).toBeLessThanOrEqual(MAX_SHARED_ORDERS);
  for (const order of run.orders) {
    expect(Number.isSafeInteger(order.index) && order.index >= 0).toBe(true);
    expect(order.textHash).toBeGreaterThanOrEqual(0);
    expect(order.textHash).toBeLessThanOrEqual(0xffff);
  }
}

describe('share links', () => {
  it('decode to exactly the run that was encoded', () => {
    fc.assert(
      fc.property(hexHash, orders, (hash, run) => {
        expect(decodeRun(encodeRun(hash, run))).toEqual({
          storyHash: hash,
          orders: run.map((o) => ({ index: o.index, textHash: orderHash(o.text) })),
        });
      }),
      { numRuns: RUNS_EACH, seed: 11 },
    );
  });

  it('refuse a link cut short or with characters changed, or read it whole', () => {
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('replace', 'insert', 'delete', 'cut'),
      char: fc.constantFrom('A', 'z', '0', '-', '_', '=', '+', '/', '%', ' ', 'é'),
    });
    let refused = 0;
    fc.assert(
      fc.property(
        hexHash,
        orders,
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (h, run, edits) => {
          const original = encodeRun(h, run);
          let code = original;
          for (const { at, kind, char } of edits) {
            const i = at % (code.length + 1);
            if (kind === 'cut') code = code.slice(0, i);
            else
              code =
                code.slice(0, i) +
                (kind === 'delete' ? '' : char) +
                code.slice(i + (kind === 'insert' ? 0 : 1));
          }
          const result = decoded(code);
          if (typeof result === 'string') refused++;
          else expectWellFormed(result);
        },
      ),
      { numRuns: RUNS_EACH, seed: 12 },
    );
    expect(refused).toBeGreaterThan(RUNS_EACH * 0.9);
  });

  it('refuse made-up links: any text, any bytes', () => {
    const bytes = fc
      .uint8Array({ maxLength: 200 })
      .map((b) => Buffer.from(b).toString('base64url'));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 5000 }), bytes, fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/)),
        (code) => {
          const result = decoded(code);
          if (typeof result !== 'string') expectWellFormed(result);
        },
      ),
      { numRuns: RUNS_EACH, seed: 13 },
    );
  });
});
