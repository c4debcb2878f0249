// npx tsx test/bench/zip.ts (half a minute): the tax pack's ZIP (electron/export/zip.ts) of a large
// creator's year of CSV, 97 MB in a ledger-like and an income-like file: how long it takes, how small
// it comes out, and how long the calling thread's event loop waits at most meanwhile (the serve
// process answers every other request on that thread). Beside it, the same deflate on the thread.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { zipSync } from 'fflate';
import { zip } from '../../electron/export/zip';
import { table } from './util';

function csv(rows: number): Buffer {
  const parts: string[] = [];
  for (let i = 0; i < rows; i++) {
    const at = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:13.${String(i % 1000).padStart(3, '0')}Z`;
    parts.push(`L${100000000 + i},${at},2026-11-20T10:00:00Z,character,character,ch_${i % 500},Character ${i % 487},${['USD', 'EUR', 'CREDITS'][i % 3]},${(i % 2000) / 100},${(i % 400) / 100},${(i % 1600) / 100},available,,chat tip\n`);
  }
  return Buffer.from(parts.join(''));
}

async function main() {
  const entries = [
    { name: 'ledger.csv', data: csv(400_000) },
    { name: 'income.csv', data: csv(300_000) },
    { name: 'manifest.json', data: Buffer.from('{}\n') },
  ];
  const mb = (n: number) => (n / 1e6).toFixed(1);
  const input = entries.reduce((n, e) => n + e.data.length, 0);
  const rows: [string, string][] = [['input', `${mb(input)} MB`]];
  for (let run = 1; run <= 2; run++) {
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const t0 = performance.now();
    const archive = await zip(entries, Date.now(), 'Europe/Berlin');
    const ms = performance.now() - t0;
    lag.disable();
    rows.push([`zip(), run ${run}`, `${ms.toFixed(0)} ms, ${mb(archive.length)} MB, event loop waited at most ${(lag.max / 1e6).toFixed(0)} ms`]);
  }
  const t0 = performance.now();
  const onThread = zipSync(Object.fromEntries(entries.map((e) => [e.name, e.data])), { level: 6 });
  rows.push(['fflate zipSync, the same level on this thread (the wait every other request would see)', `${(performance.now() - t0).toFixed(0)} ms, ${mb(onThread.length)} MB`]);
  table('bench: tax pack ZIP', rows);
}

void main();
