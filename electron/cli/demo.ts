import { spawn } from 'node:child_process';
import path from 'node:path';
import { accountSwitcher } from '../core/account';
import { openDemo, syncDemo } from '../core/demo';
import { parse, port } from './args';
import { electronBinary } from './electron-binary';
import { ensureElectronSqlite } from './electron-sqlite';
import { openBrowser } from './open-browser';
import { appRoot, defaultDbFile, demoDbFile } from './paths';
import { assertBuilt, serveUntilInterrupted } from './serve';

export async function demoCommand(argv: string[]): Promise<void> {
  const { values } = parse(argv, { db: { type: 'string' }, port: { type: 'string' } });
  const file = path.resolve(values.db ?? demoDbFile());
  const binary = process.env.CREATOR_STUDIO_NO_ELECTRON ? null : electronBinary();
  if (binary) return runInWindow(binary, file);
  await serveDemo(file, port(values.port));
}

/** The demo in the browser: sample platform, first sync (with progress on stderr), then serve mode. */
export async function serveDemo(file: string, listenPort?: number): Promise<void> {
  assertBuilt();
  const demo = await openDemo(file, { mode: 'browser' });
  demo.studio.switchAccount = accountSwitcher(demo.studio, { account: path.resolve(defaultDbFile()), demo: file }, { mode: 'browser' });
  try {
    process.stderr.write('Creator Studio demo: syncing sample data…\n');
    await syncDemo(demo);
    await serveUntilInterrupted(demo.studio, listenPort, openBrowser);
  } finally {
    await demo.close();
  }
}

async function runInWindow(binary: string, file: string): Promise<void> {
  await ensureElectronSqlite();
  const child = spawn(binary, [appRoot(), '--demo'], { stdio: 'inherit', env: { ...process.env, CREATOR_STUDIO_DB: file } });
  await new Promise<void>((resolve) => child.on('exit', () => resolve()));
}
