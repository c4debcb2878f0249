// Cursor paging over a collection, and validation of bodies, pages and rows against the contract.
import type { z } from 'zod';
import { PlatformError, clip, describeIssues, malformedBody, stalledFeed, what } from './errors.js';
import { day, instant } from './fields.js';
import { compileSchema, FAIL } from './fast-check.js';
import { PassProgress, STALLED_PAGES_LIMIT } from './pass-progress.js';
import { RESOURCES, type RowOf } from './schemas.js';
import type { ResourceName } from './resource-names.js';

export interface PageOptions {
  /** ISO instant: only rows whose updated_at >= it. */
  updatedSince?: string;
  /** Stats only: first UTC date (inclusive), YYYY-MM-DD. */
  since?: string;
  /** Stats only: last UTC date (inclusive), YYYY-MM-DD. */
  until?: string;
  /** Page size 1..1000 (default 1000). */
  limit?: number;
  /** Resume from this cursor (a previous page's nextCursor). */
  cursor?: string | null;
  signal?: AbortSignal;
}

export interface Page<R> {
  rows: R[];
  /** null on the last page. */
  nextCursor: string | null;
  /** How many rows the platform sent in this page. */
  rawCount: number;
}

export type GetJson = (path: string, query: Record<string, string>) => Promise<unknown>;

