// What a failed sync tells the creator: SQLite's own words ("database or disk is full") say nothing
// about what to do, and nothing about whether the data already stored is safe.

export const DISK_FULL_MESSAGE =
  'The disk is full: Creator Studio could not store more of your data. Free some space and sync again; nothing already stored was lost.';

export function isDiskFull(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_FULL';
}

/** The creator's words for a failure of the disk or the database file; null for any other failure. */
export function storageFailure(error: unknown): string | null {
  if (isDiskFull(error)) return DISK_FULL_MESSAGE;
  if ((error as { code?: unknown } | null)?.code === 'SQLITE_READONLY') return 'The database file is read-only: the sync could not store anything.';
  return null;
}

export function describeFailure(error: unknown): string {
  return storageFailure(error) ?? (error instanceof Error ? error.message : String(error));
}
