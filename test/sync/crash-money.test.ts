// Crash test of a long money sync: the real CLI syncs a sample dataset's money (ledger, payouts,
// support) and is kill -9'd at ≥ 20 seeded random points. CREATOR_STUDIO_CRASH_SCALE sets the dataset:
// 'default' (about 51,000 ledger rows: what `npm test` and CI run) or 'large' (1M+ ledger rows, about
// seven minutes here). After every kill the file
// is intact, ids are unique and the stored checkpoint names exactly the rows committed with it —
// never more. A last run completes: counts and money sums equal the platform's exactly.
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { decodeCursor, type Feed, type Position } from '../../electron/sample-platform/feed';
import { differences, ledgerNet } from '../helpers/compare';
import { tempDbFile } from '../helpers/tmp';

const MONEY = ['ledger', 'payouts', 'support'] as const;
const SCALE = process.env.CREATOR_STUDIO_CRASH_SCALE === 'large' ? 'large' : 'default';
const KILLS_IN_LEDGER = 21;
const KILLS_AFTER_LEDGER = 2; // in payouts/support, and across the step from one resource to the next
let platform: SamplePlatform;

beforeAll(async () => {
  // In this process: the same seeded dataset serves the CLI and gives the truth.
  platform = await startSamplePlatform({ scale: SCALE, today: '2026-11-22' });
}, 60_000);
afterAll(() => platform.close());

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface State {
  cursor: string | null;
  pass_max_updated_at: string | null;
  last_completed_at: string | null;
  rows: number;
}
const stateOf = (db: Database.Database, r: string) => db.prepare('SELECT * FROM sync_state WHERE resource = ?').get(r) as State | undefined;

/** How far the sync got, in feed rows: the ledger's stored rows, then the ledger plus the rest. */
function progress(db: Database.Database, ledgerTotal: number): number {
  const [ledger, payouts, support] = MONEY.map((r) => stateOf(db, r));
  if (!ledger?.last_completed_at) return ledger?.rows ?? 0;
  return ledgerTotal + (payouts?.rows ?? 0) + (support?.rows ?? 0) + (payouts?.last_completed_at ? 1 : 0);
}

/** Feed rows (and tombstones among them) at or before a position, counted without walking the feed. */
function feedPrefix(feed: Feed, pos: Position): { rows: number; tombstones: number } {
  const atOrBefore = (u: number, o: number) => u < pos.u || (u === pos.u && o <= pos.o);
  let lo = 0;
  let hi = feed.baseSize();
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (atOrBefore(feed.baseU(mid), mid)) lo = mid + 1;
    else hi = mid;
  }
  const extras = feed.extras();
  const replaced = extras.filter((x) => x.ord < lo && feed.overridden(x.ord)).length;
  const early = extras.filter((x) => atOrBefore(x.u, x.ord));
  return { rows: lo - replaced + early.length, tombstones: early.filter((x) => x.deleted).length };
}

/** Under half of what one batch of the default dataset's ledger takes here (about 0.6 s). */
const BATCH_MS = 250;
const runCount = (db: Database.Database) => db.prepare('SELECT count(*) FROM sync_runs').pluck().get() as number;

/** Everything a kill -9 must never break. */
function checkAfterKill(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const r of MONEY) {
      const { n, ids } = db.prepare(`SELECT count(*) AS n, count(DISTINCT id) AS ids FROM ${r}`).get() as { n: number; ids: number };
      expect(ids).toBe(n);
      const state = stateOf(db, r);
      if (!state?.cursor) {
        // No pass under way: nothing stored yet, or a completed first pass.
        expect(n).toBe(state?.last_completed_at ? platform.truth({ statsSums: false }).counts[r] : 0);
        continue;
      }
      expect(state.last_completed_at).toBeNull(); // a single first pass: every page row is new
      const pos = decodeCursor(r, state.cursor)!;
      const sent = feedPrefix(platform.dataset.feeds.get(r)!, pos);
      // The checkpoint counts exactly the feed rows up to its cursor, and those are exactly the rows stored
      // (a tombstone of a row never stored stores nothing).
      expect(state.rows).toBe(sent.rows);
      expect(n).toBe(sent.rows - sent.tombstones);
      expect(Date.parse(state.pass_max_updated_at!)).toBe(pos.u);
      const newest = db.prepare(`SELECT max(updated_at) FROM ${r}`).pluck().get() as string;
      expect(Date.parse(newest)).toBeLessThanOrEqual(pos.u);
    }
  } finally {
    db.close();
  }
}

