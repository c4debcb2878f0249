// Demo mode: the built-in sample platform on a free loopback port, synced into a demo database,
// so a new user sees every dashboard filled within seconds and without an account.
import { readSettings, writeSettings } from '../../db/queries/settings';
import { startSamplePlatform, type SamplePlatform } from '../sample-platform/index';
import { MemorySecretStore } from '../secrets/store';
import { openStudio, type StudioOptions } from './studio';

export interface DemoStudio {
  studio: Awaited<ReturnType<typeof openStudio>>;
  platform: SamplePlatform;
  close(): Promise<void>;
}

/** True when a database has no platform account set up, so the app should open on demo data. */
export function needsDemo(settings: ReturnType<typeof readSettings>): boolean {
  return settings.demo || !settings.platformUrl;
}

export async function openDemo(file: string, options: Omit<StudioOptions, 'secrets'>): Promise<DemoStudio> {
  const platform = await startSamplePlatform();
  const studio = await openStudio(file, { ...options, secrets: () => new MemorySecretStore({ token: platform.token, platformUrl: platform.url }) });
  writeSettings(studio.db, { demo: true, platformUrl: platform.url });
  return {
    studio,
    platform,
    close: async () => {
      studio.sync.cancel();
      await studio.sync.idle();
      studio.close();
      await platform.close();
    },
  };
}

/** Starts the demo's first sync and waits for it; later syncs see the sample platform's data as it is. */
export async function syncDemo(demo: DemoStudio): Promise<void> {
  demo.studio.sync.start({});
  const summary = await demo.studio.sync.idle();
  if (summary && summary.status !== 'ok') throw new Error(`The demo sync failed: ${summary.error}`);
}
