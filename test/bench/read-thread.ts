// npx tsx test/bench/read-thread.ts <db> — what the read thread buys: Earnings and Characters at every
// preset through two studios on the same file, one with the read thread and one without, interleaved
// round by round so that the machine's load falls on both alike. Each round also reads the first one
// again: that A/A ratio is the noise the B/A ratio must stand out of. BENCH_ROUNDS (21) rounds.
import { dispatch } from '../../electron/api/dispatch';
import { openStudio, type Studio } from '../../electron/core/studio';
import { PRESETS } from './dashboards';
import { BENCH_NOW, percentiles, table } from './util';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);

async function timed(studio: Studio, method: string, input: unknown): Promise<number> {
  const t0 = performance.now();
  const result = await dispatch(studio, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return performance.now() - t0;
}

const median = (xs: number[]) => percentiles(xs).median;
const geomean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

async function main() {
  const file = process.argv[2] ?? process.env.BENCH_DB;
  if (!file) throw new Error('usage: npx tsx test/bench/read-thread.ts <database synced from the large sample dataset>');
  const now = () => new Date(BENCH_NOW);
  // Quiet: every read of the large file's insights would be logged as slow otherwise.
  const slowReads = { log: () => {} };
  const thread = await openStudio(file, { mode: 'browser', readThread: true, now, slowReads });
  const inline = await openStudio(file, { mode: 'browser', now, slowReads });
  await thread.core.threadReady();
  const rows: [string, string][] = [['payload · period', 'thread ms   one thread ms   paired one/thread   A/A (noise)']];
  const ratios: number[] = [];
  const noise: number[] = [];
  for (const preset of PRESETS)
    for (const method of ['earnings', 'characters']) {
      const input = { period: { preset } };
      await timed(thread, method, input);
      await timed(inline, method, input);
      const a: number[] = [];
      const b: number[] = [];
      const again: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        // Alternating which goes first, so neither always meets the other's leftovers in the caches.
        if (i % 2) {
          a.push(await timed(thread, method, input));
          b.push(await timed(inline, method, input));
        } else {
          b.push(await timed(inline, method, input));
          a.push(await timed(thread, method, input));
        }
        again.push(await timed(thread, method, input));
      }
      const ratio = median(b.map((x, i) => x / a[i]));
      const aa = median(again.map((x, i) => x / a[i]));
      ratios.push(ratio);
      noise.push(aa);
      rows.push([`${method} · ${preset}`, `${median(a).toFixed(1).padStart(9)} ${median(b).toFixed(1).padStart(15)}   ${ratio.toFixed(2).padStart(17)}   ${aa.toFixed(2).padStart(11)}`]);
      process.stderr.write(`  ${method} · ${preset}: ${ratio.toFixed(2)}\n`);
    }
  rows.push(['geometric mean over the cells', `${''.padStart(25)}   ${geomean(ratios).toFixed(3).padStart(17)}   ${geomean(noise).toFixed(3).padStart(11)}`]);
  table(`bench: the read thread, ${ROUNDS} interleaved rounds (a paired ratio above 1: one thread is slower)`, rows);
  thread.close();
  inline.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
