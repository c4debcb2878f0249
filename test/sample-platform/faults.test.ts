// Fault switches: each one does what it says, deterministically, and can be changed at runtime.
import { afterEach, describe, expect, it } from 'vitest';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { get, TODAY, type PageBody } from './helpers';

let p: SamplePlatform | null = null;

afterEach(async () => {
  await p?.close();
  p = null;
});

async function tiny(faults = {}): Promise<SamplePlatform> {
  p = await startSamplePlatform({ scale: 'tiny', today: TODAY, faults });
  return p;
}

describe('faults', () => {
  it('rate-limits every Nth request with 429 and Retry-After', async () => {
    const q = await tiny({ rateLimitEvery: 3 });
    const statuses: number[] = [];
    for (let k = 0; k < 6; k++) {
      const res = await get(q, '/v1/ledger?limit=5');
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.headers.get('retry-after')).toBe('1');
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
      } else {
        await res.body?.cancel();
      }
    }
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
    expect(q.requestCount()).toBe(6);
    q.setFaults({ rateLimitEvery: 0 });
    expect((await get(q, '/v1/ledger?limit=5')).status).toBe(200);
  });

  it('cuts every Nth collection body in half', async () => {
    const q = await tiny();
    q.setFaults({ truncateEvery: 2 });
    const first = await (await get(q, '/v1/ledger?limit=50')).text();
    const second = await (await get(q, '/v1/ledger?limit=50')).text();
    expect(() => JSON.parse(first)).not.toThrow();
    expect(() => JSON.parse(second)).toThrow();
    expect(Math.abs(second.length - first.length / 2)).toBeLessThan(10);
  });

  it('answers 5xx at the configured rate, the same way for the same seed', async () => {
    const q = await tiny({ serverErrorRate: 1 });
    for (let k = 0; k < 5; k++) {
      const res = await get(q, '/v1/creator');
      expect([500, 502, 503]).toContain(res.status);
      expect(((await res.json()) as { error: { code: string } }).error).toBeDefined();
    }
    const run = async () => {
      const r = await startSamplePlatform({ scale: 'tiny', today: TODAY, faults: { serverErrorRate: 0.5 } });
      const out: number[] = [];
      for (let k = 0; k < 20; k++) out.push((await get(r, '/v1/creator')).status);
      await r.close();
      return out;
    };
    const a = await run();
    expect(await run()).toEqual(a);
    expect(a.filter((s) => s === 200).length).toBeGreaterThan(2);
    expect(a.filter((s) => s !== 200).length).toBeGreaterThan(2);
  });

  it('adds latency', async () => {
    const q = await tiny({ latencyMs: 150 });
    const t0 = performance.now();
    await (await get(q, '/v1/creator')).json();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('puts one malformed row in a resource page', async () => {
    const q = await tiny({ malformedRow: { resource: 'ledger' } });
    const body = (await (await get(q, '/v1/ledger?limit=5')).json()) as PageBody;
    expect(typeof body.data[0]!.gross).toBe('number');
    expect(body.data.slice(1).every((r) => typeof r.gross === 'string')).toBe(true);
    const id = body.data[3]!.id as string;
    q.setFaults({ malformedRow: { resource: 'ledger', id } });
    const again = (await (await get(q, '/v1/ledger?limit=5')).json()) as PageBody;
    expect(again.data.filter((r) => typeof r.gross !== 'string').map((r) => r.id)).toEqual([id]);
    q.setFaults({ malformedRow: { resource: 'stats/audience' } });
    const stats = (await (await get(q, '/v1/stats/audience?limit=2')).json()) as PageBody;
    expect(stats.data[0]!.date).toBe('2026-02-30');
  });

  it('holds every Nth request open until the platform closes', async () => {
    const q = await tiny({ hangEvery: 2 });
    expect((await get(q, '/v1/creator')).status).toBe(200);
    const hung = fetch(`${q.url}/v1/creator`, { headers: { authorization: `Bearer ${q.token}` }, signal: AbortSignal.timeout(300) });
    await expect(hung).rejects.toThrow();
    const t0 = performance.now();
    await q.close();
    p = null;
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
