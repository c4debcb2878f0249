// Faults at sync level (issue 7): hung connections abort within the timeout and the sync resumes;
// damaged pages write nothing and leave the checkpoint where it was; 400/401/403/404 are final;
// 429 waits exactly what Retry-After asks (fake clock: the client's sleep and now are the test's).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { NO_FAULTS, startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { runSync, type SyncOptions } from '../../electron/sync/engine';
import { contentHash, differences } from '../helpers/compare';
import { startFaultProxy, type Answer, type FaultProxy } from '../helpers/fault-proxy';
import { tempDbFile } from '../helpers/tmp';

type Row = Record<string, unknown>;
const noWait = { sleep: async () => {}, random: () => 0.5 };
let platform: SamplePlatform;
let proxy: FaultProxy;

beforeAll(async () => {
  platform = await startSamplePlatform({ scale: 'tiny', today: '2026-11-22' });
  proxy = await startFaultProxy(platform.url);
});
afterEach(() => {
  proxy.rule = null;
  proxy.requests.length = 0;
  platform.setFaults(NO_FAULTS);
});
afterAll(async () => {
  await proxy.close();
  await platform.close();
});

const newDb = async (): Promise<Db> => (await openDatabase(tempDbFile())).db;
const sync = (db: Db, options: Partial<SyncOptions> = {}) =>
  runSync(db, { baseUrl: proxy.url, token: platform.token, ...options, client: { ...noWait, ...options.client } });
const checkpoint = (db: Db) =>
  db.prepare(`SELECT cursor, pass_since, pass_max_updated_at, max_updated_at, rows FROM sync_state WHERE resource = 'ledger'`).get();
const ledgerIds = (db: Db) => db.prepare('SELECT id FROM ledger ORDER BY id').pluck().all() as string[];
const asked = (path: string) => proxy.requests.filter((u) => u.pathname === path).length;

describe('a hung connection', () => {
  it('is aborted within timeoutMs, retried, and the sync completes', async () => {
    const db = await newDb();
    platform.setFaults({ hangEvery: 4 });
    const failedAfter: number[] = [];
    const timedFetch: typeof fetch = async (input, init) => {
      const t0 = performance.now();
      try {
        return await fetch(input, init);
      } catch (err) {
        failedAfter.push(performance.now() - t0);
        throw err;
      }
    };
    const summary = await sync(db, { client: { timeoutMs: 300, fetchImpl: timedFetch } });
    expect(summary.status).toBe('ok');
    expect(failedAfter.length).toBeGreaterThanOrEqual(3);
    for (const ms of failedAfter) expect(ms).toBeGreaterThanOrEqual(290);
    for (const ms of failedAfter) expect(ms).toBeLessThan(1_500); // slack for a loaded machine; the default would be 30 s
    expect(differences(db, platform)).toEqual([]);
  });

  it('that never ends stops the run quickly; the next sync resumes and converges', async () => {
    const db = await newDb();
    let rowsBefore = 0;
    const t0 = performance.now();
    const stopped = await sync(db, {
      client: { timeoutMs: 300, maxRetries: 1 },
      // From the ledger on, every request hangs.
      onProgress: (p) => {
        if (p.resource === 'ledger' && !rowsBefore) {
          rowsBefore = p.rows;
          platform.setFaults({ hangEvery: 1 });
        }
      },
    });
    expect(stopped.status).toBe('failed');
    expect(stopped.error).toMatch(/did not answer after 2 attempts.*within 0\.3 s/);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(rowsBefore).toBeGreaterThan(0); // the resources before the ledger were stored
    platform.setFaults({ hangEvery: 0 });
    expect((await sync(db)).status).toBe('ok');
    expect(differences(db, platform)).toEqual([]);
  });
});

const HTML = '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
function breakRow(a: Answer): Answer {
  const page = JSON.parse(a.body) as { data: Row[] };
  const live = page.data.findIndex((r) => !r.deleted);
  page.data[live] = { ...page.data[live], gross: 12.5 }; // a float where the contract wants a decimal string
  return { ...a, body: JSON.stringify(page) };
}

// [what, damage done to the real page, retried by the client, run status]
const DAMAGED: [string, (real: Answer) => Answer, boolean, string][] = [
  ['a body cut off by a dropped connection', (a) => ({ ...a, cutAfterBytes: Buffer.byteLength(a.body) >> 1 }), true, 'partial'],
  ['a complete answer whose JSON is cut in half', (a) => ({ ...a, body: a.body.slice(0, a.body.length >> 1) }), true, 'partial'],
  ['invalid JSON', (a) => ({ ...a, body: a.body.replace('"data":[', '"data":[,') }), true, 'partial'],
  ['an HTML page with status 200 (a captive portal)', () => ({ status: 200, body: HTML, headers: { 'content-type': 'text/html' } }), true, 'partial'],
  ['an HTML error page with status 502', () => ({ status: 502, body: HTML, headers: { 'content-type': 'text/html' } }), true, 'failed'],
  ['a row that breaks the schema', breakRow, false, 'partial'],
];

