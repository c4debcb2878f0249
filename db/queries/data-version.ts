// A fingerprint of what the synced data holds, cheap to read: the ledger's per-currency, stream and status
// totals (kept by the ledger's own triggers, so any row written, moved between statuses or removed
// changes them) and the newest sync run (every sync that writes anything starts and finishes one, which
// also covers a stats row or a ledger row moved between days). What is computed from the data alone
// may be kept until it changes.
import type { Db } from '../open';
import { rollupZone } from '../rollup-zone';

export function dataVersion(db: Db): string {
  const totals = db.prepare(`SELECT group_concat(currency || ':' || stream || ':' || status || ':' || rows || ':' || net, ',') FROM ledger_totals`).pluck().get();
  const run = db.prepare(`SELECT id || ':' || status || ':' || coalesce(finished_at, '') FROM sync_runs ORDER BY id DESC LIMIT 1`).pluck().get();
  return `${rollupZone(db)}|${totals}|${run}`;
}
