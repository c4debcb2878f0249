// Crash test of a long money sync: the real CLI syncs a sample dataset's money (ledger, payouts,
// support) and is kill -9'd at ≥ 20 seeded random points. CREATOR_STUDIO_CRASH_SCALE sets the dataset:
// 'default' (about 51,000 ledger rows: what `npm test` and CI run) or 'large' (1M+ ledger rows, about
// seven minutes here). The ledger's first pass is a bulk pass: its rollup triggers are off while its
// pages are stored and its rollups are built at its end, so the kills land in its pages, in that
// build, and in the build a run makes first when the one before it was killed during it. After every
// kill the file is intact, ids are unique, the stored checkpoint names exactly the rows committed with
// it — never more —, and the rollups are either listed as left to build with their triggers off, or
// built and equal to the ledger. A last run completes: counts, money sums and rollups equal the
// platform's exactly, with the triggers back.
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { decodeCursor, type Feed, type Position } from '../../electron/sample-platform/feed';
import { openDatabase } from '../../db/open';
import { rollupsToBuild } from '../../db/rollups';
import { differences, ledgerNet, rollupDrift } from '../helpers/compare';
import { codeTriggers, rollupTriggers } from '../helpers/rollup-snapshot';
import { tempDbFile } from '../helpers/tmp';

const MONEY = ['ledger', 'payouts', 'support'] as const;
const SCALE = process.env.CREATOR_STUDIO_CRASH_SCALE === 'large' ? 'large' : 'default';
const KILLS_IN_LEDGER = 21;
const KILLS_IN_BUILD = 2; // the build at the end of the ledger's pass, then the one the next run makes first
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

/** Pages of 1,000 rows in a batch of a bulk pass (electron/sync/engine.ts). */
const BATCH_PAGES = 25;

/** The rollups after a kill: listed as left to build exactly while their triggers are off, and equal
 *  to the ledger whenever they are on. Returns whether a build was interrupted (the pass complete, the
 *  rollups still to build). */
async function checkRollups(file: string): Promise<boolean> {
  const { db } = await openDatabase(file, { readonly: true });
  try {
    const pending = rollupsToBuild(db).includes('ledger');
    const ledgerTriggers = [...rollupTriggers(db).keys()].filter((name) => name.startsWith('ledger_'));
    expect(ledgerTriggers.length === 0).toBe(pending);
    if (!pending) expect(rollupDrift(db)).toEqual([]);
    const state = db.prepare(`SELECT cursor, last_completed_at FROM sync_state WHERE resource = 'ledger'`).get() as State | undefined;
    return pending && state?.cursor === null && state.last_completed_at !== null;
  } finally {
    db.close();
  }
}

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

interface KillAt {
  /** Polled every 10 ms: the instant it holds, the kill is set `extraMs` later. */
  until?: () => boolean;
  /** Each line the CLI writes on standard error; true sets the kill `extraMs` later. */
  onLine?: (line: string) => boolean;
  extraMs: number;
}

/** The real CLI sync of the money resources, killed as `at` says. Resolves with the exit code (null: killed). */
function cliSync(file: string, at?: KillAt): Promise<number | null> {
  const args = ['--import', 'tsx', 'electron/cli/main.ts', 'sync', '--api', platform.url, '--token', platform.token, '--db', file, '--only', MONEY.join(',')];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let set = false;
  const kill = () => {
    if (set) return;
    set = true;
    clearInterval(timer);
    setTimeout(() => child.kill('SIGKILL'), at!.extraMs);
  };
  const timer = at?.until ? setInterval(() => at.until!() && kill(), 10) : undefined;
  let pending = '';
  child.stderr!.on('data', (chunk) => {
    pending += chunk;
    let i;
    while ((i = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, i);
      pending = pending.slice(i + 1);
      if (at?.onLine?.(line)) kill();
    }
  });
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve(code);
    }),
  );
}

