// Turning a group's triggers off for a bulk load, and building it whole afterwards. Both are one
// transaction with the list of groups left to build (state.ts), so a process killed at any point
// leaves either the triggers on and the group whole, or the triggers off and the group listed.
import type { Db } from '../connection';
import { registerLocalDate, rollupZone } from '../rollup-zone';
import type { ReadBeside } from './beside';
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

/** After a build, in its transaction: the triggers back on, the zone it was made in, the group off the list. */
function completeBuild(db: Db, group: RollupGroup, zone: string | null): void {
  dropTriggers(db, group);
  for (const statement of group.triggers) db.exec(statement);
  if (zone) db.prepare('UPDATE rollup_state SET zone = ? WHERE id = 1').run(zone);
  setRollupsToBuild(db, rollupsToBuild(db).filter((b) => b !== group.base));
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
      completeBuild(db, group, zone);
    })();
  } catch (error) {
    if (zone) registerLocalDate(db, rollupZone(db)); // the connection's triggers follow the zone stored
    throw error;
  }
}

/**
 * buildRollups with the group's two halves at once (its `beside`): another connection reads the first
 * from the stored rows, committed before, while this one builds the second. The same tables in about
 * the time of the longer half; without a second thread, the first half is read here.
 */
export async function buildRollupsBeside(db: Db, base: string, read: ReadBeside): Promise<void> {
  const group = groupOf(base);
  const beside = group.beside;
  if (!beside || db.inTransaction) return buildRollups(db, base);
  const zone = group.zoned ? reportingZone(db) : null;
  const reading = read(beside.select, zone);
  reading.catch(() => {}); // seen when awaited
  if (zone) registerLocalDate(db, zone);
  db.exec('BEGIN');
  try {
    for (const statement of [...group.clear, ...beside.meanwhile]) db.exec(statement);
    const rows = await reading.catch(() => db.prepare(beside.select).raw().all() as unknown[][]);
    const insert = db.prepare(`INSERT INTO ${beside.table} (${beside.columns.join(', ')}) VALUES (${beside.columns.map(() => '?').join(', ')})`);
    for (const row of rows) insert.run(row);
    for (const statement of beside.then) db.exec(statement);
    completeBuild(db, group, zone);
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (zone) registerLocalDate(db, rollupZone(db)); // as buildRollups
    throw error;
  }
}
