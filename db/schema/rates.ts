import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Exchange rates as published: on `day`, 1 `base` = `rate` `quote`. The ECB's euro reference rates
 * are stored with base EUR; an imported series (a central bank's) with base the currency it values
 * and quote the home currency it was imported for. `rate` is the exact decimal text (no float, no
 * rounding), so the tax pack can state the very rate it used.
 */
export const exchangeRates = sqliteTable(
  'exchange_rates',
  {
    /** 'ECB', or 'import' for a rates file. */
    source: text('source').notNull(),
    day: text('day').notNull(),
    base: text('base').notNull(),
    quote: text('quote').notNull(),
    rate: text('rate').notNull(),
    /** Where the rate came from: the address fetched, or the imported file's name. */
    origin: text('origin').notNull(),
    storedAt: text('stored_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.base, t.quote, t.day] })],
);
