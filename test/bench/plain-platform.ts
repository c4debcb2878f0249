// A platform server written apart from the app and its sample platform (no import from either): it
// serves a ledger of a given size through the contract's paging (limit, cursor, updated_since), an
// empty list for every other collection, the profile and the balances, the way a platform the
// project did not write would. Its rows are generated from a seed: random ids (not in time order),
// a few dozen sources, every status, reversals and payouts.
//   node --import tsx test/bench/plain-platform.ts [--rows 300018] [--seed 7]
// Prints its URL on the first line of standard output; "advance" on standard input adds one more day of
// rows and re-delivers some older ones released, then answers "ok".
import http from 'node:http';
import { parseArgs } from 'node:util';

const TOKEN = 'demo-token';
const DAY_MS = 86_400_000;

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Micro-units as the contract's decimal string, without floats. */
function decimal(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  const abs = Math.abs(micros);
  const frac = String(abs % 1_000_000).padStart(6, '0').replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 1_000_000)}${frac ? `.${frac}` : ''}`;
}

interface Row {
  id: string;
  occurred_at: string;
  updated_at: string;
  stream: string;
  source_type: string;
  source_id: string;
  currency: string;
  gross: string;
  fee: string;
  net: string;
  status: string;
  available_on?: string;
  payout_id?: string;
  description?: string;
}

const STREAMS: [string, string, number][] = [
  ['character', 'character', 0.55],
  ['embed', 'character', 0.15],
  ['plugin', 'plugin', 0.17],
  ['support', 'support', 0.05],
  ['campaign', 'platform', 0.03],
  ['adjustment', 'platform', 0.03],
  ['payout', 'payout', 0.02],
];

function makeLedger(count: number, seed: number, lastDayMs: number): { rows: Row[]; next: (at: number) => Row } {
  const random = rng(seed);
  const days = Math.max(1, Math.ceil(count / 410));
  const firstMs = lastDayMs - (days - 1) * DAY_MS;
  const idChars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const newId = () => {
    let s = 'txn_';
    for (let i = 0; i < 20; i++) s += idChars[Math.floor(random() * idChars.length)];
    return s;
  };
  const pick = (): [string, string] => {
    let r = random();
    for (const [stream, type, share] of STREAMS) {
      if ((r -= share) <= 0) return [stream, type];
    }
    return ['character', 'character'];
  };
  const make = (occurredMs: number, updatedMs: number): Row => {
    const [stream, sourceType] = pick();
    const currency = random() < 0.7 ? 'USDT' : random() < 0.8 ? 'CREDITS' : 'USD';
    const payout = stream === 'payout';
    const gross = payout ? -Math.floor(random() * 500_000_000) - 10_000_000 : Math.floor(random() * 25_000_000) + 1;
    const fee = payout ? Math.floor(random() * 1_000_000) : Math.floor(gross * 0.1);
    const released = occurredMs < updatedMs - 30 * DAY_MS;
    const status = random() < 0.01 ? 'reversed' : payout || released ? 'available' : 'pending';
    const sourceId =
      sourceType === 'character' ? `char_${Math.floor(random() * 40)}` : sourceType === 'plugin' ? `plug_${Math.floor(random() * 12)}` : sourceType === 'platform' ? 'platform' : newId();
    const row: Row = {
      id: newId(),
      occurred_at: new Date(occurredMs).toISOString(),
      updated_at: new Date(updatedMs).toISOString(),
      stream,
      source_type: sourceType,
      source_id: sourceId,
      currency,
      gross: decimal(gross),
      fee: decimal(fee),
      net: decimal(gross - fee),
      status,
    };
    if (status === 'available') row.available_on = new Date(occurredMs + 30 * DAY_MS).toISOString().slice(0, 10);
    if (payout) row.payout_id = sourceId;
    if (stream === 'adjustment') row.description = 'Correction of a metering error';
    return row;
  };
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const occurred = firstMs + Math.floor((i / count) * days * DAY_MS + random() * 60_000);
    // Rows older than the release delay were re-delivered when they were released: updated then.
    const updated = occurred < lastDayMs - 30 * DAY_MS ? occurred + 30 * DAY_MS : occurred + 1_000;
    rows.push(make(occurred, Math.min(updated, lastDayMs + DAY_MS - 1)));
  }
  rows.sort((a, b) => (a.updated_at < b.updated_at ? -1 : a.updated_at > b.updated_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rows, next: (at) => make(at, at + 1_000) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string' }, seed: { type: 'string' }, today: { type: 'string' } } });
  const count = Number(values.rows ?? 300_018);
  let lastDay = Date.parse(`${values.today ?? '2026-11-22'}T00:00:00Z`);
  const ledger = makeLedger(count, Number(values.seed ?? 7), lastDay);
  // Each row is serialised once: a page is its rows' text joined, as a platform's own cache would serve it.
  const entry = (row: Row) => ({ row, json: JSON.stringify(row) });
  let feed = ledger.rows.map(entry);

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const server = http.createServer((req, res) => {
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(res, 401, { error: { code: 'unauthorized', message: 'bad token' } });
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/v1/creator')
      return send(res, 200, {
        id: 'cr_plain',
        handle: 'plain',
        display_name: 'Plain Platform Creator',
        timezone: 'America/Sao_Paulo',
        created_at: '2020-01-01T00:00:00.000Z',
        payout: { schedule: 'monthly', minimum: [{ currency: 'USDT', amount: '10.00' }] },
      });
    if (url.pathname === '/v1/balances') return send(res, 200, { as_of: new Date(lastDay + DAY_MS - 1).toISOString(), balances: [] });
    if (url.pathname !== '/v1/ledger') return send(res, 200, { data: [], next_cursor: null });
    const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get('limit') ?? 500)));
    const cursor = url.searchParams.get('cursor');
    let start = 0;
    if (cursor) start = Number(Buffer.from(cursor, 'base64url').toString());
    else {
      const since = url.searchParams.get('updated_since');
      if (since) {
        let lo = 0;
        let hi = feed.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (feed[mid].row.updated_at < since) lo = mid + 1;
          else hi = mid;
        }
        start = lo;
      }
    }
    const end = Math.min(feed.length, start + limit);
    const next = end < feed.length ? JSON.stringify(Buffer.from(String(end)).toString('base64url')) : 'null';
    const text = `{"data":[${feed.slice(start, end).map((e) => e.json).join(',')}],"next_cursor":${next}}`;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  process.stdout.write(`http://127.0.0.1:${address.port}\n`);

  let input = '';
  process.stdin.on('data', (chunk) => {
    input += chunk;
    let i;
    while ((i = input.indexOf('\n')) >= 0) {
      const command = input.slice(0, i).trim();
      input = input.slice(i + 1);
      if (command !== 'advance') continue;
      lastDay += DAY_MS;
      const at = lastDay + 60_000;
      // A day of new rows, then a few hundred older rows released (a new version of each).
      for (let k = 0; k < 410; k++) feed.push(entry(ledger.next(lastDay + Math.floor((k / 410) * DAY_MS * 0.9))));
      const released = new Set(Array.from({ length: 300 }, (_, k) => feed[Math.floor((k / 300) * count)]));
      feed = feed.filter((row) => !released.has(row));
      for (const { row } of released) feed.push(entry({ ...row, status: row.status === 'pending' ? 'available' : row.status, updated_at: new Date(at + DAY_MS * 0.95).toISOString() }));
      process.stdout.write('ok\n');
    }
  });
  process.stdin.on('end', () => server.close());
}

void main();
