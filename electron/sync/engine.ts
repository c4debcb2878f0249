// The sync: every resource of the contract, page by page, each batch of pages stored together with
// the checkpoint after its last page in one transaction (open-batch.ts), so a sync killed at any
// instant resumes and converges. A first or
// full pass stores its pages without the rollup triggers and builds the rollups at its end (bulk.ts).
import type { Db } from '../../db/open';
import { besideReader, ensureRollupZone } from '../../db/rollups';
import { finishInterruptedBuilds, isBulkPass, startPass } from './bulk';
import type { SyncProgress } from '../api/types';
import { isPlatformError, PlatformClient, RESOURCE_NAMES, type PlatformClientOptions, type ResourceName, type RetryInfo } from './client/index.js';
import { cappedAt, completePass, laterOf, passStart, readCheckpoint, recordResourceError, savePageCheckpoint } from './checkpoint';
import { describeFailure } from './failures';
import { isNotOffered, recordNotOffered } from './offered';
import { closeAbandonedRuns, finishRun, startRun, type RunStatus } from './runs';
import { saveBalances, saveCreator } from './store';
import { syncRates, type RatesSyncResult } from '../rates/rates-sync';
import { TABLES } from './tables';
import { clientReader, type PageReader, type StoredPage } from './page-reader';
import { PageThreadStopped, threadReader } from './page-thread';
import { storedWriter } from './writer';
import { OpenBatch } from './open-batch';

export interface SyncOptions {
  baseUrl: string;
  token: string;
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
  /** Ignore checkpoints and fetch every feed from the start (stored history is kept). */
  full?: boolean;
  resources?: ResourceName[];
  pageSize?: number;
  client?: Partial<PlatformClientOptions>;
  now?: () => Date;
  /** better-sqlite3's native module, where the app's runtime needs its own (Electron), for the thread
   *  that reads half of a rollup build. */
  nativeBinding?: string;
}

export interface SyncSummary {
  status: RunStatus;
  rowsWritten: number;
  /** Resources that failed alone while the others completed. */
  failures: { resource: string; message: string }[];
  /** Why the whole run stopped (token refused, server unreachable, disk full, cancelled). */
  error: string | null;
  /** The exchange rates fetched after the platform's data, reported apart: their failure is not the sync's. */
  rates?: RatesSyncResult;
}

/** Faults that every other resource would hit too: stop the run instead of failing each one. */
function stopsTheRun(error: unknown): boolean {
  if (!isPlatformError(error)) return true;
  return !['malformed', 'bad_request', 'not_found'].includes(error.kind);
}

