// Daily stats are keyed by UTC date and published a day late, so a period's stats cover its
// calendar days up to the newest published one. A comparison must cover as many days: this week
// so far (Monday to Saturday) is set against Monday to Saturday of last week, never all of it.
import type { Db } from '../../open';
import type { Range } from '../period';
import type { DayRange, StatsDays } from '../types/audience';
import { addDays, dayCount } from '../../time/days';

const STATS_TABLES = new Set([
  'stats_audience',
  'stats_countries',
  'stats_hashtags',
  'stats_characters',
  'stats_plugins',
  'stats_stories',
  'stats_story_chapters',
  'stats_activity_hourly',
]);

export function dayRange(from: string, to: string): DayRange {
  return { from, to, days: dayCount(from, to) };
}

/**
 * The newest date a stats table holds (null when empty). The story chapter days are keyed by story,
 * date and chapter, with no date index: max(date) read every row (28 ms on the largest accounts), so
 * their newest day is each listed story's newest, one seek per story.
 */
export function lastStatsDate(db: Db, table: string): string | null {
  if (!STATS_TABLES.has(table)) throw new RangeError(`not a stats table: ${table}`);
  const sql =
    table === 'stats_story_chapters'
      ? 'SELECT max((SELECT max(date) FROM stats_story_chapters WHERE story_id = c.id)) FROM stories c'
      : `SELECT max(date) FROM ${table}`;
  return db.prepare(sql).pluck().get() as string | null;
}

/** The stats days of a period and of its comparison, cut to the same elapsed length. */
export function statsDays(current: Pick<Range, 'from' | 'to'>, previous: Pick<Range, 'from' | 'to'> | null, lastDate: string | null): StatsDays {
  if (lastDate === null || current.from > lastDate) return { current: null, previous: null, lastDate };
  const curTo = current.to < lastDate ? current.to : lastDate;
  const cur = dayRange(current.from, curTo);
  let prev: DayRange | null = null;
  if (previous) {
    // Cut only when the current period is unfinished: whole periods compare whole (Oct with Sep).
    const cutTo = curTo < current.to ? addDays(previous.from, cur.days - 1) : previous.to;
    const prevTo = cutTo < previous.to ? cutTo : previous.to;
    if (prevTo <= lastDate && previous.from <= prevTo) prev = dayRange(previous.from, prevTo);
    else if (previous.from <= lastDate) prev = dayRange(previous.from, lastDate);
  }
  return { current: cur, previous: prev, lastDate };
}

/** The `days` days ending on `to`, and the same number of days just before them. */
export function trailingWindows(to: string, days: number): { current: DayRange; previous: DayRange } {
  const from = addDays(to, -(days - 1));
  return { current: dayRange(from, to), previous: dayRange(addDays(from, -days), addDays(from, -1)) };
}
