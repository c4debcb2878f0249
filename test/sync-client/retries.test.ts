import { afterEach, describe, expect, it } from 'vitest';
import { PlatformClient, PlatformError, type RetryInfo } from '../../electron/sync/client/index.js';
import { fakeSleep, json, ledgerRow, platformError, startServer, type Handler, type TestServer } from './server.js';

const TOKEN = 'tok_retry_SECRET_9f8e7d';
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: Handler, extra: Partial<ConstructorParameters<typeof PlatformClient>[0]> = {}) {
  server = await startServer(handler);
  const { sleep, sleeps } = fakeSleep();
  const retries: RetryInfo[] = [];
  const client = new PlatformClient({ baseUrl: server.url, token: TOKEN, sleep, random: () => 1, onRetry: (r) => retries.push(r), ...extra });
  return { client, sleeps, retries, hits: server.hits };
}

async function firstPage(client: PlatformClient, signal?: AbortSignal) {
  for await (const page of client.pages('ledger', { signal })) return page;
  throw new Error('no page');
}

async function failure(p: Promise<unknown>): Promise<PlatformError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(PlatformError);
  const e = err as PlatformError;
  expect(e.message).not.toContain(TOKEN);
  expect(JSON.stringify({ ...e, message: e.message, stack: e.stack })).not.toContain(TOKEN);
  return e;
}

const ok = { data: [ledgerRow('L1')], next_cursor: null };

