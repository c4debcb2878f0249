// A real node:http server on 127.0.0.1:0 for the platform-client tests. Each test scripts its answers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, hit: Hit, n: number) => void;

export interface TestServer {
  url: string;
  hits: Hit[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const hit = { path: u.pathname, query: u.searchParams, authorization: req.headers.authorization };
    hits.push(hit);
    handler(req, res, hit, hits.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function platformError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  json(res, status, { error: { code, message } }, headers);
}

export const T0 = '2026-03-04T17:05:09.123Z';

export function ledgerRow(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    occurred_at: T0,
    updated_at: T0,
    stream: 'character',
    source_type: 'character',
    source_id: 'ch_1',
    currency: 'USDT',
    gross: '12.5',
    fee: '2.500001',
    net: '9.999999',
    status: 'pending',
    ...over,
  };
}

/** A fake clock: sleep records its argument and returns at once (or rejects if the signal is aborted). */
export function fakeSleep(): { sleeps: number[]; sleep: (ms: number, signal?: AbortSignal) => Promise<void> } {
  const sleeps: number[] = [];
  return {
    sleeps,
    sleep: async (ms, signal) => {
      sleeps.push(ms);
      if (signal?.aborted) throw signal.reason;
    },
  };
}
