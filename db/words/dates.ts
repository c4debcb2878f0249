// How days, months and instants read, on the pages, in the review and insight sentences and in the
// display columns of exports alike. Days are 'YYYY-MM-DD' strings of the reporting timezone's calendar,
// formatted in UTC so the text never depends on the machine's zone; the locale is fixed for the same
// reason.
import { weekdayOf } from '../time/days';

// Building an Intl.DateTimeFormat costs far more than formatting with one (it was most of the time the
// Earnings page took to render its tables): one formatter per set of options, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(opts);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat('en-GB', opts)));
  return f;
}

const fmt = (d: string, opts: Intl.DateTimeFormatOptions) => formatter({ ...opts, timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "21 Nov 2026". */
export function dateLabel(day: string): string {
  return fmt(day, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "21 Nov", or "21 Nov 2026" with the year. */
export function shortDayLabel(day: string, withYear: boolean): string {
  return fmt(day, { day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined });
}

/** Chart labels for bucket starts: "3 Nov" for days and weeks, "Nov 2026" for months. */
export function bucketLabel(bucket: string, granularity: 'day' | 'week' | 'month'): string {
  if (granularity === 'month') return fmt(bucket, { month: 'short', year: 'numeric' });
  return fmt(bucket, { day: 'numeric', month: 'short' });
}

/** "2026-12" → "Dec 26", for narrow month columns. */
export function monthLabel(month: string): string {
  return fmt(`${month}-01`, { month: 'short', year: '2-digit' });
}

/** "2026-12" → "December 2026". */
export function monthName(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** "25 Oct – 21 Nov 2026", "30 Dec 2025 – 2 Jan 2026", "21 Nov 2026": the days a figure covers. */
export function rangeLabel(r: { from: string; to: string }): string {
  if (r.from === r.to) return dateLabel(r.from);
  return `${shortDayLabel(r.from, r.from.slice(0, 4) !== r.to.slice(0, 4))} – ${dateLabel(r.to)}`;
}

/** "2026-11-20" → "20 November 2026". */
export function longDate(day: string): string {
  const [year, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** "04-06" (a day of every year, MM-DD) → "6 April". */
export function dayMonth(monthDay: string): string {
  const [m, d] = monthDay.split('-').map(Number);
  return `${d} ${MONTHS[m - 1] ?? m}`;
}

/** A span of days as people say it: "1–20 November", "28 October – 3 November", "30 December 2025 – 2 January 2026". */
export function dayRangeText(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-');
  const [ty, tm, td] = to.split('-');
  const month = (m: string) => MONTHS[Number(m) - 1] ?? m;
  if (from === to) return `${Number(fd)} ${month(fm)}`;
  if (fy !== ty) return `${longDate(from)} – ${longDate(to)}`;
  if (fm !== tm) return `${Number(fd)} ${month(fm)} – ${Number(td)} ${month(tm)}`;
  return `${Number(fd)}–${Number(td)} ${month(tm)}`;
}

/** "Friday 1 January", or "Friday 1 January 2027" with the year: a day someone plans around. */
export function weekdayDayText(day: string, withYear = false): string {
  const [year, m, d] = day.split('-');
  return `${WEEKDAYS[weekdayOf(day)]} ${Number(d)} ${MONTHS[Number(m) - 1] ?? m}${withYear ? ` ${year}` : ''}`;
}

/** An instant in a timezone: "21 Nov 2026, 14:05". */
export function instantLabel(iso: string, timeZone: string): string {
  return formatter({ dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** "just now", "5 min ago", "3 h ago", "2 days ago": how long ago an instant was. */
export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

/** The calendar day 'YYYY-MM-DD' an instant falls on in a timezone (where the timeline puts an event). */
export function dayIn(iso: string, timeZone: string): string {
  const parts = formatter({ year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
