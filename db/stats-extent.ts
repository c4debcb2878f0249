// The first and last stats day stored in each daily stats table, kept by triggers inside every write's
// transaction (migration 0010 holds the SQL this module prints: `tsx db/stats-extent.ts`). Queries
// read a window reaching past them from the monthly rollups alone (widenToMonths in aggregate.ts).
// Deleted rows never shrink the extent: it may be wider than the rows, which only reads more days.
import { STATS_ROLLUPS } from './stats-rollups';

export function extentStatements(base: string): string[] {
  const widen = `INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('${base}', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);`;
  return [
    `CREATE TRIGGER ${base}_extent_insert AFTER INSERT ON ${base} BEGIN\n  ${widen}\nEND;`,
    `CREATE TRIGGER ${base}_extent_update AFTER UPDATE OF date ON ${base} BEGIN\n  ${widen}\nEND;`,
    `INSERT INTO stats_extent (tbl, first_date, last_date) SELECT '${base}', min(date), max(date) FROM ${base} HAVING count(*) > 0;`,
  ];
}

if (process.argv[1]?.endsWith('stats-extent.ts')) {
  const create = `CREATE TABLE stats_extent (
  tbl text PRIMARY KEY,
  first_date text NOT NULL,
  last_date text NOT NULL
) WITHOUT ROWID;`;
  process.stdout.write([create, ...STATS_ROLLUPS.flatMap((r) => extentStatements(r.base))].join('\n--> statement-breakpoint\n') + '\n');
}
