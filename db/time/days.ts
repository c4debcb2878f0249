// Calendar days written 'YYYY-MM-DD' (and months 'YYYY-MM'), with no time zone: the days of a period,
// stats dates, tax years. A day is reckoned as its UTC midnight, so every day is 86,400,000 ms long
// and stepping is integer arithmetic: a luxon step per day cost a thousand times more where a
// dashboard walks every day of five years. Pure: the renderer uses it too.

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 -> 'YYYY-MM-DD' (Howard Hinnant's civil_from_days). */
export function civilDate(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The instant a day starts in UTC (epoch ms); NaN for text that is no date. */
export function utcMidnight(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The UTC calendar date of an instant. */
export function utcDay(ms: number): string {
  return civilDate(Math.floor(ms / DAY_MS));
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = utcMidnight(text);
  // Date.parse takes 2026-02-30 for 2 March: only a date that reads back the same is real.
  return !Number.isNaN(ms) && utcDay(ms) === text;
}

/** The day `n` days after `day` (before it for a negative `n`). */
export function addDays(day: string, n: number): string {
  const ms = utcMidnight(day);
  if (Number.isNaN(ms)) throw new RangeError(`not a date YYYY-MM-DD: ${day}`);
  return utcDay(ms + n * DAY_MS);
}

/** How many days `to` is after `from` (negative when before): 2026-03-01 is 1 after 2026-02-28. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** How many days a range holds, both ends included: 2026-11-01 to 2026-11-30 holds 30. */
export function dayCount(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}

/** Days of a range, oldest first, both ends included. */
export function daysOf(r: { from: string; to: string }): string[] {
  const out: string[] = [];
  const first = Math.floor(utcMidnight(r.from) / DAY_MS);
  const last = Math.floor(utcMidnight(r.to) / DAY_MS);
  for (let d = first; d <= last; d++) out.push(civilDate(d));
  return out;
}

/** The day of the week, counted from Monday: 0 is Monday, 6 is Sunday. */
export function weekdayOf(day: string): number {
  // 1970-01-01 was a Thursday (3 from Monday).
  return (((Math.floor(utcMidnight(day) / DAY_MS) + 3) % 7) + 7) % 7;
}

/** How many days a month 'YYYY-MM' has: 29 in February 2028, 28 in February 2100. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The last day of a month 'YYYY-MM'. */
export function endOfMonth(month: string): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** The month 'YYYY-MM' that is `n` months after `month` (before it for a negative `n`). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const mm = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${mm < 10 ? '0' : ''}${mm}`;
}

/** Monday to Friday. Holidays are not known here: a business day is any weekday. */
export const isBusinessDay = (day: string): boolean => weekdayOf(day) < 5;

/** The day itself when it is a business day, else the Monday after it. */
export function businessDayOnOrAfter(day: string): string {
  const wd = weekdayOf(day);
  return wd < 5 ? day : addDays(day, 7 - wd);
}

/** The business day `n` (≥ 0) business days after `day`: 0 is the day itself, or the next business day when it is not one. */
export function addBusinessDays(day: string, n: number): string {
  let d = businessDayOnOrAfter(day);
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isBusinessDay(d)) left--;
  }
  return d;
}

/** Business days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function businessDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isBusinessDay(d)) n++;
  return n;
}
