// Turning a group's triggers off for a bulk load, and building it whole afterwards. Both are one
// transaction with the list of groups left to build (state.ts), so a process killed at any point
// leaves either the triggers on and the group whole, or the triggers off and the group listed.
import type { Db } from '../connection';
import { registerLocalDate, rollupZone } from '../rollup-zone';
import { rollupGroup, triggerName, type RollupGroup } from './groups';
import { reportingZone } from './reporting-zone';
import { rollupsToBuild, setRollupsToBuild } from './state';

function groupOf(base: string): RollupGroup {
  const group = rollupGroup(base);
  if (!group) throw new Error(`no rollups are kept from ${base}`);
  return group;
}

const dropTriggers = (db: Db, group: RollupGroup) => {
  for (const statement of group.triggers) db.exec(`DROP TRIGGER IF EXISTS ${triggerName(statement)};`);
};

/** Empties the group's tables and fills them from the stored rows; the caller holds the transaction. */
export function rebuildGroup(db: Db, base: string): void {
  const group = groupOf(base);
  for (const statement of [...group.clear, ...group.build]) db.exec(statement);
}

/** Stops the row-by-row upkeep of `base`'s rollups until buildRollups: they are listed as left to build. */
export function deferRollups(db: Db, base: string): void {
  const group = groupOf(base);
  db.transaction(() => {
    dropTriggers(db, group);
    setRollupsToBuild(db, [...rollupsToBuild(db), base]);
  })();
}

/** Builds `base`'s rollups from its stored rows (a zoned group in the reporting zone) and turns their
 *  triggers back on. */
export function buildRollups(db: Db, base: string): void {
  const group = groupOf(base);
  const zone = group.zoned ? reportingZone(db) : null;
  if (zone) registerLocalDate(db, zone);
  try {
    db.transaction(() => {
      rebuildGroup(db, base);
      dropTriggers(db, group);
      for (const statement of group.triggers) db.exec(statement);
      if (zone) db.prepare('UPDATE rollup_state SET zone = ? WHERE id = 1').run(zone);
      setRollupsToBuild(db, rollupsToBuild(db).filter((b) => b !== base));
    })();
  } catch (error) {
    if (zone) registerLocalDate(db, rollupZone(db)); // the connection's triggers follow the zone stored
    throw error;
  }
}
