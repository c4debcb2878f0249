// Writes of the two single objects of the contract: the creator profile and balance snapshots.
import type { Db } from '../../db/open';
import type { Balances, Creator } from './client/index.js';

export function saveCreator(db: Db, creator: Creator, fetchedAt: string): void {
  const minimum = creator.payout.minimum.map((m) => ({ currency: m.currency, amount_micros: m.amount }));
  db.transaction(() => {
    db.prepare('DELETE FROM creator WHERE id <> ?').run(creator.id);
    db.prepare(
      `INSERT INTO creator (id, handle, display_name, timezone, created_at, payout_schedule, payout_minimum, fetched_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET handle = excluded.handle, display_name = excluded.display_name, timezone = excluded.timezone,
         created_at = excluded.created_at, payout_schedule = excluded.payout_schedule, payout_minimum = excluded.payout_minimum,
         fetched_at = excluded.fetched_at`,
    ).run(creator.id, creator.handle, creator.display_name, creator.timezone, creator.created_at, creator.payout.schedule, JSON.stringify(minimum), fetchedAt);
  })();
}

export function saveBalances(db: Db, balances: Balances, fetchedAt: string): void {
  const insert = db.prepare(
    `INSERT INTO balance_snapshots (as_of, currency, available, pending, fetched_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (as_of, currency) DO UPDATE SET available = excluded.available, pending = excluded.pending, fetched_at = excluded.fetched_at`,
  );
  db.transaction(() => {
    for (const b of balances.balances) insert.run(balances.as_of, b.currency, b.available, b.pending, fetchedAt);
  })();
}
