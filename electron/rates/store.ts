// Rates in the database: written in one transaction per fetch or import, read back per currency pair.
import type { Db } from '../../db/open';

export interface StoredRate {
  day: string;
  base: string;
  quote: string;
  rate: string;
}

/** Stores rates of one source; a rate published again with the same value is left as it was. */
export function storeRates(db: Db, source: 'ECB' | 'import', origin: string, rates: StoredRate[], at: string): number {
  const upsert = db.prepare(
    `INSERT INTO exchange_rates (source, day, base, quote, rate, origin, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (source, base, quote, day) DO UPDATE SET rate = excluded.rate, origin = excluded.origin, stored_at = excluded.stored_at
     WHERE rate <> excluded.rate OR origin <> excluded.origin`,
  );
  let changed = 0;
  db.transaction(() => {
    for (const r of rates) changed += upsert.run(source, r.day, r.base, r.quote, r.rate, origin, at).changes;
  })();
  return changed;
}

/** One pair's series, oldest first. */
export function rateSeries(db: Db, source: 'ECB' | 'import', base: string, quote: string): { day: string; rate: string; origin: string }[] {
  return db
    .prepare(`SELECT day, rate, origin FROM exchange_rates WHERE source = ? AND base = ? AND quote = ? ORDER BY day`)
    .all(source, base, quote) as { day: string; rate: string; origin: string }[];
}

/** What is stored per source and pair: for Settings and the statement. */
export function storedSeries(db: Db): { source: string; base: string; quote: string; days: number; first: string; last: string; origin: string }[] {
  return db
    .prepare(
      `SELECT source, base, quote, count(*) AS days, min(day) AS first, max(day) AS last, max(origin) AS origin
       FROM exchange_rates GROUP BY source, base, quote ORDER BY source, base, quote`,
    )
    .all() as { source: string; base: string; quote: string; days: number; first: string; last: string; origin: string }[];
}
