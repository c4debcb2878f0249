// npm run bench:forecast — how far the month's projection lands from the actual, replayed over the
// sample histories (the default and the large dataset). For every past month whose month before is
// whole in the history, the projection is made as it would have been after day 7, 14 and 21 (only the
// days before it known) and set against the month's actual total, per currency, beside two naive
// methods: last month's total, and the month to date scaled by the days elapsed. It prints the mean
// absolute percentage error of each (months that earned nothing have no percentage and are left out)
// and how often the actual fell inside the low–high band. Figures, never a pass or fail.
//   BENCH_FORECAST_DEFAULT_DB=<file>  a database synced from the default dataset (else one is built by the real sync)
//   BENCH_DB=<file>                   one synced from the large dataset (else one is built: minutes)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dayNumber, projectGroup, type SeriesInput } from '../../db/forecast/project';
import { sumDays, type DailyHistory } from '../../db/forecast/run-rate';
import { openDatabase } from '../../db/open';
import { earnedDaily } from '../../db/queries/earnings/earned';
import { startOfLocalDay } from '../../db/queries/timezone';
import { reportingZone } from '../../db/rollups';
import { addMonths, civilDate, daysInMonth } from '../../db/time/days';
import { spawnPlatform, table } from './util';

const DAYS = [7, 14, 21] as const;

async function database(scale: 'default' | 'large', env: string | undefined): Promise<string> {
  if (env) return env;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `studio-forecast-${scale}-`)), 'bench.db');
  process.stderr.write(`building a database from the ${scale} sample dataset by the real sync…\n`);
  const platform = await spawnPlatform(scale);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'sync', '--api', platform.url, '--db', file], {
    stdio: 'inherit',
    env: { ...process.env, CREATOR_STUDIO_TOKEN: 'demo-token' },
  });
  platform.stop();
  if (run.status !== 0) throw new Error(`the ${scale} sync failed`);
  return file;
}

/** Every complete local day of the ledger's history, per currency and stream, as the app reads it (the day rollup). */
async function histories(file: string): Promise<{ first: number; last: number; byCurrency: Map<string, Map<string, DailyHistory>> }> {
  const { db } = await openDatabase(file, { readonly: true, integrity: 'header' });
  const zone = reportingZone(db);
  const bounds = db.prepare('SELECT min(occurred_ms) AS lo, max(occurred_ms) AS hi FROM ledger').get() as { lo: number; hi: number };
  const firstDay = civilDate(Math.floor(bounds.lo / 86_400_000) + 1);
  const lastDay = civilDate(Math.floor(bounds.hi / 86_400_000) - 1);
  const rows = earnedDaily(db, zone, startOfLocalDay(firstDay, zone), startOfLocalDay(lastDay, zone), 'day');
  db.close();
  const first = dayNumber(firstDay);
  const last = dayNumber(lastDay) - 1;
  const byCurrency = new Map<string, Map<string, DailyHistory>>();
  for (const r of rows) {
    let streams = byCurrency.get(r.currency);
    if (!streams) byCurrency.set(r.currency, (streams = new Map()));
    let h = streams.get(r.stream);
    if (!h) streams.set(r.stream, (h = { first, values: Array.from({ length: last - first + 1 }, () => 0n) }));
    h.values[dayNumber(r.day) - first] += r.net;
  }
  return { first, last, byCurrency };
}

interface Score {
  currency: string;
  day: number;
  months: number;
  projection: number;
  lastMonth: number;
  scaled: number;
  /** Of the months, those whose actual fell inside the band. */
  inside: number;
}

const startOf = (month: string) => dayNumber(`${month}-01`);
const abs = (v: bigint) => (v < 0n ? -v : v);
/** |error| / |actual| in percent, to 1/10,000 of a percent: exact integers until the last division. */
const pct = (error: bigint, actual: bigint) => Number((abs(error) * 1_000_000n) / abs(actual)) / 10_000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function replay(h: Awaited<ReturnType<typeof histories>>): Score[] {
  const out: Score[] = [];
  for (const [currency, streams] of h.byCurrency) {
    const total = (from: number, to: number) => [...streams.values()].reduce((acc, s) => acc + sumDays(s, from, to), 0n);
    for (const day of DAYS) {
      const errors = { projection: [] as number[], lastMonth: [] as number[], scaled: [] as number[] };
      let inside = 0;
      // Months whose month before is whole in the history, up to the last whole month.
      for (let m = addMonths(civilDate(h.first).slice(0, 7), 2); startOf(addMonths(m, 1)) <= h.last + 1; m = addMonths(m, 1)) {
        const today = startOf(m) + day;
        const actual = total(startOf(m), startOf(addMonths(m, 1)));
        if (actual === 0n) continue;
        const known = new Map<string, SeriesInput>([...streams].map(([stream, s]) => [stream, { history: { first: s.first, values: s.values.slice(0, today - s.first) }, today: 0n }]));
        const p = projectGroup(known, { today, left: { n: 1n, d: 1n } }).total.month;
        const mtd = total(startOf(m), today);
        errors.projection.push(pct(p.base - actual, actual));
        errors.lastMonth.push(pct(total(startOf(addMonths(m, -1)), startOf(m)) - actual, actual));
        errors.scaled.push(pct((mtd * BigInt(daysInMonth(m))) / BigInt(day) - actual, actual));
        if (p.low <= actual && actual <= p.high) inside++;
      }
      out.push({ currency, day, months: errors.projection.length, projection: mean(errors.projection), lastMonth: mean(errors.lastMonth), scaled: mean(errors.scaled), inside });
    }
  }
  return out;
}

function print(dataset: string, scores: Score[]): void {
  const inside = scores.reduce((a, s) => a + s.inside, 0);
  const months = scores.reduce((a, s) => a + s.months, 0);
  table(`bench:forecast — ${dataset}: mean absolute % error of the month's total (targets: the projection below both naive methods at each day; the band holding the actual in 70–90% of months)`, [
    ['currency · from day', 'months   projection   last month   month to date scaled   actual inside low–high'],
    ...scores.map((s): [string, string] => [
      `${s.currency} · day ${s.day}`,
      `${String(s.months).padStart(6)}   ${s.projection.toFixed(1).padStart(9)} %   ${s.lastMonth.toFixed(1).padStart(8)} %   ${s.scaled.toFixed(1).padStart(18)} %   ${((100 * s.inside) / s.months).toFixed(0).padStart(10)} % (${s.inside})`,
    ]),
    ['all currencies and days', `band held the actual in ${inside} of ${months} month-forecasts (${((100 * inside) / months).toFixed(0)} %)`],
  ]);
}

async function main() {
  for (const [scale, env] of [['default', process.env.BENCH_FORECAST_DEFAULT_DB], ['large', process.env.BENCH_DB]] as const) {
    const file = await database(scale, env);
    const t0 = performance.now();
    const scores = replay(await histories(file));
    print(`${scale} dataset (${path.basename(file)}, replayed in ${((performance.now() - t0) / 1000).toFixed(1)} s)`, scores);
  }
}

await main();
