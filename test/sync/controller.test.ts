import { afterEach, describe, expect, it } from 'vitest';
import { writeSettings } from '../../db/queries/settings';
import { openStudio, type Studio } from '../../electron/core/studio';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { MemorySecretStore } from '../../electron/secrets/store';
import { differences } from '../helpers/compare';
import { tempDbFile } from '../helpers/tmp';

let platform: SamplePlatform | undefined;
let studio: Studio | undefined;
afterEach(async () => {
  studio?.close();
  await platform?.close();
  studio = platform = undefined;
});

describe('the app’s sync controller', () => {
  it('syncs on a worker thread while this thread keeps answering, and reports progress', async () => {
    platform = await startSamplePlatform({ scale: 'default', today: '2026-11-22', faults: { latencyMs: 2 } });
    studio = await openStudio(tempDbFile(), { mode: 'browser', secrets: () => new MemorySecretStore({ token: platform!.token, platformUrl: platform!.url }) });
    writeSettings(studio.db, { platformUrl: platform.url });
    expect(studio.sync.start({})).toBe(true);
    expect(studio.sync.start({})).toBe(false); // one at a time
    // While the worker writes, this thread measures how late a 10 ms timer fires, and reads the database.
    const lags: number[] = [];
    const seen = new Set<string>();
    while (studio.sync.progress()) {
      const t = performance.now();
      await new Promise((r) => setTimeout(r, 10));
      lags.push(performance.now() - t - 10);
      seen.add(studio.sync.progress()?.resource ?? '');
      studio.db.prepare('SELECT count(*) FROM ledger').get();
    }
    const summary = await studio.sync.idle();
    expect(summary).toBeNull(); // finished: nothing running any more
    expect(seen.size).toBeGreaterThan(5);
    lags.sort((a, b) => a - b);
    console.log(`event-loop lag during sync: median ${lags[lags.length >> 1].toFixed(1)} ms, max ${lags.at(-1)!.toFixed(1)} ms over ${lags.length} samples`);
    expect(differences(studio.db, platform)).toEqual([]);
    const run = studio.db.prepare(`SELECT status FROM sync_runs ORDER BY id DESC LIMIT 1`).pluck().get();
    expect(run).toBe('ok');
  }, 60_000);

  it('cancels a running sync', async () => {
    platform = await startSamplePlatform({ scale: 'default', today: '2026-11-22', faults: { latencyMs: 20 } });
    studio = await openStudio(tempDbFile(), { mode: 'browser', secrets: () => new MemorySecretStore({ token: platform!.token, platformUrl: platform!.url }) });
    writeSettings(studio.db, { platformUrl: platform.url });
    studio.sync.start({});
    await new Promise((r) => setTimeout(r, 500));
    expect(studio.sync.cancel()).toBe(true);
    const done = studio.sync.idle();
    await done;
    expect(studio.sync.progress()).toBeNull();
    expect(studio.db.prepare(`SELECT status FROM sync_runs ORDER BY id DESC LIMIT 1`).pluck().get()).toBe('cancelled');
  }, 30_000);
});
