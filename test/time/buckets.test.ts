import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../db/queries/period';
import { localDate, startOfLocalDay } from '../../db/queries/timezone';
import { bucketEnd, bucketOf, bucketsOf, granularityFor } from '../../db/time/buckets';

const HOUR = 3_600_000;

describe('chart buckets', () => {
  it('names a day’s bucket by its first day', () => {
    // 26 November 2026 is a Thursday; its week starts on Monday the 23rd.
    expect(bucketOf('2026-11-26', 'day')).toBe('2026-11-26');
    expect(bucketOf('2026-11-26', 'week')).toBe('2026-11-23');
    expect(bucketOf('2026-11-23', 'week')).toBe('2026-11-23');
    expect(bucketOf('2026-11-29', 'week')).toBe('2026-11-23'); // Sunday
    expect(bucketOf('2026-11-26', 'month')).toBe('2026-11-01');
    expect(bucketOf('2026-11', 'month')).toBe('2026-11-01');
  });

  it('puts a new year’s first days in the week that began in December', () => {
    // 1 January 2027 is a Friday.
    expect(bucketOf('2027-01-01', 'week')).toBe('2026-12-28');
    expect(bucketOf('2027-01-03', 'week')).toBe('2026-12-28');
    expect(bucketOf('2027-01-04', 'week')).toBe('2027-01-04');
    expect(bucketsOf({ from: '2026-12-30', to: '2027-01-05' }, 'week')).toEqual(['2026-12-28', '2027-01-04']);
    expect(bucketsOf({ from: '2025-11-15', to: '2026-02-10' }, 'month')).toEqual(['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']);
  });

  it('holds a leap day in its week and its month', () => {
    // 26 February 2024 was a Monday.
    expect(bucketsOf({ from: '2024-02-26', to: '2024-03-03' }, 'week')).toEqual(['2024-02-26']);
    expect(bucketEnd('2024-02-26', 'week')).toBe('2024-03-03');
    expect(bucketOf('2024-02-29', 'month')).toBe('2024-02-01');
    expect(bucketEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(bucketEnd('2100-02-01', 'month')).toBe('2100-02-28');
    expect(bucketsOf({ from: '2024-02-28', to: '2024-03-01' }, 'day')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('knows where each bucket ends', () => {
    expect(bucketEnd('2026-11-30', 'day')).toBe('2026-11-30');
    expect(bucketEnd('2026-12-28', 'week')).toBe('2027-01-03');
    expect(bucketEnd('2026-12-01', 'month')).toBe('2026-12-31');
    expect(bucketEnd('2026-04-01', 'month')).toBe('2026-04-30');
  });

  it('chooses days up to 92, weeks up to 731, then months', () => {
    expect([1, 92, 93, 731, 732].map(granularityFor)).toEqual(['day', 'day', 'week', 'week', 'month']);
  });

  it('buckets every hour of a week that crossed a DST change into that one week', () => {
    // São Paulo (DST until 2019): 29 October – 4 November 2018, clocks forward at midnight on the 4th.
    // Berlin: 19–25 October 2026, clocks back on the 25th.
    for (const [zone, monday, nextMonday, hours] of [
      ['America/Sao_Paulo', '2018-10-29', '2018-11-05', 167],
      ['Europe/Berlin', '2026-10-19', '2026-10-26', 169],
    ] as const) {
      const start = startOfLocalDay(monday, zone);
      const stop = startOfLocalDay(nextMonday, zone);
      expect((stop - start) / HOUR).toBe(hours);
      const weeks = new Set<string>();
      for (let t = start; t < stop; t += HOUR) weeks.add(bucketOf(localDate(t, zone), 'week'));
      expect([...weeks]).toEqual([monday]);
      expect(bucketOf(localDate(stop, zone), 'week')).toBe(nextMonday);
    }
  });

  it('gives a custom week across a DST change its 7 days and its real length', () => {
    const now = Date.UTC(2026, 11, 1);
    const sp = resolvePeriod({ preset: 'custom', from: '2018-10-29', to: '2018-11-04', compare: 'none' }, 'America/Sao_Paulo', now).current;
    expect(sp).toMatchObject({ from: '2018-10-29', to: '2018-11-04', days: 7, startMs: Date.UTC(2018, 9, 29, 3), endMs: Date.UTC(2018, 10, 5, 2) });
    const berlin = resolvePeriod({ preset: 'custom', from: '2026-03-23', to: '2026-03-29' }, 'Europe/Berlin', now);
    expect(berlin.current).toMatchObject({ days: 7, startMs: Date.UTC(2026, 2, 22, 23), endMs: Date.UTC(2026, 2, 29, 22) });
    // The week before, also 7 days: 16–22 March, all in winter time.
    expect(berlin.previous).toMatchObject({ from: '2026-03-16', to: '2026-03-22', days: 7, startMs: Date.UTC(2026, 2, 15, 23), endMs: Date.UTC(2026, 2, 22, 23) });
    expect(bucketsOf(berlin.current, 'week')).toEqual(['2026-03-23']);
  });
});
