// A first sync stores its pages without the rollup triggers (its pages read on a thread of their own)
// and builds the rollups at the end of each pass: the same rows and the same rollups as a sync that
// keeps them row by row, and the triggers back for the syncs after it. Faults reach the engine from
// the page thread as they would from its own: retries, a malformed row, a cancel.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { rollupsToBuild } from '../../db/rollups';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { RESOURCE_NAMES } from '../../electron/sync/client/index.js';
import { runSync, type SyncOptions } from '../../electron/sync/engine';
import { dataHash, differences, rollupDrift } from '../helpers/compare';
import { startFaultProxy } from '../helpers/fault-proxy';
import { codeTriggers, rollupSnapshot, rollupTriggers } from '../helpers/rollup-snapshot';
import { tempDbFile } from '../helpers/tmp';

const TODAY = '2026-11-22';
let platform: SamplePlatform | undefined;
const open: Db[] = [];

afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await platform?.close();
  platform = undefined;
});

async function freshDb(): Promise<Db> {
  const { db } = await openDatabase(tempDbFile());
  open.push(db);
  return db;
}

/** A file whose every resource has completed a pass (with nothing seen): its next sync reads everything
 *  with the triggers on, row by row, as a sync did before first syncs were bulk passes. */
async function rowByRowDb(): Promise<Db> {
  const db = await freshDb();
  const mark = db.prepare('INSERT INTO sync_state (resource, last_completed_at) VALUES (?, ?)');
  for (const resource of RESOURCE_NAMES) mark.run(resource, '2020-01-01T00:00:00.000Z');
  return db;
}

const sync = (db: Db, extra: Partial<SyncOptions> = {}) => runSync(db, { baseUrl: platform!.url, token: platform!.token, ...extra });

