// Serve mode and the browser as processes, for the renderer bench: spawning and stopping `serve`, its
// memory, and waiting until Chromium has settled.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { BENCH_NOW } from './util';

export interface Served {
  child: ChildProcess;
  url: string;
  spawnedAt: number;
  urlMs: number;
}

/** VmRSS and VmHWM (its peak) of a process, from /proc. */
export function processMemory(pid: number): { rssMb: number; peakRssMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** `serve` in a child process, from the built CLI as `npm start` runs it; resolves with the URL it prints first and the time that took. */
export function spawnServe(dbFile: string, home: string): Promise<Served> {
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, ['out/main/cli.js', 'serve', '--db', dbFile], {
    env: { ...process.env, CREATOR_STUDIO_NO_BROWSER: '1', CREATOR_STUDIO_NO_ELECTRON: '1', CREATOR_STUDIO_HOME: home, CREATOR_STUDIO_NOW: BENCH_NOW },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, url: out.split('\n')[0].trim(), spawnedAt, urlMs: Date.now() - spawnedAt });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr.trim().split('\n').pop()}`)));
  });
}

/** CPU time (ms) the browser's processes have used so far, from /proc. */
function browserCpuMs(): number {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!/chrom/i.test(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // a process that ended between the listing and the read
    }
  }
  return ticks * 10;
}

/**
 * Until the browser has used under 5% of a core for half a second (10 s at most): a new tab keeps
 * Chromium busy for about a second after Playwright has it, 1.1-1.3 s of CPU on this 2-core machine,
 * which a start measured at once shared the cores with.
 */
export async function browserQuiet(): Promise<void> {
  const until = Date.now() + 10_000;
  let last = browserCpuMs();
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 500));
    const now = browserCpuMs();
    if (now - last < 25) return;
    last = now;
  }
}

export async function stopServe(served: Served): Promise<void> {
  if (served.child.exitCode !== null) return;
  served.child.kill('SIGTERM');
  await new Promise((r) => served.child.once('exit', r));
}
