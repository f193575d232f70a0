import { describe, expect, it } from 'vitest';
import type { StatValue } from '../../src/engine/stats.ts';
import { ownerOf, regionsFromStats } from '../../src/components/theatre-map/regions.ts';

const list = (variable: string, value: string[]): StatValue => ({
  variable,
  label: variable,
  kind: 'list',
  value,
});
const losses: StatValue = { variable: 'losses', label: 'Losses', kind: 'number', value: 38 };

describe('regionsFromStats', () => {
  it('reads each power’s holdings from its LIST stat', () => {
    const stats = [
      losses,
      list('soviet_held', ['di_hua', 'west_sinkiang', 'far_east']),
      list('british_held', ['india', 'north_burma']),
      list('japanese_held', ['east_sinkiang', 'altun_shan']),
    ];
    expect(regionsFromStats(stats)).toEqual({
      soviet: ['di_hua', 'west_sinkiang', 'far_east'],
      british: ['india', 'north_burma'],
      japanese: ['east_sinkiang', 'altun_shan'],
    });
  });

  it('treats a power whose stat is not declared as holding nothing', () => {
    expect(regionsFromStats([list('soviet_held', ['di_hua'])])).toEqual({
      soviet: ['di_hua'],
      british: [],
      japanese: [],
    });
  });

  it('returns null for a story without region stats', () => {
    expect(regionsFromStats([])).toBeNull();
    expect(regionsFromStats([losses])).toBeNull();
  });

  it('ignores a stat of that name that is not a LIST', () => {
    const missing: StatValue = {
      variable: 'soviet_held',
      label: 'Held',
      kind: 'missing',
      value: null,
    };
    expect(regionsFromStats([missing])).toBeNull();
  });
});

describe('ownerOf', () => {
  const held = { soviet: ['di_hua'], british: ['india'], japanese: ['korea'] };

  it('names the power holding a region, or neutral', () => {
    expect(ownerOf('di_hua', held)).toBe('soviet');
    expect(ownerOf('india', held)).toBe('british');
    expect(ownerOf('korea', held)).toBe('japanese');
    expect(ownerOf('tibet', held)).toBe('neutral');
  });
});
