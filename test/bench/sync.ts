// npm run bench:sync — the initial sync of an account over loopback by the command line a user runs
// (npm run cli -- sync: the built JavaScript), against storing the same rows in a plain table, same
// run; then one more day synced incrementally. Two platforms, each in its own process: a server
// written apart from the app (test/bench/plain-platform.ts, 300,018 ledger rows) and the sample
// platform at BENCH_SCALE. Prints figures and ratios; passes or fails nothing.
//   BENCH_SCALE=default|large|none (large)   BENCH_PLAIN_ROWS=<n> (300018; 0 skips that platform)
//   BENCH_RESOURCES=ledger,… (all)           BENCH_SCHEMA_BASELINE=0 skips the insert into the app's schema
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { RESOURCE_NAMES, type ResourceName } from '../../electron/sync/client/index.js';
import { chunked, feedPages, plainInsertRate, schemaInsertRate, type InsertRate, type RowSource } from './insert-baseline';
import { BENCH_TODAY, spawnPlatform, spawnServer, table, type RemotePlatform } from './util';

const scale = process.env.BENCH_SCALE ?? 'large';
const plainRows = Number(process.env.BENCH_PLAIN_ROWS ?? 300_018);
const only = process.env.BENCH_RESOURCES?.split(',') as ResourceName[] | undefined;
const TOKEN = 'demo-token';

interface SyncFigures {
  status: number | null;
  rows: number;
  seconds: number;
  /** Seconds from the first line saying totals are being built to the line after it, summed. */
  buildSeconds: number;
  peakRssMb: number;
  incremental: Record<'ledger' | 'rest', { seconds: number; rows: number }>;
}

/** One run of the command line a user runs (npm run cli, the built JavaScript) under /usr/bin/time. */
async function cliSync(
  remote: RemotePlatform,
  file: string,
  resources = only,
): Promise<{ status: number | null; seconds: number; rows: number; buildSeconds: number; peakRssMb: number }> {
  const args = ['-v', process.execPath, 'electron/cli/launch.mjs', 'sync', '--api', remote.url, '--db', file, ...(resources ? ['--only', resources.join(',')] : [])];
  const child = spawn('/usr/bin/time', args, { env: { ...process.env, CREATOR_STUDIO_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] });
  const t0 = performance.now();
  let stdout = '';
  let stderr = '';
  let buildSeconds = 0;
  let buildFrom: number | null = null;
  let pending = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
    pending += chunk;
    let i;
    while ((i = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, i);
      pending = pending.slice(i + 1);
      if (!line.startsWith('sync: ')) continue;
      const now = performance.now();
      if (buildFrom !== null) buildSeconds += (now - buildFrom) / 1000;
      buildFrom = line.includes('building its totals') ? now : null;
      if (line.includes('building its totals')) process.stderr.write(`  … ${line}\n`);
    }
  });
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - t0) / 1000;
  if (status !== 0) process.stderr.write(stderr);
  const rows = Number(/synced ([\d,]+) rows/.exec(stdout)?.[1].replace(/,/g, '') ?? 0);
  const peakRssMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
  return { status, seconds, rows, buildSeconds, peakRssMb };
}

async function syncFigures(remote: RemotePlatform, file: string): Promise<SyncFigures> {
  const first = await cliSync(remote, file);
  await remote.advanceDay();
  // The ledger's new day alone, then every other resource's.
  const ledger = await cliSync(remote, file, ['ledger']);
  const rest = await cliSync(remote, file);
  return { ...first, incremental: { ledger: { seconds: ledger.seconds, rows: ledger.rows }, rest: { seconds: rest.seconds, rows: rest.rows } } };
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const ratio = (a: number, b: InsertRate) => `${(a / b.rate).toFixed(2)}  (${n(a)} against ${n(b.rate)} rows/s, ${n(b.rows)} rows)`;

function print(title: string, sync: SyncFigures, plain: InsertRate, schema: InsertRate | null): void {
  const rate = sync.rows / sync.seconds;
  table(title, [
    ['exit status of npm run cli -- sync (process start included)', String(sync.status)],
    ['rows synced', `${n(sync.rows)} in ${sync.seconds.toFixed(1)} s (${n(rate)} rows/s), totals built in ${sync.buildSeconds.toFixed(1)} s of it`],
    ['ratio to a plain-table insert of the same rows (target ≥ 0.3)', ratio(rate, plain)],
    ...(schema ? [['ratio to an insert of its ledger rows into the app schema, indexes and triggers', ratio(rate, schema)] as [string, string]] : []),
    ['peak RSS of the syncing process (target < 300 MB)', `${n(sync.peakRssMb)} MB`],
    ['incremental sync of one new day of the ledger, process start included (target < 1 s)', `${sync.incremental.ledger.seconds.toFixed(2)} s, ${n(sync.incremental.ledger.rows)} rows`],
    ['  then of every other resource', `${sync.incremental.rest.seconds.toFixed(2)} s, ${n(sync.incremental.rest.rows)} rows`],
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
  // The command line builds itself when its build is missing or stale: not inside a timed run.
  const build = spawnSync(process.execPath, ['electron/cli/launch.mjs', '--help'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run cli could not start');
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