export async function* pageThrough<N extends ResourceName>(
  get: GetJson,
  resource: N,
  opts: PageOptions = {},
): AsyncGenerator<Page<RowOf<N>>, void, undefined> {
  const spec = RESOURCES[resource];
  if (!spec) throw new RangeError(`unknown platform resource: ${String(resource)}`);
  const query = baseQuery(resource, spec.stats, opts);
  const seen = new Set<string>();
  const progress = new PassProgress(spec.keys);
  let stalled = 0;
  const request = (cursor: string | null) => {
    const body = get(spec.path, cursor ? { ...query, cursor } : query);
    body.catch(() => {}); // a fault is seen when the page is awaited, not as an unhandled rejection meanwhile
    return body;
  };
  let next = request(opts.cursor ?? null);
  for (;;) {
    const page = parsePage(resource, await next);
    const news = progress.add(page.rows);
    const repeated = page.nextCursor !== null && seen.has(page.nextCursor);
    // The next page is asked for before this one is handed on and stored, so the platform prepares it
    // meanwhile (the request leaves once the event loop turns). Not after a page that ends the pass:
    // the last one, a repeated cursor, or the last of the stalled pages allowed.
    const stalls = news ? 0 : stalled + 1;
    if (page.nextCursor !== null && !repeated && stalls < STALLED_PAGES_LIMIT) {
      seen.add(page.nextCursor);
      next = request(page.nextCursor);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (page.nextCursor === null) {
      yield page;
      return;
    }
    // A page with nothing new is not handed on (its rows were, earlier in the pass), so a checkpoint
    // never points into a loop.
    stalled = stalls;
    if (news) yield page;
    else if (stalled >= STALLED_PAGES_LIMIT) throw stalledFeed(resource, stalled);
    if (repeated) {
      throw new PlatformError('malformed', `The platform sent the same next_cursor twice while sending ${what(resource)}; the sync stopped to avoid an endless loop.`, { resource });
    }
  }
}

function baseQuery(resource: string, isStats: boolean, opts: PageOptions): Record<string, string> {
  const limit = opts.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RangeError(`limit must be a whole number 1..1000, got ${limit}`);
  const query: Record<string, string> = { limit: String(limit) };
  if (opts.updatedSince !== undefined) {
    if (!instant.safeParse(opts.updatedSince).success) throw new RangeError(`updatedSince must be an ISO 8601 UTC instant, got ${opts.updatedSince}`);
    query.updated_since = opts.updatedSince;
  }
  for (const key of ['since', 'until'] as const) {
    const value = opts[key];
    if (value === undefined) continue;
    if (!isStats) throw new RangeError(`${key} applies to stats resources only, not ${resource}`);
    if (!day.safeParse(value).success) throw new RangeError(`${key} must be a date YYYY-MM-DD, got ${value}`);
    query[key] = value;
  }
  return query;
}

/** Parse a response body as JSON, telling an HTML page, an empty body and a cut-off body apart. */
export function parseBody(body: string, contentType: string | null, resource: string, status?: number): unknown {
  const start = body.replace(/^\uFEFF/, '').trimStart();
  if (start === '') throw malformedBody(resource, 'the answer was empty', status);
  const html = 'it is an HTML page, perhaps from a proxy, a login portal or a wrong address';
  if (start.startsWith('<')) throw malformedBody(resource, html, status);
  try {
    return JSON.parse(start);
  } catch (err) {
    if (/text\/html/i.test(contentType ?? '')) throw malformedBody(resource, html, status);
    const detail = err instanceof Error ? err.message : String(err);
    const cut = /end of (JSON )?input|unterminated/i.test(detail);
    throw malformedBody(resource, cut ? 'the page ends in the middle, it was cut off' : clip(detail, 120), status);
  }
}

/** The next_cursor of a page body (null on the last page), after checking the body's shape. */
function pageCursor(resource: string, body: unknown): string | null {
  const page = body as { data?: unknown; next_cursor?: unknown } | null;
  if (typeof page !== 'object' || page === null || Array.isArray(page) || !Array.isArray(page.data)) {
    throw new PlatformError('malformed', `The platform sent a page of ${what(resource)} without a "data" list. This is a platform fault; nothing from it was stored.`, { resource });
  }
  const next = page.next_cursor;
  if (next !== undefined && next !== null && typeof next !== 'string') {
    throw new PlatformError('malformed', `The platform sent a page of ${what(resource)} whose next_cursor is not a string. This is a platform fault; nothing from it was stored.`, { resource });
  }
  return typeof next === 'string' && next !== '' ? next : null;
}

/** Validate one page body: `{"data": [...], "next_cursor": "…" | null}`, every row against its schema. */
export function parsePage<N extends ResourceName>(resource: N, body: unknown): Page<RowOf<N>> {
  const nextCursor = pageCursor(resource, body);
  const data = (body as { data: unknown[] }).data;
  const rows = data.map((raw, index) => parseRow(resource, raw, index));
  return { rows, nextCursor, rawCount: data.length };
}

const compiled: Partial<Record<ResourceName, (raw: unknown) => unknown>> = {};

/** Validate one row; a bad row throws PlatformError('malformed') naming the resource, the row's key and the problem. */
export function parseRow<N extends ResourceName>(resource: N, raw: unknown, index = 0): RowOf<N> {
  const fast = (compiled[resource] ??= compileSchema(RESOURCES[resource].schema as z.ZodType))(raw);
  if (fast !== FAIL) return fast as RowOf<N>;
  const spec = RESOURCES[resource];
  const result = (spec.schema as z.ZodType).safeParse(raw);
  if (result.success) return result.data as RowOf<N>;
  const noun = resource.startsWith('stats/') ? `${resource} row` : `${singular(resource)} row`;
  throw new PlatformError(
    'malformed',
    `The platform sent a ${noun} that does not match the contract (${rowName(raw, spec.keys, index)}): ${describeIssues(result.error.issues)}. ` +
      `The sync of ${what(resource)} stopped; nothing from this page was stored.`,
    { resource },
  );
}

/** Validate a single object (creator, balances). */
export function parseSingle<S extends z.ZodType>(schema: S, resource: string, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new PlatformError(
    'malformed',
    `The platform sent ${what(resource)} in a shape that does not match the contract: ${describeIssues(result.error.issues)}.`,
    { resource },
  );
}

/** `id "L-1"`, or `character_id "c1", date "2026-03-04"`, or `row 3 of the page` when the key is unusable. */
export function rowName(raw: unknown, keys: readonly string[], index: number): string {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const parts: string[] = [];
    for (const key of keys) {
      const value = (raw as Record<string, unknown>)[key];
      if (typeof value === 'string' || typeof value === 'number') parts.push(`${key} ${JSON.stringify(typeof value === 'string' ? clip(value, 80) : value)}`);
    }
    if (parts.length === keys.length) return parts.join(', ');
    if (parts.length > 0) return `${parts.join(', ')}, row ${index + 1} of the page`;
  }
  return `row ${index + 1} of the page`;
}

function singular(resource: string): string {
  const map: Record<string, string> = { stories: 'story', ledger: 'ledger', support: 'support', payouts: 'payout' };
  return map[resource] ?? resource.replace(/s$/, '');
}
