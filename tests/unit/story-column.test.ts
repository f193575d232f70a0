// @vitest-environment jsdom
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import { chapterKey, StoryColumn } from '../../src/components/ink-player/story-column.ts';
import type { Chapter } from '../../src/components/ink-player/reading-layout.ts';
import { Playthrough } from '../../src/engine/playthrough.ts';

// Under jsdom, import.meta.url is not a file URL: the campaign is found from the project's root.
const campaign = compileInk(resolve(process.cwd(), 'story/main.ink')).json;

/** A column over the campaign, with chapters the reader opened kept as the player keeps them. */
function column(missing: ReadonlySet<string> = new Set()) {
  const opened = new WeakSet<object>();
  const toggled: boolean[] = [];
  const story = new StoryColumn({
    resolve: (src) => `https://stavka.test/${src}`,
    isMissing: (src) => missing.has(src),
    onMissing: () => undefined,
    onMarkupReady: () => undefined,
    isOpened: (chapter: Chapter) => opened.has(chapterKey(chapter)!),
    onToggle: (chapter: Chapter, open: boolean) => {
      toggled.push(open);
      if (open) opened.add(chapterKey(chapter)!);
      else opened.delete(chapterKey(chapter)!);
    },
  });
  return { story, toggled };
}

const paragraphs = (root: Element) =>
  [...root.querySelectorAll('p[data-at]')].map((p) => [
    Number(p.getAttribute('data-at')),
    p.textContent,
  ]);

describe('the story column', () => {
  it('adds what a click adds and keeps every node it already showed', () => {
    const p = new Playthrough(campaign);
    const { story } = column();
    let view = p.start();
    const article = story.update(view, '');
    const first = article.querySelector('p[data-at="0"]');
    expect(paragraphs(article)).toEqual(
      view.transcript.flatMap((t, i) => (t.text ? [[i, t.text]] : [])),
    );
    view = p.choose(0);
    expect(story.update(view, '')).toBe(article);
    // The first passage's paragraph is the same node; the order and the new text follow it.
    expect(article.querySelector('p[data-at="0"]')).toBe(first);
    const order = article.querySelector('.order');
    expect(order?.querySelector('.order-text')?.textContent).toBe(view.history[0]!.choiceText);
    expect(article.querySelector(`p[data-at="${view.newFrom}"]`)?.previousElementSibling).toBe(
      order,
    );
    view = p.choose(0);
    story.update(view, '');
    expect(article.querySelector('.order')).toBe(order);
    expect(article.querySelectorAll('.order')).toHaveLength(2);
  });

  it('folds the chapters before the current one into a line, opens one when asked, and rebuilds after a rewind', () => {
    const p = new Playthrough(campaign);
    const { story, toggled } = column();
    let view = p.start();
    while (!view.ended && view.history.length < 5) view = p.choose(0);
    const article = story.update(view, '--story-background: none');
    expect(article.getAttribute('style')).toBe('--story-background: none');
    const folded = article.querySelectorAll('section.chapter.folded');
    expect(folded.length).toBeGreaterThan(0);
    const line = folded[0]!.querySelector('button.fold')!;
    expect(line.getAttribute('aria-expanded')).toBe('false');
    expect(line.querySelector('.fold-summary')?.textContent).toMatch(
      /^\d+ paragraphs · \d+ choices? · show$/,
    );
    expect(folded[0]!.querySelector('p')).toBeNull();
    (line as HTMLButtonElement).click();
    expect(toggled).toEqual([true]);
    story.update(view, '');
    const opened = article.querySelector('section.chapter:not(.folded)')!;
    expect(opened.querySelector('h2 button.fold')?.getAttribute('aria-expanded')).toBe('true');
    expect(opened.querySelectorAll('p').length).toBeGreaterThan(0);

    const late = article.querySelector(`p[data-at="${view.newFrom}"]`);
    view = p.rewindTo(0);
    story.update(view, '');
    expect(late?.isConnected).toBe(false);
    expect(paragraphs(article)).toEqual(
      view.transcript.flatMap((t, i) => (t.text ? [[i, t.text]] : [])),
    );
    expect(article.querySelectorAll('.order')).toHaveLength(0);
  });

  it('shows a picture that failed to load as its placeholder once the player knows it is missing', () => {
    const p = new Playthrough(campaign);
    const missing = new Set<string>();
    const { story } = column(missing);
    let view = p.start();
    while (!view.transcript.some((t) => t.meta.image) && view.choices.length > 0) {
      view = p.choose(0);
    }
    const article = story.update(view, '');
    const img = article.querySelector('figure img');
    expect(img).not.toBeNull();
    // The player learns of a failure by the URL the picture was loaded from.
    missing.add(img!.getAttribute('src')!);
    story.update(view, '');
    expect(article.querySelector('figure img')).toBeNull();
    expect(article.querySelector('figure .image-missing')?.getAttribute('aria-label')).toBe(
      img!.getAttribute('alt'),
    );
  });
});
