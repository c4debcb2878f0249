// A second, independent implementation of the platform contract (shared/platform-api.md) for the
// sync property test: a real loopback HTTP server over two collections (characters, ledger) whose
// rows change BETWEEN PAGES while a client pages through them. Feeds are ordered by (updated_at, id);
// a cursor is that position of the last row sent, so it stays valid however rows move afterwards.
// Deletes are tombstones that stay in the feed. Before each collection page is answered, the
// scenario's next step commits (clock moves, then inserts/updates/deletes, some of them late).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatMicros } from '../../db/money';

export type Res = 'characters' | 'ledger';
export const RES: readonly Res[] = ['characters', 'ledger'];

/** Field values of a row version, drawn by the test. */
export interface RowData {
  text: string;
  tags: string[];
  gross: number; // micro-units
  fee: number;
  pick: number; // selects currency, status, stream and which optional fields are present
}
export interface Op {
  kind: 'insert' | 'update' | 'delete';
  resource: Res;
  /** Which existing live row an update or delete hits (modulo their number). */
  target: number;
  /** 0: committed at the clock. > 0: a late commit, this many ms older than the newest row the client has seen. */
  lateMs: number;
  data: RowData;
}
/** What happens before one collection page is answered: the clock moves, then the ops commit. */
export interface Step {
  advanceMs: number;
  ops: Op[];
}
export interface InitialRow {
  resource: Res;
  tick: number; // updated_at = T0 + tick × 30 s: few distinct values, so many ties
  deleted: boolean;
  data: RowData;
}
export interface Served {
  resource: Res;
  cursor: string | null;
  since: string | null;
  body: string;
  mutating: boolean;
}

interface Version {
  id: string;
  u: number;
  deleted: boolean;
  created: number;
  data: RowData;
}

const T0 = Date.parse('2026-11-20T00:00:00.000Z');
/** Late commits stay inside the contract's 5-minute overlap with a margin. */
export const MAX_LATE_MS = 4 * 60_000;
const CURRENCIES = ['CREDITS', 'USDT', 'USD'];
const STATUSES = ['pending', 'available', 'reversed'];
const STREAMS = ['character', 'embed', 'support', 'adjustment', 'new_stream'];
const iso = (ms: number) => new Date(ms).toISOString();

export class MutatingPlatform {
  readonly token = 'prop-token';
  url = '';
  served: Served[] = [];
  /** What a scenario exercised: late commits behind the client, ties across a page boundary, tombstones sent. */
  counters = { lateBehind: 0, ties: 0, tombstones: 0 };
  private rows: Record<Res, Map<string, Version>> = { characters: new Map(), ledger: new Map() };
  private now = T0;
  private seen: Record<Res, number> = { characters: -Infinity, ledger: -Infinity };
  private steps: Step[] = [];
  /** Resources whose client pass is under way (last page sent had a next_cursor). */
  private inPass = new Set<Res>();
  /** Resources with a late commit behind their running pass: the clock stands still until it ends. */
  private stopped = new Set<Res>();
  private nextId = 0;
  private server = http.createServer((req, res) => this.handle(req, res));

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** A new scenario on the same server (one server for every run keeps runs fast). */
  reset(initial: InitialRow[], steps: Step[]): void {
    this.rows = { characters: new Map(), ledger: new Map() };
    this.now = T0 + 13 * 30_000;
    this.seen = { characters: -Infinity, ledger: -Infinity };
    this.inPass.clear();
    this.stopped.clear();
    this.nextId = 0;
    this.served = [];
    this.counters = { lateBehind: 0, ties: 0, tombstones: 0 };
    for (const r of initial) {
      const id = this.newId(r.resource);
      const u = T0 + r.tick * 30_000;
      this.rows[r.resource].set(id, { id, u, deleted: r.deleted, created: u - 86_400_000, data: r.data });
    }
    this.steps = steps.slice();
  }

  /** Stop mutating: the rest of the scenario's steps are dropped. */
  freeze(): void {
    this.steps = [];
  }

  /** The live rows exactly as the API sends them. */
  live(resource: Res): Record<string, unknown>[] {
    return [...this.rows[resource].values()].filter((v) => !v.deleted).map((v) => this.json(resource, v));
  }

  balances(): Record<string, { available: bigint; pending: bigint }> {
    const out: Record<string, { available: bigint; pending: bigint }> = {};
    for (const v of this.rows.ledger.values()) {
      if (v.deleted) continue;
      const row = this.json('ledger', v);
      const b = (out[row.currency as string] ??= { available: 0n, pending: 0n });
      const net = BigInt(v.data.gross - v.data.fee);
      if (row.status === 'available') b.available += net;
      if (row.status === 'pending') b.pending += net;
    }
    return out;
  }

  private newId(resource: Res): string {
    return `${resource === 'ledger' ? 'L' : 'c'}${String(++this.nextId).padStart(4, '0')}`;
  }

