// npm run bench — the performance targets of a prolific creator's account, measured on this machine
// and printed as a table of figures and ratios. Nothing here passes or fails.
//   BENCH_DB=<file>  reuse a database synced from the large sample dataset (else one is built by the real sync)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { reportingZone } from '../../db/rollups';
import { openStudio } from '../../electron/core/studio';
import { checkInvariants } from '../helpers/invariants';
import { benchDashboards, fullScanMs } from './dashboards';
import { benchEvents, printEvents } from './events';
import { benchExport } from './export';
import { benchMidSync, printMidSync } from './mid-sync';
import { benchRenderer, printRenderer } from './renderer';
import { BENCH_NOW, spawnPlatform, table } from './util';

async function benchDatabase(): Promise<string> {
  if (process.env.BENCH_DB) return process.env.BENCH_DB;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studio-bench-')), 'bench.db');
  process.stderr.write('building the bench database from the large sample dataset by the real sync (minutes)…\n');
  const platform = await spawnPlatform('large');
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'sync', '--api', platform.url, '--token', 'demo-token', '--db', file], { stdio: 'inherit' });
  platform.stop();
  if (run.status !== 0) throw new Error('the bench sync failed');
  process.stderr.write(`bench database built in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  return file;
}

async function main() {
  const file = await benchDatabase();
  const t0 = performance.now();
  // As the app starts: a header check, with every page read on a worker afterwards.
  const studio = await openStudio(file, { mode: 'browser', backgroundCheck: true, readThread: true, now: () => new Date(BENCH_NOW) });
  const openMs = performance.now() - t0;
  while (studio.integrity.state === 'checking') await new Promise((r) => setTimeout(r, 20));
  // Measured as the app runs once its read thread is up (the first dashboard it serves starts it).
  await studio.core.threadReady();
  const checkMs = performance.now() - t0;
  const timings = await benchDashboards(studio);
  const eventTimings = await benchEvents(studio);
  const agreement = await checkInvariants(studio.db, reportingZone(studio.db), Date.parse(BENCH_NOW));
  const scan = fullScanMs(studio);
  const rss = process.memoryUsage.rss() / 1048576;
  // What stays after V8 collects the payloads' garbage (it lets the heap grow before it does).
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  const rssAfterGc = process.memoryUsage.rss() / 1048576;
  const heapAfterGc = process.memoryUsage().heapUsed / 1048576;
  studio.close();
  const exp = benchExport(file);
  const small = benchExport(file, 300_000, 'npm');

  const ledgerRows = Number(spawnSync('sqlite3', [file, 'SELECT count(*) FROM ledger'], { encoding: 'utf8' }).stdout.trim());
  table(`bench: dashboards on ${ledgerRows.toLocaleString('en-US')} ledger rows (targets: median ≤ 50 ms, p95 ≤ 100 ms)`, [
    ['payload · period', 'median ms   p95 ms   ratio to full scan   first read ms (not in the median)'],
    ...timings.map((t): [string, string] => [t.name, `${t.median.toFixed(1).padStart(9)} ${t.p95.toFixed(1).padStart(8)}   ${(t.median / scan.ms).toFixed(2).padEnd(18)}   ${t.first.toFixed(1).padStart(8)}`]),
  ]);
  printEvents(eventTimings);
  table('bench: every number agrees on the large dataset (test/helpers/invariants.ts; a check, not a timing)', [
    [`${agreement.checks} checks over ${agreement.combinations} period × comparison combinations`, agreement.failures.length === 0 ? 'all agree' : `${agreement.failures.length} disagree`],
    ...agreement.failures.slice(0, 10).map((f): [string, string] => [f, '']),
  ]);
  table('bench: reference and process', [
    [`full scan of the largest table (${scan.table}, ${scan.rows.toLocaleString('en-US')} rows)`, `${scan.ms.toFixed(0)} ms`],
    ['open the database (header check, migrations, rollup zone)', `${openMs.toFixed(0)} ms`],
    ['background integrity check (quick_check on a worker) done after', `${checkMs.toFixed(0)} ms`],
    // The target is the app's main process: the serve process's figure, under the renderer's table.
    ['this bench process RSS after every dashboard and preset (tsx and the harness included)', `${rss.toFixed(0)} MB`],
    ['  the same after a full garbage collection (JavaScript heap in use)', `${rssAfterGc.toFixed(0)} MB (${heapAfterGc.toFixed(0)} MB)`],
  ]);
  table('bench: tax ledger export (targets: ≤ 5 s, RSS ≤ 250 MB, ≤ 2.5 × sqlite3)', [
    ['rows (all 14 columns)', exp.rows.toLocaleString('en-US')],
    ['wall time (process start included)', `${exp.seconds.toFixed(2)} s`],
    ['peak RSS', `${exp.peakRssMb.toFixed(0)} MB`],
    ['sqlite3 shell, same rows, .mode csv', exp.sqliteSeconds === null ? 'sqlite3 not installed' : `${exp.sqliteSeconds.toFixed(2)} s`],
    ['ratio to sqlite3', exp.sqliteSeconds === null ? '–' : (exp.seconds / exp.sqliteSeconds).toFixed(2)],
  ]);
  table('bench: tax ledger export by the documented command, npm run cli -- export ledger (target: ≤ 2.5 × sqlite3)', [
    ['rows (all 14 columns)', small.rows.toLocaleString('en-US')],
    ['wall time (npm and process start included)', `${small.seconds.toFixed(2)} s`],
    ['peak RSS', `${small.peakRssMb.toFixed(0)} MB`],
    ['sqlite3 shell, same rows, .mode csv', small.sqliteSeconds === null ? 'sqlite3 not installed' : `${small.sqliteSeconds.toFixed(2)} s`],
    ['ratio to sqlite3', small.sqliteSeconds === null ? '–' : (small.seconds / small.sqliteSeconds).toFixed(2)],
  ]);
  if (process.env.BENCH_RENDERER !== '0') printRenderer(await benchRenderer(file)); // BENCH_RENDERER=0 skips the browser
  if (process.env.BENCH_MIDSYNC !== '0') printMidSync(await benchMidSync()); // BENCH_MIDSYNC=0 skips it
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
