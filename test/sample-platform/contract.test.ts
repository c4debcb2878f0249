// The sample platform speaks the contract of shared/platform-api.md: auth, errors, paging, filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMicros } from '../../db/money';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { fetchAll, get, getJson, keyOf, TODAY, type PageBody, type Row } from './helpers';

let p: SamplePlatform;

beforeAll(async () => {
  p = await startSamplePlatform({ scale: 'tiny', today: TODAY, seed: 42 });
});

afterAll(async () => {
  await p.close();
});

describe('auth and errors', () => {
  it('answers 401 with an error body for a missing or wrong token', async () => {
    const missing = await fetch(`${p.url}/v1/ledger`);
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    const wrong = await get(p, '/v1/ledger', 'not-the-token');
    expect(wrong.status).toBe(401);
    const body = (await wrong.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toMatch(/token/);
  });

  it('answers 403 for a token without scope', async () => {
    const res = await get(p, '/v1/creator', 'no-scope-token');
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('insufficient_scope');
  });

  it('rejects bad limits, cursors and instants with 400', async () => {
    for (const limit of ['0', '1001', 'abc', '1.5', '-1', '']) {
      const res = await get(p, `/v1/ledger?limit=${limit}`);
      expect(res.status, `limit=${limit}`).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_limit');
    }
    expect((await get(p, '/v1/ledger?cursor=garbage')).status).toBe(400);
    const { next_cursor } = await getJson<PageBody>(p, '/v1/ledger?limit=2');
    expect((await get(p, `/v1/support?cursor=${next_cursor}`)).status).toBe(400); // bound to its resource
    expect((await get(p, '/v1/ledger?updated_since=yesterday')).status).toBe(400);
    expect((await get(p, '/v1/stats/audience?since=2026-02-30')).status).toBe(400);
    expect((await get(p, '/v1/nope')).status).toBe(404);
  });

  it('accepts limit 1 and 1000 and defaults to 500', async () => {
    expect((await getJson<PageBody>(p, '/v1/stats/activity-hourly?limit=1')).data).toHaveLength(1);
    expect((await getJson<PageBody>(p, '/v1/stats/activity-hourly?limit=1000')).data).toHaveLength(936);
    expect((await getJson<PageBody>(p, '/v1/stats/activity-hourly')).data).toHaveLength(500);
  });
});

describe('single objects', () => {
  it('serves the creator profile', async () => {
    const c = await getJson<Row>(p, '/v1/creator');
    expect(c.timezone).toBe('America/Sao_Paulo');
    expect(c.payout).toEqual({ schedule: 'monthly', minimum: [{ currency: 'USDT', amount: '10.00' }] });
  });

  it('serves balances computed from the ledger', async () => {
    const b = await getJson<{ as_of: string; balances: { currency: string; available: string; pending: string }[] }>(p, '/v1/balances');
    const truth = p.truth();
    expect(b.as_of).toBe(truth.asOf);
    for (const x of b.balances) {
      expect(BigInt(parseMicros(x.available)), x.currency).toBe(truth.balances[x.currency]!.available);
      expect(BigInt(parseMicros(x.pending)), x.currency).toBe(truth.balances[x.currency]!.pending);
    }
    expect(b.balances.map((x) => x.currency)).toEqual(['CREDITS', 'USDT', 'USD']);
  });
});

describe('paging', () => {
  it('covers every row exactly once, in (updated_at) order, for every resource', async () => {
    const truth = p.truth();
    for (const resource of truth.resources) {
      const { rows: delivered } = await fetchAll(p, resource, { limit: '7' });
      const stamps = delivered.map((r) => r.updated_at as string);
      expect([...stamps].sort(), resource).toEqual(stamps);
      // A key comes again only as a newer version of its row (a character's price change); the last
      // version of each key is the row.
      const last = new Map(delivered.map((r, i) => [keyOf(resource, r), i]));
      const rows = delivered.filter((r, i) => last.get(keyOf(resource, r)) === i);
      if (resource !== 'characters') expect(rows.length, resource).toBe(delivered.length);
      for (const [i, r] of delivered.entries()) if (last.get(keyOf(resource, r)) !== i) expect(r.deleted, resource).not.toBe(true);
      expect(rows.filter((r) => r.deleted !== true).length, resource).toBe(truth.counts[resource]);
      expect(rows.filter((r) => r.deleted === true).map((r) => r.id as string).sort(), resource).toEqual(truth.deletedIds[resource]);
      expect(JSON.stringify(rows.filter((r) => r.deleted !== true)), resource).toBe(JSON.stringify([...p.truthRows(resource)]));
    }
  });

  it('has ties in updated_at and pages through them', async () => {
    const { rows } = await fetchAll(p, 'ledger', { limit: '3' });
    const stamps = rows.map((r) => r.updated_at);
    expect(new Set(stamps).size).toBeLessThan(stamps.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('is deterministic: the same seed gives byte-identical pages', async () => {
    const q = await startSamplePlatform({ scale: 'tiny', today: TODAY, seed: 42 });
    const r = await startSamplePlatform({ scale: 'tiny', today: TODAY, seed: 43 });
    try {
      for (const resource of ['ledger', 'support', 'payouts', 'stats/characters', 'characters']) {
        const a = await fetchAll(p, resource, { limit: '50' });
        const b = await fetchAll(q, resource, { limit: '50' });
        expect(b.bodies, resource).toEqual(a.bodies);
      }
      expect((await fetchAll(r, 'ledger')).bodies).not.toEqual((await fetchAll(p, 'ledger')).bodies);
    } finally {
      await q.close();
      await r.close();
    }
  });

  it('filters by updated_since (rows with updated_at >= it)', async () => {
    const { rows } = await fetchAll(p, 'ledger');
    const mid = rows[Math.floor(rows.length / 2)]!.updated_at as string;
    const { rows: since } = await fetchAll(p, 'ledger', { updated_since: mid });
    expect(since.length).toBe(rows.filter((r) => (r.updated_at as string) >= mid).length);
    expect(since.every((r) => (r.updated_at as string) >= mid)).toBe(true);
  });

  it('bounds stats by since/until (inclusive UTC dates)', async () => {
    const { rows } = await fetchAll(p, 'stats/countries', { since: '2026-03-01', until: '2026-03-07' });
    const dates = new Set(rows.map((r) => r.date));
    expect([...dates].sort()).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07']);
    expect(rows).toHaveLength(7 * 4);
    const { rows: none } = await fetchAll(p, 'stats/countries', { since: '2026-03-07', until: '2026-03-01' });
    expect(none).toHaveLength(0);
  });

  it('sends unknown extra fields on some rows', async () => {
    const { rows } = await fetchAll(p, 'characters');
    expect(rows.some((r) => 'avatar_url' in r || 'x_beta' in r)).toBe(true);
  });
});
