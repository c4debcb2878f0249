import fs from 'node:fs';
import path from 'node:path';
import { writeSettings } from '../../db/queries/settings';
import { openStudio, type Studio } from '../../electron/core/studio';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { MemorySecretStore } from '../../electron/secrets/store';
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

/** A studio on a fresh database file, synced to the end from a sample platform of the given scale. */
export async function syncedStudio(options: { scale: 'tiny' | 'default'; today: string; now?: string }): Promise<{ studio: Studio; platform: SamplePlatform; close(): Promise<void> }> {
  const platform = await startSamplePlatform({ scale: options.scale, today: options.today });
  const studio = await openStudio(tempDbFile(), {
    mode: 'browser',
    ...(options.now ? { now: () => new Date(options.now!) } : {}),
    secrets: () => new MemorySecretStore({ token: platform.token, platformUrl: platform.url }),
  });
  writeSettings(studio.db, { platformUrl: platform.url });
  studio.sync.start({ full: true });
  const outcome = await studio.sync.idle();
  if (outcome?.status !== 'ok') throw new Error(`the sample sync ended ${outcome?.status}`);
  return {
    studio,
    platform,
    close: async () => {
      studio.close();
      await platform.close();
    },
  };
}
