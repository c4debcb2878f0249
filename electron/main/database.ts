import fs from 'node:fs';
import path from 'node:path';
import { app } from 'electron';

/** better-sqlite3 compiled for Electron's ABI (see electron/cli/electron-sqlite.ts), or a clear error. */
export function electronSqliteBinding(): string {
  const candidates = [
    process.env.CREATOR_STUDIO_SQLITE_BINDING,
    path.join(process.resourcesPath ?? '', 'better_sqlite3-electron.node'),
    path.join(app.getAppPath(), 'node_modules', '.cache', 'creator-studio', 'better_sqlite3-electron.node'),
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found)
    throw new Error(
      'The database driver for Electron is missing. Start the app with "npm start", which builds it once, ' +
        `or set CREATOR_STUDIO_SQLITE_BINDING to a better_sqlite3.node built for Electron ${process.versions.electron}.`,
    );
  return found;
}
