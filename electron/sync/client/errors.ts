// Typed platform errors with messages a creator understands. No message ever contains the token.
import type { z } from 'zod';
import { formatWait } from '../../../db/words/numbers.js';

export type PlatformErrorKind =
  | 'auth'
  | 'forbidden'
  | 'not_found'
  | 'bad_request'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'malformed'
  | 'cancelled';

export class PlatformError extends Error {
  readonly kind: PlatformErrorKind;
  readonly status?: number;
  readonly resource?: string;

  constructor(kind: PlatformErrorKind, message: string, opts: { status?: number; resource?: string } = {}) {
    super(message);
    this.name = 'PlatformError';
    this.kind = kind;
    if (opts.status !== undefined) this.status = opts.status;
    if (opts.resource !== undefined) this.resource = opts.resource;
  }

  /** Transient faults: worth another attempt with backoff. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'server' && RETRY_STATUSES.has(this.status ?? 0));
  }
}

export const RETRY_STATUSES = new Set([500, 502, 503, 504]);

export function isPlatformError(err: unknown): err is PlatformError {
  return err instanceof PlatformError;
}

/** Human name of what was being read, e.g. "the ledger", "the daily stats (stats/characters)". */
export function what(resource: string): string {
  if (resource.startsWith('stats/')) return `the daily stats (${resource})`;
  return resource === 'support' ? 'the fan support' : `the ${resource}`;
}

/** Shorten and flatten text from outside (platform messages, row values) before it goes into a message. */
export function clip(textIn: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const flat = textIn.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The error for an HTTP status that is final (not retried) or that exhausted its retries. */
export function statusError(status: number, resource: string, platformMessage: string | undefined): PlatformError {
  const r = what(resource);
  const said = platformMessage ? ` The platform said: "${clip(platformMessage)}"` : '';
  const opts = { status, resource };
  if (status === 401) {
    return new PlatformError(
      'auth',
      'The platform refused the token (401). Create a new token in the creator settings of the platform and enter it in Settings.',
      opts,
    );
  }
  if (status === 403) {
    return new PlatformError(
      'forbidden',
      `The token is not allowed to read ${r} (403): it lacks that permission (scope). Create a token with read access to ${r} in the creator settings of the platform and enter it in Settings.`,
      opts,
    );
  }
  if (status === 404) {
    return new PlatformError(
      'not_found',
      `The platform has no endpoint for ${r} (404). Check the platform address in Settings: it should be the API's base URL, e.g. https://api.example-platform.com.${said}`,
      opts,
    );
  }
  if (status === 429) {
    return new PlatformError('rate_limited', `The platform kept asking the studio to slow down (429) while reading ${r}. Try again in a few minutes.${said}`, opts);
  }
  if (status >= 500) {
    return new PlatformError('server', `The platform failed while sending ${r} (${status}). This is on the platform's side; try again later.${said}`, opts);
  }
  if (status >= 300 && status < 400) {
    return new PlatformError('bad_request', `The platform answered with a redirect (${status}) instead of ${r}. Check the platform address in Settings.`, opts);
  }
  return new PlatformError(
    'bad_request',
    `The platform rejected the studio's request for ${r} (${status}). The studio or the platform may need an update.${said}`,
    opts,
  );
}

/** The platform asks for a wait longer than what is left of the sync's budget for waiting. */
export function waitedTooLong(resource: string, waitedMs: number, askedMs: number, status?: number): PlatformError {
  const waited = waitedMs > 0 ? `Creator Studio has already waited ${formatWait(waitedMs)} for it during this sync, and it` : 'It';
  return new PlatformError(
    'rate_limited',
    `The platform asked us to wait too long. ${waited} asks for ${formatWait(askedMs)} more before sending ${what(resource)}, so the sync stopped instead of waiting. ` +
      'Nothing already stored was lost; sync again later and it continues where it stopped.',
    { resource, ...(status !== undefined ? { status } : {}) },
  );
}

/** A feed that keeps handing out cursors over pages with nothing new: followed, it would never end. */
export function stalledFeed(resource: string, pages: number): PlatformError {
  const r = what(resource);
  return new PlatformError(
    'malformed',
    `The platform kept sending pages of ${r} with nothing new in them (${pages} in a row), so the sync of ${r} stopped rather than run forever. ` +
      'This is a fault on the platform\'s side: everything stored before it is kept, and the next sync tries again.',
    { resource },
  );
}

export function cancelledError(resource: string): PlatformError {
  return new PlatformError('cancelled', `Reading ${what(resource)} from the platform was cancelled.`, { resource });
}

export function malformedBody(resource: string, detail: string, status?: number): PlatformError {
  return new PlatformError('malformed', `The platform sent a page that is not valid JSON while sending ${what(resource)} (${detail}). This is a platform fault; nothing from it was stored.`, {
    resource,
    ...(status !== undefined ? { status } : {}),
  });
}

/** One line naming every problem of a row: "gross: amount "1.2345678" is not a decimal…; net: …". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 4): string {
  const parts = issues.slice(0, max).map((issue) => {
    const path = issue.path.map(String).join('.');
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'is missing';
    return path ? `${path}: ${clip(message, 160)}` : clip(message, 160);
  });
  if (issues.length > max) parts.push(`and ${issues.length - max} more problem(s)`);
  return parts.join('; ');
}
