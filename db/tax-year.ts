// The tax year: its first day is a setting (MM-DD: 1 January by default; 6 April in the UK, 1 July in
// Australia). A tax year is named by the calendar year it starts in, and by both years when it spans
// two ("2026–27"). Pure date arithmetic on YYYY-MM-DD text, shared by the main process and the page.
import { addDays } from './time/days';
import { longDate } from './words/dates';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A valid first day, MM-DD, of every year (29 February is not one). */
export function isYearStart(text: string): boolean {
  const m = /^(\d\d)-(\d\d)$/.exec(text);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

export interface TaxYear {
  year: number;
  from: string;
  to: string;
  /** "2026", or "2026–27" for a year that spans two. */
  label: string;
}

export function taxYear(year: number, start: string): TaxYear {
  if (!isYearStart(start)) throw new RangeError(`"${start}" is not a first day of the tax year (MM-DD)`);
  const from = `${year}-${start}`;
  const to = addDays(`${year + 1}-${start}`, -1);
  return { year, from, to, label: start === '01-01' ? String(year) : `${year}–${String(year + 1).slice(2)}` };
}

/** The tax year a date falls in. */
export function taxYearOf(date: string, start: string): TaxYear {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= start ? taxYear(year, start) : taxYear(year - 1, start);
}



/** What a range is called: "tax year 2026–27 (6 April 2026 – 5 April 2027)" when it is one, else its days. */
export function rangeTitle(from: string, to: string, start: string): string {
  const days = `${longDate(from)} – ${longDate(to)}`;
  if (!isYearStart(start)) return days;
  const year = taxYear(Number(from.slice(0, 4)), start);
  return year.from === from && year.to === to ? `tax year ${year.label} (${days})` : days;
}

