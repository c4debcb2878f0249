import { afterEach, describe, expect, it } from 'vitest';
import { formatMicros } from '../../db/money';
import { openDatabase, type Db } from '../../db/open';
import { balances } from '../../db/queries/earnings/balances';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { runSync, type SyncOptions } from '../../electron/sync/engine';
import { contentHash, dataHash, differences, ledgerNet, rollupDrift } from '../helpers/compare';
import { tempDbFile } from '../helpers/tmp';

const TODAY = '2026-11-22';
const noWait = { sleep: async () => {}, random: () => 0.5 };
let platform: SamplePlatform | undefined;
let db: Db | undefined;

afterEach(async () => {
  db?.close();
  await platform?.close();
  db = platform = undefined;
});

async function setup(scale: 'tiny' | 'default', faults = {}) {
  platform = await startSamplePlatform({ scale, today: TODAY, faults });
  db = (await openDatabase(tempDbFile())).db;
  return { platform, db };
}

const sync = (extra: Partial<SyncOptions> = {}) =>
  runSync(db!, { baseUrl: platform!.url, token: platform!.token, client: noWait, ...extra });

function expectEqualToTruth(d: Db, p: SamplePlatform) {
  const truth = p.truth();
  expect(differences(d, p)).toEqual([]);
  expect(ledgerNet(d)).toEqual(truth.ledgerNet);
  const bal = Object.fromEntries(balances(d).map((b) => [b.currency, [b.available, b.pending]]));
  for (const [currency, b] of Object.entries(truth.balances))
    expect([currency, ...(bal[currency] ?? ['0.00', '0.00'])]).toEqual([currency, formatMicros(b.available), formatMicros(b.pending)]);
}

describe('sync against the sample platform', () => {
  it('makes an exact copy through rate limits, 5xx errors and truncated bodies', async () => {
    const { platform, db } = await setup('default', { rateLimitEvery: 9, serverErrorRate: 0.05, truncateEvery: 13 });
    const progress: string[] = [];
    const summary = await sync({ onProgress: (p) => p.waiting && progress.push(p.waiting.reason) });
    expect(summary).toMatchObject({ status: 'ok', failures: [], error: null });
    expect(progress.length).toBeGreaterThan(5); // the retries were real and reported
    expectEqualToTruth(db, platform);
    const snapshot = db.prepare('SELECT currency, available, pending FROM balance_snapshots ORDER BY currency').all();
    expect(snapshot.length).toBe(Object.keys(platform.truth().balances).length);
  }, 60_000);

  it('re-syncs idempotently, and a full resync converges to the same state', async () => {
    const { db } = await setup('tiny');
    await sync();
    const first = dataHash(db);
    const again = await sync();
    expect(again.status).toBe('ok');
    expect(dataHash(db)).toBe(first);
    await sync({ full: true });
    expect(dataHash(db)).toBe(first);
  });

  it('converges after the platform moves on: new days, revisions, status changes and tombstones', async () => {
    const { platform, db } = await setup('default');
    await sync();
    for (let day = 0; day < 12; day++) platform.advanceDay(); // crosses 1 December: a month is released
    const truth = platform.truth();
    expect(Object.values(truth.deletedIds).flat().length).toBeGreaterThan(0);
    const summary = await sync();
    expect(summary.status).toBe('ok');
    expectEqualToTruth(db, platform);
    // The trigger-kept rollups followed every insert, update (status changes) and tombstone.
    expect(rollupDrift(db)).toEqual([]);
    // Each payout's stored source count is its breakdown's length (the platform's payouts pay several sources).
    const counts = db.prepare('SELECT source_count AS kept, json_array_length(breakdown) AS n FROM payouts').all() as { kept: number; n: number }[];
    expect(counts.some((c) => c.n > 1)).toBe(true);
    expect(counts.filter((c) => c.kept !== c.n)).toEqual([]);
    expect(db.prepare('SELECT zone FROM rollup_state').pluck().get()).toBe('America/Sao_Paulo');
    for (const id of truth.deletedIds.ledger ?? []) expect(db.prepare('SELECT 1 FROM ledger WHERE id = ?').get(id)).toBeUndefined();
    for (const id of truth.deletedIds.characters ?? []) expect(db.prepare('SELECT 1 FROM characters WHERE id = ?').get(id)).toBeUndefined();
  }, 60_000);

  it('fails a resource with a malformed row alone, naming it, and keeps what was stored', async () => {
    const { platform, db } = await setup('tiny');
    await sync();
    platform.advanceDay();
    const before = db.prepare('SELECT count(*) AS n, sum(net) AS s FROM ledger').get();
    platform.setFaults({ malformedRow: { resource: 'ledger' } });
    const summary = await sync();
    expect(summary.status).toBe('partial');
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0].resource).toBe('ledger');
    expect(summary.failures[0].message).toMatch(/ledger/);
    expect(summary.failures[0].message).toMatch(/id /);
    expect(db.prepare('SELECT count(*) AS n, sum(net) AS s FROM ledger').get()).toEqual(before);
    // every other resource completed
    expect(differences(db, platform, ['characters', 'stats/characters', 'payouts', 'stats/hashtags'])).toEqual([]);
    const state = db.prepare(`SELECT last_error FROM sync_state WHERE resource = 'ledger'`).pluck().get();
    expect(state).toMatch(/ledger/);
    platform.setFaults({ malformedRow: null });
    expect((await sync()).status).toBe('ok');
    expectEqualToTruth(db, platform);
  });

  it('stops at once on a refused token, storing nothing', async () => {
    const { platform, db } = await setup('tiny');
    const summary = await runSync(db, { baseUrl: platform.url, token: 'not-the-token', client: noWait });
    expect(summary.status).toBe('failed');
    expect(summary.error).toMatch(/refused the token/);
    expect(summary.error).not.toContain('not-the-token');
    expect(db.prepare('SELECT count(*) FROM ledger').pluck().get()).toBe(0);
  });

  it('gives up on a dead server after bounded retries with a clear message', async () => {
    const { platform, db } = await setup('tiny');
    const url = platform.url;
    await platform.close();
    let retries = 0;
    const summary = await runSync(db, { baseUrl: url, token: 'demo-token', client: { ...noWait, maxRetries: 3 }, onProgress: (p) => p.waiting && retries++ });
    expect(summary.status).toBe('failed');
    expect(summary.error).toMatch(/did not answer after 4 attempts|could not be reached|not answer/i);
    expect(retries).toBe(3);
  });

  it('can be cancelled, and the next sync continues to an exact copy', async () => {
    const { platform, db } = await setup('default', { latencyMs: 5 });
    const abort = new AbortController();
    const run = sync({ signal: abort.signal, onProgress: (p) => p.rows > 20_000 && abort.abort() });
    const summary = await run;
    expect(summary.status).toBe('cancelled');
    expect(contentHash(db)).not.toBe('');
    platform.setFaults({ latencyMs: 0 });
    expect((await sync()).status).toBe('ok');
    expectEqualToTruth(db, platform);
  }, 60_000);
});
