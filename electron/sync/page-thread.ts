// Pages read on a thread of their own (page-worker.ts): while the engine stores one batch, the next
// pages are fetched, parsed, checked and turned into cells. The engine sees the same pages, faults,
// retries and server clock as from the client on its own thread (page-reader.ts).
import { startWorker, type RunningWorker } from '../../db/workers/start';
import { workerEntry } from '../../db/workers/entry';
import { PlatformError, type PlatformErrorKind, type RetryInfo, type ResourceName } from './client/index.js';
import { cancelledError } from './client/errors.js';
import type { PageReader, PassOptions, StoredPage } from './page-reader';
import type { StoredRows } from './writer';

export interface PageJob {
  baseUrl: string;
  token: string;
  /** The client's plain options (functions cannot cross threads). */
  client: { timeoutMs?: number; maxRetries?: number; maxRateLimitWaits?: number; rateLimitBudgetMs?: number };
}

export type PageCommand =
  | { type: 'pass'; pass: number; resource: ResourceName; updatedSince?: string; cursor: string | null; limit: number; rateLimitWaitedMs: number }
  | { type: 'credit'; pass: number; pages: number }
  | { type: 'stop'; pass: number };

export type PageMessage =
  | { type: 'page'; pass: number; cells: string; count: number; nextCursor: string | null; maxUpdatedAt: string | null; serverTime: number | null }
  | { type: 'retry'; pass: number; info: RetryInfo }
  | { type: 'end'; pass: number }
  | { type: 'error'; pass: number; error: { name: string; message: string; platform?: { kind: PlatformErrorKind; status?: number; resource?: string } } };

export const PAGE_WORKER = workerEntry<PageJob, PageCommand, PageMessage>('page-worker', new URL('./page-worker.ts', import.meta.url));

/** Pages the thread may read ahead of the engine, so it keeps reading while the engine stores a batch.
 *  Each waits as compact text (about 250 KB); 40 kept the thread busier but the process 30-60 MB larger. */
const AHEAD = 16;

/**
 * The thread's heap: a young generation of 16 MB (its pages are short-lived) and an old one of at most
 * 512 MB. Without that cap V8 let this heap grow to 4 times what it keeps (77 MB over 2M ledger rows,
 * 44 MB with it). It is no tighter: a thread that reaches its cap takes the whole process down with it
 * (Node aborts when one allocation does not fit), and 512 MB is about a thousand pages of the contract.
 */
const PAGE_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 };

/** The thread stopped (it could not start, or ran out of memory): the pass can go on without it. */
export class PageThreadStopped extends Error {}

export interface ThreadHooks {
  /** Each retry's wait, as the client on the engine's thread reports it. */
  onRetry(info: RetryInfo): void;
  /** The Retry-After waits the sync has made so far: the thread's client counts on from there. */
  rateLimitWaitedMs(): number;
}

export function threadReader(job: PageJob, hooks: ThreadHooks): PageReader {
  let worker: RunningWorker<PageCommand, PageMessage> | null = null;
  let stopped: PageThreadStopped | null = null;
  let serverTime: number | null = null;
  let passes = 0;
  const listeners = new Map<number, (message: PageMessage) => void>();

  const thread = () => {
    if (worker) return worker;
    const w = startWorker(PAGE_WORKER, job, { resourceLimits: PAGE_HEAP });
    w.onMessage((message) => listeners.get(message.pass)?.(message));
    void w.ended.then(({ error }) => {
      stopped = new PageThreadStopped(`The sync's page reader stopped${error?.message ? `: ${error.message}` : '.'}`);
      for (const listener of listeners.values()) listener({ type: 'error', pass: -1, error: { name: 'PageThreadStopped', message: stopped.message } });
    });
    worker = w;
    return w;
  };

  // Started at once: its modules load while the engine fetches what comes before its first pass.
  thread();

  async function* pages(resource: ResourceName, options: PassOptions): AsyncGenerator<StoredPage, void, undefined> {
    if (stopped) throw stopped;
    const w = thread();
    const pass = ++passes;
    const queue: StoredPage[] = [];
    let failure: Error | null = null;
    let ended = false;
    let wake: (() => void) | null = null;
    const poke = () => {
      const resume = wake;
      wake = null;
      resume?.();
    };
    listeners.set(pass, (message) => {
      if (message.type === 'page') {
        const { cells, count, nextCursor, maxUpdatedAt } = message;
        queue.push({ count, nextCursor, maxUpdatedAt, rows: () => JSON.parse(cells) as StoredRows });
        serverTime = message.serverTime ?? serverTime;
      } else if (message.type === 'retry') hooks.onRetry(message.info);
      else if (message.type === 'end') ended = true;
      else {
        const { platform, message: text, name } = message.error;
        if (platform) failure = new PlatformError(platform.kind, text, { status: platform.status, resource: platform.resource });
        else failure = name === 'PageThreadStopped' ? new PageThreadStopped(text) : new Error(text);
      }
      poke();
    });
    const onAbort = () => {
      failure ??= cancelledError(resource);
      poke();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) onAbort();
    w.post({ type: 'pass', pass, resource, updatedSince: options.updatedSince, cursor: options.cursor, limit: options.limit, rateLimitWaitedMs: hooks.rateLimitWaitedMs() });
    w.post({ type: 'credit', pass, pages: AHEAD });
    try {
      for (;;) {
        const page = queue.shift();
        if (page !== undefined) {
          w.post({ type: 'credit', pass, pages: 1 });
          yield page;
        } else if (failure) throw failure;
        else if (ended) return;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      listeners.delete(pass);
      if (!ended) w.post({ type: 'stop', pass });
    }
  }

  return {
    pages,
    serverTime: () => serverTime,
    close: async () => {
      await worker?.terminate();
      worker = null;
    },
  };
}
