import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The single creator profile (id is always the platform's creator id; one row). */
export const creator = sqliteTable('creator', {
  id: text('id').primaryKey(),
  handle: text('handle').notNull(),
  displayName: text('display_name').notNull(),
  timezone: text('timezone').notNull(),
  createdAt: text('created_at').notNull(),
  payoutSchedule: text('payout_schedule').notNull(),
  /** JSON: [{currency, amount_micros}] */
  payoutMinimum: text('payout_minimum').notNull(),
  fetchedAt: text('fetched_at').notNull(),
});

export const characters = sqliteTable('characters', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  /** JSON array of strings */
  tags: text('tags').notNull(),
  greetingUpdatedAt: text('greeting_updated_at'),
  /** The embed/API price a business pays per million tokens, as the newest version of the row says;
   *  null when the platform does not send one (older platforms). Micro-units of its currency. */
  embedPriceCurrency: text('embed_price_currency'),
  embedPriceMicros: integer('embed_price_micros'),
});

/** Every embed price a character had, from the versions of its row the sync has seen (a price change is a
 *  new version of the character row, with its updated_at): a row for each version whose price differs
 *  from the version before it, kept by triggers on `characters` (migration 0016), removed with the
 *  character's tombstone. */
export const characterEmbedPrices = sqliteTable(
  'character_embed_prices',
  {
    characterId: text('character_id').notNull(),
    /** The version's updated_at, as the platform sent it. */
    updatedAt: text('updated_at').notNull(),
    currency: text('currency').notNull(),
    perMillionMicros: integer('per_million_micros').notNull(),
  },
  (t) => [primaryKey({ columns: [t.characterId, t.updatedAt] })],
);

export const plugins = sqliteTable('plugins', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  tags: text('tags').notNull(),
});

export const stories = sqliteTable('stories', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  tags: text('tags').notNull(),
  /** JSON [{index, title}] */
  chapters: text('chapters').notNull(),
  /** JSON [{key, title}] */
  milestones: text('milestones').notNull(),
  /** JSON [{key, name}] */
  identities: text('identities').notNull(),
});

export const announcements = sqliteTable('announcements', {
  id: text('id').primaryKey(),
  postedAt: text('posted_at').notNull(),
  title: text('title').notNull(),
  delivered: integer('delivered').notNull(),
  opened: integer('opened').notNull(),
  engaged: integer('engaged').notNull(),
  updatedAt: text('updated_at').notNull(),
});
