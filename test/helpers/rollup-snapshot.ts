// Every rollup's contents, comparable across two databases: rows that count something, source tables
// by their keys' values (the integer keys are numbered in the order each file met them), sorted.
import type { Db } from '../../db/open';
import { normalisedSql, ROLLUP_GROUPS, triggerName } from '../../db/rollups';
import { monthlyTable, STATS_ROLLUPS } from '../../db/rollups/stats-monthly';

const rowsOf = (db: Db, sql: string) => (db.prepare(sql).all() as object[]).map((r) => JSON.stringify(r)).sort();

export function rollupSnapshot(db: Db): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of ['ledger_totals', 'ledger_daily', 'ledger_weekly', 'ledger_monthly'])
    out[table] = rowsOf(db, `SELECT * FROM ${table} WHERE rows <> 0 OR gross <> 0 OR fee <> 0 OR net <> 0`);
  for (const [table, unit] of [['ledger_source_daily', 'day'], ['ledger_source_monthly', 'month'], ['ledger_source_quarterly', 'quarter']])
    out[table] = rowsOf(db, `SELECT k.source_type, k.source_id, k.currency, k.stream, t.${unit} AS unit, t.rows, t.net FROM ${table} t JOIN ledger_source_keys k USING (k)`);
  for (const r of STATS_ROLLUPS) out[monthlyTable(r.base)] = rowsOf(db, `SELECT * FROM ${monthlyTable(r.base)}`);
  out.stats_extent = rowsOf(db, 'SELECT * FROM stats_extent');
  return out;
}

/** The rollup triggers the file holds, by name, as normalised SQL. */
export function rollupTriggers(db: Db): Map<string, string> {
  const bases = ROLLUP_GROUPS.map((g) => g.base);
  const rows = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (${bases.map(() => '?').join(', ')})`).all(...bases) as { name: string; sql: string }[];
  return new Map(rows.map((r) => [r.name, normalisedSql(r.sql)]));
}

/** The rollup triggers the code makes. */
export function codeTriggers(): Map<string, string> {
  return new Map(ROLLUP_GROUPS.flatMap((g) => g.triggers.map((t) => [triggerName(t), normalisedSql(t)] as const)));
}