describe(`a money sync of the ${SCALE} dataset killed at random points`, () => {
  it(`resumes after ${KILLS_IN_LEDGER + KILLS_IN_BUILD + KILLS_AFTER_LEDGER} kill -9s, in its pages and in the build of its rollups, and ends equal to the platform`, async () => {
    const t0 = performance.now();
    const truth = platform.truth({ statsSums: false });
    const ledgerTotal = truth.counts.ledger + truth.deletedIds.ledger!.length;
    const random = mulberry32(20261122);
    // Kill points in feed rows: spread over the ledger, then a few among payouts and support.
    const ledgerPoints = Array.from({ length: KILLS_IN_LEDGER }, () => Math.floor(random() * ledgerTotal)).sort((a, b) => a - b);
    const afterPoints = Array.from({ length: KILLS_AFTER_LEDGER }, () => ledgerTotal + Math.floor(random() * (truth.counts.support ?? 0))).sort((a, b) => a - b);
    const file = tempDbFile();
    let kills = 0;
    let buildsInterrupted = 0;
    let startedAt = 0; // progress when the run starts: each kill waits for the run's own progress
    const run = async (at: (poll: () => Database.Database | null) => KillAt) => {
      let poll: Database.Database | null = null;
      const open = () => {
        try {
          return (poll ??= new Database(file, { readonly: true, fileMustExist: true }));
        } catch {
          return null; // the CLI has not created or migrated the file yet
        }
      };
      const code = await cliSync(file, at(open));
      (poll as Database.Database | null)?.close();
      if (code === null) kills++;
      else expect(code).toBe(0);
      checkAfterKill(file);
      if (await checkRollups(file)) buildsInterrupted++;
      const db = new Database(file, { readonly: true });
      startedAt = progress(db, ledgerTotal);
      db.close();
    };
    const progressed = (open: () => Database.Database | null, point = 0) => {
      try {
        const db = open();
        const now = db ? progress(db, ledgerTotal) : 0;
        return now >= point && now > startedAt;
      } catch {
        return false; // the file is not migrated yet
      }
    };

    for (const point of ledgerPoints) {
      if (SCALE === 'large') {
        // Many batches lie between two points: wait for this run's own progress past the point, then
        // kill anywhere in a batch: mid-request, mid-transaction, mid-fsync.
        await run((open) => ({ until: () => progressed(open, point), extraMs: Math.floor(random() * 400) }));
      } else {
        // The default dataset's ledger is two batches and a page: each run dies once the platform has
        // answered a random number of its requests, never more than the pass has pages left, from the
        // profile's to those the page thread reads ahead (16 pages) while the engine stores its first
        // batch: anywhere in the file's opening, the first pages, or that batch's store.
        const base = platform.requestCount();
        const left = Math.ceil((ledgerTotal - startedAt) / 1000) + 1;
        const k = 1 + Math.floor(random() * Math.min(BATCH_PAGES + 18, left));
        await run(() => ({ until: () => platform.requestCount() - base >= k, extraMs: Math.floor(random() * 150) }));
      }
    }
    // The build at the end of the ledger's pass, then (when that one was stopped) the one the next run
    // makes before anything else: both print when they begin.
    for (let i = 0; i < KILLS_IN_BUILD; i++) {
      await run(() => ({ onLine: (line) => line.includes('building its totals'), extraMs: Math.floor(random() * 60) }));
    }
    for (const point of afterPoints) await run((open) => ({ until: () => progressed(open, point), extraMs: Math.floor(random() * 120) }));
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
    const { db: rollups } = await openDatabase(file, { readonly: true });
    expect(rollupsToBuild(rollups)).toEqual([]);
    expect(rollupTriggers(rollups)).toEqual(codeTriggers());
    expect(rollupDrift(rollups)).toEqual([]);
    rollups.close();
    const seconds = (performance.now() - t0) / 1000;
    const points = KILLS_IN_LEDGER + KILLS_IN_BUILD + KILLS_AFTER_LEDGER;
    console.log(`crash test (${SCALE} dataset): ${kills} kill -9s of ${points} points, ${buildsInterrupted} of them during a build of the rollups, ${truth.counts.ledger.toLocaleString('en-US')} ledger rows, ${seconds.toFixed(0)} s`);
    expect(kills).toBeGreaterThanOrEqual(20);
    expect(buildsInterrupted).toBeGreaterThanOrEqual(1);
  }, 600_000);
});
