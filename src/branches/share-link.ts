/**
 * Share links: a run as a short, URL-safe code. It carries the story build's hash and, for each
 * order, its position among the orders on offer and a 16-bit hash of its text, and ends with a
 * checksum of all that. Replaying matches each order by its text's hash (its position only
 * breaks a tie), so a link made under an older build replays for as long as its orders exist.
 */
import { hash53 } from './run-tree.ts';

const VERSION = 1;
const HASH_BYTES = 6;
const CHECK_BYTES = 4;
/** Runs longer than this are not shared (no story here comes near it). */
export const MAX_SHARED_ORDERS = 1000;

/** One order of a shared run. */
export interface SharedOrder {
  /** Its position among the orders on offer when it was signed. */
  readonly index: number;
  /** A 16-bit hash of its text. */
  readonly textHash: number;
}

export interface SharedRun {
  /** The first 12 hex digits of the story build's hash. */
  readonly storyHash: string;
  readonly orders: readonly SharedOrder[];
}

/** Why a link cannot be used, in words for the player. */
export class ShareLinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShareLinkError';
  }
}

/** The 16-bit hash of an order's text that links carry. */
export function orderHash(text: string): number {
  return hash53(text.trim(), 0x5f3) & 0xffff;
}

function checksum(bytes: Uint8Array): Uint8Array {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  const h = hash53(text, 0xc4e);
  return Uint8Array.of(h & 0xff, (h >>> 8) & 0xff, (h >>> 16) & 0xff, (h >>> 24) & 0xff);
}

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): Uint8Array {
  const base64 = code.replace(/-/g, '+').replace(/_/g, '/');
  const text = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** Writes an unsigned number in 7-bit groups (small indices take one byte). */
function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** The code for a run: `storyHash` (hex) and its orders, as signed. */
export function encodeRun(
  storyHash: string,
  orders: readonly { readonly index: number; readonly text: string }[],
): string {
  if (orders.length > MAX_SHARED_ORDERS) {
    throw new ShareLinkError(`This run is too long to share (${orders.length} orders).`);
  }
  const out: number[] = [VERSION];
  const hex = storyHash.padEnd(HASH_BYTES * 2, '0').slice(0, HASH_BYTES * 2);
  for (let i = 0; i < HASH_BYTES; i++) out.push(parseInt(hex.slice(i * 2, i * 2 + 2), 16) || 0);
  pushVarint(out, orders.length);
  for (const order of orders) {
    pushVarint(out, order.index);
    const h = orderHash(order.text);
    out.push(h & 0xff, h >>> 8);
  }
  const body = Uint8Array.from(out);
  const check = checksum(body);
  const all = new Uint8Array(body.length + CHECK_BYTES);
  all.set(body);
  all.set(check, body.length);
  return toBase64Url(all);
}

const DAMAGED = 'This run link is damaged (it was cut short or changed), so it cannot be replayed.';

/** Reads a code; ShareLinkError with a message for the player when it cannot be used. */
export function decodeRun(code: string): SharedRun {
  if (!/^[A-Za-z0-9_-]{1,4000}$/.test(code)) {
    throw new ShareLinkError('This is not a run link of this game.');
  }
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(code);
  } catch {
    // Letters of the right kind that do not decode: a link cut at the wrong place.
    throw new ShareLinkError(DAMAGED);
  }
  if (bytes.length < 1 + HASH_BYTES + 1 + CHECK_BYTES) throw new ShareLinkError(DAMAGED);
  if (bytes[0] !== VERSION) {
    throw new ShareLinkError(
      bytes[0]! > VERSION
        ? 'This run link was made by a newer version of the game.'
        : 'This is not a run link of this game.',
    );
  }
  const body = bytes.subarray(0, bytes.length - CHECK_BYTES);
  const check = checksum(body);
  if (check.some((b, i) => bytes[body.length + i] !== b)) throw new ShareLinkError(DAMAGED);
  let at = 1 + HASH_BYTES;
  const readVarint = (): number => {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      if (at >= body.length) throw new ShareLinkError(DAMAGED);
      const b = body[at++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
    throw new ShareLinkError(DAMAGED);
  };
  const count = readVarint();
  if (count > MAX_SHARED_ORDERS) throw new ShareLinkError(DAMAGED);
  const orders: SharedOrder[] = [];
  for (let i = 0; i < count; i++) {
    const index = readVarint();
    if (at + 2 > body.length) throw new ShareLinkError(DAMAGED);
    const textHash = body[at]! | (body[at + 1]! << 8);
    at += 2;
    orders.push({ index, textHash });
  }
  if (at !== body.length) throw new ShareLinkError(DAMAGED);
  const storyHash = [...body.subarray(1, 1 + HASH_BYTES)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  return { storyHash, orders };
}

/** Whether a shared run was made under the build with hash `storyHash`. */
export function sameBuild(run: SharedRun, storyHash: string): boolean {
  return storyHash.slice(0, HASH_BYTES * 2) === run.storyHash;
}

/**
 * The order among `offered` that a shared order names: the one with its text's hash, its
 * position breaking a tie; null when none has it.
 */
export function matchShared<T extends { readonly text: string; readonly index: number }>(
  order: SharedOrder,
  offered: readonly T[],
): T | null {
  const same = offered.filter((c) => orderHash(c.text) === order.textHash);
  return same.find((c) => c.index === order.index) ?? (same.length === 1 ? same[0]! : null);
}
