import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row per synced resource: where its incremental sync resumes. Written in the same
 *  transaction as the page it describes, so it is never ahead of the stored rows. */
export const syncState = sqliteTable('sync_state', {
  resource: text('resource').primaryKey(),
  /** Highest updated_at stored so far; the next sync asks for updated_since = this minus the overlap. */
  maxUpdatedAt: text('max_updated_at'),
  /** Cursor of the page after the last one stored, while a pass is unfinished; null once it finished. */
  cursor: text('cursor'),
  /** The updated_since the unfinished pass started with (the cursor belongs to that query). */
  passSince: text('pass_since'),
  /** Highest updated_at seen in the unfinished pass; becomes max_updated_at when the pass completes. */
  passMaxUpdatedAt: text('pass_max_updated_at'),
  /** The platform's clock (its Date header) when the unfinished pass began: a pass never moves the
   *  resume point past its own start, so a row committed late behind it is fetched by the next pass. */
  passStartedAt: text('pass_started_at'),
  lastCompletedAt: text('last_completed_at'),
  lastError: text('last_error'),
  rows: integer('rows').notNull().default(0),
});

/** A log of sync runs, for "last synced …" and the status bar. */
export const syncRuns = sqliteTable('sync_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  /** running | ok | partial | failed | cancelled */
  status: text('status').notNull(),
  rowsWritten: integer('rows_written').notNull().default(0),
  error: text('error'),
});

/** Local settings as JSON values (platform URL, timezone, thresholds, per-dashboard periods). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** The weekly/monthly review: a ticked item and a short note, per period. */
export const reviewNotes = sqliteTable(
  'review_notes',
  {
    periodKey: text('period_key').notNull(),
    item: text('item').notNull(),
    checked: integer('checked', { mode: 'boolean' }).notNull().default(false),
    note: text('note').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.periodKey, t.item] })],
);
