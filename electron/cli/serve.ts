import fs from 'node:fs';
import path from 'node:path';
import { assertWritableDatabase } from '../../db/open';
import { CHECK_AFTER_START_MS, clockFromEnv, openStudio, type Studio } from '../core/studio';
import { startServeServer } from '../serve/server';
import { scheduleAutoSync } from '../sync/controller';
import { parse, port } from './args';
import { defaultDbFile, rendererDir } from './paths';

export async function serveCommand(argv: string[]): Promise<void> {
  const { values } = parse(argv, { db: { type: 'string' }, port: { type: 'string' } });
  const file = path.resolve(values.db ?? defaultDbFile());
  // Serve writes (settings, syncs, backups): a file named on the command line must be ours, or not
  // exist yet. An empty file at the app's own default path is its own, left by a first start cut short.
  const emptyFile = values.db === undefined ? 'adopt' : 'refuse';
  assertWritableDatabase(file, emptyFile);
  assertBuilt();
  const studio = await openStudio(file, { emptyFile, mode: 'browser', dailyBackup: true, backgroundCheck: true, checkAfterMs: CHECK_AFTER_START_MS, readThread: true, now: clockFromEnv() });
  try {
    await serveUntilInterrupted(studio, port(values.port));
  } finally {
    studio.close();
  }
}

export function assertBuilt(): void {
  const dir = rendererDir();
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`The app is not built yet (${dir} is missing): run "npm run build" first.`);
}

/**
 * Serves a studio on loopback, prints the URL as the first line of stdout, and runs until Ctrl+C.
 * `open` (the browser opener) is handed a one-time address, never the token: it becomes a process argument.
 */
export async function serveUntilInterrupted(studio: Studio, listenPort?: number, open?: (url: string) => void): Promise<void> {
  const server = await startServeServer({ ctx: studio, staticDir: rendererDir(), port: listenPort });
  const stopSync = scheduleAutoSync(studio);
  process.stdout.write(`${server.url}\n`);
  open?.(server.openUrl());
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  stopSync();
  studio.sync.cancel();
  await studio.sync.idle();
  await server.close();
}
