// A real full disk for one SQLite connection, without filling a disk: PRAGMA max_page_count caps the
// file's size in pages, and past it SQLite fails every write that needs a new page with SQLITE_FULL,
// exactly as when the disk has no space left.
import type { Db } from '../../db/open';

/** No free page left inside the file, and room for `pages` more at most. Returns the cap, for another
 *  connection to the same file (the sync worker's) to apply as well: the pragma is per connection. */
export function fillDisk(db: Db, pages = 0): number {
  db.exec('VACUUM'); // migrations leave free pages behind; a full disk has none
  const cap = (db.pragma('page_count', { simple: true }) as number) + pages;
  db.pragma(`max_page_count = ${cap}`);
  return cap;
}

/** Earlier successful syncs in the run log until the full disk refuses one more, as months of
 *  auto-sync leave it: the log's last page is then full. Returns how many were written. */
export function crowdRunLog(db: Db): number {
  const insert = db.prepare(`INSERT INTO sync_runs (started_at, finished_at, status, rows_written) VALUES (?, ?, 'ok', ?)`);
  for (let n = 0; ; n++) {
    const at = new Date(Date.parse('2026-01-01T00:00:00Z') + n * 1_800_000);
    try {
      insert.run(at.toISOString(), new Date(at.getTime() + 4_000).toISOString(), 1_967);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_FULL') return n;
      throw error;
    }
  }
}
