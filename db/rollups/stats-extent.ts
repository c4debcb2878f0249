// The first and last stats day stored in each daily stats table, kept by triggers inside every write's
// transaction (migration 0010 holds the SQL printed by `npx tsx db/rollups/print.ts extent`). Queries
// read a window reaching past them from the monthly rollups alone (widenToMonths in aggregate.ts).
// Deleted rows never shrink the extent: it may be wider than the rows, which only reads more days.
import { STATS_ROLLUPS } from './stats-monthly';

export const EXTENT_TABLE = `CREATE TABLE stats_extent (
  tbl text PRIMARY KEY,
  first_date text NOT NULL,
  last_date text NOT NULL
) WITHOUT ROWID;`;

export function extentTriggers(base: string): string[] {
  const widen = `INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('${base}', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);`;
  return [
    `CREATE TRIGGER ${base}_extent_insert AFTER INSERT ON ${base} BEGIN\n  ${widen}\nEND;`,
    `CREATE TRIGGER ${base}_extent_update AFTER UPDATE OF date ON ${base} BEGIN\n  ${widen}\nEND;`,
  ];
}

/** The extent of the stored days (none for an empty table); the table's own row must be gone first. */
export function extentBuild(base: string): string {
  return `INSERT INTO stats_extent (tbl, first_date, last_date) SELECT '${base}', min(date), max(date) FROM ${base} HAVING count(*) > 0;`;
}

/** What migration 0010 holds: the table, then each stats table's triggers and fill. */
export function extentStatements(): string[] {
  return [EXTENT_TABLE, ...STATS_ROLLUPS.flatMap((r) => [...extentTriggers(r.base), extentBuild(r.base)])];
}
