import { describe, expect, it } from 'vitest';
import { localDate, startOfLocalDay } from '../../db/queries/timezone';
import {
  addDays,
  addMonths,
  civilDate,
  dayCount,
  daysBetween,
  daysInMonth,
  daysOf,
  endOfMonth,
  isIsoDate,
  utcDay,
  utcMidnight,
  weekdayOf,
} from '../../db/time/days';

const HOUR = 3_600_000;

describe('calendar days', () => {
  it('steps over month ends and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-04-30', 1)).toBe('2026-05-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-11-23', 0)).toBe('2026-11-23');
    expect(addDays('2026-11-23', -365)).toBe('2025-11-23');
    expect(addDays('2026-03-01', 30)).toBe('2026-03-31');
  });

  it('knows leap days: every 4th year, not every 100th, every 400th', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect([daysInMonth('2024-02'), daysInMonth('2026-02'), daysInMonth('2100-02'), daysInMonth('2000-02')]).toEqual([29, 28, 28, 29]);
    expect([endOfMonth('2024-02'), endOfMonth('2026-04'), endOfMonth('2026-12')]).toEqual(['2024-02-29', '2026-04-30', '2026-12-31']);
    expect(dayCount('2024-01-01', '2024-12-31')).toBe(366);
    expect(dayCount('2026-01-01', '2026-12-31')).toBe(365);
  });

  it('counts days between dates and within a range', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(dayCount('2026-11-01', '2026-11-30')).toBe(30);
    expect(dayCount('2026-11-23', '2026-11-23')).toBe(1);
    expect(dayCount('2025-12-30', '2026-01-02')).toBe(4);
  });

  it('lists a range’s days, across a leap day and a new year', () => {
    expect(daysOf({ from: '2024-02-27', to: '2024-03-01' })).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(daysOf({ from: '2026-12-30', to: '2027-01-02' })).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(daysOf({ from: '2026-11-23', to: '2026-11-22' })).toEqual([]);
  });

  it('names weekdays from Monday', () => {
    // 1 January 1970 was a Thursday, 23 November 2026 a Monday, 1 January 2027 a Friday.
    expect([weekdayOf('1970-01-01'), weekdayOf('1969-12-29'), weekdayOf('2026-11-23'), weekdayOf('2026-11-29'), weekdayOf('2027-01-01')]).toEqual([3, 0, 0, 6, 4]);
  });

  it('turns day numbers and instants into dates', () => {
    expect(civilDate(0)).toBe('1970-01-01');
    // 54 years of 365 days and 13 leap days (1972 … 2020) after 1970.
    expect(civilDate(54 * 365 + 13)).toBe('2024-01-01');
    expect(civilDate(-1)).toBe('1969-12-31');
    expect(utcDay(Date.UTC(2026, 10, 23, 23, 59, 59, 999))).toBe('2026-11-23');
    expect(utcDay(Date.UTC(2026, 10, 24))).toBe('2026-11-24');
    expect(utcDay(-1)).toBe('1969-12-31');
    expect(utcMidnight('2026-11-23')).toBe(Date.UTC(2026, 10, 23));
  });

  it('steps months, over year ends both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
    expect(addMonths('2026-11', 0)).toBe('2026-11');
    expect(addMonths('2026-11', 25)).toBe('2028-12');
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(['2024-02-29', '2026-12-31', '2000-01-01'].map(isIsoDate)).toEqual([true, true, true]);
    // Date.parse reads 2026-02-30 as 2 March: not a date here.
    expect(['2026-02-30', '2023-02-29', '2026-13-01', '2026-1-01', '2026-11-23T00:00', '', 'today'].map(isIsoDate)).toEqual([false, false, false, false, false, false, false]);
    expect(() => addDays('2026-11', 1)).not.toThrow(); // a month is its first day
    expect(() => addDays('not a date', 1)).toThrow(RangeError);
  });
});

describe('calendar days of a zone across DST changes', () => {
  // São Paulo kept DST until 2019 and moved its clocks at midnight: on 4 November 2018 00:00 (UTC−3)
  // became 01:00 (UTC−2), so that day started at 01:00 and had 23 hours; on 17 February 2019 00:00
  // (UTC−2) went back to 23:00 of the 16th (UTC−3), which had 25.
  it('São Paulo 2018: the week of the clock change holds 7 days and 167 hours', () => {
    const zone = 'America/Sao_Paulo';
    expect(startOfLocalDay('2018-11-04', zone)).toBe(Date.UTC(2018, 10, 4, 3));
    expect(startOfLocalDay('2018-11-05', zone) - startOfLocalDay('2018-11-04', zone)).toBe(23 * HOUR);
    expect(startOfLocalDay('2018-11-05', zone) - startOfLocalDay('2018-10-29', zone)).toBe(167 * HOUR);
    expect(dayCount('2018-10-29', '2018-11-04')).toBe(7);
    // Every hour of the week falls on one of its 7 days, each day met.
    const seen = new Set<string>();
    for (let t = startOfLocalDay('2018-10-29', zone); t < startOfLocalDay('2018-11-05', zone); t += HOUR) seen.add(localDate(t, zone));
    expect([...seen]).toEqual(daysOf({ from: '2018-10-29', to: '2018-11-04' }));
  });

  it('São Paulo 2019: the week DST ended holds 169 hours', () => {
    const zone = 'America/Sao_Paulo';
    expect(startOfLocalDay('2019-02-17', zone) - startOfLocalDay('2019-02-16', zone)).toBe(25 * HOUR);
    expect(startOfLocalDay('2019-02-18', zone) - startOfLocalDay('2019-02-11', zone)).toBe(169 * HOUR);
    expect(localDate(Date.UTC(2019, 1, 17, 2, 30), zone)).toBe('2019-02-16'); // 23:30, the second time
  });

  it('Berlin 2026: the spring week is an hour short, the autumn week an hour long', () => {
    const zone = 'Europe/Berlin';
    // 29 March 2026 02:00 CET became 03:00 CEST; 25 October 2026 03:00 CEST became 02:00 CET.
    expect(startOfLocalDay('2026-03-30', zone) - startOfLocalDay('2026-03-23', zone)).toBe(167 * HOUR);
    expect(startOfLocalDay('2026-10-26', zone) - startOfLocalDay('2026-10-19', zone)).toBe(169 * HOUR);
    expect(startOfLocalDay('2026-03-29', zone)).toBe(Date.UTC(2026, 2, 28, 23));
    expect(startOfLocalDay('2026-03-30', zone)).toBe(Date.UTC(2026, 2, 29, 22));
    expect(dayCount('2026-03-23', '2026-03-29')).toBe(7);
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });
});
