// The first and last stats day stored in each daily stats table, kept by triggers inside every write's
// transaction (migration 0010 holds the SQL this module prints: `tsx db/stats-extent.ts`). A window
// that reaches past them lies on whole months of what is stored, so it is read from the monthly
// rollups alone: "this month" through the last synced day is one row per item, not one per day.
// Deleted rows never shrink the extent: it may be wider than the rows, which only reads more days.
import type { Db } from './open';
import { STATS_ROLLUPS } from './stats-rollups';
import type { DayWindow } from './queries/content/aggregate';

export function extentStatements(base: string): string[] {
  const widen = (row: 'NEW') => `INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('${base}', ${row}.date, ${row}.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);`;
  return [
    `CREATE TRIGGER ${base}_extent_insert AFTER INSERT ON ${base} BEGIN\n  ${widen('NEW')}\nEND;`,
    `CREATE TRIGGER ${base}_extent_update AFTER UPDATE OF date ON ${base} BEGIN\n  ${widen('NEW')}\nEND;`,
    `INSERT INTO stats_extent (tbl, first_date, last_date) SELECT '${base}', min(date), max(date) FROM ${base} HAVING count(*) > 0;`,
  ];
}

export function statsExtent(db: Db, table: string): { first: string; last: string } | null {
  return (db.prepare('SELECT first_date AS first, last_date AS last FROM stats_extent WHERE tbl = ?').get(table) as { first: string; last: string } | undefined) ?? null;
}

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

function monthEnd(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return `${date.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * The window with either end moved to its month's edge where no stored day lies between: the same
 * rows, so the same sums, day counts and last days, and more of it on whole months.
 */
export function widenToMonths(db: Db, table: string, w: DayWindow): DayWindow {
  const extent = statsExtent(db, table);
  if (!extent) return w;
  return { from: w.from <= extent.first ? monthStart(w.from) : w.from, to: w.to >= extent.last ? monthEnd(w.to) : w.to };
}

if (process.argv[1]?.endsWith('stats-extent.ts')) {
  const create = `CREATE TABLE stats_extent (
  tbl text PRIMARY KEY,
  first_date text NOT NULL,
  last_date text NOT NULL
) WITHOUT ROWID;`;
  process.stdout.write([create, ...STATS_ROLLUPS.flatMap((r) => extentStatements(r.base))].join('\n--> statement-breakpoint\n') + '\n');
}
