// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { el, KeptNodes, placeChildren } from '../../src/components/dom.ts';

describe('plain DOM for the panels', () => {
  it('builds elements with text as text and leaves out empty attributes and children', () => {
    const li = el(
      'li',
      { class: 'new good', title: null, hidden: false, 'data-x': '1' },
      'a <b>',
      ' & c',
      null,
      el('span', {}, 'd'),
      false,
    );
    expect(li.outerHTML).toBe(
      '<li class="new good" data-x="1">a &lt;b&gt; &amp; c<span>d</span></li>',
    );
    // Neighbouring strings are one text node.
    expect(li.childNodes.length).toBe(2);
  });

  it('keeps a node while its signature is the same, builds it again when it changes, forgets the rest', () => {
    const kept = new KeptNodes<HTMLElement>();
    let built = 0;
    const update = (items: { id: string; text: string }[]) =>
      kept.update(
        items,
        (item) => item.id,
        (item) => item.text,
        (item) => {
          built++;
          return el('p', {}, item.text);
        },
      );
    const [a1, b1] = update([
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
    ]);
    const [a2, b2] = update([
      { id: 'a', text: 'one' },
      { id: 'b', text: 'three' },
    ]);
    expect(a2).toBe(a1);
    expect(b2).not.toBe(b1);
    expect(b2!.textContent).toBe('three');
    expect(built).toBe(3);
    update([{ id: 'b', text: 'three' }]);
    const [a3] = update([{ id: 'a', text: 'one' }]);
    expect(a3).not.toBe(a1);
    kept.clear();
    expect(update([{ id: 'a', text: 'one' }])[0]).not.toBe(a3);
  });

  it('places children in order, touching only those out of place', () => {
    const parent = el('div');
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((t) => el('p', {}, t));
    placeChildren(parent, [a!, b!, c!]);
    expect(parent.textContent).toBe('abc');
    const moved: Node[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((r) => moved.push(...r.addedNodes)),
    );
    observer.observe(parent, { childList: true });
    placeChildren(parent, [a!, b!, c!, d!]);
    placeChildren(parent, [a!, c!, d!]);
    return Promise.resolve().then(() => {
      observer.disconnect();
      expect(parent.textContent).toBe('acd');
      expect(moved).toEqual([d]);
    });
  });
});
