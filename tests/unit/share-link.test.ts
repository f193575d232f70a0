import { describe, expect, it } from 'vitest';
import {
  decodeRun,
  encodeRun,
  matchShared,
  sameBuild,
  ShareLinkError,
} from '../../src/branches/share-link.ts';
import { Playthrough } from '../../src/engine/playthrough.ts';
import { campaignJson } from '../fixtures/persistence/campaign-run.ts';

/** A run of the campaign by order indices, and the orders as signed. */
function played(orders: readonly number[]) {
  const p = new Playthrough(campaignJson());
  let view = p.start();
  for (const o of orders) if (view.choices.length > 0) view = p.choose(o);
  return { view, log: view.log };
}

describe('share links', () => {
  it('carries a whole campaign run in a short URL-safe code that replays the same run', () => {
    const { view, log } = played([1, 2, 0, 1, 2, 0, 1, 0, 1, 0, 2, 1, 0, 1, 0, 0]);
    const code = encodeRun('9f8e7d6c5b4a3210', log);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(100);
    const shared = decodeRun(code);
    expect(sameBuild(shared, '9f8e7d6c5b4a3210')).toBe(true);
    const p = new Playthrough(campaignJson());
    let replay = p.start();
    for (const order of shared.orders) {
      const choice = matchShared(order, replay.choices);
      expect(choice).not.toBeNull();
      replay = p.choose(choice!.index);
    }
    expect(replay.transcript.map((t) => t.text)).toEqual(view.transcript.map((t) => t.text));
    expect(replay.stats).toEqual(view.stats);
  });

  it('refuses a changed code, a cut one and a foreign one with a message', () => {
    const code = encodeRun('abcdef012345', played([0, 0, 0]).log);
    const flipped = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
    expect(() => decodeRun(flipped)).toThrow(/damaged/);
    expect(() => decodeRun(code.slice(0, -3))).toThrow(/damaged/);
    expect(() => decodeRun('<script>')).toThrow(ShareLinkError);
    expect(() => decodeRun('aGVsbG8gd29ybGQ')).toThrow(/not a run link|damaged/);
  });

  it('says when a link was made under another build of the story', () => {
    const shared = decodeRun(encodeRun('abcdef012345', played([0]).log));
    expect(sameBuild(shared, 'abcdef012345ffff')).toBe(true);
    expect(sameBuild(shared, '000000000000ffff')).toBe(false);
  });
});
