// API latency while a large sync runs: the sync writes on its worker thread, and the main process
// keeps answering. Calls go through the same dispatcher as IPC and serve mode, every 200 ms, for a
// fixed window of the initial sync of the large sample dataset (then the sync is cancelled).
//   npx tsx test/bench/mid-sync.ts    runs it alone
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSettings } from '../../db/queries/settings';
import { dispatch } from '../../electron/api/dispatch';
import { openStudio } from '../../electron/core/studio';
import { MemorySecretStore } from '../../electron/secrets/store';
import { percentiles, spawnPlatform, table } from './util';

export interface MidSyncFigures {
  calls: number;
  rowsDuring: number;
  /** method → median, p95, max in ms */
  latency: Record<string, { median: number; p95: number; max: number }>;
}

const CALLS = [
  ['getStatus', {}],
  ['earnings', { period: { preset: 'month' } }],
  ['characters', { period: { preset: 'month' } }],
] as const;

export async function benchMidSync(windowMs = 20_000): Promise<MidSyncFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-bench-midsync-'));
  const platform = await spawnPlatform('large');
  const studio = await openStudio(path.join(dir, 'studio.db'), { mode: 'browser', secrets: () => new MemorySecretStore({ token: 'demo-token', platformUrl: platform.url }) });
  writeSettings(studio.db, { platformUrl: platform.url });
  const samples = new Map<string, number[]>(CALLS.map(([m]) => [m, []]));
  try {
    const started = await dispatch(studio, 'startSync', { full: true });
    if (!started.ok) throw new Error(started.error.message);
    const until = Date.now() + windowMs;
    while (Date.now() < until && studio.sync.progress()) {
      for (const [method, input] of CALLS) {
        const t0 = performance.now();
        const r = await dispatch(studio, method, input);
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
        samples.get(method)!.push(performance.now() - t0);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const rowsDuring = studio.sync.progress()?.rows ?? 0;
    studio.sync.cancel();
    await studio.sync.idle();
    return { calls: [...samples.values()].reduce((n, s) => n + s.length, 0), rowsDuring, latency: Object.fromEntries([...samples].map(([m, s]) => [m, percentiles(s)])) };
  } finally {
    studio.close();
    platform.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printMidSync(f: MidSyncFigures): void {
  table(`bench: API calls while the large initial sync runs on its worker (target ≤ 100 ms; ${f.calls} calls, ${f.rowsDuring.toLocaleString('en-US')} rows synced meanwhile)`, [
    ['method', 'median ms   p95 ms   max ms'],
    ...Object.entries(f.latency).map(([m, l]): [string, string] => [m, `${l.median.toFixed(1).padStart(9)} ${l.p95.toFixed(1).padStart(8)} ${l.max.toFixed(1).padStart(8)}`]),
  ]);
}

if (process.argv[1]?.endsWith('mid-sync.ts')) printMidSync(await benchMidSync());
