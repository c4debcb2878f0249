// The ledger rollups follow the reporting zone: rebuilt when it changes (a settings change, or the
// profile's zone arriving by sync). The zone they are in now is kept by rollup-zone.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './connection';
import { migrationsDir } from './migrate';
import { readSettings } from './queries/settings';
import { readCreator } from './queries/status';
import { registerLocalDate, rollupZone } from './rollup-zone';

/** The zone money is reported in: the setting, else the creator profile's, else UTC. */
export function reportingZone(db: Db): string {
  return readSettings(db).timezone ?? readCreator(db)?.timezone ?? 'UTC';
}

/**
 * How the zone-dependent rollups are computed from the ledger: the backfill statements of the
 * migrations that define them, the newest one per table, in migration order (0008's month and
 * quarter tables are filled from its daily one, and that from its keys; 0014's weeks and months from
 * ledger_daily).
 */
function backfill(): string[] {
  const statements = ['0002_rollup_triggers.sql', '0008_source_keys.sql', '0011_ledger_periods.sql', '0014_ledger_gross_fee.sql'].flatMap((name) =>
    fs
      .readFileSync(path.join(migrationsDir(), name), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => s.startsWith('INSERT INTO ledger_') && s.includes('SELECT')),
  );
  const target = (s: string) => s.split(/\s+/)[2];
  return statements.filter((s, i) => !statements.slice(i + 1).some((later) => target(later) === target(s)));
}

/** Rebuilds the day and month rollups in `zone` when they are in another one. Returns true when it rebuilt. */
export function ensureRollupZone(db: Db, zone = reportingZone(db)): boolean {
  if (rollupZone(db) === zone) return false;
  registerLocalDate(db, zone);
  db.transaction(() => {
    db.exec('DELETE FROM ledger_totals; DELETE FROM ledger_daily; DELETE FROM ledger_weekly; DELETE FROM ledger_monthly; DELETE FROM ledger_source_daily; DELETE FROM ledger_source_monthly; DELETE FROM ledger_source_quarterly; DELETE FROM ledger_source_keys;');
    for (const statement of backfill()) db.exec(statement);
    db.prepare('UPDATE rollup_state SET zone = ? WHERE id = 1').run(zone);
  })();
  return true;
}
