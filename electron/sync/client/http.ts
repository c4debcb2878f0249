// PlatformClient: authenticated GETs against the platform with timeouts, bounded retries and typed errors.
import { PlatformConfigError, normaliseBaseUrl } from './base-url.js';
import { PlatformError, RETRY_STATUSES, cancelledError, clip, statusError, waitedTooLong, what } from './errors.js';
import { pageThrough, parseBody, parseSingle, type Page, type PageOptions } from './paging.js';
import { DEFAULT_MAX_RATE_LIMIT_WAITS, RATE_LIMIT_WAIT_BUDGET_MS, backoffMs, defaultSleep, retryAfterMs, type Sleep } from './retry.js';
import { balancesSchema, creatorSchema, type Balances, type Creator, type RowOf } from './schemas.js';
import type { ResourceName } from './resource-names.js';

export interface RetryInfo {
  resource: string;
  /** 1 for the first retry. */
  attempt: number;
  waitMs: number;
  /** Short text for the UI, e.g. "the platform answered 503" or "the platform asked to slow down (429)". */
  reason: string;
  status?: number;
  /** What is left, after this wait, of the waiting this client may still do for Retry-After. */
  budgetLeftMs: number;
}

export interface PlatformClientOptions {
  baseUrl: string;
  token: string;
  timeoutMs?: number;
  /** Retries of transient faults (network, timeout, 500/502/503/504) per request. */
  maxRetries?: number;
  /** 429 answers waited out per request (they do not use up maxRetries). */
  maxRateLimitWaits?: number;
  /** The Retry-After waits of this client's whole life (one sync) added up may not pass this. */
  rateLimitBudgetMs?: number;
  /** Retry-After waits the same sync has already made through another client (another thread's). */
  rateLimitWaitedMs?: number;
  fetchImpl?: typeof fetch;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
  onRetry?: (info: RetryInfo) => void;
}

type Attempt = { type: 'ok'; body: unknown } | { type: 'retry'; error: PlatformError; reason: string; waitMs?: number };

export class PlatformClient {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly maxRateLimitWaits: number;
  readonly #token: string;
  readonly #fetch: typeof fetch;
  readonly #sleep: Sleep;
  readonly #random: () => number;
  readonly #now: () => number;
  readonly #onRetry: ((info: RetryInfo) => void) | undefined;
  readonly #rateLimitBudgetMs: number;
  #rateLimitWaitedMs = 0;
  #serverDate: number | null = null;

  constructor(opts: PlatformClientOptions) {
    this.baseUrl = normaliseBaseUrl(opts.baseUrl);
    const token = typeof opts.token === 'string' ? opts.token.trim() : '';
    if (!token) throw new PlatformConfigError('No API token is set. Create a token in the creator settings of the platform and enter it in Settings.');
    if (!/^[\x21-\x7e]+$/.test(token)) {
      throw new PlatformConfigError('The API token contains spaces or characters a token cannot have. Copy it again from the platform and enter it in Settings.');
    }
    this.#token = token;
    this.timeoutMs = positive(opts.timeoutMs, 30_000, 'timeoutMs');
    this.maxRetries = nonNegative(opts.maxRetries, 6, 'maxRetries');
    this.maxRateLimitWaits = nonNegative(opts.maxRateLimitWaits, DEFAULT_MAX_RATE_LIMIT_WAITS, 'maxRateLimitWaits');
    this.#fetch = opts.fetchImpl ?? globalThis.fetch.bind(globalThis);
    this.#sleep = opts.sleep ?? defaultSleep;
    this.#random = opts.random ?? Math.random;
    this.#now = opts.now ?? Date.now;
    this.#onRetry = opts.onRetry;
    this.#rateLimitBudgetMs = nonNegative(opts.rateLimitBudgetMs, RATE_LIMIT_WAIT_BUDGET_MS, 'rateLimitBudgetMs');
    this.#rateLimitWaitedMs = nonNegative(opts.rateLimitWaitedMs, 0, 'rateLimitWaitedMs');
  }

  /** The Retry-After waits made so far, against the budget. */
  get rateLimitWaitedMs(): number {
    return this.#rateLimitWaitedMs;
  }

  /** Counts a Retry-After wait the same sync made through another client against this one's budget. */
  noteRateLimitWait(ms: number): void {
    this.#rateLimitWaitedMs += ms;
  }

  async getCreator(opts: { signal?: AbortSignal } = {}): Promise<Creator> {
    return parseSingle(creatorSchema, 'creator', await this.getJson('/v1/creator', {}, 'creator', opts.signal));
  }

  async getBalances(opts: { signal?: AbortSignal } = {}): Promise<Balances> {
    return parseSingle(balancesSchema, 'balances', await this.getJson('/v1/balances', {}, 'balances', opts.signal));
  }

  /** Every page of a collection, each row validated; stops after the page whose next_cursor is null. */
  pages<N extends ResourceName>(resource: N, opts: PageOptions = {}): AsyncGenerator<Page<RowOf<N>>, void, undefined> {
    return pageThrough((path, query) => this.getJson(path, query, resource, opts.signal), resource, opts);
  }

  /** GET `path` with `query`; retries transient faults; returns the parsed JSON body. Throws PlatformError. */
  async getJson(path: string, query: Record<string, string>, resource: string, signal?: AbortSignal): Promise<unknown> {
    try {
      return await this.#getWithRetries(path, query, resource, signal);
    } catch (err) {
      throw this.#scrub(err);
    }
  }

