import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import { compactCss, firstScreenBootSource } from '../../src/build/first-screen-plugin.ts';
import {
  canWriteAhead,
  escapeHtml,
  firstScreenHtml,
} from '../../src/components/ink-player/first-screen.ts';
import { Playthrough } from '../../src/engine/playthrough.ts';
import { compileFixture } from './compile-fixture.ts';

function firstScreenOf(json: string) {
  const playthrough = new Playthrough(json);
  const view = playthrough.start();
  const html = firstScreenHtml({ view, story: playthrough.session.globals, css: ':host{}' });
  return { html, view };
}

describe('the first screen written into the page', () => {
  it('is the campaign’s opening: its title, where it stands, every paragraph and every order', () => {
    const json = compileInk(fileURLToPath(new URL('../../story/main.ink', import.meta.url))).json;
    const { html, view } = firstScreenOf(json);
    expect(canWriteAhead(view)).toBe(true);
    expect(html.startsWith('<ink-player><template shadowrootmode="open">')).toBe(true);
    expect(html).toContain('<h1>Immortal is an Ample Word</h1>');
    expect(html).toContain(
      `<p class="where">${escapeHtml('I. Altun Shan · late November 1942')}</p>`,
    );
    for (const [at, p] of view.transcript.entries()) {
      if (p.text) expect(html).toContain(`data-at="${at}">${escapeHtml(p.text)}</p>`);
    }
    view.choices.forEach((c, i) => {
      expect(html).toContain(`data-first-order="${i}"`);
      expect(html).toContain(`<span class="text">${escapeHtml(c.text)}</span>`);
    });
    // The campaign has a timeline and stats: the panels' places are kept from the first paint.
    expect(html).toContain('<div class="above reserved">');
    expect(html).toContain('<aside class="aside reserved"');
  });

  it('never writes story text as markup: tags are dropped, script content too, the rest escaped', () => {
    const { html } = firstScreenOf(compileFixture('first-screen/hostile.ink'));
    const content = html.slice(html.indexOf('</style>'));
    expect(content).not.toMatch(/<(script|img|b|i|chips)\b/i);
    expect(content).not.toContain("alert('x')");
    expect(content).not.toContain('onerror');
    expect(content).toContain('<h1>Fish &amp; &lt;Chips&gt; &quot;Tonight&quot;</h1>');
    expect(content).toContain('Fish &amp; chips &quot;now&quot;, it&#39;s late.');
    expect(content).toContain('<span class="text">Order the &quot;special&quot;</span>');
    expect(content).toContain('<h2 id="choices-title">Say &quot;what&quot;?</h2>');
    // No timeline or stats declared: no place is kept for panels that will not come.
    expect(content).toContain('<div class="above"></div>');
  });

  it('is not written for a story whose first moment offers no order', () => {
    const json = compileFixture('first-screen/hostile.ink');
    const playthrough = new Playthrough(json);
    playthrough.start();
    expect(canWriteAhead(playthrough.choose(1))).toBe(false);
  });

  it('comes with a first script that names the story’s own autosave and no other', () => {
    const source = firstScreenBootSource('my-story');
    expect(source).toContain('"stavka:autosave:my-story"');
    expect(source).not.toContain('stavka-campaign');
    // It is a plain script: it parses, without module syntax.
    expect(() => new Function(source)).not.toThrow();
  });

  it('carries the player’s styles without comments or needless spaces, selectors kept whole', () => {
    const css = `
      /* The header. */
      header .where :focus-visible,
      .a > .b {
        margin: 0 auto;
        content: 'Picture not found';
      }
      @media (min-width: 1000px) {
        .layout { grid-template-columns: minmax(0, 1fr) 22rem; }
      }`;
    expect(compactCss(css)).toBe(
      "header .where :focus-visible, .a > .b{margin: 0 auto;content: 'Picture not found';}" +
        '@media (min-width: 1000px){.layout{grid-template-columns: minmax(0, 1fr) 22rem;}}',
    );
  });
});
