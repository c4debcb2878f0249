import fs from 'node:fs';
import path from 'node:path';
import { openStudio } from '../core/studio';
import { startServeServer } from '../serve/server';
import { parse, port } from './args';
import { defaultDbFile, rendererDir } from './paths';

export async function serveCommand(argv: string[]): Promise<void> {
  const { values } = parse(argv, { db: { type: 'string' }, port: { type: 'string' } });
  const file = path.resolve(values.db ?? defaultDbFile());
  await serveDatabase(file, port(values.port));
}

export async function serveDatabase(file: string, listenPort?: number, onUrl?: (url: string) => void): Promise<void> {
  const staticDir = rendererDir();
  if (!fs.existsSync(path.join(staticDir, 'index.html')))
    throw new Error(`The app is not built yet (${staticDir} is missing): run "npm run build" first.`);
  const studio = await openStudio(file, { mode: 'browser' });
  const server = await startServeServer({ ctx: studio, staticDir, port: listenPort });
  process.stdout.write(`${server.url}\n`);
  onUrl?.(server.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  studio.sync.cancel();
  await server.close();
  studio.close();
}
