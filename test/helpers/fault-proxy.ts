// A loopback proxy in front of a platform that can answer chosen requests with a fault of the
// test's making — every time they are asked, so a client's retries are really exhausted — and
// counts what was asked. Everything else is passed through unchanged.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** Send the headers and this many bytes of the body, then drop the connection. */
  cutAfterBytes?: number;
}
/** null: pass through. `upstream()` fetches the real answer, e.g. to damage it. */
export type Rule = (url: URL, upstream: () => Promise<Answer>) => Promise<Answer | null> | Answer | null;

export interface FaultProxy {
  url: string;
  /** Every request's path and query, in order. */
  requests: URL[];
  rule: Rule | null;
  close(): Promise<void>;
}

export async function startFaultProxy(upstreamBase: string): Promise<FaultProxy> {
  const proxy: FaultProxy = { url: '', requests: [], rule: null, close: async () => {} };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    proxy.requests.push(url);
    const upstream = async (): Promise<Answer> => {
      const r = await fetch(`${upstreamBase}${url.pathname}${url.search}`, { headers: { authorization: req.headers.authorization ?? '' } });
      const headers: Record<string, string> = { 'content-type': r.headers.get('content-type') ?? 'application/json' };
      const retryAfter = r.headers.get('retry-after');
      if (retryAfter !== null) headers['retry-after'] = retryAfter;
      return { status: r.status, body: await r.text(), headers };
    };
    void (async () => {
      const answer = (await proxy.rule?.(url, upstream)) ?? (await upstream());
      const bytes = Buffer.from(answer.body, 'utf8');
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers, 'content-length': String(bytes.length) });
      if (answer.cutAfterBytes === undefined) res.end(bytes);
      else res.write(bytes.subarray(0, answer.cutAfterBytes), () => res.destroy());
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
