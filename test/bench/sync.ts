// npm run bench:sync — the initial sync of an account over loopback, against storing the same rows in
// a plain table, same run; then one more day synced incrementally. Two platforms, each in its own
// process: a server written apart from the app (test/bench/plain-platform.ts, 300,018 ledger rows)
// and the sample platform at BENCH_SCALE. Prints figures and ratios; passes or fails nothing.
//   BENCH_SCALE=default|large|none (large)   BENCH_PLAIN_ROWS=<n> (300018; 0 skips that platform)
//   BENCH_RESOURCES=ledger,… (all)           BENCH_SCHEMA_BASELINE=0 skips the insert into the app's schema
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { RESOURCE_NAMES, type ResourceName } from '../../electron/sync/client/index.js';
import { runSync } from '../../electron/sync/engine';
import { chunked, feedPages, plainInsertRate, schemaInsertRate, type InsertRate, type RowSource } from './insert-baseline';
import { BENCH_TODAY, peakRss, spawnPlatform, spawnServer, table, type RemotePlatform } from './util';

const scale = process.env.BENCH_SCALE ?? 'large';
const plainRows = Number(process.env.BENCH_PLAIN_ROWS ?? 300_018);
const only = process.env.BENCH_RESOURCES?.split(',') as ResourceName[] | undefined;
const TOKEN = 'demo-token';

interface SyncFigures {
  status: string;
  rows: number;
  seconds: number;
  /** Per resource: rows stored and seconds, its totals' build included. */
  perResource: Map<string, { rows: number; seconds: number }>;
  buildSeconds: number;
  peakRssMb: number;
  incremental: { seconds: number; rows: number };
}

async function syncFigures(remote: RemotePlatform, file: string): Promise<SyncFigures> {
  const { db } = await openDatabase(file);
  const rss = peakRss();
  const perResource = new Map<string, { rows: number; seconds: number }>();
  let current = { name: '', rows: 0, at: performance.now() };
  let buildSeconds = 0;
  let buildFrom: number | null = null;
  let lastLog = 0;
  const t0 = performance.now();
  const summary = await runSync(db, {
    baseUrl: remote.url,
    token: TOKEN,
    resources: only ?? RESOURCE_NAMES,
    onProgress: (p) => {
      const now = performance.now();
      if (p.resource !== current.name) {
        if (current.name) perResource.set(current.name, { rows: p.rows - current.rows, seconds: (now - current.at) / 1000 });
        current = { name: p.resource, rows: p.rows, at: now };
      }
      if (p.buildingTotals && buildFrom === null) buildFrom = now;
      if (!p.buildingTotals && buildFrom !== null) {
        buildSeconds += (now - buildFrom) / 1000;
        buildFrom = null;
      }
      if (now - lastLog > 5000) {
        lastLog = now;
        process.stderr.write(`  … ${p.resource} ${p.rows.toLocaleString('en-US')} rows${p.buildingTotals ? ', building totals' : ''}\n`);
      }
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const peakRssMb = rss.stop() / 1048576;
  await remote.advanceDay();
  const t1 = performance.now();
  const incremental = await runSync(db, { baseUrl: remote.url, token: TOKEN, resources: only ?? RESOURCE_NAMES });
  const incSeconds = (performance.now() - t1) / 1000;
  db.close();
  if (summary.status !== 'ok') process.stderr.write(`  the sync ended ${summary.status}: ${summary.error}\n`);
  return { status: summary.status, rows: summary.rowsWritten, seconds, perResource, buildSeconds, peakRssMb, incremental: { seconds: incSeconds, rows: incremental.rowsWritten } };
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const ratio = (a: number, b: InsertRate) => `${(a / b.rate).toFixed(2)}  (${n(a)} against ${n(b.rate)} rows/s, ${n(b.rows)} rows)`;

function print(title: string, sync: SyncFigures, plain: InsertRate, schema: InsertRate | null): void {
  const rate = sync.rows / sync.seconds;
  const ledger = sync.perResource.get('ledger');
  table(title, [
    ['status', sync.status],
    ['rows synced', `${n(sync.rows)} in ${sync.seconds.toFixed(1)} s (${n(rate)} rows/s), totals built in ${sync.buildSeconds.toFixed(1)} s of it`],
    ['ratio to a plain-table insert of the same rows (target ≥ 0.3)', ratio(rate, plain)],
    ...(schema && ledger
      ? [['ledger: ratio to an insert into the app schema, indexes and triggers', ratio(ledger.rows / ledger.seconds, schema)] as [string, string]]
      : []),
    ['peak RSS during the sync (target < 300 MB)', `${n(sync.peakRssMb)} MB`],
    ['incremental sync of one new day (target < 1 s)', `${sync.incremental.seconds.toFixed(2)} s, ${n(sync.incremental.rows)} rows`],
  ]);
}

async function benchPlain(dir: string): Promise<void> {
  const remote = await spawnServer(['test/bench/plain-platform.ts', '--rows', String(plainRows), '--today', BENCH_TODAY]);
  try {
    // The same rows as the sync stores, read from the server before it moves on a day.
    const rows: RowSource = () => feedPages(remote.url, TOKEN, 'ledger');
    const plain = await plainInsertRate(['ledger'], rows, path.join(dir, 'plain-plain.db'));
    const schema = process.env.BENCH_SCHEMA_BASELINE === '0' ? null : await schemaInsertRate(['ledger'], rows, path.join(dir, 'plain-schema.db'));
    const sync = await syncFigures(remote, path.join(dir, 'plain-sync.db'));
    print(`bench:sync — a platform the app did not write, ${n(plainRows)} ledger rows`, sync, plain, schema);
  } finally {
    remote.stop();
  }
}

async function benchSample(dir: string): Promise<void> {
  const remote = await spawnPlatform(scale);
  let sync: SyncFigures;
  try {
    sync = await syncFigures(remote, path.join(dir, 'sample-sync.db'));
  } finally {
    remote.stop();
  }
  // The same dataset in this process gives the rows themselves (the live ones: the feed also re-sends some).
  const local = await startSamplePlatform({ scale: scale as 'large', today: BENCH_TODAY });
  try {
    const resources = (only ?? RESOURCE_NAMES).filter((r) => local.resources().includes(r));
    const rows: RowSource = (r) => chunked(local.truthRows(r));
    const plain = await plainInsertRate(resources, rows, path.join(dir, 'sample-plain.db'));
    const schema = process.env.BENCH_SCHEMA_BASELINE === '0' || !resources.includes('ledger') ? null : await schemaInsertRate(['ledger'], rows, path.join(dir, 'sample-schema.db'));
    print(`bench:sync — the sample platform, ${scale} dataset, ${resources.length} resources`, sync, plain, schema);
  } finally {
    await local.close();
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-bench-sync-'));
  try {
    if (plainRows > 0) await benchPlain(dir);
    if (scale !== 'none') await benchSample(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
