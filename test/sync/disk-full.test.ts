// A sync on a full disk, for real: SQLite answers SQLITE_FULL because the connection may not grow the
// file (PRAGMA max_page_count), as on a disk with no space left. The creator reads what happened in
// words they can act on, never SQLite's; the run is closed as failed in the log whether the sync ran on
// this thread or on the app's worker; nothing stored is lost; and once there is space the next sync
// continues from its checkpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { lastFinishedRun, lastSuccessfulSyncAt } from '../../db/queries/status';
import { deferRollups, ROLLUP_GROUPS, rollupsToBuild } from '../../db/rollups';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { runSync } from '../../electron/sync/engine';
import { DISK_FULL_MESSAGE } from '../../electron/sync/failures';
import { syncInWorker } from '../../electron/sync/run-in-worker';
import { differences, ledgerNet } from '../helpers/compare';
import { startFaultProxy } from '../helpers/fault-proxy';
import { crowdRunLog, fillDisk } from '../helpers/full-disk';
import { tempDbFile } from '../helpers/tmp';

const noWait = { sleep: async () => {}, random: () => 0.5 };
let tiny: SamplePlatform;
beforeAll(async () => {
  tiny = await startSamplePlatform({ scale: 'tiny', today: '2026-11-22' });
});
afterAll(() => tiny.close());

interface Run {
  status: string;
  error: string | null;
  rowsWritten: number;
  finished: number;
}
const runLog = (db: Db) =>
  db.prepare(`SELECT status, error, rows_written AS rowsWritten, finished_at IS NOT NULL AS finished FROM sync_runs ORDER BY id`).all() as Run[];
const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const failedRun = (rowsWritten: number): Run => ({ status: 'failed', error: DISK_FULL_MESSAGE, rowsWritten, finished: 1 });
/** The disk filled during an earlier first sync: its rollups are left to build, their triggers off (and
 *  the pages their text took are free before the disk is filled, as they would be). */
const leftToBuild = (db: Db) => {
  for (const group of ROLLUP_GROUPS) deferRollups(db, group.base);
};

