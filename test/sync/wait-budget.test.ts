// Retry-After is honoured, but a sync waits for rate limits 5 minutes at most in all: `Retry-After:
// 999999999` used to hold a sync for 40 minutes on one request (20 capped waits of 120 s). Each wait
// is in the progress the status bar shows, with what is left of the budget. The clock is the test's:
// the client's sleep records the wait and returns at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SyncProgress } from '../../electron/api/types';
import { openDatabase } from '../../db/open';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { runSync } from '../../electron/sync/engine';
import type { ResourceName } from '../../electron/sync/client/index.js';
import { differences } from '../helpers/compare';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';
import { tempDbFile } from '../helpers/tmp';

const SLOW_DOWN = '{"error":{"code":"rate_limited","message":"slow down"}}';
const REASON = 'the platform asked to slow down (429)';
let platform: SamplePlatform;
let proxy: FaultProxy;
beforeAll(async () => {
  // A platform without embed price versions: each character is delivered once, so the rows written
  // before the wait are the catalogue's own count.
  platform = await startSamplePlatform({ scale: 'tiny', today: '2026-11-22', older: true });
  proxy = await startFaultProxy(platform.url);
});
afterEach(() => {
  proxy.rule = null;
  proxy.requests.length = 0;
});
afterAll(async () => {
  await proxy.close();
  await platform.close();
});

async function syncRecording(resources: ResourceName[]) {
  const { db } = await openDatabase(tempDbFile());
  const sleeps: number[] = [];
  const waiting: Omit<NonNullable<SyncProgress['waiting']>, 'untilMs'>[] = [];
  const t0 = performance.now();
  const summary = await runSync(db, {
    baseUrl: proxy.url,
    token: platform.token,
    resources,
    client: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    onProgress: (p) => {
      if (p.waiting) waiting.push({ reason: p.waiting.reason, waitMs: p.waiting.waitMs, budgetLeftMs: p.waiting.budgetLeftMs });
    },
  });
  expect(performance.now() - t0).toBeLessThan(10_000); // the fake clock waited, not the test
  return { db, summary, sleeps, waiting };
}
const asked = (path: string) => proxy.requests.filter((u) => u.pathname === path).length;
const run = (db: Awaited<ReturnType<typeof syncRecording>>['db']) => db.prepare('SELECT status, error, finished_at IS NOT NULL AS finished FROM sync_runs').all();

describe('the time a sync waits for rate limits', () => {
  it('Retry-After 999999999: 120 s twice, then the sync stops with a clear message, keeping what it stored', async () => {
    proxy.rule = (url) => (url.pathname === '/v1/ledger' ? { status: 429, body: SLOW_DOWN, headers: { 'retry-after': '999999999' } } : null);
    const { db, summary, sleeps, waiting } = await syncRecording(['characters', 'ledger', 'payouts']);
    const message =
      'The platform asked us to wait too long. Creator Studio has already waited 4 min for it during this sync, and it asks for 2 min more before sending the ledger, ' +
      'so the sync stopped instead of waiting. Nothing already stored was lost; sync again later and it continues where it stopped.';
    expect(summary).toEqual({ status: 'failed', rowsWritten: platform.truth().counts.characters + platform.truth().deletedIds.characters.length, failures: [], error: message });
    expect(sleeps).toEqual([120_000, 120_000]);
    expect(waiting).toEqual([
      { reason: REASON, waitMs: 120_000, budgetLeftMs: 180_000 },
      { reason: REASON, waitMs: 120_000, budgetLeftMs: 60_000 },
    ]);
    expect(asked('/v1/ledger')).toBe(3);
    expect(asked('/v1/payouts')).toBe(0); // the run stopped: every request would meet the same wait
    expect(differences(db, platform, ['characters'])).toEqual([]);
    expect(run(db)).toEqual([{ status: 'failed', error: message, finished: 1 }]);

    proxy.rule = null;
    const again = await runSync(db, { baseUrl: proxy.url, token: platform.token, resources: ['characters', 'ledger', 'payouts'] });
    expect(again).toMatchObject({ status: 'ok', error: null });
    expect(differences(db, platform, ['characters', 'ledger', 'payouts'])).toEqual([]);
    db.close();
  });

  it('adds up the waits of every resource: the fourth wait of 100 s is one too many', async () => {
    // Each collection's first request is refused once, with Retry-After 100 s.
    const refused = new Set<string>();
    proxy.rule = (url) => {
      if (url.pathname === '/v1/creator' || refused.has(url.pathname)) return null;
      refused.add(url.pathname);
      return { status: 429, body: SLOW_DOWN, headers: { 'retry-after': '100' } };
    };
    const { db, summary, sleeps, waiting } = await syncRecording(['characters', 'plugins', 'stories', 'announcements']);
    expect(sleeps).toEqual([100_000, 100_000, 100_000]);
    expect(waiting.map((w) => w.budgetLeftMs)).toEqual([200_000, 100_000, 0]);
    expect(summary.status).toBe('failed');
    expect(summary.error).toBe(
      'The platform asked us to wait too long. Creator Studio has already waited 5 min for it during this sync, and it asks for 1 min 40 s more before sending the announcements, ' +
        'so the sync stopped instead of waiting. Nothing already stored was lost; sync again later and it continues where it stopped.',
    );
    expect(differences(db, platform, ['characters', 'plugins', 'stories'])).toEqual([]);
    expect(asked('/v1/announcements')).toBe(1);
    db.close();
  });
});
