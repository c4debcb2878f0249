import fs from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import { PACKAGED_SQLITE_BINDING } from '../packaging/layout';

/** better-sqlite3 compiled for Electron's ABI (see electron/cli/electron-sqlite.ts), or a clear error. */
export function electronSqliteBinding(): string {
  // An installed app loads only the driver it was packaged with (rebuilt for Electron by
  // electron-builder, outside app.asar): an environment variable naming another native module would
  // reopen the code-injection door the fuses close (NODE_OPTIONS, --inspect, running as Node).
  const candidates = app.isPackaged
    ? [path.join(process.resourcesPath, PACKAGED_SQLITE_BINDING)]
    : [
        process.env.CREATOR_STUDIO_SQLITE_BINDING,
        path.join(process.resourcesPath ?? '', 'better_sqlite3-electron.node'),
        path.join(app.getAppPath(), 'node_modules', '.cache', 'creator-studio', 'better_sqlite3-electron.node'),
      ].filter((p): p is string => !!p);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found && app.isPackaged) throw new Error(`The database driver is missing from this installation (${candidates[0]}): reinstall Creator Studio.`);
  if (!found)
    throw new Error(
      'The database driver for Electron is missing. Start the app with "npm start", which builds it once, ' +
        `or set CREATOR_STUDIO_SQLITE_BINDING to a better_sqlite3.node built for Electron ${process.versions.electron}.`,
    );
  return found;
}
