import { spawn } from 'node:child_process';

/** Samples the process's resident memory every 50 ms; stop() returns the peak in bytes. */
export function peakRss(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

/** Median, 95th percentile, maximum and count of a set of timings. */
export function percentiles(samples: number[]): { median: number; p95: number; max: number; n: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? 0, p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? 0, max: s[s.length - 1] ?? 0, n: s.length };
}

export function table(title: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${title}`);
  console.log('-'.repeat(width + 30));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

/** The large dataset's last day, and the instant its dashboards are read at: the same periods on any date. */
export const BENCH_TODAY = '2026-11-22';
export const BENCH_NOW = `${BENCH_TODAY}T21:00:00Z`;

/** The sample platform's CLI in a child process; advanceDay() goes through its stdin. */
export function spawnPlatform(scale: string): Promise<RemotePlatform> {
  return spawnServer(['electron/sample-platform/cli.ts', '--scale', scale, '--today', BENCH_TODAY]);
}

export interface RemotePlatform {
  url: string;
  advanceDay(): Promise<void>;
  stop(): void;
}

/** A platform server script run through tsx in a child process: it prints its URL first and answers
 *  "advance" on its stdin with one line once it has moved on a day. */
export async function spawnServer(args: string[]): Promise<RemotePlatform> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let waiting: ((line: string) => void) | null = null;
  let buffer = '';
  child.stdout!.on('data', (chunk) => {
    buffer += chunk;
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      if (waiting) {
        const w = waiting;
        waiting = null;
        w(line);
      } else lines.push(line);
    }
  });
  const next = () => new Promise<string>((resolve) => (lines.length ? resolve(lines.shift()!) : (waiting = resolve)));
  const url = (await next()).trim();
  return {
    url,
    async advanceDay() {
      child.stdin!.write('advance\n');
      await next();
    },
    stop: () => child.kill(),
  };
}
