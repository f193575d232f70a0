// @vitest-environment jsdom
import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { inlineMarkup } from '../../src/components/ink-player/inline-markup.ts';
import { sanitizeInline } from '../../src/components/ink-player/sanitize-inline.ts';

/** The sanitised markup parsed back, as the page would hold it. */
function parsed(text: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = sanitizeInline(text);
  return holder;
}

describe('inline markup', () => {
  it('keeps the allowed inline tags: b, i, em, strong, br and span with a class', () => {
    const html =
      'A <b>bold</b> <i>it</i> <em>em</em> <strong>st</strong><br><span class="whisper x">low</span>';
    expect(sanitizeInline(html)).toBe(html);
  });

  it('drops any other tag and keeps its words as text', () => {
    expect(sanitizeInline('Go <u>now</u>, <a href="https://x.example/">here</a>.')).toBe(
      'Go now, here.',
    );
    expect(parsed('<div><p>Block</p></div>').textContent).toBe('Block');
  });

  it('never lets a script, an event handler, a style or a URL through', () => {
    const hostile = [
      '<script>alert(1)</script>Hi',
      '<b onclick="alert(1)">Hi</b>',
      '<img src=x onerror="alert(1)">Hi',
      '<span class="a" style="background:url(javascript:alert(1))">Hi</span>',
      '<a href="javascript:alert(1)">Hi</a>',
      '<svg><script>alert(1)</script></svg>Hi',
      '<span id="x" data-x="1" aria-label="y" class="ok">Hi</span>',
      '<iframe src="/"></iframe>Hi',
    ];
    for (const text of hostile) {
      const holder = parsed(text);
      expect(holder.textContent, text).toBe('Hi');
      for (const el of holder.querySelectorAll('*')) {
        expect(['B', 'SPAN'], text).toContain(el.tagName);
        expect(
          [...el.attributes].map((a) => a.name),
          text,
        ).toEqual(el.tagName === 'SPAN' ? ['class'] : []);
      }
    }
  });

  it('shows a lone angle bracket as the character it is', () => {
    expect(parsed('3 < 4 and 5 > 2').textContent).toBe('3 < 4 and 5 > 2');
  });

  it('passes text without tags through untouched, as plain text', () => {
    expect(inlineMarkup('Plain & simple "text"')).toBe('Plain & simple "text"');
  });

  it('shows the words of text with markup at once and its markup once the sanitiser is loaded, never its raw tags', async () => {
    const holder = document.createElement('p');
    const text = 'A <b>bold</b> <script>alert(1)</script>order';
    const seen: string[] = [];
    for (let frame = 0; frame < 50 && !holder.querySelector('b'); frame++) {
      render(html`${inlineMarkup(text)}`, holder);
      seen.push(holder.textContent ?? '');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // Before the sanitiser's chunk is there, the same words take the text's place.
    expect(seen[0]).toBe('A bold order');
    expect(seen.length).toBeGreaterThan(1);
    expect(holder.querySelector('b')?.textContent).toBe('bold');
    expect(holder.textContent).toBe('A bold order');
    for (const shown of seen) expect(shown).not.toContain('<');
    expect(typeof inlineMarkup('<b>x</b>')).not.toBe('string');
  });
});
