// A creator's data files (the database, its -wal/-shm, its backups) hold their earnings and their
// fans' names: they are made readable by their owner alone, whatever the umask of the process.
// SQLite gives a database's -wal, -shm and -journal the mode of the database file itself, so the
// database file's mode is the one that matters.
import fs from 'node:fs';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;

/** Creates `file` empty, readable by its owner alone, unless something has that name already; true when created here. */
export function createPrivateFile(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', PRIVATE_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    // The umask may have taken the owner's own bits away (0277): the mode is set, not left to it.
    fs.fchmodSync(fd, PRIVATE_FILE);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** A folder of Creator Studio's own (backups): made, or narrowed if an earlier version made it wider. */
export function privateFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
  try {
    fs.chmodSync(dir, PRIVATE_FOLDER);
  } catch {
    // Another user's folder (EPERM): the backup still goes in if it may, and fails with its own message if not.
  }
}
