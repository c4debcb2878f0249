// Retry policy: exponential backoff with full jitter for transient faults, Retry-After for 429.

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 30_000;
export const RETRY_AFTER_DEFAULT_MS = 5_000;
export const RETRY_AFTER_CAP_MS = 120_000;
/** 429 answers do not use up the transient-fault budget, but they have their own bound. */
export const DEFAULT_MAX_RATE_LIMIT_WAITS = 20;
/**
 * All the waiting a whole sync does for Retry-After, added up. Without it 20 capped waits per request
 * let a platform hold a sync for 40 minutes on one request, and for ever across requests. Five minutes
 * lets a platform that rate-limits now and then through (a full sync of the largest accounts asks ~8,000
 * pages) while a creator is not left watching a sync that no longer moves; what is stored stays stored,
 * and the next sync continues where this one stopped.
 */
export const RATE_LIMIT_WAIT_BUDGET_MS = 5 * 60_000;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Full jitter: a uniform wait in [0, min(cap, base * 2^(attempt-1))), attempt counted from 1. */
export function backoffMs(attempt: number, random: () => number, baseMs = BACKOFF_BASE_MS, capMs = BACKOFF_CAP_MS): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt - 1, 30));
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0.5;
  return Math.floor(unit * ceiling);
}

/**
 * The wait a 429 asks for: `Retry-After` as delta-seconds or an HTTP date; 5 s when absent or garbled;
 * never more than 120 s (a platform asking for longer gets a clear "try again later" sooner).
 */
export function retryAfterMs(header: string | null, nowMs: number): number {
  if (header === null) return RETRY_AFTER_DEFAULT_MS;
  const value = header.trim();
  let ms: number;
  if (/^\d{1,10}$/.test(value)) {
    ms = Number(value) * 1000;
  } else if (/^\d{1,10}\.\d+$/.test(value)) {
    ms = Math.ceil(Number(value) * 1000);
  } else {
    const date = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(date)) return RETRY_AFTER_DEFAULT_MS;
    ms = Math.max(0, date - nowMs);
  }
  return Math.min(ms, RETRY_AFTER_CAP_MS);
}

/** setTimeout as a promise that rejects at once (with the signal's reason) when the signal aborts. */
export const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

