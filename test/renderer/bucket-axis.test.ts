import { describe, expect, it } from 'vitest';
import { bucketEnd } from '../../db/time/buckets';
import { bucketAxis, monthAxis } from '../../renderer/charts/bucket-axis';

describe('a chart’s axis over a period’s buckets', () => {
  it('starts "This year" on its first day, not on the Monday before it, and says it is partial', () => {
    // 1 January 2026 is a Thursday: its week starts on 29 December 2025.
    const axis = bucketAxis(['2025-12-29', '2026-01-05', '2026-11-30'], 'week', { from: '2026-01-01', to: '2026-12-06', partial: true });
    expect(axis.labels).toEqual(['1 Jan', '5 Jan', '30 Nov (to date)']);
    expect(axis.partial).toEqual([0, 2]);
  });

  it('shows the years when the period spans them', () => {
    const axis = bucketAxis(['2025-12-29', '2026-01-05'], 'week', { from: '2025-12-29', to: '2026-01-11', partial: false });
    expect(axis.labels).toEqual(['29 Dec 2025', '5 Jan 2026']);
    expect(axis.partial).toEqual([]);
    expect(bucketAxis(['2024-11-01', '2026-12-01'], 'month', { from: '2024-11-01', to: '2026-12-31', partial: false }).labels).toEqual(['Nov 2024', 'Dec 2026']);
  });

  it('marks a month cut by the period’s end, and this month so far', () => {
    const custom = bucketAxis(['2026-10-01', '2026-11-01'], 'month', { from: '2026-10-10', to: '2026-11-20', partial: false });
    expect(custom.labels).toEqual(['Oct 2026 from 10 Oct', 'Nov 2026 (to 20 Nov)']);
    expect(custom.partial).toEqual([0, 1]);
    const today = bucketAxis(['2026-12-06'], 'day', { from: '2026-12-06', to: '2026-12-06', partial: true });
    expect(today).toMatchObject({ labels: ['6 Dec (to date)'], partial: [0] });
    const whole = bucketAxis(['2026-11-30', '2026-12-01'], 'day', { from: '2026-11-30', to: '2026-12-01', partial: false });
    expect(whole).toMatchObject({ labels: ['30 Nov', '1 Dec'], partial: [] });
  });

  it('knows where each bucket ends', () => {
    expect([bucketEnd('2026-02-01', 'month'), bucketEnd('2024-02-01', 'month'), bucketEnd('2026-11-30', 'week'), bucketEnd('2026-11-30', 'day')]).toEqual(['2026-02-28', '2024-02-29', '2026-12-06', '2026-11-30']);
  });

  it('marks the month still running in a monthly trend, and a month the period cuts short', () => {
    expect(monthAxis(['2026-10', '2026-11', '2026-12'], { to: '2026-12-06', partial: true })).toMatchObject({ labels: ['Oct 2026', 'Nov 2026', 'Dec 2026 (to date)'], partial: [2] });
    expect(monthAxis(['2026-10', '2026-11'], { to: '2026-11-20', partial: false })).toMatchObject({ labels: ['Oct 2026', 'Nov 2026 (to 20 Nov)'], partial: [1] });
    expect(monthAxis(['2026-10', '2026-11'], { to: '2026-11-30', partial: false })).toMatchObject({ labels: ['Oct 2026', 'Nov 2026'], partial: [] });
  });

  it('gives the days behind the buckets, which event markers are placed by', () => {
    expect(monthAxis(['2026-10', '2026-11'], { to: '2026-11-20', partial: false })).toMatchObject({
      timeline: { buckets: ['2026-10-01', '2026-11-01'], granularity: 'month', from: '2026-10-01', to: '2026-11-20' },
    });
    expect(bucketAxis(['2025-12-29', '2026-01-05'], 'week', { from: '2026-01-01', to: '2026-01-11', partial: false }).timeline).toEqual({
      buckets: ['2025-12-29', '2026-01-05'],
      granularity: 'week',
      from: '2026-01-01',
      to: '2026-01-11',
    });
  });
});
