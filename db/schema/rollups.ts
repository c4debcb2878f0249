import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Totals kept by triggers on the ledger (migration 0002), inside the same transaction as every
// write, so dashboards read a few thousand rows instead of millions. Days and months are calendar
// days in rollup_state.zone; queries use them only when that zone is the reporting zone.

export const ledgerTotals = sqliteTable(
  'ledger_totals',
  {
    currency: text('currency').notNull(),
    stream: text('stream').notNull(),
    status: text('status').notNull(),
    rows: integer('rows').notNull(),
    gross: integer('gross').notNull(),
    fee: integer('fee').notNull(),
    net: integer('net').notNull(),
  },
  (t) => [primaryKey({ columns: [t.currency, t.stream, t.status] })],
);

export const ledgerDaily = sqliteTable(
  'ledger_daily',
  {
    day: text('day').notNull(),
    currency: text('currency').notNull(),
    stream: text('stream').notNull(),
    status: text('status').notNull(),
    rows: integer('rows').notNull(),
    gross: integer('gross').notNull(),
    fee: integer('fee').notNull(),
    net: integer('net').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.currency, t.stream, t.status] })],
);

// Earned money per character or plugin by local day, month and quarter (ledger_source_daily, _monthly,
// _quarterly, keyed by ledger_source_keys) is defined in migration 0008: WITHOUT ROWID tables, which
// drizzle cannot express.

/** The zone the day and month rollups are bucketed in (one row, id = 1). */
export const rollupState = sqliteTable('rollup_state', {
  id: integer('id').primaryKey(),
  zone: text('zone').notNull(),
});
