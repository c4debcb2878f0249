// Where the engine's pages come from: the platform client's pages of a resource, each checked against
// the contract and turned into the cells its table stores, with the newest updated_at among them.
// The same pages are read on the engine's own thread (incremental passes, tests that stand in for the
// network) or on a thread of their own (page-thread.ts), so a bulk pass stores one page while the
// next is fetched, parsed and checked.
import type { PlatformClient, ResourceName } from './client/index.js';
import { TABLES } from './tables';
import { storedRows, type StoredRows } from './writer';

export interface StoredPage {
  /** null on the last page of the pass. */
  nextCursor: string | null;
  /** The newest updated_at among the page's rows (null for an empty page). */
  maxUpdatedAt: string | null;
  /** How many rows the page holds, tombstones included. */
  count: number;
  /** Its rows as the table stores them; a page from another thread is read only when it is stored,
   *  so a batch waits as compact text rather than as thousands of arrays. */
  rows(): StoredRows;
}

export interface PassOptions {
  updatedSince?: string;
  cursor: string | null;
  limit: number;
  signal?: AbortSignal;
}

export interface PageReader {
  /** Every page of one pass over `resource`: the client's paging, checks and faults, unchanged. */
  pages(resource: ResourceName, options: PassOptions): AsyncGenerator<StoredPage, void, undefined>;
  /** The platform's clock at its latest answer (its Date header), or null before one arrived. */
  serverTime(): number | null;
  /** Lets go of whatever the reader holds (its thread). */
  close(): Promise<void>;
}

/** A page of parsed rows, its cells and the newest updated_at among them. */
export function storedPage(resource: ResourceName, rows: readonly Record<string, unknown>[], nextCursor: string | null): { stored: StoredRows; nextCursor: string | null; maxUpdatedAt: string | null } {
  // Each instant read once: two Date.parse per row cost more than the rest of this function.
  let maxUpdatedAt: string | null = null;
  let maxMs = -Infinity;
  for (const row of rows) {
    const ms = Date.parse(row.updated_at as string);
    if (ms > maxMs || maxUpdatedAt === null) {
      maxMs = ms;
      maxUpdatedAt = row.updated_at as string;
    }
  }
  return { stored: storedRows(TABLES[resource], rows), nextCursor, maxUpdatedAt };
}

/** Pages read on the calling thread. */
export function clientReader(client: PlatformClient): PageReader {
  return {
    async *pages(resource, options) {
      const source = client.pages(resource, { updatedSince: options.updatedSince, cursor: options.cursor, limit: options.limit, signal: options.signal });
      for await (const page of source) {
        const { stored, nextCursor, maxUpdatedAt } = storedPage(resource, page.rows as Record<string, unknown>[], page.nextCursor);
        yield { nextCursor, maxUpdatedAt, count: stored.cells.length, rows: () => stored };
      }
    },
    serverTime: () => client.serverTime(),
    close: async () => {},
  };
}
