import { describe, expect, it } from 'vitest';
import { withoutIndentation } from '../../src/components/html.ts';

/** The static parts of a tagged template, as Lit receives them. */
const parts = (strings: TemplateStringsArray, ..._values: unknown[]) => strings;

describe('templates without their indentation', () => {
  it('drops line breaks and indents between tags, bindings and the template edges', () => {
    const strings = parts`
      <ul>
        <li>${1}</li>
        ${2}
      </ul>
    `;
    expect([...withoutIndentation(strings)]).toEqual(['<ul><li>', '</li>', '</ul>']);
  });

  it('keeps the space beside text and between two bindings, and any space without a line break', () => {
    const strings = parts`<p>Lost since ${'then'}:
      ${'names'}
      ${'more'} <b>x</b>
      and so</p>`;
    expect([...withoutIndentation(strings)]).toEqual([
      '<p>Lost since ',
      ':\n      ',
      '\n      ',
      ' <b>x</b>\n      and so</p>',
    ]);
  });

  it('gives Lit the same template strings array each time, with its raw twin', () => {
    const strings = parts`<div>
      <span></span>
    </div>`;
    const once = withoutIndentation(strings);
    expect(withoutIndentation(strings)).toBe(once);
    expect(Object.prototype.hasOwnProperty.call(once, 'raw')).toBe(true);
    expect([...once.raw]).toEqual([...once]);
    expect(Object.isFrozen(once)).toBe(true);
  });
});
