// The calendar units the ledger rollups group by, as SQL over a local date ('YYYY-MM-DD'), and the
// local date of a ledger row in the rollups' zone. A trigger applies a unit to the row's local date;
// a rebuild applies the same unit to the day column of the finest rollup: one expression, two uses.

export type Unit = 'day' | 'week' | 'month' | 'quarter';

/** A week is named by its Monday, a month 'YYYY-MM', a quarter by its first month 'YYYY-MM'. */
export const UNIT: Record<Unit, (date: string) => string> = {
  day: (date) => date,
  week: (date) => `date(${date}, '-6 days', 'weekday 1')`,
  month: (date) => `substr(${date}, 1, 7)`,
  quarter: (date) => `printf('%s-%02d', substr(${date}, 1, 4), (CAST(substr(${date}, 6, 2) AS INTEGER) - 1) / 3 * 3 + 1)`,
};

/** A ledger row's local date in rollup_state's zone: `row` is 'NEW.', 'OLD.', a table alias with its dot, or ''. */
export function localDate(row: string): string {
  return `studio_local_date(${row}occurred_ms)`;
}
