import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../db/queries/period';
import { daysOf } from '../../db/time/days';
import { localDateSql } from '../../db/queries/timezone';

const SP = 'America/Sao_Paulo'; // UTC-3 all year
const now = Date.parse('2026-11-22T12:00:00Z'); // 09:00 in São Paulo
const iso = (ms: number) => new Date(ms).toISOString();

describe('periods in the reporting timezone, compared fairly', () => {
  it('today so far against yesterday up to the same time', () => {
    const p = resolvePeriod({ preset: 'today' }, SP, now);
    expect(p.current).toMatchObject({ from: '2026-11-22', to: '2026-11-22', partial: true, days: 1 });
    expect(iso(p.current.startMs)).toBe('2026-11-22T03:00:00.000Z');
    expect(iso(p.current.endMs)).toBe('2026-11-22T12:00:00.000Z');
    expect(p.previous).toMatchObject({ from: '2026-11-21', to: '2026-11-21', partial: true });
    expect(iso(p.previous!.endMs)).toBe('2026-11-21T12:00:00.000Z');
  });

  it('this week is the last 7 days including today, against the 7 before up to the same weekday and hour', () => {
    const p = resolvePeriod({ preset: 'week' }, SP, now);
    expect(p.current).toMatchObject({ from: '2026-11-16', to: '2026-11-22', days: 7 });
    expect(p.previous).toMatchObject({ from: '2026-11-09', to: '2026-11-15' });
    expect(iso(p.previous!.endMs)).toBe('2026-11-15T12:00:00.000Z');
  });

  it('this month to date against the same days of last month', () => {
    const p = resolvePeriod({ preset: 'month' }, SP, now);
    expect(p.current).toMatchObject({ from: '2026-11-01', to: '2026-11-22', days: 22 });
    expect(p.previous).toMatchObject({ from: '2026-10-01', to: '2026-10-22' });
    expect(iso(p.previous!.startMs)).toBe('2026-10-01T03:00:00.000Z');
    expect(iso(p.previous!.endMs)).toBe('2026-10-22T12:00:00.000Z');
  });

  it('last month is whole and compares with the whole month before it', () => {
    const p = resolvePeriod({ preset: 'last_month' }, SP, now);
    expect(p.current).toMatchObject({ from: '2026-10-01', to: '2026-10-31', partial: false, days: 31 });
    expect(iso(p.current.endMs)).toBe('2026-11-01T03:00:00.000Z');
    expect(p.previous).toMatchObject({ from: '2026-09-01', to: '2026-09-30', partial: false, days: 30 });
  });

  it('this year to date against the same part of last year', () => {
    const p = resolvePeriod({ preset: 'year' }, SP, now);
    expect(p.current).toMatchObject({ from: '2026-01-01', to: '2026-11-22' });
    expect(p.previous).toMatchObject({ from: '2025-01-01', to: '2025-11-22' });
    expect(iso(p.previous!.endMs)).toBe('2025-11-22T12:00:00.000Z');
  });

  it('the 31st of a month compares with the last day of a shorter month', () => {
    const p = resolvePeriod({ preset: 'month' }, 'UTC', Date.parse('2026-03-31T12:00:00Z'));
    expect(p.previous).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('a custom range across a DST change has the right instants and length', () => {
    const p = resolvePeriod({ preset: 'custom', from: '2026-03-28', to: '2026-03-30' }, 'Europe/Berlin', now);
    expect(p.current).toMatchObject({ days: 3, partial: false });
    expect(iso(p.current.startMs)).toBe('2026-03-27T23:00:00.000Z');
    expect(iso(p.current.endMs)).toBe('2026-03-30T22:00:00.000Z');
    expect(p.previous).toMatchObject({ from: '2026-03-25', to: '2026-03-27' });
  });

  it('all time starts at the first day with data and has nothing to compare with', () => {
    const p = resolvePeriod({ preset: 'all' }, SP, now, '2024-11-23');
    expect(p.current.from).toBe('2024-11-23');
    expect(p.previous).toBeNull();
  });

  it('compares with any chosen range, or with nothing', () => {
    const p = resolvePeriod({ preset: 'month', compare: { from: '2025-11-01', to: '2025-11-30' } }, SP, now);
    expect(p.previous).toMatchObject({ from: '2025-11-01', to: '2025-11-30', days: 30 });
    expect(resolvePeriod({ preset: 'month', compare: 'none' }, SP, now).previous).toBeNull();
  });

  it('lists the days of a range', () => {
    expect(daysOf({ from: '2026-02-27', to: '2026-03-02' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});

describe('local dates in SQL', () => {
  it('buckets instants on both sides of midnight and of both DST changes into the right Berlin day', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (ms INTEGER)');
    const cases: [string, string][] = [
      ['2026-03-28T22:59:00Z', '2026-03-28'], // 23:59 CET
      ['2026-03-28T23:30:00Z', '2026-03-29'], // 00:30 CET, the DST day
      ['2026-03-29T21:59:00Z', '2026-03-29'], // 23:59 CEST
      ['2026-03-29T22:30:00Z', '2026-03-30'], // 00:30 CEST
      ['2026-10-24T22:30:00Z', '2026-10-25'], // 00:30 CEST
      ['2026-10-25T22:30:00Z', '2026-10-25'], // 23:30 CET, after the clocks went back
      ['2026-10-25T23:00:00Z', '2026-10-26'],
    ];
    const expr = localDateSql('ms', 'Europe/Berlin', Date.parse('2026-01-01T00:00:00Z'), Date.parse('2027-01-01T00:00:00Z'));
    const stmt = db.prepare(`SELECT ${expr.sql} AS d FROM (SELECT ? AS ms)`).pluck();
    for (const [instant, day] of cases) expect([instant, stmt.get(...expr.params, Date.parse(instant))]).toEqual([instant, day]);
    db.close();
  });

  describe('the comparisons people expect besides the period before', () => {
    // 2026-11-22 is a Sunday.
    const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

    it('same period last year: the same days a year earlier, an unfinished period up to the same instant', () => {
      const month = resolvePeriod({ preset: 'month', compare: 'last_year' }, SP, now);
      expect(month.previous).toMatchObject({ from: '2025-11-01', to: '2025-11-22', partial: true });
      expect(iso(month.previous!.endMs)).toBe('2025-11-22T12:00:00.000Z');
      const last = resolvePeriod({ preset: 'last_month', compare: 'last_year' }, SP, now);
      expect(last.previous).toMatchObject({ from: '2025-10-01', to: '2025-10-31', partial: false, days: 31 });
      const custom = resolvePeriod({ preset: 'custom', from: '2024-02-27', to: '2024-03-01', compare: 'last_year' }, 'UTC', now);
      expect(custom.previous).toMatchObject({ from: '2023-02-27', to: '2023-03-01', days: 3 });
      expect(resolvePeriod({ preset: 'all', compare: 'last_year' }, SP, now, '2025-01-01').previous).toBeNull();
    });

    it('same weekdays: as many whole weeks back as the period is long, every day on its own weekday', () => {
      const today = resolvePeriod({ preset: 'today', compare: 'weekday' }, SP, now);
      expect(today.previous).toMatchObject({ from: '2026-11-15', to: '2026-11-15', partial: true });
      expect(iso(today.previous!.endMs)).toBe('2026-11-15T12:00:00.000Z');
      const week = resolvePeriod({ preset: 'week', compare: 'weekday' }, SP, now);
      expect(week.previous).toMatchObject({ from: '2026-11-09', to: '2026-11-15' });
      // 22 days: four whole weeks (28 days) back; 31 days: five (35 days).
      const month = resolvePeriod({ preset: 'month', compare: 'weekday' }, SP, now);
      expect(month.previous).toMatchObject({ from: '2026-10-04', to: '2026-10-25', days: 22 });
      const last = resolvePeriod({ preset: 'last_month', compare: 'weekday' }, SP, now);
      expect(last.previous).toMatchObject({ from: '2026-08-27', to: '2026-09-26', days: 31 });
      for (const p of [today, week, month, last]) {
        expect(weekday(p.previous!.from)).toBe(weekday(p.current.from));
        expect(p.previous!.days).toBe(p.current.days);
      }
    });
  });
});