describe('a damaged page, the same every time it is asked', () => {
  it.each(DAMAGED)('%s: nothing of it is written and the checkpoint stays where it was', async (_, damage, retried, status) => {
    const db = await newDb();
    const real = new Map<string | null, Row[]>();
    const cursors: string[] = [];
    // The third page of the ledger (the second cursor handed out) is damaged, on every request.
    proxy.rule = async (url, upstream) => {
      if (url.pathname !== '/v1/ledger') return null;
      const cursor = url.searchParams.get('cursor');
      const answer = await upstream();
      real.set(cursor, (JSON.parse(answer.body) as { data: Row[] }).data);
      if (cursor !== null && !cursors.includes(cursor)) cursors.push(cursor);
      return cursor !== null && cursor === cursors[1] ? damage(answer) : answer;
    };
    const run = () => sync(db, { resources: ['ledger'], pageSize: 20, client: { maxRetries: 2 } });
    const attempts = () => proxy.requests.filter((u) => u.searchParams.get('cursor') === cursors[1]).length;

    const first = await run();
    expect(first.status).toBe(status);
    if (status === 'partial') expect(first.failures[0]?.resource).toBe('ledger');
    expect(first.error).toMatch(/ledger/);
    expect(attempts()).toBe(retried ? 3 : 1);
    // The two intact pages before it are stored, with their checkpoint; no row of the damaged one.
    const kept = [...real.get(null)!, ...real.get(cursors[0]!)!];
    expect(ledgerIds(db)).toEqual(kept.filter((r) => !r.deleted).map((r) => r.id as string).sort());
    for (const row of real.get(cursors[1]!)!) expect(ledgerIds(db)).not.toContain(row.id);
    const newest = kept.map((r) => r.updated_at as string).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
    const before = checkpoint(db);
    expect(before).toEqual({ cursor: cursors[1], pass_since: null, pass_max_updated_at: newest, max_updated_at: null, rows: kept.length });
    const hash = contentHash(db, ['ledger']);

    // Resuming into the same damage moves nothing.
    const second = await run();
    expect(second.status).toBe(status);
    expect(attempts()).toBe(retried ? 6 : 2);
    expect(checkpoint(db)).toEqual(before);
    expect(contentHash(db, ['ledger'])).toBe(hash);

    proxy.rule = null;
    expect((await run()).status).toBe('ok');
    expect(differences(db, platform, ['ledger'])).toEqual([]);
  });
});

describe('final answers', () => {
  it.each([
    [400, 'partial'],
    [401, 'failed'],
    [403, 'failed'],
    [404, 'partial'],
  ])('%i is not retried', async (code, status) => {
    const db = await newDb();
    const waits: number[] = [];
    proxy.rule = (url) => (url.pathname === '/v1/ledger' ? { status: code, body: JSON.stringify({ error: { code: 'x', message: 'no' } }) } : null);
    const summary = await sync(db, { resources: ['characters', 'ledger', 'payouts'], client: { sleep: async (ms) => void waits.push(ms), maxRetries: 6 } });
    expect(summary.status).toBe(status);
    expect(asked('/v1/ledger')).toBe(1);
    expect(waits).toEqual([]);
    // 400/404 fail the ledger alone; 401/403 stop the run (every other request would be refused too).
    expect(asked('/v1/payouts')).toBe(status === 'partial' ? 1 : 0);
  });
});

describe('429', () => {
  it('waits exactly Retry-After seconds each time (delta-seconds), and the sync completes', async () => {
    const db = await newDb();
    platform.setFaults({ rateLimitEvery: 3, retryAfterSeconds: 7 });
    const before = platform.requestCount(); // the platform counts requests over its whole life
    const waits: number[] = [];
    const t0 = performance.now();
    const summary = await sync(db, { client: { sleep: async (ms) => void waits.push(ms) } });
    expect(summary.status).toBe('ok');
    expect(waits.length).toBe(Math.floor(platform.requestCount() / 3) - Math.floor(before / 3));
    expect(waits.length).toBeGreaterThan(3);
    expect(new Set(waits)).toEqual(new Set([7_000]));
    expect(performance.now() - t0).toBeLessThan(7_000); // the fake clock waited, not the test
    expect(differences(db, platform)).toEqual([]);
  });

  it('waits until the HTTP date of Retry-After, on the client’s clock', async () => {
    const db = await newDb();
    const now = Date.parse('2026-11-22T10:00:00Z');
    let limited = 0;
    proxy.rule = (url) =>
      url.pathname === '/v1/ledger' && limited++ < 2
        ? { status: 429, body: '{"error":{"code":"rate_limited","message":"slow down"}}', headers: { 'retry-after': new Date(now + 42_000).toUTCString() } }
        : null;
    const waits: number[] = [];
    const summary = await sync(db, { resources: ['ledger'], client: { now: () => now, sleep: async (ms) => void waits.push(ms) } });
    expect(summary.status).toBe('ok');
    expect(waits).toEqual([42_000, 42_000]);
    expect(asked('/v1/ledger')).toBe(3);
  });
});
