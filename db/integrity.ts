// The start-up integrity check, off the critical path: PRAGMA quick_check reads every page, seconds
// on a GB-sized file (13 s from a cold page cache), so the app opens on a header check and runs the
// full check on a worker thread with its own read-only connection. A damaged result leaves a marker
// beside the file; the next start then checks in full before opening, and the recovery flow (set the
// file aside, restore the newest good backup) takes over.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface IntegrityState {
  state: 'checking' | 'ok' | 'damaged';
  /** SQLite's report when damaged. */
  detail: string | null;
}

export const damageMarker = (file: string): string => `${file}.damaged-found`;

/** True when an earlier background check found damage that no full check has cleared since. */
export function damageSuspected(file: string): boolean {
  return fs.existsSync(damageMarker(file));
}

export function clearDamageMarker(file: string): void {
  fs.rmSync(damageMarker(file), { force: true });
}

/**
 * Worker code that puts the thread running it at the lowest CPU priority, on Linux, where a nice value
 * is per thread: the check then reads on what the dashboards leave of the cores (an Earnings payload
 * served during the check took 84 ms, median, against 52 after it; 67 with the check at nice 19).
 * Elsewhere it does nothing.
 */
export const LOWEST_PRIORITY = `
try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  require('node:os').setPriority(tid, 19);
} catch {}
`;

// Plain CommonJS so it runs as an eval'd worker from the sources (tsx) and from the built bundle alike.
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.module);
${LOWEST_PRIORITY}
let report;
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  try { report = String(db.pragma('quick_check', { simple: true })); } finally { db.close(); }
} catch (error) {
  report = error.code === 'SQLITE_CORRUPT' || error.code === 'SQLITE_NOTADB' ? error.message : 'ok';
}
parentPort.postMessage(report);
`;

/**
 * Runs quick_check on a worker thread and updates `state` when it finishes. Errors other than damage
 * (the file moved, a locked read) are not damage: the state then ends 'ok', as a header check would.
 */
export function checkInBackground(file: string, state: IntegrityState, nativeBinding?: string): Promise<IntegrityState> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { file, module, nativeBinding } });
    let report = 'ok';
    worker.on('message', (m: string) => (report = m));
    worker.on('error', () => (report = 'ok'));
    worker.on('exit', () => {
      if (report === 'ok') {
        state.state = 'ok';
      } else {
        state.state = 'damaged';
        state.detail = report;
        try {
          fs.writeFileSync(damageMarker(file), `${new Date().toISOString()}\n${report}\n`);
        } catch {
          // A read-only folder: the status bar still says so, which is what matters now.
        }
      }
      resolve(state);
    });
    worker.unref();
  });
}