describe('final statuses are never retried', () => {
  it.each([
    [401, 'auth', /refused the token \(401\)\. Create a new token in the creator settings of the platform and enter it in Settings\./],
    [403, 'forbidden', /not allowed to read the ledger \(403\).*scope/],
    [404, 'not_found', /has no endpoint for the ledger \(404\)\. Check the platform address in Settings/],
    [400, 'bad_request', /rejected the studio's request for the ledger \(400\).*The platform said: "bad limit/],
    [422, 'bad_request', /\(422\)/],
    [501, 'server', /failed while sending the ledger \(501\)/],
    [301, 'bad_request', /redirect \(301\) instead of the ledger/],
  ] as const)('%i → %s, one request', async (status, kind, message) => {
    // The platform echoes the token in its message: it must still not reach the user.
    const { client, hits, sleeps } = await clientFor((_req, res) => platformError(res, status, 'x', `bad limit; token was ${TOKEN}`));
    const err = await failure(firstPage(client));
    expect(err.kind).toBe(kind);
    expect(err.status).toBe(status);
    expect(err.resource).toBe('ledger');
    expect(err.message).toMatch(message);
    expect(hits).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

describe('transient faults', () => {
  it('retries 500/502/503/504 with backoff and then succeeds', async () => {
    const statuses = [500, 502, 503, 504];
    const { client, hits, sleeps, retries } = await clientFor((_req, res, _hit, n) =>
      n <= statuses.length ? platformError(res, statuses[n - 1], 'oops', 'try later') : json(res, 200, ok),
    );
    const page = await firstPage(client);
    expect(page.rows.map((r) => r.id)).toEqual(['L1']);
    expect(hits).toHaveLength(5);
    // random() = 1 → the full ceiling: 500, 1000, 2000, 4000 ms
    expect(sleeps).toEqual([500, 1000, 2000, 4000]);
    expect(retries.map((r) => [r.attempt, r.waitMs, r.status, r.resource])).toEqual([
      [1, 500, 500, 'ledger'],
      [2, 1000, 502, 'ledger'],
      [3, 2000, 503, 'ledger'],
      [4, 4000, 504, 'ledger'],
    ]);
    expect(retries[0].reason).toBe('the platform answered 500');
  });

  it('bounds retries at maxRetries and says how many attempts were made', async () => {
    const { client, hits, sleeps } = await clientFor((_req, res) => platformError(res, 503, 'down', 'maintenance'), { maxRetries: 3 });
    const err = await failure(firstPage(client));
    expect(err.kind).toBe('server');
    expect(err.status).toBe(503);
    expect(err.message).toMatch(/^The platform did not answer after 4 attempts: .*\(503\).*maintenance/);
    expect(hits).toHaveLength(4);
    expect(sleeps).toHaveLength(3);
  });

  it('caps the backoff at 30 s with full jitter', async () => {
    let r = 0.25;
    const { client, sleeps } = await clientFor((_req, res) => platformError(res, 500, 'x', 'x'), {
      maxRetries: 9,
      random: () => r,
      onRetry: () => (r = 0.999),
    });
    await failure(firstPage(client));
    expect(sleeps[0]).toBe(125);
    expect(sleeps.slice(1)).toEqual([999, 1998, 3996, 7992, 15984, 29970, 29970, 29970]);
  });

  it('retries a refused connection and then reports a network error', async () => {
    server = await startServer(() => undefined);
    const url = server.url;
    await server.close();
    server = undefined;
    const { sleep, sleeps } = fakeSleep();
    const client = new PlatformClient({ baseUrl: url, token: TOKEN, sleep, maxRetries: 2 });
    const err = await failure(firstPage(client));
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/after 3 attempts: Could not reach the platform: the connection to 127\.0\.0\.1:\d+ was refused/);
    expect(sleeps).toHaveLength(2);
  });

  it('aborts a hung connection within timeoutMs', async () => {
    const { client, hits } = await clientFor(() => undefined, { timeoutMs: 150, maxRetries: 1 });
    const started = Date.now();
    const err = await failure(firstPage(client));
    const elapsed = Date.now() - started;
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/after 2 attempts: The platform did not answer within 0\.15 s/);
    expect(hits).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(2000);
  });

  it('aborts a body that stalls halfway within timeoutMs', async () => {
    const { client } = await clientFor((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data": [');
    }, { timeoutMs: 150, maxRetries: 0 });
    const err = await failure(firstPage(client));
    expect(err.kind).toBe('timeout');
  });
});

describe('429', () => {
  it.each([
    ['7', 7000],
    ['0', 0],
    [undefined, 5000],
    ['soon', 5000],
    ['86400', 120_000],
  ])('Retry-After %s → waits %i ms, without using up maxRetries', async (header, expected) => {
    const { client, sleeps, retries } = await clientFor(
      (_req, res, _hit, n) =>
        n <= 2 ? platformError(res, 429, 'rate_limited', 'slow down', header === undefined ? {} : { 'retry-after': header }) : json(res, 200, ok),
      { maxRetries: 0 },
    );
    await firstPage(client);
    expect(sleeps).toEqual([expected, expected]);
    expect(retries[0].reason).toMatch(/slow down \(429\)/);
  });

  it('honours an HTTP-date Retry-After against the injected clock', async () => {
    const now = Date.parse('2026-03-04T12:00:00Z');
    const { client, sleeps } = await clientFor(
      (_req, res, _hit, n) => (n === 1 ? platformError(res, 429, 'r', 'r', { 'retry-after': 'Wed, 04 Mar 2026 12:00:42 GMT' }) : json(res, 200, ok)),
      { now: () => now },
    );
    await firstPage(client);
    expect(sleeps).toEqual([42_000]);
  });

  it('gives up after maxRateLimitWaits with a rate_limited error', async () => {
    const { client, hits } = await clientFor((_req, res) => platformError(res, 429, 'rate_limited', 'slow down', { 'retry-after': '1' }), {
      maxRateLimitWaits: 3,
    });
    const err = await failure(firstPage(client));
    expect(err.kind).toBe('rate_limited');
    expect(err.message).toMatch(/slow down \(429\).*Try again in a few minutes/);
    expect(hits).toHaveLength(4);
  });
});

describe('the total wait for rate limits', () => {
  it('Retry-After 999999999: two waits of 120 s, then a stop, because a third would pass 5 min in all', async () => {
    const { client, hits, sleeps, retries } = await clientFor((_req, res) => platformError(res, 429, 'rate_limited', 'slow down', { 'retry-after': '999999999' }));
    const err = await failure(firstPage(client));
    expect(sleeps).toEqual([120_000, 120_000]);
    expect(hits).toHaveLength(3);
    expect(retries.map((r) => [r.waitMs, r.budgetLeftMs])).toEqual([
      [120_000, 180_000],
      [120_000, 60_000],
    ]);
    expect(err.kind).toBe('rate_limited');
    expect(err.status).toBe(429);
    expect(err.message).toBe(
      'The platform asked us to wait too long. Creator Studio has already waited 4 min for it during this sync, and it asks for 2 min more before sending the ledger, ' +
        'so the sync stopped instead of waiting. Nothing already stored was lost; sync again later and it continues where it stopped.',
    );
  });

  it('is one budget for every request of the sync, not one per request', async () => {
    // Every request is refused once with Retry-After 100 s, then answered.
    const { client, hits, sleeps } = await clientFor((_req, res, _hit, n) =>
      n % 2 === 1 ? platformError(res, 429, 'rate_limited', 'slow down', { 'retry-after': '100' }) : json(res, 200, ok),
    );
    for (let i = 0; i < 3; i++) await firstPage(client);
    expect(sleeps).toEqual([100_000, 100_000, 100_000]);
    const err = await failure(firstPage(client));
    expect(err.message).toMatch(/^The platform asked us to wait too long\. Creator Studio has already waited 5 min for it during this sync, and it asks for 1 min 40 s more before sending the ledger/);
    expect(hits).toHaveLength(7);
    expect(sleeps).toHaveLength(3);
  });

  it('takes a budget of the caller’s choosing', async () => {
    const { client, sleeps } = await clientFor((_req, res) => platformError(res, 429, 'r', 'r', { 'retry-after': '7' }), { rateLimitBudgetMs: 20_000 });
    const err = await failure(firstPage(client));
    expect(sleeps).toEqual([7_000, 7_000]);
    expect(err.message).toMatch(/already waited 14 s for it during this sync, and it asks for 7 s more/);
  });
});

describe('cancellation', () => {
  it('cancels during a backoff sleep (real timers)', async () => {
    const controller = new AbortController();
    const { client, hits } = await clientFor((_req, res) => platformError(res, 503, 'x', 'x'), {
      sleep: undefined, // the real sleep
      random: () => 0.999, // first backoff ≈ 500 ms
      onRetry: () => setTimeout(() => controller.abort(), 20),
    });
    const started = Date.now();
    const err = await failure(firstPage(client, controller.signal));
    expect(err.kind).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(400);
    expect(hits).toHaveLength(1);
  });

  it('cancels a hung request at once', async () => {
    const controller = new AbortController();
    const { client } = await clientFor(() => setTimeout(() => controller.abort(), 30), { timeoutMs: 10_000 });
    const started = Date.now();
    const err = await failure(firstPage(client, controller.signal));
    expect(err.kind).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('does not send a request when already cancelled', async () => {
    const { client, hits } = await clientFor((_req, res) => json(res, 200, ok));
    const err = await failure(firstPage(client, AbortSignal.abort()));
    expect(err.kind).toBe('cancelled');
    expect(hits).toHaveLength(0);
  });
});
