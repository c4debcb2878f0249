import type { Db } from '../open';

export interface SyncRunRow {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'ok' | 'partial' | 'failed' | 'cancelled';
  rowsWritten: number;
  error: string | null;
}

export interface CreatorRow {
  id: string;
  handle: string;
  displayName: string;
  timezone: string;
}

const RUN_COLUMNS = `id, started_at AS startedAt, finished_at AS finishedAt, status, rows_written AS rowsWritten, error`;

export function lastFinishedRun(db: Db): SyncRunRow | null {
  return (
    (db.prepare(`SELECT ${RUN_COLUMNS} FROM sync_runs WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1`).get() as
      | SyncRunRow
      | undefined) ?? null
  );
}

export function lastSuccessfulSyncAt(db: Db): string | null {
  const row = db.prepare(`SELECT max(finished_at) AS at FROM sync_runs WHERE status = 'ok'`).get() as { at: string | null };
  return row.at;
}

export function readCreator(db: Db): CreatorRow | null {
  return (
    (db.prepare('SELECT id, handle, display_name AS displayName, timezone FROM creator LIMIT 1').get() as CreatorRow | undefined) ??
    null
  );
}

/** Every currency the ledger holds money in, in code order. */
export function ledgerCurrencies(db: Db): string[] {
  return db.prepare('SELECT DISTINCT currency FROM ledger_totals WHERE rows > 0 ORDER BY currency').pluck().all() as string[];
}
