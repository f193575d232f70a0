import { describe, expect, it } from 'vitest';
import {
  timelineMonths,
  timelinePosition as positionIn,
  timelineSpan,
} from '../../src/components/campaign-timeline/timeline-position.ts';

/** The campaign's span, as story/main.ink declares it. */
const span = timelineSpan({ start: '1 November 1942', end: '31 May 1943' })!;
const timelinePosition = (date: string | null) => positionIn(date, span);

/** The position of a calendar day, computed independently of the parser. */
function dayAt(year: number, month: number, day: number): number {
  const start = Date.UTC(1942, 10, 1);
  return (Date.UTC(year, month, day) - start) / (Date.UTC(1943, 4, 31) - start);
}

describe('timelinePosition', () => {
  it('places the first and last days of the campaign at the ends', () => {
    expect(timelinePosition('1 November 1942')).toBe(0);
    expect(timelinePosition('31 May 1943')).toBe(1);
  });

  it('reads an exact day', () => {
    expect(timelinePosition('12 December 1942')).toBeCloseTo(dayAt(1942, 11, 12), 10);
    expect(timelinePosition('8 February 1943')).toBeCloseTo(dayAt(1943, 1, 8), 10);
    expect(timelinePosition('23rd April 1943')).toBeCloseTo(dayAt(1943, 3, 23), 10);
  });

  it('reads early, mid and late as parts of the month', () => {
    const early = timelinePosition('early February 1943');
    const mid = timelinePosition('mid-February 1943');
    const late = timelinePosition('late February 1943');
    expect(early).toBeCloseTo(dayAt(1943, 1, 5), 10);
    expect(mid).toBeCloseTo(dayAt(1943, 1, 15), 10);
    expect(late).toBeCloseTo(dayAt(1943, 1, 25), 10);
    expect(timelinePosition('late November 1942')).toBeCloseTo(dayAt(1942, 10, 25), 10);
  });

  it('takes a month alone as its first day', () => {
    expect(timelinePosition('December 1942')).toBeCloseTo(dayAt(1942, 11, 1), 10);
    expect(timelinePosition('May 1943')).toBeCloseTo(dayAt(1943, 4, 1), 10);
  });

  it('takes the first date of a range', () => {
    expect(timelinePosition('January – February 1943')).toBeCloseTo(dayAt(1943, 0, 1), 10);
    expect(timelinePosition('8–18 February 1943')).toBeCloseTo(dayAt(1943, 1, 8), 10);
    expect(timelinePosition('late Jan - early Feb 1943')).toBeCloseTo(dayAt(1943, 0, 25), 10);
  });

  it('gives a range that crosses the new year the earlier year', () => {
    expect(timelinePosition('December – early February 1943')).toBeCloseTo(dayAt(1942, 11, 1), 10);
  });

  it('reads abbreviated months and dates without a year inside the campaign', () => {
    expect(timelinePosition('18 Jan 1943')).toBeCloseTo(dayAt(1943, 0, 18), 10);
    expect(timelinePosition('early Dec')).toBeCloseTo(dayAt(1942, 11, 5), 10);
    expect(timelinePosition('April')).toBeCloseTo(dayAt(1943, 3, 1), 10);
  });

  it('keeps dates in order along the campaign', () => {
    const dates = [
      'late November 1942',
      'early December 1942',
      '12 December 1942',
      '18 January 1943',
      'early February 1943',
      '8 February 1943',
      'late March 1943',
      '8 April 1943',
      '23 April 1943',
      'May 1943',
    ];
    const positions = dates.map((d) => timelinePosition(d));
    expect(positions.every((p) => p !== null && p >= 0 && p <= 1)).toBe(true);
    expect([...positions].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(positions);
  });

  it('returns null for a date it cannot read or one outside the campaign', () => {
    expect(timelinePosition(null)).toBeNull();
    expect(timelinePosition('')).toBeNull();
    expect(timelinePosition('The next morning')).toBeNull();
    expect(timelinePosition('Spring')).toBeNull();
    expect(timelinePosition('June 1943')).toBeNull();
    expect(timelinePosition('12 December 1941')).toBeNull();
    expect(timelinePosition('July')).toBeNull();
  });
});

describe('timelineMonths', () => {
  it('ticks every month from November 1942 to May 1943', () => {
    const months = timelineMonths(span);
    expect(months.map((m) => `${m.month} ${m.year}`)).toEqual([
      'November 1942',
      'December 1942',
      'January 1943',
      'February 1943',
      'March 1943',
      'April 1943',
      'May 1943',
    ]);
    expect(months[0]?.at).toBe(0);
    expect(months.at(-1)?.at).toBeLessThan(1);
  });

  it('follows whatever span another story declares', () => {
    const spring = timelineSpan({ start: '10 March 1850', end: '30 June 1850' })!;
    expect(timelineMonths(spring).map((m) => m.month)).toEqual(['March', 'April', 'May', 'June']);
    expect(timelineMonths(spring)[0]?.at).toBe(0);
    expect(positionIn('10 March 1850', spring)).toBe(0);
    expect(positionIn('late April', spring)).toBeGreaterThan(0.3);
    expect(positionIn('12 December 1942', spring)).toBeNull();
  });

  it('has no span for a story that declares none, or one it cannot read', () => {
    expect(timelineSpan(null)).toBeNull();
    expect(timelineSpan({ start: 'spring', end: 'autumn' })).toBeNull();
  });
});
