// The start-up integrity check, off the critical path: PRAGMA quick_check reads every page, seconds
// on a GB-sized file (13 s from a cold page cache), so the app opens on a header check and runs the
// full check on a worker thread with its own read-only connection. A damaged result leaves a marker
// beside the file; the next start then checks in full before opening, and the recovery flow (set the
// file aside, restore the newest good backup) takes over.
import fs from 'node:fs';
import type { IntegrityJob } from './integrity-worker';
import { workerEntry } from './workers/entry';
import { startWorker } from './workers/start';

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

/** The check's thread, at the lowest CPU priority where a priority is per thread (Linux): it then reads
 *  on what the dashboards leave of the cores (an Earnings payload served during the check took 84 ms,
 *  median, against 52 after it; 67 with the check at nice 19). */
const INTEGRITY_WORKER = workerEntry<IntegrityJob, never, string>('integrity-worker', new URL('./integrity-worker.ts', import.meta.url));

/**
 * Runs quick_check on a worker thread and updates `state` when it finishes. Errors other than damage
 * (the file moved, a locked read) are not damage: the state then ends 'ok', as a header check would.
 */
export function checkInBackground(file: string, state: IntegrityState, nativeBinding?: string): Promise<IntegrityState> {
  const worker = startWorker(INTEGRITY_WORKER, { file, nativeBinding }, { lowestPriority: true, background: true });
  let report = 'ok';
  worker.onMessage((m) => (report = m));
  // A thread that failed (an error, not damage) leaves the report it had: 'ok' unless damage was posted.
  return worker.ended.then(() => {
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
    return state;
  });
}
