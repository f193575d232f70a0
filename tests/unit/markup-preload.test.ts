import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import { storyHasMarkup } from '../../src/components/ink-player/inline-markup.ts';
import { compileFixture } from './compile-fixture.ts';

describe('loading the sanitiser early', () => {
  it('knows from the compiled story whether any of its text has a tag', () => {
    expect(storyHasMarkup(compileFixture('player/second-story.ink'))).toBe(true);
    expect(storyHasMarkup(compileFixture('player/orders-v1.ink'))).toBe(false);
    const campaign = compileInk(fileURLToPath(new URL('../../story/main.ink', import.meta.url)));
    expect(storyHasMarkup(campaign.json)).toBe(false);
    // A comparison in the story's logic is not text with a tag.
    expect(storyHasMarkup(JSON.stringify({ root: ['^Plain text.', { '->': 'x' }, '<'] }))).toBe(
      false,
    );
  });
});
