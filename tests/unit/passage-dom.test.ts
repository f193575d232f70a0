// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { passageFragment } from '../../src/components/ink-player/passage-dom.ts';
import type { Paragraph } from '../../src/engine/story-session.ts';
import { lineTags } from '../../src/engine/tags.ts';

function paragraph(text: string, tags: string[] = []): Paragraph {
  return { text, tags, meta: lineTags(tags) };
}

const missing = new Set<string>();
const reported: string[] = [];
const options = {
  resolve: (src: string) => (src.startsWith('http') ? null : `https://stavka.test/${src}`),
  isMissing: (src: string) => missing.has(src),
  onMissing: (src: string) => reported.push(src),
  onMarkupReady: () => undefined,
};

describe('a passage as DOM', () => {
  it('puts each paragraph in as text, numbered from where the passage starts, ready for focus', () => {
    const fragment = passageFragment(
      [
        paragraph('Zhukov & "the others" arrive.', ['class: report']),
        paragraph(''),
        paragraph('Snow.'),
      ],
      7,
      options,
    );
    const ps = [...fragment.querySelectorAll('p')];
    expect(ps.map((p) => [p.textContent, p.dataset.at, p.className, p.tabIndex])).toEqual([
      ['Zhukov & "the others" arrive.', '7', 'report', -1],
      ['Snow.', '9', '', -1],
    ]);
    expect(ps[0]?.children).toHaveLength(0);
  });

  it('shows a picture with its caption, a placeholder once it failed, and none from elsewhere', () => {
    const tags = ['image: pictures/tanks.svg = Light tanks = at the pass'];
    const [figure] = passageFragment([paragraph('', tags)], 0, options).querySelectorAll('figure');
    const img = figure?.querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://stavka.test/pictures/tanks.svg');
    expect(img?.alt).toBe(figure?.querySelector('figcaption')?.textContent);
    img?.dispatchEvent(new Event('error'));
    expect(reported).toEqual(['https://stavka.test/pictures/tanks.svg']);

    missing.add('https://stavka.test/pictures/tanks.svg');
    const again = passageFragment([paragraph('', tags)], 0, options);
    expect(again.querySelector('img')).toBeNull();
    const placeholder = again.querySelector('.image-missing');
    expect(placeholder?.getAttribute('role')).toBe('img');
    expect(placeholder?.getAttribute('aria-label')).toBe(img?.alt);

    const foreign = passageFragment(
      [paragraph('', ['image: https://elsewhere.test/x.png'])],
      0,
      options,
    );
    expect(foreign.childNodes).toHaveLength(0);
  });
});
