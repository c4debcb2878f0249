import { spawn } from 'node:child_process';
import path from 'node:path';
import { electronBinary } from './electron-binary';
import { openBrowser } from './open-browser';
import { appRoot, defaultDbFile } from './paths';
import { serveDatabase } from './serve';
import { ensureElectronSqlite } from './electron-sqlite';

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
  await serveDatabase(path.resolve(defaultDbFile()), undefined, openBrowser);
}