describe('a first sync', () => {
  it('builds the rollups a row-by-row sync keeps, turns the triggers back on, and both stay equal after', async () => {
    platform = await startSamplePlatform({ scale: 'tiny', today: TODAY });
    const bulk = await freshDb();
    const rowByRow = await rowByRowDb();
    const building: string[] = [];
    expect(await sync(bulk, { onProgress: (p) => p.buildingTotals && building.push(p.resource) })).toMatchObject({ status: 'ok', failures: [] });
    expect(await sync(rowByRow)).toMatchObject({ status: 'ok', failures: [] });
    // Every table that feeds rollups had its totals built once, at the end of its pass.
    expect(building).toEqual(['ledger', 'stats/characters', 'stats/character-scenarios', 'stats/character-models', 'stats/character-chat-lengths', 'stats/character-topics', 'stats/plugins', 'stats/stories', 'stats/story-chapters', 'stats/story-milestones', 'stats/story-identities', 'stats/countries', 'stats/hashtags']);
    for (const db of [bulk, rowByRow]) {
      expect(rollupsToBuild(db)).toEqual([]);
      expect(rollupTriggers(db)).toEqual(codeTriggers());
      expect(rollupDrift(db)).toEqual([]);
      expect(differences(db, platform)).toEqual([]);
    }
    expect(zoneOf(bulk)).toBe('America/Sao_Paulo'); // built in the creator's zone, not rebuilt after
    expect(rollupSnapshot(bulk)).toEqual(rollupSnapshot(rowByRow));
    expect(dataHash(bulk)).toBe(dataHash(rowByRow));

    // The next days go through the triggers in both.
    for (let day = 0; day < 3; day++) {
      platform.advanceDay();
      for (const db of [bulk, rowByRow]) expect((await sync(db)).status).toBe('ok');
    }
    expect(rollupSnapshot(bulk)).toEqual(rollupSnapshot(rowByRow));
    expect(rollupDrift(bulk)).toEqual([]);

    // A full resync is a bulk pass too, and ends the same.
    const before = rollupSnapshot(bulk);
    expect((await sync(bulk, { full: true })).status).toBe('ok');
    expect(rollupSnapshot(bulk)).toEqual(before);
    expect(rollupTriggers(bulk)).toEqual(codeTriggers());
  }, 120_000);

  it('gets pages through rate limits, server errors and cut bodies on the page thread, and a malformed row fails its resource alone, as on the engine’s thread', async () => {
    platform = await startSamplePlatform({ scale: 'tiny', today: TODAY, faults: { rateLimitEvery: 5, retryAfterSeconds: 0, serverErrorRate: 0.05, truncateEvery: 7 } });
    const db = await freshDb();
    const waits: string[] = [];
    expect(await sync(db, { onProgress: (p) => p.waiting && waits.push(p.waiting.reason) })).toMatchObject({ status: 'ok', failures: [] });
    expect(waits.length).toBeGreaterThan(3);
    expect(differences(db, platform)).toEqual([]);

    platform.setFaults({ rateLimitEvery: 0, serverErrorRate: 0, truncateEvery: 0, malformedRow: { resource: 'ledger' } });
    const threaded = await sync(await freshDb());
    const here = await sync(await freshDb(), { client: { sleep: async () => {} } }); // a function: pages read on this thread
    expect(threaded.status).toBe('partial');
    expect(threaded.failures).toEqual(here.failures);
    expect(threaded.failures.map((f) => f.resource)).toEqual(['ledger']);
  }, 120_000);

  it('takes a page far larger than usual through the page thread, whose heap cap stays far above any page', async () => {
    platform = await startSamplePlatform({ scale: 'tiny', today: TODAY });
    const proxy = await startFaultProxy(platform.url);
    // One ledger row of the first page carries a 40 MB description.
    const huge = 'x'.repeat(40_000_000);
    proxy.rule = async (url, upstream) => {
      if (url.pathname !== '/v1/ledger' || url.searchParams.get('cursor')) return null;
      const answer = await upstream();
      const page = JSON.parse(answer.body) as { data: Record<string, unknown>[] };
      page.data[0] = { ...page.data[0], description: huge };
      return { ...answer, body: JSON.stringify(page) };
    };
    try {
      const db = await freshDb();
      expect(await runSync(db, { baseUrl: proxy.url, token: platform.token })).toMatchObject({ status: 'ok', failures: [] });
      expect(db.prepare('SELECT max(length(description)) FROM ledger').pluck().get()).toBe(huge.length);
      expect(db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(platform.truth().counts.ledger);
      expect(rollupsToBuild(db)).toEqual([]);
      expect(rollupDrift(db)).toEqual([]);
    } finally {
      await proxy.close();
    }
  }, 120_000);

  it('is cancelled mid-pass with its triggers still off, and the next sync finishes the pass and builds the rollups', async () => {
    platform = await startSamplePlatform({ scale: 'default', today: TODAY });
    const db = await freshDb();
    const abort = new AbortController();
    // Cancelled once the ledger's first batch is stored (the progress counts the rows of every resource).
    let before: number | null = null;
    const onProgress = (p: { resource: string; rows: number }) => {
      if (p.resource !== 'ledger') return;
      before ??= p.rows;
      if (p.rows > before) abort.abort();
    };
    const summary = await sync(db, { signal: abort.signal, onProgress });
    expect(summary.status).toBe('cancelled');
    expect(rollupsToBuild(db)).toEqual(['ledger']);
    expect([...rollupTriggers(db).keys()].some((name) => name.startsWith('ledger_'))).toBe(false);
    expect(db.prepare('SELECT count(*) FROM ledger_daily').pluck().get()).toBe(0);
    expect((await sync(db)).status).toBe('ok');
    expect(rollupsToBuild(db)).toEqual([]);
    expect(rollupTriggers(db)).toEqual(codeTriggers());
    expect(rollupDrift(db)).toEqual([]);
    expect(differences(db, platform)).toEqual([]);
  }, 180_000);
});

function zoneOf(d: Db): string {
  return d.prepare('SELECT zone FROM rollup_state WHERE id = 1').pluck().get() as string;
}
