import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import { InkRuntimeError, type InkRuntimeWarning } from '../../src/engine/errors.ts';
import { Playthrough, type View } from '../../src/engine/playthrough.ts';
import { seededRandom } from '../../src/explorer/sample.ts';
import { compileFixture } from './compile-fixture.ts';

const campaign = compileInk(fileURLToPath(new URL('../../story/main.ink', import.meta.url))).json;

/** Everything a moment shows, and the story's whole state, as plain data. */
function moment(p: Playthrough, view: View) {
  return {
    transcript: view.transcript.map((t) => [t.text, t.tags]),
    newFrom: view.newFrom,
    choices: view.choices.map((c) => [c.text, c.targetPath, c.tags]),
    scene: view.scene,
    stats: view.stats,
    previousStats: view.previousStats,
    decision: view.decision,
    ended: view.ended,
    history: view.history.map((h) => [h.decision, h.choiceText, h.chapter, h.date, h.stats]),
    log: view.log,
    state: p.session.snapshot(),
  };
}

/** A playthrough of fixture `path`, started, keeping the warnings it tells of. */
function started(path: string) {
  const warnings: InkRuntimeWarning[] = [];
  const p = new Playthrough(compileFixture(path), { onWarning: (w) => warnings.push(w) });
  p.start();
  return { p, warnings };
}

describe('reading ahead', () => {
  it('reaches exactly the moment the story reaches without it: 60 seeded random runs of the campaign, orders read ahead at random', () => {
    let adopted = 0;
    let moves = 0;
    for (let run = 0; run < 60; run++) {
      const random = seededRandom(7919 * (run + 1));
      const plain = new Playthrough(campaign);
      const ahead = new Playthrough(campaign);
      // inkjs seeds each new story at random: both start from the same seed.
      plain.session.story.state.storySeed = ahead.session.story.state.storySeed = run;
      let a = plain.start();
      let b = ahead.start();
      expect(moment(ahead, b)).toEqual(moment(plain, a));
      while (a.choices.length > 0) {
        const index = Math.floor(random() * a.choices.length);
        // Some orders read ahead, sometimes the one taken, sometimes not, sometimes twice.
        for (let i = 0; i < b.choices.length; i++) if (random() < 0.6) ahead.readAhead(i);
        if (random() < 0.2) ahead.readAhead(index);
        if (ahead.readAheadTried(index)) adopted++;
        const before = ahead.session;
        a = plain.choose(index);
        b = ahead.choose(index);
        if (ahead.session !== before) expect(ahead.readAheadTried(index)).toBe(false);
        expect(moment(ahead, b)).toEqual(moment(plain, a));
        moves++;
      }
      expect(b.ended).toBe(true);
    }
    // The random choice of orders to read ahead took the read-ahead path often enough to count.
    expect(adopted).toBeGreaterThan(moves / 3);
  }, 120_000);

  it('leaves nothing of a moment left behind: after a rewind the orders are run again', () => {
    const p = new Playthrough(campaign);
    p.start();
    p.choose(0);
    const second = p.view();
    expect(p.readAhead(0)).toBe(true);
    const session = p.session;
    p.rewindTo(0);
    const again = p.choose(0);
    // The twin read ahead at the second moment is not the one standing now, at the second moment
    // reached again: nothing read ahead there was taken for it.
    expect(p.session).toBe(session);
    expect(again.transcript.map((t) => t.text)).toEqual(second.transcript.map((t) => t.text));
    expect(again.choices.map((c) => c.text)).toEqual(second.choices.map((c) => c.text));
  });

  it('tells of a warning met on a road read ahead only when that road is taken, once', () => {
    const { p, warnings } = started('engine/fog-warning.ink');
    expect(p.readAhead(0)).toBe(true);
    expect(p.readAhead(1)).toBe(true);
    expect(warnings).toEqual([]);
    const view = p.choose(1);
    expect(view.transcript.map((t) => t.text)).toEqual(['Which way?', 'Into the fog.']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain("Variable not found: 'seen'");
    // The adopted twin tells of its own warnings from now on, as the first session did.
    p.rewindTo(0);
    p.choose(1);
    expect(warnings).toHaveLength(2);
  });

  it('gives up a road that runs on, quickly and silently; taking it stops with the usual error', () => {
    const { p, warnings } = started('explorer/runs-on.ink');
    expect(p.readAhead(0)).toBe(false);
    expect(p.readAhead(1)).toBe(false);
    expect(p.readAheadTried(0)).toBe(true);
    expect(p.readAhead(2)).toBe(true);
    expect(warnings).toEqual([]);
    let error: unknown = null;
    try {
      p.choose(0);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InkRuntimeError);
    expect((error as Error).message).toContain(
      'runs on without stopping at spin (1,000,000 steps with no text or choice)',
    );
  }, 60_000);

  it('leaves a long stretch to be run when taken, and a twin taken runs long stretches in full', () => {
    const p = new Playthrough(compileFixture('engine/long-count.ink'));
    p.start();
    // Counting takes some 68,000 steps: more than reading ahead runs, far less than a story may.
    expect(p.readAhead(1)).toBe(false);
    expect(p.readAhead(0)).toBe(true);
    const first = p.session;
    p.choose(0);
    expect(p.session).not.toBe(first);
    // The twin now standing for the playthrough is held to the story's bounds, not the twin's.
    expect(p.choose(0).transcript.map((t) => t.text)).toEqual([
      'Orders?',
      'Marched.',
      'At camp.',
      'Counted to 4000.',
    ]);
  });
});
