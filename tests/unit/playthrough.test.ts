import { describe, expect, it } from 'vitest';
import { Playthrough } from '../../src/engine/playthrough.ts';
import { replayLog } from '../../src/engine/replay.ts';
import { compileFixture } from './compile-fixture.ts';

const v1 = compileFixture('player/orders-v1.ink');
const v2 = compileFixture('player/orders-v2.ink');

function texts(p: Playthrough): string[] {
  return p.view().transcript.map((t) => t.text);
}

describe('Playthrough', () => {
  it('keeps the transcript and a history entry per decision', () => {
    const p = new Playthrough(v1);
    p.start();
    p.choose(1);
    const view = p.choose(0);
    expect(view.history.map((h) => [h.decision, h.choiceText, h.chapter])).toEqual([
      ['first', 'Go right', 'First'],
      ['second', 'Dig in', 'Second'],
    ]);
    expect(texts(p)).toContain('Right it is.');
    expect(view.stats[0]?.value).toBe(12);
    expect(view.previousStats?.[0]?.value).toBe(2);
  });

  it('rewinds to a decision and rebuilds text, scene and stats as they were', () => {
    const p = new Playthrough(v1);
    const start = p.start();
    p.choose(1);
    const atSecond = p.view();
    p.choose(1);
    p.choose(0);

    const back = p.rewindTo(1);
    expect(back.transcript.map((t) => t.text)).toEqual(atSecond.transcript.map((t) => t.text));
    expect(back.scene).toEqual(atSecond.scene);
    expect(back.stats).toEqual(atSecond.stats);
    expect(back.choices.map((c) => c.text)).toEqual(['Dig in', 'Advance']);
    expect(back.history).toHaveLength(1);

    const first = p.rewindTo(0);
    expect(first.transcript.map((t) => t.text)).toEqual(start.transcript.map((t) => t.text));
    expect(first.history).toEqual([]);
    // Taking another road after a rewind plays on normally.
    expect(p.choose(0).stats[0]?.value).toBe(1);
  });

  it('saves to plain JSON and loads back to the identical moment', () => {
    const p = new Playthrough(v1);
    p.start();
    p.choose(0);
    p.choose(1);
    const data = JSON.parse(JSON.stringify(p.data()));
    const q = new Playthrough(v1);
    const view = q.load(data);
    expect(view.transcript.map((t) => t.text)).toEqual(texts(p));
    expect(view.stats).toEqual(p.view().stats);
    expect(view.history.map((h) => h.choiceText)).toEqual(['Go left', 'Advance']);
    expect(q.choose(1).transcript.at(-2)?.text).toBe('Charged.');
  });
});

describe('replayLog', () => {
  it('replays a log under a changed story by choice text, not by index', () => {
    const old = new Playthrough(v1);
    old.start();
    old.choose(1); // Go right: index 1 in v1, index 2 in v2
    const result = replayLog(new Playthrough(v2), old.view().log);
    expect(result.divergence).toBeNull();
    expect(result.applied).toBe(1);
    expect(result.view.stats[0]?.value).toBe(2);
  });

  it('says exactly where the log no longer fits, and stops there', () => {
    const old = new Playthrough(v1);
    old.start();
    old.choose(0);
    old.choose(0); // Dig in: renamed to Entrench in v2
    old.choose(1);
    const result = replayLog(new Playthrough(v2), old.view().log);
    expect(result.applied).toBe(1);
    expect(result.divergence).toEqual({
      step: 1,
      decision: 'second',
      missing: 'Dig in',
      offered: ['Entrench', 'Advance'],
      storyEnded: false,
    });
    expect(result.view.choices.map((c) => c.text)).toEqual(['Entrench', 'Advance']);
  });
});