describe('a sync that fills the disk', () => {
  it('stops with the disk-full message, closes its run as failed, keeps every page it stored, and the next sync resumes from the checkpoint', async () => {
    const platform = await startSamplePlatform({ scale: 'default', today: '2026-11-22' });
    const proxy = await startFaultProxy(platform.url);
    // Every ledger page the platform answers, by the cursor it was asked with.
    type Page = { rows: { id: string; deleted?: boolean }[]; next: string | null };
    const pages = new Map<string | null, Page>();
    proxy.rule = async (url, upstream) => {
      if (url.pathname !== '/v1/ledger') return null;
      const answer = await upstream();
      const body = JSON.parse(answer.body) as { data: { id: string; deleted?: boolean }[]; next_cursor: string | null };
      pages.set(url.searchParams.get('cursor'), { rows: body.data, next: body.next_cursor });
      return answer;
    };
    /** The ledger feed's rows in order, from the first page to the one that handed out `last` (null: to the end). */
    const feed = (last: string | null) => {
      const rows: { id: string; deleted?: boolean }[] = [];
      for (let cursor: string | null = null; ; ) {
        const page: Page = pages.get(cursor)!;
        rows.push(...page.rows);
        if (page.next === null || page.next === last) return rows;
        cursor = page.next;
      }
    };
    /** The cursors the feed hands out, in order. */
    const cursors = () => {
      const out: string[] = [];
      for (let page = pages.get(null); page?.next; page = pages.get(page.next)) out.push(page.next);
      return out;
    };
    const file = tempDbFile();
    const sync = (db: Db) => runSync(db, { baseUrl: proxy.url, token: platform.token, resources: ['ledger'], client: noWait });
    try {
      let { db } = await openDatabase(file);
      fillDisk(db, 3000); // the whole ledger takes about 4,400 pages: the disk fills after its first batch of 25,000 rows
      const summary = await sync(db);
      const state = db.prepare(`SELECT cursor, rows, last_completed_at AS completed FROM sync_state WHERE resource = 'ledger'`).get() as {
        cursor: string | null;
        rows: number;
        completed: string | null;
      };
      // It stopped inside the ledger's pass, after batches were committed with their checkpoint.
      expect(state.cursor).not.toBeNull();
      expect(state.rows).toBeGreaterThan(0);
      expect(state.completed).toBeNull();
      expect(summary).toEqual({ status: 'failed', rowsWritten: state.rows, failures: [], error: DISK_FULL_MESSAGE });
      expect(runLog(db)).toEqual([failedRun(state.rows)]);
      expect(lastFinishedRun(db)).toMatchObject({ status: 'failed', error: DISK_FULL_MESSAGE }); // what the status bar shows
      // Exactly the rows of the pages up to the checkpoint are stored, none of the page that did not fit.
      const kept = feed(state.cursor);
      expect(kept.length).toBe(state.rows);
      const ids = (db.prepare('SELECT id FROM ledger ORDER BY id').pluck().all() as string[]).join();
      expect(ids).toBe(kept.filter((r) => !r.deleted).map((r) => r.id).sort().join());
      db.close();

      // Space freed (a new connection has no cap): the pass continues from its checkpoint, never from the start.
      ({ db } = await openDatabase(file));
      const before = proxy.requests.length;
      const resumed = await sync(db);
      // It asks for every page from the checkpoint on, and for none before it (the first sync’s
      // read-ahead request, past the checkpoint too, may arrive during this one).
      const order = [null, ...cursors()];
      const from = order.indexOf(state.cursor);
      const asked = proxy.requests.slice(before).filter((u) => u.pathname === '/v1/ledger').map((u) => order.indexOf(u.searchParams.get('cursor')));
      expect(from).toBeGreaterThan(0);
      expect([...new Set(asked)].sort((a, b) => a - b)).toEqual(order.map((_, i) => i).slice(from));
      expect(resumed).toEqual({ status: 'ok', rowsWritten: feed(null).length - state.rows, failures: [], error: null });
      expect(differences(db, platform, ['ledger'])).toEqual([]);
      expect(ledgerNet(db)).toEqual(platform.truth().ledgerNet);
      expect(runLog(db)).toEqual([failedRun(state.rows), { status: 'ok', error: null, rowsWritten: resumed.rowsWritten, finished: 1 }]);
      db.close();
    } finally {
      await proxy.close();
      await platform.close();
    }
  }, 60_000);

  it('that was full before it started says so in the creator’s words and closes its run as failed: the oldest runs of the log give their room', async () => {
    const file = tempDbFile();
    let { db } = await openDatabase(file);
    leftToBuild(db);
    fillDisk(db);
    const earlier = crowdRunLog(db); // months of auto-sync: the run log's last page is full too
    expect(earlier).toBeGreaterThan(20);
    const lastSuccess = lastSuccessfulSyncAt(db);
    const summary = await runSync(db, { baseUrl: tiny.url, token: tiny.token, resources: ['ledger'], client: noWait });
    expect(summary).toEqual({ status: 'failed', rowsWritten: 0, failures: [], error: DISK_FULL_MESSAGE });
    const log = runLog(db);
    expect(log).toHaveLength(earlier - Math.floor(earlier / 2) + 1);
    expect(log.at(-1)).toEqual(failedRun(0));
    expect(log.slice(0, -1).filter((r) => r.status !== 'ok')).toEqual([]);
    expect(lastSuccessfulSyncAt(db)).toBe(lastSuccess); // "last synced" still tells the truth
    expect(count(db, 'ledger')).toBe(0);
    db.close();

    ({ db } = await openDatabase(file));
    expect((await runSync(db, { baseUrl: tiny.url, token: tiny.token, resources: ['ledger'], client: noWait })).status).toBe('ok');
    expect(count(db, 'ledger')).toBe(tiny.truth().counts.ledger);
    expect(runLog(db).at(-1)).toMatchObject({ status: 'ok', finished: 1 });
    db.close();
  });

  it('on the app’s worker thread: the same message comes back from the worker and the run is closed as failed', async () => {
    const file = tempDbFile();
    const { db } = await openDatabase(file);
    leftToBuild(db);
    const cap = fillDisk(db);
    const earlier = crowdRunLog(db);
    const progress: string[] = [];
    const summary = await syncInWorker({ file, baseUrl: tiny.url, token: tiny.token, maxPageCount: cap }, (p) => progress.push(p.resource)).done;
    expect(summary).toEqual({ status: 'failed', rowsWritten: summary.rowsWritten, failures: [], error: DISK_FULL_MESSAGE });
    expect(progress).toContain('ledger'); // it really ran, on the worker: its first step, the rollups left to build
    const log = runLog(db);
    expect(log).toHaveLength(earlier - Math.floor(earlier / 2) + 1);
    expect(log.at(-1)).toEqual(failedRun(summary.rowsWritten));
    expect(lastFinishedRun(db)).toMatchObject({ status: 'failed', error: DISK_FULL_MESSAGE });

    // With space again, the worker's next sync completes the copy.
    const again = await syncInWorker({ file, baseUrl: tiny.url, token: tiny.token }, () => {}).done;
    expect(again).toMatchObject({ status: 'ok', error: null });
    expect(differences(db, tiny)).toEqual([]);
    expect(rollupsToBuild(db)).toEqual([]);
    expect(runLog(db).filter((r) => !r.finished)).toEqual([]);
    db.close();
  }, 30_000);
});
