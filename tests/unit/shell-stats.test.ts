import { describe, expect, it } from 'vitest';
import type { StatValue } from '../../src/engine/stats.ts';
import { humanise } from '../../src/engine/story-lists.ts';
import {
  formatAmount,
  formatValue,
  namerFrom,
  previousOf,
  statDelta,
  toneOf,
} from '../../src/components/stats-panel/stat-format.ts';

const num = (value: number, variable = 'losses'): StatValue => ({
  variable,
  label: 'Losses',
  kind: 'number',
  value,
});
const list = (value: string[]): StatValue => ({
  variable: 'soviet_held',
  label: 'Held by the USSR',
  kind: 'list',
  value,
});

describe('member names', () => {
  it('splits a LIST member on underscores and capitalises each word', () => {
    expect(humanise('di_hua')).toBe('Di Hua');
    expect(humanise('west_sinkiang')).toBe('West Sinkiang');
    expect(humanise('some_new_place')).toBe('Some New Place');
    expect(humanise('golmud')).toBe('Golmud');
  });

  it('uses the name the story gives a member, and makes the others readable', () => {
    const nameOf = namerFrom(new Map([['far_east', 'Soviet Far East']]));
    expect(nameOf('far_east')).toBe('Soviet Far East');
    expect(nameOf('di_hua')).toBe('Di Hua');
  });
});

describe('toneOf', () => {
  it('calls a change good or bad by the way the story says is good, not by its direction', () => {
    expect(toneOf('down', 'down')).toBe('good');
    expect(toneOf('up', 'down')).toBe('bad');
    expect(toneOf('up', 'up')).toBe('good');
    expect(toneOf('down', 'up')).toBe('bad');
    expect(toneOf('up', undefined)).toBe('neutral');
  });
});

describe('statDelta', () => {
  it('gives the signed change of a number', () => {
    expect(statDelta(num(33), num(38))).toEqual({ kind: 'number', amount: -5 });
    expect(statDelta(num(45), num(38))).toEqual({ kind: 'number', amount: 7 });
  });

  it('reports no change when there is nothing earlier or nothing moved', () => {
    expect(statDelta(num(38), null)).toEqual({ kind: 'none' });
    expect(statDelta(num(38), undefined)).toEqual({ kind: 'none' });
    expect(statDelta(num(38), num(38))).toEqual({ kind: 'none' });
    expect(statDelta(list(['di_hua']), list(['di_hua']))).toEqual({ kind: 'none' });
  });

  it('lists the members a LIST gained and lost', () => {
    expect(
      statDelta(list(['di_hua', 'altun_shan', 'golmud']), list(['di_hua', 'west_sinkiang'])),
    ).toEqual({ kind: 'list', added: ['altun_shan', 'golmud'], removed: ['west_sinkiang'] });
  });

  it('gives the old value of text and booleans that changed', () => {
    const text = (value: string): StatValue => ({
      variable: 'stance',
      label: 'Stance',
      kind: 'text',
      value,
    });
    expect(statDelta(text('hostile'), text('wary'))).toEqual({ kind: 'changed', from: 'wary' });
    expect(statDelta(text('wary'), text('wary'))).toEqual({ kind: 'none' });
  });

  it('compares nothing with a missing variable', () => {
    const missing: StatValue = {
      variable: 'losses',
      label: 'Losses',
      kind: 'missing',
      value: null,
    };
    expect(statDelta(num(3), missing)).toEqual({ kind: 'none' });
    expect(statDelta(missing, num(3))).toEqual({ kind: 'none' });
  });
});

describe('previousOf', () => {
  it('finds the earlier value of the same variable', () => {
    const earlier = [num(1, 'other'), num(38)];
    expect(previousOf(num(40), earlier)).toBe(earlier[1]);
    expect(previousOf(num(40), null)).toBeNull();
    expect(previousOf(num(40, 'absent'), earlier)).toBeNull();
  });
});

describe('formatting', () => {
  it('writes changes with an arrow as well as a number, not by colour alone', () => {
    expect(formatAmount(-5)).toBe('▼ 5');
    expect(formatAmount(12)).toBe('▲ 12');
  });

  it('writes values for reading', () => {
    expect(formatValue(['di_hua', 'far_east'])).toBe('Di Hua, Far East');
    const nameOf = namerFrom(new Map([['far_east', 'Soviet Far East']]));
    expect(formatValue(['di_hua', 'far_east'], nameOf)).toBe('Di Hua, Soviet Far East');
    expect(formatValue([])).toBe('None');
    expect(formatValue(true)).toBe('Yes');
    expect(formatValue(1200)).toBe('1,200');
    expect(formatValue(null)).toBe('—');
  });
});
