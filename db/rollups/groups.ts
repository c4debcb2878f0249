// Every rollup, grouped by the table whose triggers keep it: the ledger's eight tables, and each daily
// stats table's month table and extent. A group knows its triggers (the row-by-row upkeep) and its
// set-based build (the whole of it from the stored rows), both generated from the same descriptions,
// so a build after a bulk load equals what the triggers would have made.
import { MONEY, moneyBuild, moneyDays, moneyFromDays, moneyTriggers } from './ledger-money';
import { SOURCES, sourceBuild, sourceTriggers } from './ledger-sources';
import { extentBuild, extentTriggers } from './stats-extent';
import { monthlyBuild, monthlyTable, monthlyTriggers, STATS_ROLLUPS } from './stats-monthly';

export interface RollupGroup {
  /** The table whose writes the triggers follow. */
  base: string;
  /** The tables (or rows of a table) it keeps, emptied by `clear` before a build. */
  tables: readonly string[];
  /** In the reporting zone (rollup_state), which a build is made in. */
  zoned: boolean;
  /** CREATE TRIGGER statements, as a migration that defines them holds them. */
  triggers: readonly string[];
  clear: readonly string[];
  build: readonly string[];
  /** The same build in two halves that can run at once: a query another connection reads while this
   *  one runs `meanwhile`, whose rows then fill `table`, and what follows from them (`then`). */
  beside?: { select: string; table: string; columns: readonly string[]; meanwhile: readonly string[]; then: readonly string[] };
}

const LEDGER: RollupGroup = {
  base: 'ledger',
  tables: [...MONEY.tables.map((t) => t.table), ...SOURCES.tables.map((t) => t.table)],
  zoned: true,
  triggers: [...moneyTriggers(), ...sourceTriggers()],
  // Source keys are never deleted: one with no rows left costs only an empty seek.
  clear: [...MONEY.tables, ...SOURCES.tables].map((t) => `DELETE FROM ${t.table};`),
  build: [...moneyBuild(), ...sourceBuild()],
  beside: { ...moneyDays(), meanwhile: sourceBuild(), then: moneyFromDays() },
};

const STATS: RollupGroup[] = STATS_ROLLUPS.map((r) => ({
  base: r.base,
  tables: [monthlyTable(r.base), 'stats_extent'],
  zoned: false,
  triggers: [...monthlyTriggers(r), ...extentTriggers(r.base)],
  clear: [`DELETE FROM ${monthlyTable(r.base)};`, `DELETE FROM stats_extent WHERE tbl = '${r.base}';`],
  build: [monthlyBuild(r), extentBuild(r.base)],
}));

export const ROLLUP_GROUPS: readonly RollupGroup[] = [LEDGER, ...STATS];

export function rollupGroup(base: string): RollupGroup | undefined {
  return ROLLUP_GROUPS.find((g) => g.base === base);
}

/** The name a CREATE TRIGGER statement gives its trigger. */
export function triggerName(statement: string): string {
  const match = /^CREATE TRIGGER (\w+)/.exec(statement);
  if (!match) throw new Error(`not a CREATE TRIGGER statement: ${statement.slice(0, 60)}`);
  return match[1];
}

/** SQL compared as text: whitespace runs as one space, no final semicolon. */
export function normalisedSql(sql: string): string {
  return sql.replace(/\s+/g, ' ').replace(/\s*;\s*$/, '').trim();
}
