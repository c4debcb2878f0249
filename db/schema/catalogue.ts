import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
});

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
