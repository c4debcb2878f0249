// A bulk pass: the first pass of a resource, or a full resync, stores its pages without the
// row-by-row upkeep of the rollups its table feeds, and builds them whole from the stored rows when
// the pass is complete (db/rollups). Which rollups are left to build is kept in the database with the
// triggers' removal, so a pass killed at any point, pages or build, resumes and ends the same.
import type { Db } from '../../db/open';
import { buildRollups, buildRollupsBeside, deferRollups, rollupGroup, rollupsToBuild, type ReadBeside } from '../../db/rollups';
import type { ResourceName } from './client/index.js';
import type { Checkpoint } from './checkpoint';
import { readCheckpoint } from './checkpoint';
import { TABLES } from './tables';

/** SQLite's default: the WAL is copied into the file once it holds this many pages. */
const WAL_CHECKPOINT_PAGES = 1000;
/** 64 MiB: a batch of pages dirties a few MiB across the table and its indexes, and copying them back
 *  after every batch (with a sync of the file each time) cost as much as storing them. */
const BULK_WAL_CHECKPOINT_PAGES = 16_384;

export interface BulkPass {
  /** True when this pass stores its rows without the rollup triggers. */
  readonly bulk: boolean;
  /** Inside each batch's transaction, before its rows: the first turns the rollup triggers off, so a
   *  pass that stores nothing (a collection an older platform does not offer) leaves them as they were. */
  beforeBatch(): void;
  /** Whether the rollups are left for finish() to build. */
  readonly deferred: boolean;
  /** Builds the rollups once the pass is complete and turns their triggers back on. */
  finish(): Promise<void>;
  /** Puts the connection back as it was, whatever became of the pass. */
  close(): void;
}

/** Whether the pass of `resource` is a bulk one: its table feeds rollups, and the resource has never
 *  completed a pass, or the pass is a full resync, or an earlier bulk pass of it is unfinished. */
export function isBulkPass(db: Db, resource: ResourceName, checkpoint: Checkpoint, full: boolean): boolean {
  const base = TABLES[resource].table;
  return rollupGroup(base) !== undefined && (full || checkpoint.lastCompletedAt === null || rollupsToBuild(db).includes(base));
}

/**
 * Starts the pass of `resource`, bulk or not (isBulkPass). A page lost to a power cut in a bulk pass
 * is fetched again (its checkpoint commits with it), so its commits skip the wait for the disk, and
 * the WAL is copied into the file less often; the build's commit waits for everything before it. The
 * build reads half of itself on another thread through `read` when there is one.
 */
export function startPass(db: Db, resource: ResourceName, checkpoint: Checkpoint, full: boolean, read: ReadBeside | null): BulkPass {
  const base = TABLES[resource].table;
  const pending = rollupsToBuild(db).includes(base);
  const bulk = isBulkPass(db, resource, checkpoint, full);
  if (!bulk) return { bulk, deferred: false, beforeBatch() {}, async finish() {}, close() {} };
  let deferred = pending;
  const restore = () => {
    db.pragma('synchronous = FULL');
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  };
  db.pragma('synchronous = NORMAL');
  db.pragma(`wal_autocheckpoint = ${BULK_WAL_CHECKPOINT_PAGES}`);
  return {
    bulk,
    beforeBatch() {
      if (deferred) return;
      deferRollups(db, base);
      deferred = true;
    },
    get deferred() {
      return deferred;
    },
    async finish() {
      restore();
      if (!deferred) return;
      if (read) await buildRollupsBeside(db, base, read);
      else buildRollups(db, base);
    },
    close: restore,
  };
}

/** Builds the rollups a bulk pass left to build after its pages were all stored (the process ended
 *  during the build): no pass of its resource is under way. */
export function finishInterruptedBuilds(db: Db, onBuild: (resource: ResourceName) => void): void {
  for (const base of rollupsToBuild(db)) {
    const resources = (Object.keys(TABLES) as ResourceName[]).filter((r) => TABLES[r].table === base);
    if (!resources.every((r) => readCheckpoint(db, r).cursor === null)) continue;
    onBuild(resources[0]);
    buildRollups(db, base);
  }
}
