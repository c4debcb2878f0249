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
}

export interface ServeHandle {
  /** The address to open, with the per-launch token in the fragment (never sent to a server or a log). */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
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
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, apiError('method not allowed'));
      return serveStatic(options.staticDir, url.pathname, res, SECURITY_HEADERS);
    }
    if (req.method !== 'POST') return send(res, 405, apiError('method not allowed'));
    if (!tokenMatches(req.headers.authorization, token)) return send(res, 401, apiError('missing or wrong access token'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return send(res, 415, apiError('expected application/json'));
    const body = await readBody(req);
    if (body === null) return send(res, 413, apiError('request too large'));
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return send(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body is not JSON' } });
    }
    const t0 = performance.now();
    const result = await dispatch(options.ctx, url.pathname.slice('/api/'.length), input);
    const t1 = performance.now();
    const json = JSON.stringify(result);
    // Where a call's time went, for the browser's network panel and the renderer bench.
    const timing = `dispatch;dur=${(t1 - t0).toFixed(1)}, json;dur=${(performance.now() - t1).toFixed(1)}`;
    res.writeHead(200, { ...SECURITY_HEADERS, ...JSON_HEADERS, 'Server-Timing': timing });
    res.end(json);
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
    origin,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

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

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
