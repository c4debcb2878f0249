import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSettings } from '../../db/queries/settings';
import { openStudio, type Studio } from '../../electron/core/studio';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { MemorySecretStore } from '../../electron/secrets/store';
import { checkInvariants } from '../helpers/invariants';
import { tempDbFile } from '../helpers/tmp';

const NOW = Date.parse('2026-11-22T18:00:00Z');
let platform: SamplePlatform;
let studio: Studio;
beforeAll(async () => {
  platform = await startSamplePlatform({ scale: 'default', today: '2026-11-22' });
  studio = await openStudio(tempDbFile(), { mode: 'browser', secrets: () => new MemorySecretStore({ token: platform.token, platformUrl: platform.url }) });
  writeSettings(studio.db, { platformUrl: platform.url });
  studio.sync.start({ full: true });
  expect((await studio.sync.idle())?.status).toBe('ok');
}, 120_000);
afterAll(async () => {
  studio.close();
  await platform.close();
});

describe('every number agrees, on the default sample dataset', () => {
  it.each(['America/Sao_Paulo', 'Asia/Kolkata'])('in %s: totals equal their charts and breakdowns, shares add up to 100.0%%, the same quantity reads the same everywhere', async (zone) => {
    const report = await checkInvariants(studio.db, zone, NOW);
    console.log(`invariants in ${zone}: ${report.checks} checks over ${report.combinations} period × comparison combinations`);
    expect(report.failures).toEqual([]);
    expect(report.checks).toBeGreaterThan(500);
  }, 120_000);
});
