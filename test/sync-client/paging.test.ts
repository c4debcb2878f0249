import { afterEach, describe, expect, it } from 'vitest';
import { PlatformClient, PlatformError } from '../../electron/sync/client/index.js';
import { T0, fakeSleep, json, ledgerRow, startServer, type Handler, type TestServer } from './server.js';

const TOKEN = 'tok_paging_secret_123';
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: Handler, extra: Partial<ConstructorParameters<typeof PlatformClient>[0]> = {}) {
  server = await startServer(handler);
  const { sleep, sleeps } = fakeSleep();
  const client = new PlatformClient({ baseUrl: server.url, token: TOKEN, sleep, random: () => 0.5, ...extra });
  return { client, sleeps, hits: server.hits };
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function failure(p: Promise<unknown>): Promise<PlatformError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PlatformError);
  expect(`${(err as Error).message} ${(err as Error).stack}`).not.toContain(TOKEN);
  return err as PlatformError;
}

describe('paging', () => {
  it('follows cursors to the end, sending auth, limit, updated_since and cursor', async () => {
    const pages: Record<string, { data: unknown[]; next_cursor: string | null }> = {
      '': { data: [ledgerRow('L1'), ledgerRow('L2')], next_cursor: 'c2' },
      c2: { data: [ledgerRow('L3', { status: 'available', extra: { nested: true } })], next_cursor: 'c3' },
      c3: { data: [], next_cursor: null },
    };
    const { client, hits } = await clientFor((_req, res, hit) => json(res, 200, pages[hit.query.get('cursor') ?? '']));
    const got = await collect(client.pages('ledger', { updatedSince: T0, limit: 2 }));
    expect(got.map((p) => [p.rows.map((r) => r.id), p.nextCursor, p.rawCount])).toEqual([
      [['L1', 'L2'], 'c2', 2],
      [['L3'], 'c3', 1],
      [[], null, 0],
    ]);
    expect(hits.map((h) => h.path)).toEqual(['/v1/ledger', '/v1/ledger', '/v1/ledger']);
    expect(hits.map((h) => h.query.get('cursor'))).toEqual([null, 'c2', 'c3']);
    for (const h of hits) {
      expect(h.authorization).toBe(`Bearer ${TOKEN}`);
      expect(h.query.get('limit')).toBe('2');
      expect(h.query.get('updated_since')).toBe(T0);
    }
    const row = got[0].rows[0];
    expect(row).toMatchObject({ deleted: false, gross: 12_500_000, fee: 2_500_001, net: 9_999_999, occurred_at: T0 });
  });

  it('resumes from a given cursor and sends since/until for stats', async () => {
    const { client, hits } = await clientFor((_req, res) =>
      json(res, 200, { data: [{ date: '2026-03-01', hour: 23, chats_started: 4, messages: 9, updated_at: T0 }], next_cursor: null }),
    );
    const [page] = await collect(client.pages('stats/activity-hourly', { cursor: 'abc', since: '2026-03-01', until: '2026-03-31' }));
    expect(page.rows).toEqual([{ date: '2026-03-01', hour: 23, chats_started: 4, messages: 9, updated_at: T0, deleted: false }]);
    expect(hits[0].path).toBe('/v1/stats/activity-hourly');
    expect(Object.fromEntries(hits[0].query)).toEqual({ limit: '1000', cursor: 'abc', since: '2026-03-01', until: '2026-03-31' });
  });

  it('ignores unknown fields and accepts tombstones with only their key', async () => {
    const { client } = await clientFor((_req, res) =>
      json(res, 200, {
        data: [
          { ...ledgerRow('L1'), brand_new_field: [1, 2], description: null },
          { id: 'L2', updated_at: T0, deleted: true, also_unknown: 'ok' },
        ],
        next_cursor: null,
        some_page_field: 1,
      }),
    );
    const [page] = await collect(client.pages('ledger'));
    expect(page.rows[0]).not.toHaveProperty('brand_new_field');
    expect(page.rows[0]).toMatchObject({ id: 'L1', description: null, payout_id: null });
    expect(page.rows[1]).toEqual({ id: 'L2', updated_at: T0, deleted: true });
  });

  it('accepts a stats tombstone with only key fields + updated_at', async () => {
    const { client } = await clientFor((_req, res) =>
      json(res, 200, { data: [{ story_id: 's1', date: '2026-03-02', chapter: 3, updated_at: T0, deleted: true, x: 1 }], next_cursor: null }),
    );
    const [page] = await collect(client.pages('stats/story-chapters'));
    expect(page.rows).toEqual([{ story_id: 's1', date: '2026-03-02', chapter: 3, updated_at: T0, deleted: true }]);
  });

  it('names the resource, the row id and the problem for a bad row', async () => {
    const { client } = await clientFor((_req, res) =>
      json(res, 200, { data: [ledgerRow('L1'), ledgerRow('L-bad', { gross: '1.2345678', net: 12 })], next_cursor: null }),
    );
    const err = await failure(collect(client.pages('ledger')));
    expect(err.kind).toBe('malformed');
    expect(err.resource).toBe('ledger');
    expect(err.message).toContain('ledger row');
    expect(err.message).toContain('id "L-bad"');
    expect(err.message).toMatch(/gross: amount "1.2345678" is not a decimal with at most 6 fraction digits/);
    expect(err.message).toMatch(/net: amount must be a decimal string, got the number 12/);
  });

  it('rejects a ledger row whose net is not gross - fee, and names a stats row by its key', async () => {
    const { client } = await clientFor((_req, res, hit) =>
      hit.path === '/v1/ledger'
        ? json(res, 200, { data: [ledgerRow('L7', { net: '10.00' })], next_cursor: null })
        : json(res, 200, { data: [{ character_id: 'ch9', date: '2026-02-30', scenario: 'beach', chats: -1, updated_at: T0 }], next_cursor: null }),
    );
    const e1 = await failure(collect(client.pages('ledger')));
    expect(e1.message).toMatch(/id "L7".*net: must equal gross - fee exactly \(gross 12\.50, fee 2\.500001, net 10\.00\)/);
    const e2 = await failure(collect(client.pages('stats/character-scenarios')));
    expect(e2.resource).toBe('stats/character-scenarios');
    expect(e2.message).toContain('character_id "ch9", date "2026-02-30", scenario "beach"');
    expect(e2.message).toMatch(/date: must be a calendar date/);
    expect(e2.message).toMatch(/chats: must not be negative/);
  });

  it('says "is missing" for a live row without a required field', async () => {
    const { client } = await clientFor((_req, res) => json(res, 200, { data: [{ id: 'p1', updated_at: T0, name: 'P' }], next_cursor: null }));
    const err = await failure(collect(client.pages('plugins')));
    expect(err.message).toMatch(/plugin row .*id "p1".*created_at: is missing; tags: is missing/);
  });

  it.each([
    ['invalid JSON', (res: Parameters<Handler>[1]) => json(res, 200, '{"data": [nope]}'), /not valid JSON/],
    ['a cut-off body', (res: Parameters<Handler>[1]) => json(res, 200, '{"data": [{"id": "L1", "occ'), /not valid JSON.*cut off/],
    ['an HTML page', (res: Parameters<Handler>[1]) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><html><body>Sign in to the Wi-Fi</body></html>');
    }, /not valid JSON.*HTML page/],
    ['an empty body', (res: Parameters<Handler>[1]) => json(res, 200, ''), /not valid JSON.*empty/],
  ])('retries %s a bounded number of times, then reports it as malformed', async (_name, answer, message) => {
    const { client, hits, sleeps } = await clientFor((_req, res) => answer(res), { maxRetries: 2 });
    const err = await failure(collect(client.pages('ledger')));
    expect(err.kind).toBe('malformed');
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/after 3 attempts/);
    expect(err.message).toContain('ledger');
    expect(hits).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('treats valid JSON without a data list as malformed at once (not a transport fault)', async () => {
    const { client, hits } = await clientFor((_req, res) => json(res, 200, { rows: [] }));
    const err = await failure(collect(client.pages('ledger')));
    expect(err.kind).toBe('malformed');
    expect(err.message).toMatch(/without a "data" list/);
    expect(hits).toHaveLength(1);
  });

  it('retries a body cut by a dropped connection, then reports it as malformed', async () => {
    const { client, hits, sleeps } = await clientFor(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
        res.write('{"data": [', () => res.socket?.destroy());
      },
      { maxRetries: 2 },
    );
    const err = await failure(collect(client.pages('ledger')));
    expect(err.kind).toBe('malformed');
    expect(err.message).toMatch(/after 3 attempts.*not valid JSON.*closed before the whole page arrived/);
    expect(hits).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('recovers when a dropped page arrives whole on retry', async () => {
    const { client, hits } = await clientFor((_req, res, _hit, n) => {
      if (n === 1) {
        res.writeHead(200, { 'content-length': '5000' });
        res.write('{"data": [', () => res.socket?.destroy());
      } else json(res, 200, { data: [ledgerRow('L1')], next_cursor: null });
    });
    const pages = await collect(client.pages('ledger'));
    expect(pages[0].rows[0].id).toBe('L1');
    expect(hits).toHaveLength(2);
  });

  it('stops when the platform repeats a cursor', async () => {
    const { client } = await clientFor((_req, res) => json(res, 200, { data: [], next_cursor: 'same' }));
    const err = await failure(collect(client.pages('characters')));
    expect(err.message).toMatch(/same next_cursor twice/);
  });

  describe('a feed that never ends', () => {
    const STALLED = 'The platform kept sending pages of the ledger with nothing new in them (3 in a row), so the sync of the ledger stopped rather than run forever. ' +
      "This is a fault on the platform's side: everything stored before it is kept, and the next sync tries again.";
    // The platforms below give up after 50 pages, so a client without the bound fails fast instead of hanging.
    const GIVE_UP = 50;

    async function drain(client: PlatformClient) {
      const pages: string[][] = [];
      const err = await failure(
        (async () => {
          for await (const page of client.pages('ledger')) pages.push(page.rows.map((r) => `${r.id}@${r.updated_at}`));
        })(),
      );
      return { pages, err };
    }

    it('stops after 3 pages in a row of rows already sent, under new cursors each time', async () => {
      const { client, hits } = await clientFor((_req, res, _hit, n) =>
        json(res, 200, { data: [ledgerRow('L1'), ledgerRow('L2')], next_cursor: n < GIVE_UP ? `c${n}` : null }),
      );
      const { pages, err } = await drain(client);
      expect(pages).toEqual([[`L1@${T0}`, `L2@${T0}`]]); // the repeats are not handed on
      expect(hits).toHaveLength(4);
      expect(err.kind).toBe('malformed');
      expect(err.resource).toBe('ledger');
      expect(err.message).toBe(STALLED);
    });

    it('stops after 3 empty pages in a row', async () => {
      const { client, hits } = await clientFor((_req, res, _hit, n) => json(res, 200, { data: [], next_cursor: n < GIVE_UP ? `c${n}` : null }));
      const { pages, err } = await drain(client);
      expect(pages).toEqual([]);
      expect(hits).toHaveLength(3);
      expect(err.message).toBe(STALLED);
    });

    it('is not confused with a feed whose rows change while it is read, nor with an empty page now and then', async () => {
      const T1 = '2026-03-04T18:00:00.000Z';
      const feed: Record<string, { data: unknown[]; next_cursor: string | null }> = {
        '': { data: [ledgerRow('L1'), ledgerRow('L2')], next_cursor: 'c2' },
        c2: { data: [], next_cursor: 'c3' },
        c3: { data: [ledgerRow('L2')], next_cursor: 'c4' }, // repeated across a page boundary
        c4: { data: [ledgerRow('L1', { updated_at: T1, status: 'available' })], next_cursor: 'c5' }, // released during the pass
        c5: { data: [], next_cursor: 'c6' },
        c6: { data: [ledgerRow('L1', { updated_at: T1, status: 'available' })], next_cursor: 'c7' },
        c7: { data: [ledgerRow('L3')], next_cursor: null },
      };
      const { client, hits } = await clientFor((_req, res, hit) => json(res, 200, feed[hit.query.get('cursor') ?? '']));
      const got = await collect(client.pages('ledger'));
      expect(got.map((p) => p.rows.map((r) => `${r.id}@${r.updated_at}`))).toEqual([[`L1@${T0}`, `L2@${T0}`], [`L1@${T1}`], [`L3@${T0}`]]);
      expect(hits).toHaveLength(7);
    });
  });

  it('reads and validates the creator and the balances', async () => {
    const { client } = await clientFor((_req, res, hit) =>
      hit.path === '/v1/creator'
        ? json(res, 200, {
            id: 'cr1', handle: 'ana', display_name: 'Ana', timezone: 'America/Sao_Paulo', created_at: T0, unknown: 1,
            payout: { schedule: 'monthly', minimum: [{ currency: 'USDT', amount: '10.00' }] },
          })
        : json(res, 200, { as_of: T0, balances: [{ currency: 'CREDITS', available: '-0.000125', pending: '1000000.00' }] }),
    );
    expect(await client.getCreator()).toEqual({
      id: 'cr1', handle: 'ana', display_name: 'Ana', timezone: 'America/Sao_Paulo', created_at: T0,
      payout: { schedule: 'monthly', minimum: [{ currency: 'USDT', amount: 10_000_000 }] },
    });
    expect(await client.getBalances()).toEqual({ as_of: T0, balances: [{ currency: 'CREDITS', available: -125, pending: 1_000_000_000_000 }] });
  });

  it('rejects bad paging options before any request', async () => {
    const { client, hits } = await clientFor((_req, res) => json(res, 200, { data: [], next_cursor: null }));
    await expect(collect(client.pages('ledger', { limit: 0 }))).rejects.toThrow(RangeError);
    await expect(collect(client.pages('ledger', { since: '2026-01-01' }))).rejects.toThrow(/stats resources only/);
    await expect(collect(client.pages('ledger', { updatedSince: 'yesterday' }))).rejects.toThrow(/updatedSince/);
    expect(hits).toHaveLength(0);
  });
});
