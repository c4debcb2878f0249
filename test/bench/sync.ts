// npm run bench:sync — initial sync of the large sample dataset over loopback, against a bare
// better-sqlite3 insert of the same rows. Prints figures and ratios; passes or fails nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { runSync } from '../../electron/sync/engine';
import { RESOURCE_NAMES, type ResourceName } from '../../electron/sync/client/index.js';
import { bareInsertRate, BENCH_TODAY, peakRss, spawnPlatform, table } from './util';

const scale = (process.env.BENCH_SCALE as 'large' | 'default') ?? 'large';
const only = process.env.BENCH_RESOURCES?.split(',') as ResourceName[] | undefined;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-bench-'));
  const file = path.join(dir, 'bench.db');
  // The platform runs in its own process, as a real one would: its JSON work is not charged to the sync.
  const remote = await spawnPlatform(scale);
  const platform = { url: remote.url, token: 'demo-token' };
  const rss = peakRss();
  const { db } = await openDatabase(file);
  const t0 = performance.now();
  let lastLog = 0;
  const summary = await runSync(db, {
    baseUrl: platform.url,
    token: platform.token,
    resources: only ?? RESOURCE_NAMES,
    onProgress: (p) => {
      if (performance.now() - lastLog > 5000) {
        lastLog = performance.now();
        process.stderr.write(`  … ${p.resource} ${p.rows.toLocaleString('en-US')} rows\n`);
      }
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const rows = summary.rowsWritten;
  const syncRss = rss.stop();

  await remote.advanceDay();
  const t1 = performance.now();
  const incremental = await runSync(db, { baseUrl: platform.url, token: platform.token, resources: only ?? RESOURCE_NAMES });
  const incSeconds = (performance.now() - t1) / 1000;
  db.close();

  remote.stop();
  const local = await startSamplePlatform({ scale, today: BENCH_TODAY });
  const bare = await bareInsertRate(local, only ?? ['ledger'], path.join(dir, 'bare.db'));
  await local.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const rate = rows / seconds;
  table('bench:sync', [
    ['dataset', scale],
    ['status', summary.status],
    ['rows synced', rows.toLocaleString('en-US')],
    ['wall time', `${seconds.toFixed(1)} s`],
    ['sync rate', `${Math.round(rate).toLocaleString('en-US')} rows/s`],
    ['bare prepared insert (the same rows, one transaction)', `${Math.round(bare.rate).toLocaleString('en-US')} rows/s (${bare.rows.toLocaleString('en-US')} rows)`],
    ['ratio sync / bare insert (target ≥ 0.3)', (rate / bare.rate).toFixed(2)],
    ['peak RSS during sync (target < 300 MB)', `${Math.round(syncRss / 1048576)} MB`],
    ['incremental sync of one new day (target < 1 s)', `${incSeconds.toFixed(2)} s, ${incremental.rowsWritten.toLocaleString('en-US')} rows`],
  ]);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
