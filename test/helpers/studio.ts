import fs from 'node:fs';
import path from 'node:path';
import { openStudio } from '../../electron/core/studio';
import { startServeServer, type ServeHandle } from '../../electron/serve/server';
import { tempDbFile, tempDir } from './tmp';

/** A studio on a fresh database file, served over real loopback HTTP with a tiny static folder. */
export async function servedStudio(options: { codeLifetimeMs?: number } = {}): Promise<{ server: ServeHandle; studio: Awaited<ReturnType<typeof openStudio>>; close(): Promise<void> }> {
  const staticDir = tempDir('studio-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  const studio = await openStudio(tempDbFile(), { mode: 'browser' });
  const server = await startServeServer({ ctx: studio, staticDir, ...options });
  return {
    server,
    studio,
    close: async () => {
      await server.close();
      studio.close();
    },
  };
}
