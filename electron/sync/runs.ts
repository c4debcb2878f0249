import type { Db } from '../../db/open';
import { isDiskFull } from './failures';

export type RunStatus = 'ok' | 'partial' | 'failed' | 'cancelled';

export function startRun(db: Db, at: Date): number {
  return withRoom(db, () => Number(db.prepare(`INSERT INTO sync_runs (started_at, status) VALUES (?, 'running')`).run(at.toISOString()).lastInsertRowid));
}

export function finishRun(db: Db, id: number, at: Date, status: RunStatus, rowsWritten: number, error: string | null): void {
  withRoom(db, () =>
    db.prepare(`UPDATE sync_runs SET finished_at = ?, status = ?, rows_written = ?, error = ? WHERE id = ?`).run(at.toISOString(), status, rowsWritten, error, id),
  );
}

/** A run left 'running' by a process that was killed is closed as cancelled when the next one starts. */
export function closeAbandonedRuns(db: Db, at: Date): void {
  withRoom(db, () => db.prepare(`UPDATE sync_runs SET status = 'cancelled', finished_at = ?, error = 'interrupted' WHERE finished_at IS NULL`).run(at.toISOString()));
}

/**
 * The run log is how the app tells the creator that a sync failed, so a full disk must not keep it
 * from being written (a run left 'running' shows nothing, and its error goes unseen). When there is no
 * room, the oldest entries of the log give theirs: they are the sync's own notes, not the creator's data.
 */
function withRoom<T>(db: Db, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!isDiskFull(error) || forgetOldestRuns(db) === 0) throw error;
    return write();
  }
}

/** Deletes the older half of the finished runs, keeping the newest 'ok' (the "last synced" of every
 *  view) and the newest 'ok' or 'partial' (the "data as of" of exports). */
function forgetOldestRuns(db: Db): number {
  const finished = db.prepare(`SELECT count(*) FROM sync_runs WHERE finished_at IS NOT NULL`).pluck().get() as number;
  const newest = (statuses: string) => `(SELECT id FROM sync_runs WHERE status IN (${statuses}) ORDER BY finished_at DESC, id DESC LIMIT 1)`;
  return db
    .prepare(
      `DELETE FROM sync_runs WHERE id IN (
         SELECT id FROM sync_runs WHERE finished_at IS NOT NULL AND id IS NOT ${newest(`'ok'`)} AND id IS NOT ${newest(`'ok', 'partial'`)}
         ORDER BY id LIMIT ?)`,
    )
    .run(Math.floor(finished / 2)).changes;
}
