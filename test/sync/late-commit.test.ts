import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { runSync } from '../../electron/sync/engine';
import { tempDbFile } from '../helpers/tmp';

// The contract's "newest seen − 5 min" resume point alone loses a row that commits late behind a
// pass that then runs on into much newer rows. This server plays exactly that, with its own clock
// in the Date header, on the characters feed.
const V0 = Date.parse('2026-11-20T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const character = (id: string, u: number) => ({ id, name: id, created_at: iso(V0 - 86_400_000), updated_at: iso(u), tags: [] });

let server: http.Server | undefined;
let db: Db | undefined;
afterEach(async () => {
  db?.close();
  await new Promise((r) => (server ? server.close(r) : r(null)));
});

function platform() {
  let clock = V0 + 10_000;
  let rows = [character('a', V0)];
  let page2Served = false;
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json', date: new Date(clock).toUTCString() });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/v1/creator')
      return send({ id: 'cr', handle: 'h', display_name: 'H', timezone: 'UTC', created_at: iso(V0), payout: { schedule: 'monthly', minimum: [] } });
    if (url.pathname === '/v1/balances') return send({ as_of: iso(clock), balances: [] });
    if (url.pathname !== '/v1/characters') return send({ data: [], next_cursor: null });
    const since = url.searchParams.get('updated_since');
    const feed = rows.filter((r) => !since || Date.parse(r.updated_at) >= Date.parse(since)).sort((x, y) => x.updated_at.localeCompare(y.updated_at) || x.id.localeCompare(y.id));
    const cursor = url.searchParams.get('cursor');
    if (!cursor) return send({ data: feed.slice(0, 1), next_cursor: feed.length > 1 || !page2Served ? 'after-first' : null });
    if (!page2Served) {
      page2Served = true;
      // Between the pages: L commits late, a minute behind the row the client already has; then the
      // clock runs on and B arrives eleven minutes later.
      clock = V0 + 11 * 60_000;
      rows = [...rows, character('late', V0 - 60_000), character('b', V0 + 11 * 60_000)];
      return send({ data: [rows[2]], next_cursor: null });
    }
    return send({ data: feed.slice(1), next_cursor: null });
  });
  return new Promise<string>((resolve) => server!.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`)));
}

describe('a row committed late behind a running pass', () => {
  it('is fetched by the next sync, because the resume point never passes the pass’s start', async () => {
    const url = await platform();
    db = (await openDatabase(tempDbFile())).db;
    const sync = () => runSync(db!, { baseUrl: url, token: 'secret-token', resources: ['characters'] });
    expect((await sync()).status).toBe('ok');
    expect(db.prepare('SELECT id FROM characters ORDER BY id').pluck().all()).toEqual(['a', 'b']);
    expect((await sync()).status).toBe('ok');
    expect(db.prepare('SELECT id FROM characters ORDER BY id').pluck().all()).toEqual(['a', 'b', 'late']);
  });
});
