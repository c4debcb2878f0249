// The HTTP face of the sample platform: loopback only, the contract of shared/platform-api.md.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NO_SCOPE_TOKEN } from './config';
import type { Dataset } from './dataset';
import { decodeCursor, encodeCursor, readPage, type Position } from './feed';
import type { FaultState } from './faults';
import { tryParseDay } from './time';

export interface ServerDeps {
  dataset: Dataset;
  faults: FaultState;
  token: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  send(res, status, JSON.stringify({ error: { code, message } }), headers);
}

function parseLimit(v: string | null): number {
  if (v === null) return 500;
  if (!/^\d{1,4}$/.test(v) || Number(v) < 1 || Number(v) > 1000) {
    throw new ApiError(400, 'invalid_limit', `limit must be a whole number from 1 to 1000, got ${JSON.stringify(v)}`);
  }
  return Number(v);
}

function parseInstant(name: string, v: string | null): number | null {
  if (v === null) return null;
  const ms = INSTANT.test(v) ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(ms)) throw new ApiError(400, 'invalid_parameter', `${name} must be an ISO 8601 instant such as 2026-03-04T17:05:09.123Z`);
  return ms;
}

function parseDate(name: string, v: string | null): number | null {
  if (v === null) return null;
  const day = tryParseDay(v);
  if (day === null) throw new ApiError(400, 'invalid_parameter', `${name} must be a date YYYY-MM-DD`);
  return day;
}

function collection(deps: ServerDeps, resource: string, q: URLSearchParams): string {
  const feed = deps.dataset.feeds.get(resource);
  if (!feed) throw new ApiError(404, 'not_found', `no such resource: /v1/${resource}`);
  const limit = parseLimit(q.get('limit'));
  const rawCursor = q.get('cursor');
  let after: Position | null = null;
  if (rawCursor !== null && rawCursor !== '') {
    after = decodeCursor(resource, rawCursor);
    if (after === null) throw new ApiError(400, 'invalid_cursor', 'cursor is not one this endpoint issued');
  }
  const sinceMs = parseInstant('updated_since', q.get('updated_since'));
  const sinceDay = feed.stats ? parseDate('since', q.get('since')) : null;
  const untilDay = feed.stats ? parseDate('until', q.get('until')) : null;
  const page = readPage(feed, { limit, after, sinceMs, sinceDay, untilDay });
  const data = deps.faults.corrupt(resource, page.rows);
  return JSON.stringify({ data, next_cursor: page.next ? encodeCursor(resource, page.next) : null });
}

function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): void {
  const auth = req.headers.authorization ?? '';
  if (auth === `Bearer ${NO_SCOPE_TOKEN}` && deps.token !== NO_SCOPE_TOKEN) {
    sendError(res, 403, 'insufficient_scope', 'this token lacks the read scope');
    return;
  }
  if (auth !== `Bearer ${deps.token}`) {
    sendError(res, 401, 'unauthorized', auth === '' ? 'missing bearer token' : 'invalid or revoked token');
    return;
  }
  if (req.method !== 'GET') {
    sendError(res, 405, 'method_not_allowed', 'only GET is supported', { allow: 'GET' });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname.replace(/\/+$/, '');
  try {
    if (path === '/v1/creator') return send(res, 200, JSON.stringify(deps.dataset.creator()));
    if (path === '/v1/balances') return send(res, 200, JSON.stringify(deps.dataset.balances()));
    if (!path.startsWith('/v1/')) throw new ApiError(404, 'not_found', `no such endpoint: ${path}`);
    const body = collection(deps, path.slice(4), url.searchParams);
    if (deps.faults.truncateThisOne()) {
      const bytes = Buffer.from(body, 'utf8');
      send(res, 200, bytes.subarray(0, Math.floor(bytes.length / 2)));
    } else {
      send(res, 200, body);
    }
  } catch (err) {
    if (err instanceof ApiError) sendError(res, err.status, err.code, err.message);
    else sendError(res, 500, 'internal_error', err instanceof Error ? err.message : String(err));
  }
}

export function startServer(deps: ServerDeps, port: number): Promise<RunningServer> {
  const hung = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const verdict = deps.faults.onRequest();
    if (verdict.kind === 'hang') {
      hung.add(res);
      res.on('close', () => hung.delete(res));
      return;
    }
    const respond = () => {
      if (verdict.kind === 'rate-limited') {
        sendError(res, 429, 'rate_limited', 'too many requests', { 'retry-after': String(verdict.retryAfter) });
      } else if (verdict.kind === 'error') {
        sendError(res, verdict.status, 'server_error', `transient platform failure (${verdict.status})`);
      } else {
        handle(deps, req, res);
      }
    };
    const delay = deps.faults.current.latencyMs;
    if (delay > 0) {
      const t = setTimeout(() => {
        timers.delete(t);
        respond();
      }, delay);
      timers.add(t);
    } else {
      respond();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise<void>((done) => {
            for (const t of timers) clearTimeout(t);
            timers.clear();
            for (const res of hung) res.destroy();
            hung.clear();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