  private apply(step: Step): void {
    // The contract's rule (resume from the newest updated_at seen − 5 min) is sound only while
    // nothing commits more than 5 min older than the newest row the client will have seen by the end
    // of its pass. So after a late commit lands behind a running pass, time stands still until that
    // pass ends; otherwise the pass could go on to rows > 5 min newer and the late row is never
    // fetched again (a limit of the contract itself, not of a client).
    if (this.stopped.size === 0) this.now += step.advanceMs;
    for (const op of step.ops) {
      const table = this.rows[op.resource];
      // A late commit lands behind what the client has already passed, but never more than
      // MAX_LATE_MS behind the newest row committed (the clock): "slightly out of order".
      const late = op.lateMs > 0 ? Math.max(Math.min(this.seen[op.resource], this.now) - op.lateMs, this.now - MAX_LATE_MS) : this.now;
      if (late < this.seen[op.resource]) {
        this.counters.lateBehind++;
        if (this.inPass.has(op.resource)) this.stopped.add(op.resource);
      }
      if (op.kind === 'insert') {
        const id = this.newId(op.resource);
        table.set(id, { id, u: late, deleted: false, created: late, data: op.data });
        continue;
      }
      const live = [...table.values()].filter((v) => !v.deleted);
      if (live.length === 0) continue;
      const v = live[op.target % live.length]!;
      // A row's own versions never go back in time.
      const u = Math.max(v.u, late);
      table.set(v.id, op.kind === 'delete' ? { ...v, u, deleted: true } : { ...v, u, data: op.data });
    }
  }

  private json(resource: Res, v: Version): Record<string, unknown> {
    const base = { id: v.id, updated_at: iso(v.u) };
    if (v.deleted) return { ...base, deleted: true };
    const d = v.data;
    const optional = (bit: number, value: unknown) => ((d.pick >> bit) & 1 ? value : undefined);
    if (resource === 'characters') {
      return { ...base, name: d.text, created_at: iso(v.created), tags: d.tags, greeting_updated_at: optional(0, iso(v.created + 1000)), x_unknown: optional(1, { a: 1 }) };
    }
    return {
      ...base,
      occurred_at: iso(v.created),
      stream: STREAMS[d.pick % STREAMS.length],
      source_type: 'character',
      source_id: `c${d.pick % 7}`,
      currency: CURRENCIES[d.pick % CURRENCIES.length],
      gross: formatMicros(d.gross),
      fee: formatMicros(d.fee),
      net: formatMicros(d.gross - d.fee),
      status: STATUSES[(d.pick >> 2) % STATUSES.length],
      available_on: optional(1, iso(v.created).slice(0, 10)),
      payout_id: optional(2, `po${d.pick % 3}`),
      description: optional(3, d.text),
    };
  }

  private feedPage(resource: Res, q: URLSearchParams): string {
    const limit = Number(q.get('limit') ?? 500);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new HttpError(400, 'invalid_limit');
    const sinceText = q.get('updated_since');
    const since = sinceText === null ? null : Date.parse(sinceText);
    if (since !== null && Number.isNaN(since)) throw new HttpError(400, 'invalid_parameter');
    const after = q.get('cursor') ? decode(resource, q.get('cursor')!) : null;
    const passing = [...this.rows[resource].values()]
      .filter((v) => (since === null || v.u >= since) && (after === null || v.u > after.u || (v.u === after.u && v.id > after.id)))
      .sort((a, b) => a.u - b.u || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const page = passing.slice(0, limit);
    for (const v of page) this.seen[resource] = Math.max(this.seen[resource], v.u);
    if (after && page[0]?.u === after.u) this.counters.ties++;
    this.counters.tombstones += page.filter((v) => v.deleted).length;
    const last = page[page.length - 1];
    const next = passing.length > limit && last ? encode(resource, last) : null;
    if (next) this.inPass.add(resource);
    else {
      this.inPass.delete(resource);
      this.stopped.delete(resource);
    }
    return JSON.stringify({ data: page.map((v) => this.json(resource, v)), next_cursor: next });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    try {
      if (req.headers.authorization !== `Bearer ${this.token}`) throw new HttpError(401, 'unauthorized');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const resource = url.pathname.replace(/^\/v1\//, '');
      if (resource === 'creator') {
        const minimum = [{ currency: 'USDT', amount: '10.00' }];
        return send(200, JSON.stringify({ id: 'cr1', handle: 'ana', display_name: 'Ana', timezone: 'UTC', created_at: iso(T0), payout: { schedule: 'monthly', minimum } }));
      }
      if (resource === 'balances') {
        const balances = Object.entries(this.balances()).map(([currency, b]) => ({ currency, available: formatMicros(b.available), pending: formatMicros(b.pending) }));
        return send(200, JSON.stringify({ as_of: iso(this.now), balances }));
      }
      if (resource !== 'characters' && resource !== 'ledger') throw new HttpError(404, 'not_found');
      const mutating = this.steps.length > 0;
      const step = this.steps.shift();
      if (step) this.apply(step);
      const body = this.feedPage(resource, url.searchParams);
      this.served.push({ resource, cursor: url.searchParams.get('cursor'), since: url.searchParams.get('updated_since'), body, mutating });
      send(200, body);
    } catch (err) {
      const e = err instanceof HttpError ? err : new HttpError(500, String(err));
      send(e.status, JSON.stringify({ error: { code: e.code, message: e.code } }));
    }
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

function encode(resource: Res, v: { u: number; id: string }): string {
  return Buffer.from(JSON.stringify([resource, v.u, v.id])).toString('base64url');
}

function decode(resource: Res, cursor: string): { u: number; id: string } {
  try {
    const [r, u, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [unknown, unknown, unknown];
    if (r === resource && Number.isSafeInteger(u) && typeof id === 'string') return { u: u as number, id };
  } catch {
    // falls through to the 400
  }
  throw new HttpError(400, 'invalid_cursor');
}
