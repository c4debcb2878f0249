import type { Db } from '../../db/open';

export interface Checkpoint {
  maxUpdatedAt: string | null;
  cursor: string | null;
  passSince: string | null;
  passMaxUpdatedAt: string | null;
  passStartedAt: string | null;
  /** When a pass of this resource last completed; null until the first one has. */
  lastCompletedAt: string | null;
}

/** The overlap the contract asks for: updated_at can tie and commit slightly out of order. */
export const OVERLAP_MS = 5 * 60_000;

export function readCheckpoint(db: Db, resource: string): Checkpoint {
  const row = db
    .prepare(
      `SELECT max_updated_at AS maxUpdatedAt, cursor, pass_since AS passSince, pass_max_updated_at AS passMaxUpdatedAt,
         pass_started_at AS passStartedAt, last_completed_at AS lastCompletedAt
       FROM sync_state WHERE resource = ?`,
    )
    .get(resource) as Checkpoint | undefined;
  return row ?? { maxUpdatedAt: null, cursor: null, passSince: null, passMaxUpdatedAt: null, passStartedAt: null, lastCompletedAt: null };
}

/** Where a new pass starts: everything (null), or the last seen max updated_at minus the overlap. */
export function passStart(checkpoint: Checkpoint): string | null {
  if (!checkpoint.maxUpdatedAt) return null;
  return new Date(Date.parse(checkpoint.maxUpdatedAt) - OVERLAP_MS).toISOString();
}

/** The resume point capped at the pass's start; nothing seen stays nothing (the next pass reads everything). */
export function cappedAt(max: string | null, startedAt: string | null): string | null {
  if (!max || !startedAt) return max;
  return Date.parse(max) <= Date.parse(startedAt) ? max : startedAt;
}

export function laterOf(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** Called inside the page's transaction: the checkpoint can never run ahead of the stored rows. */
export function savePageCheckpoint(db: Db, resource: string, c: Omit<Checkpoint, 'maxUpdatedAt' | 'lastCompletedAt'>, rows: number): void {
  db.prepare(
    `INSERT INTO sync_state (resource, cursor, pass_since, pass_max_updated_at, pass_started_at, rows) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (resource) DO UPDATE SET cursor = excluded.cursor, pass_since = excluded.pass_since,
       pass_max_updated_at = excluded.pass_max_updated_at, pass_started_at = excluded.pass_started_at, rows = sync_state.rows + excluded.rows`,
  ).run(resource, c.cursor, c.passSince, c.passMaxUpdatedAt, c.passStartedAt, rows);
}

export function completePass(db: Db, resource: string, maxUpdatedAt: string | null, at: string): void {
  db.prepare(
    `INSERT INTO sync_state (resource, max_updated_at, last_completed_at) VALUES (?, ?, ?)
     ON CONFLICT (resource) DO UPDATE SET max_updated_at = excluded.max_updated_at, cursor = NULL, pass_since = NULL,
       pass_max_updated_at = NULL, pass_started_at = NULL, last_completed_at = excluded.last_completed_at, last_error = NULL,
       not_offered_at = NULL`,
  ).run(resource, maxUpdatedAt, at);
}

export function recordResourceError(db: Db, resource: string, message: string): void {
  db.prepare(
    `INSERT INTO sync_state (resource, last_error) VALUES (?, ?) ON CONFLICT (resource) DO UPDATE SET last_error = excluded.last_error`,
  ).run(resource, message);
}
