// Exports killed at random points (issue 7): the real CLI writes ~200k ledger rows and is kill -9'd
// mid-way; the target is then absent, the previous complete file, or the new complete file —
// never a part. Killed runs leave temp files (this thread's and the ledger worker's half); the next
// export into that folder removes them, whichever file it writes, and so does the app's start for
// the folders it knows.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, openDatabase, type Db } from '../../db/open';
import { openStudio } from '../../electron/core/studio';
import { writeFileAtomic } from '../../electron/export/atomic-write';
import { insertCreator, insertLedger, type LedgerInput } from '../helpers/fixture';
import { tempDbFile, tempDir } from '../helpers/tmp';
import { LEDGER_HEADER, readCsv } from './fixture';

const ROWS = 200_000;
const MORE = 1_000;
const KILLS_PER_PHASE = 6; // two phases: ≥ 12 kills
const START = Date.parse('2024-01-01T00:00:00Z');

/** Ledger rows built in one transaction with the prepared INSERT of the fixtures: seconds, not a sync. */
function addLedger(db: Db, from: number, count: number): void {
  const rows: LedgerInput[] = [];
  for (let i = from; i < from + count; i++) {
    rows.push({
      id: `L${String(i).padStart(7, '0')}`,
      at: new Date(START + i * 150_000).toISOString(),
      stream: i % 7 ? 'character' : 'support',
      sourceType: 'character',
      sourceId: `c${i % 5}`,
      currency: i % 3 ? 'CREDITS' : 'USDT',
      gross: `${i % 997}.${String(i % 1000).padStart(3, '0')}`,
      fee: '0.01',
      status: i % 11 ? 'available' : 'pending',
      // quotes, commas and a newline inside a cell: a cut-off file could still parse, a complete one must
      description: i % 50 ? undefined : `said "hi", then\nleft (${i})`,
    });
  }
  db.transaction(() => insertLedger(db, rows))();
}

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cli = (db: string, out: string) => ['--import', 'tsx', 'electron/cli/main.ts', 'export', 'ledger', '--db', db, '--out', out];
const temps = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Runs the export; with killAfterMs, SIGKILLs it then. Resolves with the exit code (null: killed) and whether a temp existed at the kill. */
function exportRun(db: string, out: string, killAfterMs?: number): Promise<{ code: number | null; midWrite: boolean }> {
  const child = spawn(process.execPath, cli(db, out), { stdio: 'ignore' });
  let midWrite = false;
  const timer =
    killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          midWrite = temps(path.dirname(out)).some((f) => f.includes(`.${child.pid}.`));
          child.kill('SIGKILL');
        }, killAfterMs);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, midWrite });
    }),
  );
}

/** A complete export: exact header, every row whole (14 cells), exactly `rows` rows in id order. */
function expectComplete(file: string, rows: number): void {
  const parsed = readCsv(fs.readFileSync(file, 'utf8'), LEDGER_HEADER);
  expect(parsed.length).toBe(rows);
  expect(parsed.every((r) => r.length === 14)).toBe(true);
  expect([parsed[0]![0], parsed[rows - 1]![0]]).toEqual(['L0000000', `L${String(rows - 1).padStart(7, '0')}`]);
}

