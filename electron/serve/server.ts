import { randomBytes, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from './csp';
import { serveStatic } from './static';

export interface ServeOptions {
  ctx: ApiContext;
  /** Folder of the built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  /** How long an opening code stays good (tests shorten it). */
  codeLifetimeMs?: number;
}

export interface ServeHandle {
  /** The address to open, with the per-launch token in the fragment (never sent to a server or a log). */
  url: string;
  /**
   * An address for another program to open (the browser opener): it carries a one-time code instead of
   * the token, since a program's arguments are visible to every user of the machine. The page trades
   * the code for the token once; a used or expired code opens nothing.
   */
  openUrl(): string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
/** Long enough for a browser to start cold, short enough that a code read from a process list goes stale. */
const CODE_LIFETIME_MS = 2 * 60_000;
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Serve mode: the same StudioApi over loopback HTTP, for a browser, guarded by a per-launch token. */
export async function startServeServer(options: ServeOptions): Promise<ServeHandle> {
  const token = randomBytes(24).toString('base64url');
  const codes = new Map<string, number>();
  let allowedHosts: Set<string> = new Set();
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('[serve]', error instanceof Error ? error.message : error);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'Internal error' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a page on another name that resolves to 127.0.0.1 arrives with its own Host.
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, apiError('forbidden host'));
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')))
      return send(res, 403, apiError('forbidden origin'));
    const url = new URL(req.url ?? '/', 'http://placeholder');
    if (url.pathname === SESSION_PATH) return exchangeCode(req, res);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, apiError('method not allowed'));
      return serveStatic(options.staticDir, url.pathname, res, SECURITY_HEADERS);
    }
    if (req.method !== 'POST') return send(res, 405, apiError('method not allowed'));
    if (!tokenMatches(req.headers.authorization, token)) return send(res, 401, apiError('missing or wrong access token'));
    const input = await readJson(req, res);
    if (input === undefined) return;
    const t0 = performance.now();
    const result = await dispatch(options.ctx, url.pathname.slice('/api/'.length), input);
    const t1 = performance.now();
    const json = JSON.stringify(result);
    // Where a call's time went, for the browser's network panel and the renderer bench.
    const timing = `dispatch;dur=${(t1 - t0).toFixed(1)}, json;dur=${(performance.now() - t1).toFixed(1)}`;
    res.writeHead(200, { ...SECURITY_HEADERS, ...JSON_HEADERS, 'Server-Timing': timing });
    res.end(json);
  }

  /** The page's one call before it has the token: a one-time code from openUrl() for the token. */
  async function exchangeCode(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, apiError('method not allowed'));
    const input = await readJson(req, res);
    if (input === undefined) return;
    const code = typeof input === 'object' && input !== null ? (input as { code?: unknown }).code : undefined;
    const expires = typeof code === 'string' ? codes.get(code) : undefined;
    if (typeof code === 'string') codes.delete(code);
    if (expires === undefined || expires < Date.now())
      return send(res, 401, apiError('This opening link was used already or has expired. Open the address Creator Studio printed when it started.'));
    send(res, 200, { ok: true, value: { token } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    openUrl() {
      const code = randomBytes(18).toString('base64url');
      codes.set(code, Date.now() + (options.codeLifetimeMs ?? CODE_LIFETIME_MS));
      return `${origin}/#code=${code}`;
    },
    origin,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Where the page trades an opening code for the access token (outside /api/: it has no token yet). */
export const SESSION_PATH = '/session';

function apiError(message: string) {
  return { ok: false, error: { code: 'invalid_input', message } };
}

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

function send(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...JSON_HEADERS });
  res.end(JSON.stringify(payload));
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The request's JSON body, or undefined once an error answer (415, 413, 400) has been sent. */
async function readJson(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return void send(res, 415, apiError('expected application/json'));
  const body = Number(req.headers['content-length']) > MAX_BODY ? null : await readBody(req);
  if (body === null) return void tooLarge(req, res);
  try {
    return body.length ? JSON.parse(body) : {};
  } catch {
    return void send(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body is not JSON' } });
  }
}

/** A 413 the client can read: the answer goes out first, then the connection closes instead of taking in the rest. */
function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  res.on('finish', () => req.socket.destroySoon());
  send(res, 413, apiError(`request too large (at most ${MAX_BODY / 1024 / 1024} MiB)`));
}

/** The body as text, or null past MAX_BODY (whose rest is then left unread). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
