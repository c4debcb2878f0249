// npx tsx test/bench/zone.ts (a minute or two): whether the dashboards' own luxon zone (fastZone in
// db/queries/timezone.ts) still earns its place against luxon's IANAZone:
//  1. the cost of one offset, each way, in the reporting zone;
//  2. every dashboard payload at every preset, each way, on the default sample dataset: the same code,
//     with the fast zone's offsets answered by luxon's own zone instead, alternating runs so that the
//     machine's load falls on both alike. Nothing here passes or fails.
//   BENCH_ZONE_RUNS=<n>  runs per payload and way (default 7)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DateTime, IANAZone } from 'luxon';
import { writeSettings } from '../../db/queries/settings';
import { fastZone } from '../../db/queries/timezone';
import { reportingZone } from '../../db/rollups';
import { dispatch } from '../../electron/api/dispatch';
import { openStudio } from '../../electron/core/studio';
import { currentKey } from '../../db/queries/review/period-key';
import { startSamplePlatform } from '../../electron/sample-platform/index';
import { MemorySecretStore } from '../../electron/secrets/store';
import { PRESETS } from './dashboards';
import { BENCH_NOW, BENCH_TODAY, percentiles, table } from './util';

const RUNS = Number(process.env.BENCH_ZONE_RUNS ?? 7);

function offsetCost(zone: string): { fast: number; luxon: number } {
  const fast = fastZone(zone);
  const luxon = IANAZone.create(zone);
  // Instants over five years, as a dashboard's periods and buckets ask for them.
  const at = Array.from({ length: 200_000 }, (_, i) => Date.parse('2021-11-22T00:00:00Z') + i * 789_157);
  const time = (f: (ts: number) => number) => {
    let sink = 0;
    const t0 = performance.now();
    for (const ts of at) sink += f(ts);
    if (Number.isNaN(sink)) throw new Error('unreachable');
    return ((performance.now() - t0) * 1000) / at.length;
  };
  for (let i = 0; i < 2; i++) {
    time((ts) => fast.offset(ts));
    time((ts) => luxon.offset(ts));
  }
  return { fast: time((ts) => fast.offset(ts)), luxon: time((ts) => luxon.offset(ts)) };
}

async function main() {
  const platform = await startSamplePlatform({ scale: 'default', today: BENCH_TODAY });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-zone-bench-'));
  const studio = await openStudio(path.join(dir, 'bench.db'), {
    mode: 'browser',
    now: () => new Date(BENCH_NOW),
    secrets: () => new MemorySecretStore({ token: platform.token, platformUrl: platform.url }),
  });
  writeSettings(studio.db, { platformUrl: platform.url });
  studio.sync.start({ full: true });
  if ((await studio.sync.idle())?.status !== 'ok') throw new Error('the sample sync failed');
  await platform.close();

  const zone = reportingZone(studio.db);
  const fast = fastZone(zone);
  const ownOffset = fast.offset.bind(fast);
  const luxon = IANAZone.create(zone);
  let calls = 0;
  const way = (w: 'fast' | 'luxon') => {
    fast.offset = w === 'fast' ? (ts: number) => (calls++, ownOffset(ts)) : (ts: number) => (calls++, luxon.offset(ts));
  };
  const character = studio.db.prepare('SELECT id FROM characters ORDER BY id LIMIT 1').pluck().get() as string;
  const payloads: [string, string, (preset: string) => unknown][] = [
    ['earnings', 'earnings', (preset) => ({ period: { preset } })],
    ['characters', 'characters', (preset) => ({ period: { preset } })],
    ['character page', 'character', (preset) => ({ period: { preset }, id: character })],
    ['plugins', 'plugins', (preset) => ({ period: { preset } })],
    ['stories', 'stories', (preset) => ({ period: { preset } })],
    ['audience', 'audience', (preset) => ({ period: { preset } })],
  ];
  const rows: [string, string][] = [['payload · period', 'offsets asked   fast ms (median)   luxon ms (median)   difference   spread of fast runs (p95 − median)']];
  let totalFast = 0;
  let totalLuxon = 0;
  for (const [name, method, input] of [...payloads.flatMap(([n, m, i]) => PRESETS.map((p): [string, string, unknown] => [`${n} · ${p}`, m, i(p)])), ['review · this week', 'review', { key: currentKey('week', zone, Date.parse(BENCH_NOW)) }] as [string, string, unknown]]) {
    const samples = { fast: [] as number[], luxon: [] as number[] };
    let asked = 0;
    for (let i = 0; i <= RUNS; i++) {
      for (const w of i % 2 ? (['fast', 'luxon'] as const) : (['luxon', 'fast'] as const)) {
        way(w);
        calls = 0;
        const t0 = performance.now();
        const result = await dispatch(studio, method, input);
        const ms = performance.now() - t0;
        if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
        if (i > 0) samples[w].push(ms); // the first run of each warms the caches
        asked = calls;
      }
    }
    const f = percentiles(samples.fast);
    const l = percentiles(samples.luxon);
    totalFast += f.median;
    totalLuxon += l.median;
    rows.push([name, `${String(asked).padStart(13)}   ${f.median.toFixed(1).padStart(16)}   ${l.median.toFixed(1).padStart(17)}   ${(l.median - f.median).toFixed(1).padStart(10)}   ${(f.p95 - f.median).toFixed(1).padStart(8)}`]);
  }
  rows.push(['all payloads, sum of medians', `${''.padStart(13)}   ${totalFast.toFixed(1).padStart(16)}   ${totalLuxon.toFixed(1).padStart(17)}   ${(totalLuxon - totalFast).toFixed(1).padStart(10)}`]);
  way('fast');
  studio.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const cost = offsetCost(zone);
  const start = performance.now();
  for (let i = 0; i < 1000; i++) DateTime.fromMillis(Date.parse(BENCH_NOW) - i * 86_400_000, { zone: IANAZone.create(zone) }).startOf('day').toMillis();
  const dateTimeLuxon = (performance.now() - start) * 1000 / 1000;
  table(`bench: the reporting zone ${zone}, one offset (µs)`, [
    ['fastZone (pieces, binary search)', cost.fast.toFixed(3)],
    ['luxon IANAZone (Intl formatToParts on every call)', cost.luxon.toFixed(3)],
    ['one luxon DateTime made and taken to the start of its day, IANAZone (µs)', dateTimeLuxon.toFixed(1)],
  ]);
  table(`bench: dashboard payloads on the default sample dataset, ${RUNS} runs each way`, rows);
}

void main();
