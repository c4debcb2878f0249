// UTC calendar arithmetic on integer "epoch days" (days since 1970-01-01) and epoch milliseconds.

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' -> epoch day; throws on anything that is not a real calendar date. */
export function parseDay(text: string): number {
  const m = DATE.exec(text);
  if (!m) throw new Error(`not a date YYYY-MM-DD: ${JSON.stringify(text)}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = ms / DAY_MS;
  if (dayString(day) !== text) throw new Error(`not a calendar date: ${text}`);
  return day;
}

/** Like parseDay, but null instead of throwing. */
export function tryParseDay(text: string): number | null {
  try {
    return parseDay(text);
  } catch {
    return null;
  }
}

export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function dayOfMs(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Months since year 0: year * 12 + (month - 1). */
export function monthOf(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Epoch day of the first day of month `month` (as returned by monthOf). */
export function monthStartDay(month: number): number {
  return Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;
}

/** 1..31 */
export function dayOfMonth(day: number): number {
  return new Date(day * DAY_MS).getUTCDate();
}

/** 'YYYY_MM' label of a month. */
export function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}_${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The current UTC date as 'YYYY-MM-DD'. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
