import { describe, expect, it } from 'vitest';
import { ChoiceError, InkRuntimeError, StoryLoadError } from '../../src/engine/errors.ts';
import { unboundExternals } from '../../src/engine/externals.ts';
import { StorySession } from '../../src/engine/story-session.ts';
import { globalTags, lineTags, parseTag } from '../../src/engine/tags.ts';
import { compileFixture } from './compile-fixture.ts';

const contract = compileFixture('engine/contract.ink');

describe('tags', () => {
  it('splits key, value and label, with case-insensitive keys', () => {
    expect(parseTag(' IMAGE: a.svg = A caption ')).toMatchObject({
      key: 'image',
      value: 'a.svg',
      label: 'A caption',
    });
    expect(parseTag('history')).toMatchObject({ key: 'history', value: '', label: null });
  });

  it('reads the line contract and ignores unknown tags', () => {
    const meta = lineTags([
      'chapter: One',
      'Date: 1 May',
      'class: a b',
      'whatever: x',
      'ending: e = End',
    ]);
    expect(meta.chapter).toBe('One');
    expect(meta.date).toBe('1 May');
    expect(meta.classes).toEqual(['a', 'b']);
    expect(meta.ending).toEqual({ id: 'e', title: 'End' });
    expect(meta.image).toBeNull();
  });

  it('reads title, author and stat declarations from global tags', () => {
    const g = globalTags(['title: T', 'AUTHOR: A', 'stat: x = Ex', 'stat: y', 'stat: x = Again']);
    expect(g).toEqual({
      title: 'T',
      author: 'A',
      stats: [
        { variable: 'x', label: 'Ex' },
        { variable: 'y', label: 'y' },
      ],
      good: {},
      names: {},
      timeline: null,
      map: null,
      choicesHeading: 'Choices',
      lists: [],
      problems: [],
    });
  });
});

