import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
  /** When the platform last answered 404 for a collection it may not offer (the two newest stats
   *  collections on older platforms); null once a pass of it completes. Views say "not available" with it. */
  notOfferedAt: text('not_offered_at'),
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
    /** When the item was last ticked (null while unticked): a ticked move is an event on its item's
     *  timeline on that day, which editing the note afterwards must not move. */
    checkedAt: text('checked_at'),
  },
  (t) => [primaryKey({ columns: [t.periodKey, t.item] })],
);

/** The creator's own notes on the timeline: a day, a line of text and, optionally, the character,
 *  plugin or story it is about. Drawn as markers on the charts of the account and of that item. */
export const timelineNotes = sqliteTable(
  'timeline_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The calendar day 'YYYY-MM-DD' the note is on (the reporting timezone's, like every chart's day). */
    day: text('day').notNull(),
    text: text('text').notNull(),
    /** 'character' | 'plugin' | 'story', with item_id; both null for a note about the whole account. */
    itemKind: text('item_kind'),
    itemId: text('item_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('timeline_notes_day').on(t.day), index('timeline_notes_item').on(t.itemKind, t.itemId, t.day)],
);
