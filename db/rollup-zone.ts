// The zone the ledger rollups are kept in, and studio_local_date() in that zone, registered on every
// connection as it opens (the ledger triggers call it for each synced row). Rebuilding the rollups in
// another zone is db/rollups/zone.ts's job, above the queries this module must not need.
import type { Db } from './connection';
import { localDateFunction } from './local-date';

function hasTable(db: Db, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

export function rollupZone(db: Db): string {
  if (!hasTable(db, 'rollup_state')) return 'UTC';
  return (db.prepare('SELECT zone FROM rollup_state WHERE id = 1').pluck().get() as string | undefined) ?? 'UTC';
}

export function registerLocalDate(db: Db, zone = rollupZone(db)): void {
  db.function('studio_local_date', { deterministic: true }, localDateFunction(zone));
}
