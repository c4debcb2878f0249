// advanceDay: the dataset moves one day with the changes a real platform makes, and a client that
// syncs incrementally (updated_since = its max updated_at minus 5 minutes) converges to the truth.
import { afterEach, describe, expect, it } from 'vitest';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { fetchAll, get, keyOf, type PageBody, type Row } from './helpers';

let p: SamplePlatform | null = null;

afterEach(async () => {
  await p?.close();
  p = null;
});

type Store = Map<string, Map<string, Row>>;

/** A faithful client: pages every resource from its checkpoint and upserts by key. */
async function sync(q: SamplePlatform, store: Store, checkpoints: Map<string, string>): Promise<number> {
  let fetched = 0;
  for (const resource of q.resources()) {
    const since = checkpoints.get(resource);
    const params: Record<string, string> = { limit: '200' };
    if (since) params.updated_since = new Date(Date.parse(since) - 5 * 60_000).toISOString();
    const { rows } = await fetchAll(q, resource, params);
    fetched += rows.length;
    const table = store.get(resource) ?? new Map<string, Row>();
    store.set(resource, table);
    for (const row of rows) {
      table.set(keyOf(resource, row), row);
      if (!since || (row.updated_at as string) > since) checkpoints.set(resource, row.updated_at as string);
    }
  }
  return fetched;
}

function expectConverged(q: SamplePlatform, store: Store): void {
  for (const resource of q.resources()) {
    const live = [...store.get(resource)!.values()].filter((r) => r.deleted !== true);
    const want = [...q.truthRows(resource)];
    const byKey = (rows: Row[]) => new Map(rows.map((r) => [keyOf(resource, r), JSON.stringify(r)]));
    expect(byKey(live), resource).toEqual(byKey(want));
  }
}

describe('advanceDay', () => {
  it('adds rows, revises stats, changes statuses and tombstones rows, all reflected in truth()', async () => {
    // The last day of a month: advancing releases the whole month (pending -> available).
    p = await startSamplePlatform({ scale: 'tiny', today: '2026-03-31' });
    const before = p.truth();
    const audienceBefore = [...p.truthRows('stats/audience')];
    const ledgerBefore = new Map([...p.truthRows('ledger')].map((r) => [r.id, r]));
    p.advanceDay();
    const after = p.truth();
    expect(after.today).toBe('2026-04-01');
    expect(after.counts.ledger).toBeGreaterThan(before.counts.ledger!);
    for (const r of Object.keys(after.statsFirstMetric)) expect(after.counts[r], r).toBeGreaterThan(before.counts[r]!);
    // Stats: a new date, and the two previous dates revised with a bumped updated_at.
    const audience = [...p.truthRows('stats/audience')];
    expect(audience.at(-1)!.date).toBe('2026-03-31');
    for (const date of ['2026-03-29', '2026-03-30']) {
      const old = audienceBefore.find((r) => r.date === date)!;
      const now = audience.find((r) => r.date === date)!;
      expect((now.updated_at as string) > (old.updated_at as string), date).toBe(true);
      expect(now.new_followers as number).toBeGreaterThanOrEqual(old.new_followers as number);
    }
    // Status changes: March's pending rows are now available.
    const ledgerAfter = [...p.truthRows('ledger')];
    const released = ledgerAfter.filter((r) => ledgerBefore.get(r.id)?.status === 'pending' && r.status === 'available');
    expect(released.length).toBeGreaterThan(10);
    expect(after.balances.CREDITS!.pending).toBeLessThan(before.balances.CREDITS!.pending);
    // Tombstones: new deleted ids in the ledger and the catalogue.
    expect(after.deletedIds.ledger!.length).toBeGreaterThan(before.deletedIds.ledger!.length);
    const catalogueDeleted = (t: typeof after) => ['characters', 'plugins', 'announcements'].reduce((n, r) => n + t.deletedIds[r]!.length, 0);
    p.advanceDay();
    expect(catalogueDeleted(p.truth())).toBeGreaterThan(catalogueDeleted(before));
  });

  it('pays out in the first week of the month when the USDT balance allows', async () => {
    p = await startSamplePlatform({ scale: 'tiny', today: '2026-03-31' });
    const payouts = () => [...p!.truthRows('payouts')];
    const n = payouts().length;
    for (let k = 0; k < 7; k++) p.advanceDay();
    const now = payouts();
    expect(now.length).toBe(n + 1);
    expect(now.at(-1)!.period_end).toBe('2026-03-31');
    expect(p.truth().balances.USDT!.available).toBeLessThan(10_000_000n);
  });

  it('lets an incremental client converge to the truth, with changes between pages', async () => {
    p = await startSamplePlatform({ scale: 'tiny', today: '2026-04-28' });
    const store: Store = new Map();
    const checkpoints = new Map<string, string>();
    const full = await sync(p, store, checkpoints);
    expectConverged(p, store);
    for (let day = 0; day < 5; day++) {
      p.advanceDay();
      const fetched = await sync(p, store, checkpoints);
      expect(fetched).toBeLessThan(full / 2);
      expectConverged(p, store);
    }
  });

  it('keeps a cursor valid while rows change between pages', async () => {
    p = await startSamplePlatform({ scale: 'tiny', today: '2026-04-30' });
    const seen = new Map<string, Row>();
    let checkpoint = '';
    let deliveries = 0;
    const take = (rows: Row[]) => {
      deliveries += rows.length;
      for (const r of rows) {
        seen.set(r.id as string, r);
        if ((r.updated_at as string) > checkpoint) checkpoint = r.updated_at as string;
      }
    };
    let body = (await (await get(p, '/v1/ledger?limit=40')).json()) as PageBody;
    take(body.data);
    p.advanceDay(); // month end: every April row is released and moves to the end of the feed
    while (body.next_cursor) {
      body = (await (await get(p, `/v1/ledger?limit=40&cursor=${body.next_cursor}`)).json()) as PageBody;
      take(body.data);
    }
    expect(deliveries).toBeGreaterThan(seen.size); // rows released mid-way came again at the end
    const since = new Date(Date.parse(checkpoint) - 5 * 60_000).toISOString();
    take((await fetchAll(p, 'ledger', { updated_since: since })).rows);
    const live = [...seen.values()].filter((r) => r.deleted !== true);
    expect(new Map(live.map((r) => [r.id, JSON.stringify(r)]))).toEqual(new Map([...p.truthRows('ledger')].map((r) => [r.id, JSON.stringify(r)])));
  });
});
