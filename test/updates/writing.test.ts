// What the update machine waits for: the studio's sync running, and exports being written, seen by
// writingNow() while a real sync (against the sample platform) and real exports (through the same
// dispatcher as the window) run. Only the native file dialogs are stand-ins: they answer a path.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSettings } from '../../db/queries/settings';
import { dispatch } from '../../electron/api/dispatch';
import { openStudio, type Studio } from '../../electron/core/studio';
import { writingNow } from '../../electron/core/writing';
import { exportsWriting } from '../../electron/export/activity';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { MemorySecretStore } from '../../electron/secrets/store';
import { exportFixture, FROM, TO, ZONE } from '../export/fixture';
import { tempDbFile, tempDir } from '../helpers/tmp';

let studio: Studio | undefined;
let platform: SamplePlatform | undefined;
afterEach(async () => {
  studio?.sync.cancel();
  await studio?.sync.idle();
  studio?.close();
  await platform?.close();
  studio = platform = undefined;
});

/** Runs `call` and records writingNow() at every turn of the event loop until it settles. */
async function observe(call: Promise<unknown>, live: Studio): Promise<{ seen: Set<string>; result: unknown }> {
  const seen = new Set<string>();
  let settled = false;
  const done = call.finally(() => (settled = true));
  while (!settled) {
    seen.add(String(writingNow(live)));
    await new Promise((r) => setImmediate(r));
  }
  return { seen, result: await done };
}

async function desktopStudio(): Promise<{ studio: Studio; folder: string }> {
  const file = tempDbFile();
  (await exportFixture(file)).close();
  const folder = tempDir('studio-exports-');
  const opened = await openStudio(file, { mode: 'desktop' });
  opened.files = { saveFile: async (name) => path.join(folder, name), chooseFolder: async () => folder };
  return { studio: opened, folder };
}

describe('what updates wait for', () => {
  it('nothing, on an idle studio', async () => {
    ({ studio } = await desktopStudio());
    expect(writingNow(studio)).toBeNull();
  });

  it('a tax pack being written, until its files are saved', async () => {
    const made = await desktopStudio();
    studio = made.studio;
    const { seen, result } = await observe(dispatch(studio, 'taxPack', { from: FROM, to: TO, tz: ZONE, homeCurrency: 'EUR' }), studio);
    expect(result).toMatchObject({ ok: true, value: { savedTo: made.folder } });
    expect(seen).toContain('export');
    expect(writingNow(studio)).toBeNull();
    expect(fs.readdirSync(made.folder).length).toBeGreaterThan(2);
  });

  it('a table export being written, and no longer once it has failed', async () => {
    const made = await desktopStudio();
    studio = made.studio;
    const period = { preset: 'custom', from: FROM, to: TO };
    const { seen, result } = await observe(dispatch(studio, 'exportTable', { dashboard: 'earnings', table: 'sources', period }), studio);
    expect(result).toMatchObject({ ok: true, value: { savedTo: expect.stringContaining(made.folder) } });
    expect(seen).toContain('export');
    // A target it cannot write: the failure is reported and the count goes back to zero.
    studio.files = { saveFile: async () => path.join(made.folder, 'no-such-folder', 'x.csv'), chooseFolder: async () => null };
    const failed = await dispatch(studio, 'exportTable', { dashboard: 'earnings', table: 'sources', period });
    expect(failed).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(exportsWriting()).toBe(0);
  });

  it('a sync, from its start to its end', async () => {
    platform = await startSamplePlatform({ scale: 'default', today: '2026-11-22', faults: { latencyMs: 20 } });
    const live = await openStudio(tempDbFile(), { mode: 'desktop', secrets: () => new MemorySecretStore({ token: platform!.token, platformUrl: platform!.url }) });
    studio = live;
    writeSettings(live.db, { platformUrl: platform.url });
    expect(live.sync.start({})).toBe(true);
    expect(writingNow(live)).toBe('sync');
    await new Promise((r) => setTimeout(r, 300));
    expect(writingNow(live)).toBe('sync');
    live.sync.cancel();
    await live.sync.idle();
    expect(writingNow(live)).toBeNull();
  }, 30_000);
});