describe('StorySession', () => {
  it('continues to the first decision and returns a frame of paragraphs, choices and scene', () => {
    const session = new StorySession(contract);
    expect(session.globals.title).toBe('The Contract');
    const frame = session.start();
    expect(frame.paragraphs.map((p) => p.text)).toEqual([
      'The wire arrives at dawn.',
      'A map is pinned to the wall.',
      'The staff wait for your order.',
    ]);
    // Global tags come back on the first line; they belong to the story, not the line.
    expect(frame.paragraphs[0]?.tags).toEqual(['chapter: One', 'date: 1 May 1943']);
    expect(frame.paragraphs[1]?.meta.image).toEqual({
      src: 'maps/front.svg',
      caption: 'The front',
    });
    expect(frame.paragraphs[1]?.meta.classes).toEqual(['briefing', 'wide']);
    expect(frame.decision).toBe('first-order');
    expect(frame.choices.map((c) => c.text)).toEqual(['Hold the north', 'Take the south']);
    expect(frame.choices[0]?.meta.history).toBe(true);
    expect(frame.choices[1]?.meta.history).toBe(false);
    expect(frame.choices[1]?.tags).toEqual(['risky']);
    expect(frame.scene).toMatchObject({ chapter: 'One', date: '1 May 1943' });
    expect(frame.ended).toBe(false);
  });

  it('reads declared stats after every step, LIST values as their members', () => {
    const session = new StorySession(contract);
    expect(session.start().stats).toEqual([
      { variable: 'supplies', label: 'Supplies', kind: 'number', value: 10 },
      { variable: 'held', label: 'Towns held', kind: 'list', value: ['north'] },
      { variable: 'morale', label: 'Morale', kind: 'text', value: 'steady' },
    ]);
    const frame = session.choose(1);
    expect(frame.stats.map((s) => s.value)).toEqual([5, ['north', 'south'], 'steady']);
    expect(frame.scene.chapter).toBe('Two');
    expect(frame.decision).toBe('second-order');
  });

  it('plays to an ending and reports it', () => {
    const session = new StorySession(contract);
    session.start();
    session.choose(0);
    const end = session.choose(1);
    expect(end.ended).toBe(true);
    expect(end.choices).toEqual([]);
    expect(end.ending).toEqual({ id: 'quiet-end', title: 'A Quiet End' });
    expect(end.paragraphs.map((p) => p.text)).toContain('The east is ours.');
    expect(session.replayLog.map((s) => [s.text, s.decision])).toEqual([
      ['Hold the north', 'first-order'],
      ['Strike east', 'second-order'],
    ]);
  });

  it('restores a snapshot to exactly the same moment, through plain JSON', () => {
    const session = new StorySession(contract);
    session.start();
    session.choose(1);
    const snapshot = JSON.parse(JSON.stringify(session.snapshot()));
    const before = session.choose(1);

    const other = new StorySession(contract);
    const restored = other.restore(snapshot);
    expect(restored.choices.map((c) => c.text)).toEqual(['Wait', 'Strike east']);
    expect(restored.scene.chapter).toBe('Two');
    expect(restored.stats.map((s) => s.value)).toEqual([5, ['north', 'south'], 'steady']);
    const after = other.choose(1);
    expect(after.paragraphs.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
    expect(after.stats).toEqual(before.stats);
    expect(other.replayLog).toEqual(session.replayLog);
  });

  it('surfaces ink runtime errors as typed errors', () => {
    const session = new StorySession(compileFixture('engine/runtime-error.ink'));
    session.start();
    expect(() => session.choose(0)).toThrow(InkRuntimeError);
  });

  it('stops a story that runs on without a choice, with an error naming where, and starts over', () => {
    const session = new StorySession(compileFixture('explorer/runs-on.ink'));
    expect(session.start().choices.map((c) => c.text)).toEqual(['Spin', 'Chatter', 'Rest']);
    for (const index of [0, 1]) {
      let error: unknown = null;
      try {
        session.choose(index);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InkRuntimeError);
      expect((error as InkRuntimeError).message).toContain(
        index === 0
          ? 'runs on without stopping at spin (1,000,000 steps with no text or choice)'
          : 'runs on without stopping at chatter (10,000 lines with no choice)',
      );
      // The story is stopped, not stuck: it starts again from the beginning.
      expect(session.restart().choices).toHaveLength(3);
    }
    expect(session.choose(2).ending?.id).toBe('rest');
  }, 60_000);

  it('refuses a choice that is not on offer', () => {
    const session = new StorySession(contract);
    session.start();
    expect(() => session.choose(7)).toThrow(ChoiceError);
  });

  it('rejects data that is not a compiled story with a readable error', () => {
    expect(() => new StorySession('{"hello": "world"}')).toThrow(StoryLoadError);
    expect(() => new StorySession('not json')).toThrow(StoryLoadError);
  });

  it('understands the Inky conventions: IMAGE, CLASS, CLEAR, AUDIOLOOP, BACKGROUND, RESTART', () => {
    const session = new StorySession(compileFixture('engine/inky-tags.ink'));
    expect(session.globals).toMatchObject({ title: 'Inky Story', author: 'Someone' });
    const first = session.start();
    expect(first.paragraphs[0]?.meta.image?.src).toBe('a.png');
    expect(first.paragraphs[0]?.meta.classes).toEqual(['intro']);
    const second = session.choose(0);
    expect(second.cleared).toBe(true);
    expect(second.paragraphs.map((p) => p.text)).toEqual(['Second page.']);
    expect(second.scene).toMatchObject({ audioLoop: 'wind.ogg', background: 'night.jpg' });
    const third = session.choose(0);
    expect(third.restart).toBe(true);
  });

  it('takes the background away on BACKGROUND: false or none', () => {
    const session = new StorySession(compileFixture('engine/background-off.ink'));
    expect(session.start().scene.background).toBe('day.jpg');
    expect(session.choose(0).scene.background).toBe('');
    expect(session.choose(0).scene.background).toBe('night.jpg');
    expect(session.choose(0).scene.background).toBe('');
  });

  it('plays the ink fallback of an EXTERNAL function the page does not bind', () => {
    const session = new StorySession(compileFixture('explorer/external-fallback.ink'));
    expect(session.start().paragraphs.map((p) => p.text)).toEqual(['Hello, reader']);
  });

  it('names an EXTERNAL function that has neither a binding nor a fallback', () => {
    const session = new StorySession(compileFixture('explorer/external-unbound.ink'));
    expect(() => session.start()).toThrow(
      'This story calls the EXTERNAL function “roll_dice”, which has no ink fallback and is not provided here, so it cannot go on.',
    );
  });
});

describe('unboundExternals', () => {
  it('reads the names from both of inkjs’s messages', () => {
    expect(
      unboundExternals(
        "Error: Missing function binding for externals: 'greet', 'bye' , and no fallback ink function found.",
      ),
    ).toEqual(['greet', 'bye']);
    expect(
      unboundExternals("Missing function binding for external: 'x'  (ink fallbacks disabled)"),
    ).toEqual(['x']);
    expect(unboundExternals('Some other error')).toEqual([]);
  });
});
