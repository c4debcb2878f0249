import { spawn } from 'node:child_process';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { readSettings } from '../../db/queries/settings';
import { demoSwitcher } from '../core/account';
import { needsDemo } from '../core/demo';
import { CHECK_AFTER_START_MS, openStudio } from '../core/studio';
import { serveDemo } from './demo';
import { electronBinary } from './electron-binary';
import { ensureElectronSqlite } from './electron-sqlite';
import { openBrowser } from './open-browser';
import { appRoot, defaultDbFile, demoDbFile } from './paths';
import { assertBuilt, serveUntilInterrupted } from './serve';

/** `npm start`: the desktop window where Electron is installed, the same app in the browser where it is not. */
export async function startCommand(): Promise<void> {
  const binary = electronBinary();
  if (binary) {
    await ensureElectronSqlite();
    const child = spawn(binary, [appRoot()], { stdio: 'inherit' });
    await new Promise<void>((resolve) => child.on('exit', () => resolve()));
    return;
  }
  process.stderr.write(
    'Electron is not installed on this machine (its binary could not be downloaded), so Creator Studio opens in your browser instead.\n',
  );
  assertBuilt();
  const file = path.resolve(defaultDbFile());
  const probe = await openDatabase(file, { integrity: 'header' });
  const demo = needsDemo(readSettings(probe.db));
  probe.db.close();
  if (demo) return serveDemo(path.resolve(demoDbFile()));
  const studio = await openStudio(file, { mode: 'browser', dailyBackup: true, backgroundCheck: true, checkAfterMs: CHECK_AFTER_START_MS, readThread: true });
  studio.switchToDemo = demoSwitcher(studio, { account: file, demo: path.resolve(demoDbFile()) }, { mode: 'browser' });
  try {
    await serveUntilInterrupted(studio, undefined, openBrowser);
  } finally {
    studio.close();
  }
}