describe('an export killed at random points', () => {
  it(`leaves the target absent, the previous file or the complete new one; no temp files after a success`, async () => {
    const dbFile = tempDbFile();
    const { db } = await openDatabase(dbFile);
    insertCreator(db, 'UTC');
    addLedger(db, 0, ROWS);
    db.close();
    const dir = tempDir('studio-export-kill-');
    const out = path.join(dir, 'ledger.csv');
    const random = mulberry32(20261122);

    // How long one whole run takes here, startup included: the kills are spread over it.
    const t0 = performance.now();
    expect((await exportRun(dbFile, path.join(tempDir(), 'calibrate.csv'))).code).toBe(0);
    const span = performance.now() - t0;

    let kills = 0;
    let midWrite = 0;
    const killRandomly = async (check: () => void) => {
      for (let killed = 0, runs = 0; killed < KILLS_PER_PHASE && runs < 4 * KILLS_PER_PHASE; runs++) {
        const run = await exportRun(dbFile, out, 150 + random() * span);
        if (run.code === null) {
          killed++;
          kills++;
        }
        else expect(run.code).toBe(0);
        if (run.midWrite) midWrite++;
        check();
      }
    };

    // Phase 1: no file yet. After each kill: absent, or complete.
    await killRandomly(() => {
      if (fs.existsSync(out)) expectComplete(out, ROWS);
    });
    expect((await exportRun(dbFile, out)).code).toBe(0);
    expectComplete(out, ROWS);
    const previous = sha(out);

    // Phase 2: more rows; after each kill: the previous file byte for byte, or the complete new one.
    const { db: again } = await openDatabase(dbFile);
    addLedger(again, ROWS, MORE);
    again.close();
    await killRandomly(() => {
      expect(fs.existsSync(out)).toBe(true);
      if (sha(out) !== previous) expectComplete(out, ROWS + MORE);
    });
    console.log(`export kill test: ${kills} kill -9s (${midWrite} while the temp file was being written) over runs of ${Math.round(span)} ms`);
    expect(kills).toBeGreaterThanOrEqual(2 * KILLS_PER_PHASE);
    expect(midWrite).toBeGreaterThanOrEqual(4);

    // One successful run removes what the killed ones left behind. Each run clears its predecessors'
    // temps as it starts, so whether the last killed one left a temp depends on when it died (a full
    // local run once had none): if none is left, one is made as a killed writer would leave it.
    if (temps(dir).length === 0) {
      const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
      fs.writeFileSync(path.join(dir, `.ledger.csv.${dead}.ab12cd34ef56.tmp`), 'partial');
    }
    expect(temps(dir).length).toBeGreaterThan(0);
    expect((await exportRun(dbFile, out)).code).toBe(0);
    expectComplete(out, ROWS + MORE);
    expect(temps(dir)).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual(['ledger.csv']);
  }, 120_000);

  it('a kill -9 while both halves are being written: the next export, to another file in that folder, leaves no temp file', async () => {
    const dbFile = tempDbFile();
    const { db } = await openDatabase(dbFile);
    insertCreator(db, 'UTC');
    addLedger(db, 0, 150_000);
    db.close();
    const dir = tempDir('studio-export-kill-');
    // Killed once this thread's temp and the worker's half file both exist (the reviewer's 180 MB case).
    let left: string[] = [];
    for (let attempt = 0; attempt < 5 && left.length < 2; attempt++) {
      const child = spawn(process.execPath, cli(dbFile, path.join(dir, 'ledger.csv')), { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      while (child.exitCode === null && temps(dir).filter((f) => f.includes(`.${child.pid}.`)).length < 2) await new Promise((r) => setTimeout(r, 10));
      child.kill('SIGKILL');
      await exited;
      left = temps(dir);
    }
    expect(left.length).toBe(2);
    expect(left.every((f) => f.startsWith('.ledger.csv.'))).toBe(true);

    const other = path.join(dir, 'payouts.csv');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'export', 'payouts', '--db', dbFile, '--out', other], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(temps(dir)).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual(['payouts.csv']);
  }, 120_000);

  it('removes stale temps of any file in the folder, and a leftover with its own pid; never a live writer’s, nor one it is writing', async () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!; // exited: its pid is no longer live
    const temp = (target: string, pid: number, hex = 'ab12cd34ef56') => path.join(dir, `.${target}.${pid}.${hex}.tmp`);
    const removed = {
      deadWriter: temp('out.csv', dead),
      otherTarget: temp('other.csv', dead), // another export's, killed in this folder
      oldLiveWriter: temp('out.csv', process.ppid, '000000000001'),
      // This pid's, but not a write of this process: a killed one had the same pid (containers reuse them).
      samePidLeftover: temp('other.csv', process.pid, '000000000002'),
    };
    const kept = {
      liveWriter: temp('out.csv', process.ppid), // a live process that is not this one
      notATemp: path.join(dir, `.out.csv.${dead}.notes.tmp`),
    };
    for (const f of [...Object.values(removed), ...Object.values(kept)]) fs.writeFileSync(f, 'partial');
    const old = new Date(Date.now() - 60 * 60_000);
    fs.utimesSync(removed.oldLiveWriter, old, old);

    // A write of this process under way in the same folder: its temp must survive the other write's cleanup.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = writeFileAtomic(path.join(dir, 'slow.csv'), (async function* () {
      yield 'first\r\n';
      await gate;
      yield 'second\r\n';
    })());
    while (!fs.readdirSync(dir).some((f) => f.startsWith(`.slow.csv.${process.pid}.`))) await new Promise((r) => setTimeout(r, 5));

    await writeFileAtomic(path.join(dir, 'out.csv'), ['new\r\n']);
    const left = new Set(fs.readdirSync(dir));
    for (const [name, f] of Object.entries(removed)) expect([name, left.has(path.basename(f))]).toEqual([name, false]);
    for (const [name, f] of Object.entries(kept)) expect([name, left.has(path.basename(f))]).toEqual([name, true]);
    expect([...left].filter((f) => f.startsWith('.slow.csv.'))).toHaveLength(1);
    release();
    await slow;
    expect(fs.readFileSync(path.join(dir, 'slow.csv'), 'utf8')).toBe('first\r\nsecond\r\n');
    expect(fs.readFileSync(path.join(dir, 'out.csv'), 'utf8')).toBe('new\r\n');
  });

  it('the app’s start (and serve’s) removes what killed writers left beside the database and in its backups', async () => {
    const dbFile = tempDbFile();
    (await openStudio(dbFile, { mode: 'browser' })).close();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    fs.mkdirSync(backupDir(dbFile), { recursive: true });
    const leftovers = [
      path.join(path.dirname(dbFile), `.ledger-2026.csv.${dead}.ab12cd34ef56.tmp`),
      path.join(backupDir(dbFile), `.studio.db.v13.2026-12-01T00-00-00-000Z.db.${dead}.ab12cd34ef56.tmp`),
    ];
    for (const f of leftovers) fs.writeFileSync(f, 'partial');
    const studio = await openStudio(dbFile, { mode: 'browser' });
    try {
      for (let i = 0; i < 200 && leftovers.some((f) => fs.existsSync(f)); i++) await new Promise((r) => setTimeout(r, 10));
      expect(leftovers.filter((f) => fs.existsSync(f))).toEqual([]);
    } finally {
      studio.close();
    }
  });
});
