import type { Db } from '../../db/open';

export type RunStatus = 'ok' | 'partial' | 'failed' | 'cancelled';

export function startRun(db: Db, at: Date): number {
  return Number(db.prepare(`INSERT INTO sync_runs (started_at, status) VALUES (?, 'running')`).run(at.toISOString()).lastInsertRowid);
}

export function finishRun(db: Db, id: number, at: Date, status: RunStatus, rowsWritten: number, error: string | null): void {
  db.prepare(`UPDATE sync_runs SET finished_at = ?, status = ?, rows_written = ?, error = ? WHERE id = ?`).run(
    at.toISOString(),
    status,
    rowsWritten,
    error,
    id,
  );
}

/** A run left 'running' by a process that was killed is closed as cancelled when the next one starts. */
export function closeAbandonedRuns(db: Db, at: Date): void {
  db.prepare(`UPDATE sync_runs SET status = 'cancelled', finished_at = ?, error = 'interrupted' WHERE finished_at IS NULL`).run(
    at.toISOString(),
  );
}
