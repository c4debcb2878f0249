// The days a before/after comparison reads. Both windows hold whole weeks, so each holds every weekday
// equally often (a Saturday-heavy "after" is not mistaken for a change), and the event's own day is in
// neither: on that day the change was half made. Stats are UTC days published through the last synced
// one, so the after window is cut there; the before window is cut where the data starts, and says so.
// The windows of the same length before the event make the history its usual variation comes from.
import { addDays, daysBetween } from '../../time/days';
import { dateLabel } from '../../words/dates';
import type { DayRange } from '../types/audience';

/** Past windows whose changes make the usual variation: 12 changes between 13 consecutive windows. */
export const HISTORY_CHANGES = 12;

export interface ComparisonWindows {
  /** The length compared: the asked one, or fewer whole weeks where the after window has fewer published days. */
  length: number;
  before: DayRange | null;
  after: DayRange | null;
  /** Windows of `length` days ending the day before the event, newest first (the first is `before`),
   *  as far back as the data goes and at most HISTORY_CHANGES + 1; empty when `before` is short. */
  history: DayRange[];
  notes: string[];
}

const range = (from: string, days: number): DayRange => ({ from, to: addDays(from, days - 1), days });
const wholeWeeks = (days: number) => Math.floor(Math.max(0, days) / 7) * 7;
const daysWord = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/**
 * The windows around `day` for a comparison of `asked` days (a multiple of 7), on data that runs from
 * `extent.first` to `extent.last` (null: no data yet).
 */
export function comparisonWindows(day: string, asked: number, extent: { first: string; last: string } | null): ComparisonWindows {
  if (extent === null) return { length: asked, before: null, after: null, history: [], notes: ['No stats are synced for this yet.'] };
  const notes: string[] = [];
  const afterAvailable = daysBetween(day, extent.last);
  const beforeAvailable = daysBetween(extent.first, day);
  const a = wholeWeeks(Math.min(asked, afterAvailable));
  const length = a > 0 ? a : asked;
  const b = wholeWeeks(Math.min(length, beforeAvailable));
  if (a === 0)
    notes.push(
      afterAvailable <= 0
        ? `Too early to compare: stats are published through ${dateLabel(extent.last)}, and the after window starts the day after ${dateLabel(day)}.`
        : `Too early to compare: the after window needs a whole week of published stats, and there ${afterAvailable === 1 ? 'is' : 'are'} ${daysWord(afterAvailable)} so far (through ${dateLabel(extent.last)}).`,
    );
  else if (a < asked) notes.push(`The after window holds ${daysWord(a)}, not ${asked}: stats are published through ${dateLabel(extent.last)} (whole weeks, so both sides hold the same weekdays).`);
  if (b === 0)
    notes.push(
      beforeAvailable <= 0
        ? `Nothing before it to compare with: the data starts on ${dateLabel(extent.first)}.`
        : `Nothing before it to compare with: the data starts on ${dateLabel(extent.first)}, less than a whole week before.`,
    );
  else if (b < length) notes.push(`The before window holds ${daysWord(b)}, not ${length}: the data starts on ${dateLabel(extent.first)}.`);
  const history: DayRange[] = [];
  if (b === length)
    for (let j = 0; j <= HISTORY_CHANGES; j++) {
      const w = range(addDays(day, -(j + 1) * length), length);
      if (w.from < extent.first) break;
      history.push(w);
    }
  return {
    length,
    before: b > 0 ? range(addDays(day, -b), b) : null,
    after: a > 0 ? range(addDays(day, 1), a) : null,
    history,
    notes,
  };
}