/** The real CLI sync of the money resources; kills it `extraMs` after `until()` holds. Resolves with the exit code (null: killed). */
function cliSync(file: string, until?: () => boolean, extraMs = 0): Promise<number | null> {
  const args = ['--import', 'tsx', 'electron/cli/main.ts', 'sync', '--api', platform.url, '--token', platform.token, '--db', file, '--only', MONEY.join(',')];
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  const timer = until
    ? setInterval(() => {
        if (!until()) return;
        clearInterval(timer);
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }, 20)
    : undefined;
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve(code);
    }),
  );
}

describe(`a money sync of the ${SCALE} dataset killed at random points`, () => {
  it(`resumes after ${KILLS_IN_LEDGER + KILLS_AFTER_LEDGER} kill -9s and ends equal to the platform`, async () => {
    const t0 = performance.now();
    const truth = platform.truth({ statsSums: false });
    const ledgerTotal = truth.counts.ledger + truth.deletedIds.ledger!.length;
    const random = mulberry32(20261122);
    // Kill points in feed rows: spread over the ledger, then a few among payouts and support.
    const points = [
      ...Array.from({ length: KILLS_IN_LEDGER }, () => Math.floor(random() * ledgerTotal)).sort((a, b) => a - b),
      ...Array.from({ length: KILLS_AFTER_LEDGER }, () => ledgerTotal + Math.floor(random() * (truth.counts.support ?? 0))).sort((a, b) => a - b),
    ];
    const file = tempDbFile();
    let kills = 0;
    let startedAt = 0; // progress when the run starts: each kill waits for the run's own progress
    let runsBefore = 0; // sync runs recorded before this one
    for (const point of points) {
      let poll: Database.Database | null = null;
      const reached = () => {
        try {
          poll ??= new Database(file, { readonly: true, fileMustExist: true });
          const now = progress(poll, ledgerTotal);
          // The large dataset commits many batches between two points: wait for this run's own progress.
          // The default one commits only ten ledger batches in all: each run is killed inside the batch
          // it is writing, whatever the point, so that the kills do not outrun the batches.
          return SCALE === 'large' ? now >= point && now > startedAt : runCount(poll) > runsBefore;
        } catch {
          return false; // the CLI has not created or migrated the file yet
        }
      };
      // A random extra delay puts the kill anywhere in a batch: mid-request, mid-transaction, mid-fsync
      // (shorter after the ledger, where payouts and support take well under a second).
      const span = SCALE === 'large' ? (point < ledgerTotal ? 400 : 120) : BATCH_MS;
      const code = await cliSync(file, reached, Math.floor(random() * span));
      (poll as Database.Database | null)?.close();
      if (code === null) kills++;
      else expect(code).toBe(0);
      checkAfterKill(file);
      const db = new Database(file, { readonly: true });
      startedAt = progress(db, ledgerTotal);
      runsBefore = runCount(db);
      db.close();
    }
    expect(await cliSync(file)).toBe(0);

    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const r of MONEY) {
      expect(db.prepare(`SELECT count(*) FROM ${r}`).pluck().get()).toBe(truth.counts[r]);
      expect(stateOf(db, r)).toMatchObject({ cursor: null, last_completed_at: expect.any(String) });
    }
    const rowsByKey = db.prepare(`SELECT currency || '|' || stream || '|' || status AS k, count(*) AS n FROM ledger GROUP BY k ORDER BY k`).all() as { k: string; n: number }[];
    expect(Object.fromEntries(rowsByKey.map((x) => [x.k, x.n]))).toEqual(truth.ledgerRows);
    expect(ledgerNet(db)).toEqual(truth.ledgerNet);
    expect(differences(db, platform, ['payouts', 'support'])).toEqual([]);
    db.close();
    const seconds = (performance.now() - t0) / 1000;
    console.log(`crash test (${SCALE} dataset): ${kills} kill -9s of ${points.length} points, ${truth.counts.ledger.toLocaleString('en-US')} ledger rows, ${seconds.toFixed(0)} s`);
    expect(kills).toBeGreaterThanOrEqual(20);
  }, 600_000);
});