  async #getWithRetries(path: string, query: Record<string, string>, resource: string, signal?: AbortSignal): Promise<unknown> {
    const qs = new URLSearchParams(query).toString();
    const url = `${this.baseUrl}${path}${qs ? `?${qs}` : ''}`;
    let failures = 0;
    let rateWaits = 0;
    for (;;) {
      if (signal?.aborted) throw cancelledError(resource);
      const outcome = await this.#attempt(url, resource, signal);
      if (outcome.type === 'ok') return outcome.body;
      let waitMs: number;
      if (outcome.waitMs !== undefined) {
        rateWaits += 1;
        if (rateWaits > this.maxRateLimitWaits) throw outcome.error;
        waitMs = outcome.waitMs;
        // Asking again before Retry-After has passed would only be refused again: stop now, not after a shorter wait.
        if (this.#rateLimitWaitedMs + waitMs > this.#rateLimitBudgetMs) throw waitedTooLong(resource, this.#rateLimitWaitedMs, waitMs, outcome.error.status);
        this.#rateLimitWaitedMs += waitMs;
      } else {
        failures += 1;
        if (failures > this.maxRetries) {
          const e = outcome.error;
          const n = failures === 1 ? '1 attempt' : `${failures} attempts`;
          throw new PlatformError(e.kind, `The platform did not answer after ${n}: ${e.message}`, { status: e.status, resource });
        }
        waitMs = backoffMs(failures, this.#random);
      }
      try {
        const budgetLeftMs = this.#rateLimitBudgetMs - this.#rateLimitWaitedMs;
        this.#onRetry?.({ resource, attempt: failures + rateWaits, waitMs, reason: outcome.reason, status: outcome.error.status, budgetLeftMs });
      } catch {
        // a failing progress display must not break the sync
      }
      try {
        await this.#sleep(waitMs, signal);
      } catch (err) {
        if (signal?.aborted) throw cancelledError(resource);
        throw err;
      }
    }
  }

  async #attempt(url: string, resource: string, signal?: AbortSignal): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    }, this.timeoutMs);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const failed = (stage: 'connect' | 'body', err: unknown): Attempt => {
      if (signal?.aborted) throw cancelledError(resource);
      if (timedOut) {
        const error = new PlatformError('timeout', `The platform did not answer within ${this.timeoutMs / 1000} s while sending ${what(resource)}.`, { resource });
        return { type: 'retry', error, reason: 'no answer in time' };
      }
      if (stage === 'body') {
        const error = new PlatformError('malformed', `The platform sent a page that is not valid JSON while sending ${what(resource)} (the connection closed before the whole page arrived).`, { resource });
        return { type: 'retry', error, reason: 'the page was cut off' };
      }
      const reason = networkReason(err, new URL(url).host);
      return { type: 'retry', error: new PlatformError('network', `Could not reach the platform: ${reason}.`, { resource }), reason };
    };
    try {
      let res: Response;
      try {
        res = await this.#fetch(url, {
          method: 'GET',
          headers: { Authorization: `Bearer ${this.#token}`, Accept: 'application/json' },
          redirect: 'manual',
          signal: controller.signal,
        });
      } catch (err) {
        return failed('connect', err);
      }
      let body: string;
      try {
        body = await res.text();
      } catch (err) {
        if (!res.ok) body = '';
        else return failed('body', err);
      }
      const date = Date.parse(res.headers.get('date') ?? '');
      if (!Number.isNaN(date)) this.#serverDate = date;
      if (res.ok) {
        // A damaged body (cut off, not JSON, a proxy's HTML page) is usually a transport fault: retry it, bounded.
        try {
          return { type: 'ok', body: parseBody(body, res.headers.get('content-type'), resource, res.status) };
        } catch (err) {
          if (err instanceof PlatformError && err.kind === 'malformed') return { type: 'retry', error: err, reason: 'the page arrived damaged' };
          throw err;
        }
      }
      const error = statusError(res.status, resource, platformMessage(body));
      if (res.status === 429) {
        return { type: 'retry', error, reason: 'the platform asked to slow down (429)', waitMs: retryAfterMs(res.headers.get('retry-after'), this.#now()) };
      }
      if (RETRY_STATUSES.has(res.status)) return { type: 'retry', error, reason: `the platform answered ${res.status}` };
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** The platform's clock at its latest answer (its Date header), or null before one arrived. */
  serverTime(): number | null {
    return this.#serverDate;
  }

  /** Belt and braces: no message leaves the client with the token in it. */
  #scrub(err: unknown): unknown {
    const token = this.#token;
    if (token.length < 4 || !(err instanceof Error) || !err.message.includes(token)) return err;
    const message = err.message.split(token).join('[token]');
    if (err instanceof PlatformError) return new PlatformError(err.kind, message, { status: err.status, resource: err.resource });
    return new Error(message);
  }
}

/** The `{"error": {"message": …}}` of an error answer, if it has one. */
function platformMessage(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    const error = (parsed as { error?: { message?: unknown; code?: unknown } } | null)?.error;
    if (typeof error?.message === 'string' && error.message) return error.message;
    if (typeof error?.code === 'string' && error.code) return error.code;
  } catch {
    // an HTML or empty error page: the status says enough
  }
  return undefined;
}

function networkReason(err: unknown, host: string): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (code === 'ECONNREFUSED') return `the connection to ${host} was refused (is the platform running?)`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the host name ${host} was not found (check the address and the internet connection)`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `the connection to ${host} was closed unexpectedly`;
  if (/CERT|SSL|TLS/i.test(code)) return `the secure connection to ${host} failed (${code}); the platform's certificate is not trusted`;
  const detail = typeof cause?.message === 'string' ? cause.message : err instanceof Error ? err.message : String(err);
  return `${host}: ${clip(detail, 120)}${code ? ` (${code})` : ''}`;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number`);
  return value;
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
  return value;
}
