// The days a before/after comparison reads, worked out by hand: whole weeks on both sides of the event's
// day, the day itself in neither, cut at the last published day and at the first day of data.
import { describe, expect, it } from 'vitest';
import { comparisonWindows } from '../../db/queries/events/windows';
import { weekdayOf } from '../../db/time/days';

const weekdays = (r: { from: string; to: string }) => {
  const count = Array(7).fill(0);
  for (let d = new Date(`${r.from}T00:00:00Z`); d <= new Date(`${r.to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) count[weekdayOf(d.toISOString().slice(0, 10))]++;
  return count;
};

describe('before/after windows', () => {
  it('takes the asked number of days on each side, the event’s day in neither, and the same weekdays', () => {
    // 15 Apr 2026 is a Wednesday; data from 1 Jan to 31 May.
    const w = comparisonWindows('2026-04-15', 28, { first: '2026-01-01', last: '2026-05-31' });
    expect(w.before).toEqual({ from: '2026-03-18', to: '2026-04-14', days: 28 });
    expect(w.after).toEqual({ from: '2026-04-16', to: '2026-05-13', days: 28 });
    expect(weekdays(w.before!)).toEqual([4, 4, 4, 4, 4, 4, 4]);
    expect(weekdays(w.after!)).toEqual([4, 4, 4, 4, 4, 4, 4]);
    expect(w.notes).toEqual([]);
    // History: 28-day windows back from the event while they lie in the data: 18 Mar, 18 Feb, 21 Jan
    // (1 Jan to 20 Jan is too short for a fourth).
    expect(w.history).toEqual([
      { from: '2026-03-18', to: '2026-04-14', days: 28 },
      { from: '2026-02-18', to: '2026-03-17', days: 28 },
      { from: '2026-01-21', to: '2026-02-17', days: 28 },
    ]);
  });

  it('keeps at most 13 history windows (12 changes)', () => {
    const w = comparisonWindows('2026-04-15', 7, { first: '2025-01-01', last: '2026-05-31' });
    expect(w.history).toHaveLength(13);
    expect(w.history[12]).toEqual({ from: '2026-01-14', to: '2026-01-20', days: 7 });
  });

  it('near the start of the data, has a shorter before window in whole weeks and says so', () => {
    // Data from Sunday 5 Apr: 10 days before the event, so one whole week (8–14 Apr).
    const w = comparisonWindows('2026-04-15', 28, { first: '2026-04-05', last: '2026-05-31' });
    expect(w.before).toEqual({ from: '2026-04-08', to: '2026-04-14', days: 7 });
    expect(w.after).toEqual({ from: '2026-04-16', to: '2026-05-13', days: 28 });
    expect(w.history).toEqual([]);
    expect(w.notes).toEqual(['The before window holds 7 days, not 28: the data starts on 5 Apr 2026.']);
    const none = comparisonWindows('2026-04-15', 28, { first: '2026-04-10', last: '2026-05-31' });
    expect(none.before).toBeNull();
    expect(none.notes).toEqual(['Nothing before it to compare with: the data starts on 10 Apr 2026, less than a whole week before.']);
  });

  it('near the last published day, shortens both sides to the whole weeks published', () => {
    // Published through 31 May: 11 days after 20 May, so one whole week each side.
    const w = comparisonWindows('2026-05-20', 28, { first: '2026-01-01', last: '2026-05-31' });
    expect(w.length).toBe(7);
    expect(w.before).toEqual({ from: '2026-05-13', to: '2026-05-19', days: 7 });
    expect(w.after).toEqual({ from: '2026-05-21', to: '2026-05-27', days: 7 });
    expect(w.notes).toEqual(['The after window holds 7 days, not 28: stats are published through 31 May 2026 (whole weeks, so both sides hold the same weekdays).']);
    expect(w.history).toHaveLength(13);
  });

  it('says it is too early when less than a week is published after the day', () => {
    const w = comparisonWindows('2026-05-25', 28, { first: '2026-01-01', last: '2026-05-31' });
    expect(w.after).toBeNull();
    expect(w.before).toEqual({ from: '2026-04-27', to: '2026-05-24', days: 28 });
    expect(w.notes).toEqual(['Too early to compare: the after window needs a whole week of published stats, and there are 6 days so far (through 31 May 2026).']);
    expect(comparisonWindows('2026-06-02', 7, { first: '2026-01-01', last: '2026-05-31' }).notes[0]).toBe(
      'Too early to compare: stats are published through 31 May 2026, and the after window starts the day after 2 Jun 2026.',
    );
    expect(comparisonWindows('2026-05-20', 7, null)).toMatchObject({ before: null, after: null, notes: ['No stats are synced for this yet.'] });
  });
});
