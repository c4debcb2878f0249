// The ledger rollups follow the reporting zone: rebuilt when it changes (a settings change, or the
// profile's zone arriving by sync). The zone they are in now is kept by rollup-zone.ts.
import type { Db } from '../connection';
import { registerLocalDate, rollupZone } from '../rollup-zone';
import { rebuildGroup } from './build';
import { reportingZone } from './reporting-zone';
import { rollupsToBuild } from './state';

/** Rebuilds the ledger's day, week, month and quarter rollups in `zone` when they are in another one.
 *  Returns true when it changed their zone. While a bulk load has them left to build, only the zone is
 *  set: the build at its end is made in the reporting zone. */
export function ensureRollupZone(db: Db, zone = reportingZone(db)): boolean {
  if (rollupZone(db) === zone) return false;
  registerLocalDate(db, zone);
  const pending = rollupsToBuild(db).includes('ledger');
  db.transaction(() => {
    if (!pending) rebuildGroup(db, 'ledger');
    db.prepare('UPDATE rollup_state SET zone = ? WHERE id = 1').run(zone);
  })();
  return true;
}