export async function runSync(db: Db, options: SyncOptions): Promise<SyncSummary> {
  const now = options.now ?? (() => new Date());
  const resources = options.resources ?? RESOURCE_NAMES;
  const progress: SyncProgress = { resource: 'profile', resourcesDone: 0, resourcesTotal: resources.length + 2, pages: 0, rows: 0, waiting: null };
  const report = () => options.onProgress?.({ ...progress });
  const onRetry = (info: RetryInfo) => {
    progress.waiting = { reason: info.reason, untilMs: Date.now() + info.waitMs, waitMs: info.waitMs, budgetLeftMs: info.budgetLeftMs };
    report();
  };
  const client = new PlatformClient({ ...options.client, baseUrl: options.baseUrl, token: options.token, onRetry });
  const readers = pageReaders(client, options, (info) => {
    if (info.status === 429) client.noteRateLimitWait(info.waitMs); // one budget for the whole sync
    onRetry(info);
  });
  // A first or full pass reads its pages on a thread of their own: started now, it is ready by then.
  if (resources.some((r) => isBulkPass(db, r, readCheckpoint(db, r), options.full === true))) readers.bulk();
  const failures: SyncSummary['failures'] = [];
  const signal = options.signal;
  let status: RunStatus = 'ok';
  let error: string | null = null;
  // Nothing a sync meets, the disk included, escapes as an exception: the caller (the CLI, the app's
  // worker) gets a summary whose message a creator can act on, and the run is closed in the log.
  let runId: number | null = null;
  try {
    closeAbandonedRuns(db, now());
    runId = startRun(db, now());
    report();
    saveCreator(db, await client.getCreator({ signal }), now().toISOString());
    progress.resourcesDone++;
    try {
      finishInterruptedBuilds(db, (resource) => {
        progress.resource = resource;
        progress.buildingTotals = true;
        report();
      });
    } finally {
      progress.buildingTotals = false;
    }
    for (const resource of resources) {
      progress.resource = resource;
      progress.waiting = null;
      report();
      try {
        await syncResource(db, readers, resource, options, progress, report);
      } catch (err) {
        if (isNotOffered(resource, err)) recordNotOffered(db, resource, now().toISOString());
        else {
          if (stopsTheRun(err)) throw err;
          const message = describeFailure(err);
          failures.push({ resource, message });
          recordResourceError(db, resource, message);
        }
      }
      progress.resourcesDone++;
    }
    progress.resource = 'balances';
    report();
    saveBalances(db, await client.getBalances({ signal }), now().toISOString());
    progress.resourcesDone++;
    // Day and month totals follow the reporting zone (the profile's may have just arrived).
    ensureRollupZone(db);
    if (failures.length) {
      status = 'partial';
      error = failures.map((f) => `${f.resource}: ${f.message}`).join(' · ');
    }
  } catch (err) {
    const cancelled = signal?.aborted || (isPlatformError(err) && err.kind === 'cancelled');
    status = cancelled ? 'cancelled' : 'failed';
    error = cancelled ? 'Cancelled; the next sync continues where this one stopped.' : describeFailure(err);
  }
  progress.waiting = null;
  report();
  await readers.close();
  try {
    if (runId !== null) finishRun(db, runId, now(), status, progress.rows, error);
  } catch (err) {
    // What was stored stays stored, but a run the log cannot record must still say why it failed.
    if (status !== 'failed') {
      status = 'failed';
      error = describeFailure(err);
    }
  }
  const rates = status === 'cancelled' ? undefined : await fetchRates(db, now(), options);
  return { status, rowsWritten: progress.rows, failures, error, ...(rates && { rates }) };
}

/** After the platform's data, whatever became of it: the rates come from another address. */
async function fetchRates(db: Db, at: Date, options: SyncOptions): Promise<RatesSyncResult | null> {
  try {
    return await syncRates(db, { now: at, signal: options.signal, force: options.full });
  } catch (err) {
    return { status: 'skipped', reason: describeFailure(err) };
  }
}

/** Pages are stored in batches of about this many rows: one commit per batch instead of per page. */
const BATCH_ROWS = 5000;
/** A bulk pass (bulk.ts) commits less often: each commit writes every index page its rows touched, and
 *  rows with random ids touch most of their index's pages in every batch. */
const BULK_BATCH_ROWS = 25_000;
/** A batch's transaction is committed when the next page takes longer than this to arrive… */
const LATE_PAGE_MS = 100;
/** …or once it has been open this long, so the app's own writes never wait on a slow network. */
const MAX_OPEN_MS = 500;

interface Readers {
  /** Pages read on this thread: the incremental passes, a few pages each. */
  here: PageReader;
  /** Pages read on a thread of their own when the client's options can cross to it: the bulk passes. */
  bulk(): PageReader;
  close(): Promise<void>;
}

function pageReaders(client: PlatformClient, options: SyncOptions, onRetry: (info: RetryInfo) => void): Readers {
  const here = clientReader(client);
  const plain = Object.values(options.client ?? {}).every((value) => typeof value !== 'function');
  let thread: PageReader | null = null;
  return {
    here,
    bulk: () => {
      if (!plain) return here;
      const { timeoutMs, maxRetries, maxRateLimitWaits, rateLimitBudgetMs } = options.client ?? {};
      thread ??= threadReader(
        { baseUrl: options.baseUrl, token: options.token, client: { timeoutMs, maxRetries, maxRateLimitWaits, rateLimitBudgetMs } },
        { onRetry, rateLimitWaitedMs: () => client.rateLimitWaitedMs },
      );
      return thread;
    },
    close: async () => void (await thread?.close()),
  };
}

