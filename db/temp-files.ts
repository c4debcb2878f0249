// Temp files written beside a file and renamed over it once complete (exports, the ledger's second
// half, backups). A writer killed mid-way (kill -9, a crash, a power cut) leaves its temp behind,
// hundreds of MB for a large ledger; the next writer into the same folder removes it, whatever file
// it was meant to become, and so does the app's start for the folders it knows.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** A temp file untouched this long is stale even if a process with its pid is alive (pids are reused). */
export const STALE_TEMP_MS = 10 * 60_000;

/** `.<target name>.<pid>.<12 hex>.tmp`: the one shape every Creator Studio temp has, in every version. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Temps this process is writing now. A temp carrying this process's pid is not necessarily one of
 * them: a killed process may have had the same pid (a container starts every run at the same pids).
 */
const writing = new Set<string>();

/** A new temp name beside `target`, left alone by every cleanup until released. */
export function claimTemp(target: string): string {
  const file = path.resolve(target);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  writing.add(temp);
  return temp;
}

export function releaseTemp(temp: string): void {
  writing.delete(temp);
}

/**
 * Removes the temps in `dir` left by writers that died: temps this process is not writing whose pid
 * is no longer a live process, or that nobody has touched for STALE_TEMP_MS (their pid may since
 * belong to another program). A live writer's temp is never removed. Best effort: never throws.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const removed: string[] = [];
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const temp = path.join(dir, name);
    if (writing.has(temp)) continue;
    const pid = Number(m[1]);
    const stale = pid === process.pid || !isAlive(pid) || (await untouchedFor(temp)) > STALE_TEMP_MS;
    if (stale && (await fs.rm(temp, { force: true }).then(() => true, () => false))) removed.push(temp);
  }
  return removed;
}

async function untouchedFor(file: string): Promise<number> {
  const stat = await fs.lstat(file).catch(() => null);
  return stat ? Date.now() - stat.mtimeMs : 0;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}
