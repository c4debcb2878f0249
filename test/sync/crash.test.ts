import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open';
import { startSamplePlatform, type SamplePlatform } from '../../electron/sample-platform/index';
import { differences, ledgerNet } from '../helpers/compare';
import { tempDbFile } from '../helpers/tmp';

const KILLS = 12;
let platform: SamplePlatform;

beforeAll(async () => {
  // A little latency per request stretches the sync so the kills land all over it.
  platform = await startSamplePlatform({ scale: 'default', today: '2026-11-22', faults: { latencyMs: 25 } });
});
afterAll(() => platform.close());

/** Runs the real CLI sync; with killAfterMs, SIGKILLs it then. Resolves with the exit code (null when killed). */
function cliSync(db: string, killAfterMs?: number, full = false): Promise<number | null> {
  const args = ['--import', 'tsx', 'electron/cli/main.ts', 'sync', '--api', platform.url, '--token', platform.token, '--db', db];
  const child = spawn(process.execPath, full ? [...args, '--full'] : args, { stdio: 'ignore' });
  if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a sync killed at any instant', () => {
  it(`resumes and converges exactly after ${KILLS} kill -9s`, async () => {
    const file = tempDbFile();
    const random = mulberry32(20261122);
    let killed = 0;
    let full = false;
    for (let run = 0; killed < KILLS && run < 40; run++) {
      // Each resumed run gets a little further; once one finishes, a full resync gives the next kills work to cut into.
      const code = await cliSync(file, 900 + Math.floor(random() * 1200), full);
      if (code === null) killed++;
      else expect(code).toBe(0);
      full = code === 0;
      const raw = new Database(file, { readonly: true, fileMustExist: false });
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      raw.close();
    }
    expect(killed).toBe(KILLS);
    expect(await cliSync(file)).toBe(0);
    const { db } = await openDatabase(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(differences(db, platform)).toEqual([]);
    expect(ledgerNet(db)).toEqual(platform.truth().ledgerNet);
    db.close();
  }, 180_000);
});