async function syncResource(
  db: Db,
  readers: Readers,
  resource: ResourceName,
  options: SyncOptions,
  progress: SyncProgress,
  report: () => void,
): Promise<void> {
  const write = storedWriter(db, TABLES[resource]);
  const checkpoint = readCheckpoint(db, resource);
  const resuming = checkpoint.cursor !== null && !options.full;
  const since = resuming ? checkpoint.passSince : options.full ? null : passStart(checkpoint);
  let passMax = resuming ? checkpoint.passMaxUpdatedAt : null;
  // Resume points never pass the platform's clock at the start of the pass: a row that commits late,
  // behind the pass's position, while the pass runs on into newer rows is still inside the next overlap.
  let startedAt = resuming ? checkpoint.passStartedAt : null;
  // The newest updated_at of the pass, with the open batch's pages: it becomes the pass's once they commit.
  let batchMax = passMax;
  const batch = new OpenBatch(db, {
    begin: () => {
      pass.beforeBatch();
      batchMax = passMax;
    },
    write: (page) => {
      batchMax = laterOf(batchMax, page.maxUpdatedAt);
      return write(page.rows());
    },
    checkpoint: (last, rows) => {
      if (last.nextCursor === null) completePass(db, resource, cappedAt(laterOf(checkpoint.maxUpdatedAt, batchMax), startedAt), new Date().toISOString());
      else savePageCheckpoint(db, resource, { cursor: last.nextCursor, passSince: since, passMaxUpdatedAt: batchMax, passStartedAt: startedAt }, rows);
    },
  });
  // A build's second thread needs the database in a file.
  const pass = startPass(db, resource, checkpoint, options.full === true, db.memory ? null : besideReader(db.name, options.nativeBinding));
  const reader = pass.bulk ? readers.bulk() : readers.here;
  const batchRows = pass.bulk ? BULK_BATCH_ROWS : BATCH_ROWS;
  const pages = (from: PageReader, cursor: string | null) =>
    from.pages(resource, { updatedSince: since ?? undefined, cursor, limit: options.pageSize ?? 1000, signal: options.signal });

  let stored = 0;
  let at = resuming ? checkpoint.cursor : null; // the cursor after the last page stored
  const drain = async (source: AsyncIterator<StoredPage>) => {
    const flush = () => {
      const committed = batch.commit();
      if (!committed) return;
      passMax = batchMax;
      at = committed.last.nextCursor;
      stored += committed.pages;
      progress.pages += committed.pages;
      progress.rows += committed.rows;
      progress.waiting = null;
      report();
    };
    // The next page is requested before this one is stored, so the network and the disk work at once.
    const ask = () => {
      const promise = source.next();
      promise.catch(() => {}); // a fault is seen when awaited, not as an unhandled rejection meanwhile
      return promise;
    };
    // The open transaction keeps other writers of the file (the app's settings) waiting: it is
    // committed when the next page is late, and never stays open much longer than MAX_OPEN_MS.
    const nextPage = async (next: Promise<IteratorResult<StoredPage>>) => {
      if (!batch.open) return next;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, LATE_PAGE_MS, null)));
      const first = await Promise.race([next, late]).finally(() => clearTimeout(timer));
      if (first !== null) return first;
      flush();
      return next;
    };
    let next = ask();
    try {
      for (;;) {
        const result = await nextPage(next);
        if (result.done) break;
        startedAt ??= new Date(reader.serverTime() ?? Date.now()).toISOString();
        next = ask();
        batch.add(result.value);
        if (batch.rows >= batchRows || result.value.nextCursor === null || batch.openFor() >= MAX_OPEN_MS) flush();
      }
    } catch (err) {
      flush(); // what arrived intact before the fault is kept
      throw err;
    }
    flush();
  };

  try {
    try {
      await drain(pages(reader, at));
    } catch (err) {
      // The page thread is a help, not a need: without it the pass goes on from its last stored page.
      if (err instanceof PageThreadStopped) await drain(pages(readers.here, at));
      // A platform may expire cursors: restart the unfinished pass from its own starting point.
      else if (resuming && stored === 0 && isPlatformError(err) && err.kind === 'bad_request') await drain(pages(reader, null));
      else throw err;
    }
    if (pass.deferred) {
      progress.buildingTotals = true;
      report();
    }
    try {
      await pass.finish();
    } finally {
      progress.buildingTotals = false;
    }
  } finally {
    pass.close();
  }
}

