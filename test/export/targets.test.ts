// An export's target that is not a regular file (a named pipe, a device, a symbolic link) is refused
// and left as it was: the export's rename would otherwise replace it (as root, --out /dev/null once
// replaced the system's null device with a CSV). Real FIFOs, links and device nodes; the real CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExportError, prepareFileAtomic, writeFileAtomic } from '../../electron/export/atomic-write';
import { writeTaxPack } from '../../electron/export/tax-pack';
import { listing, runCli, sha256 } from '../helpers/cli';
import { tempDbFile, tempDir } from '../helpers/tmp';
import { exportFixture, FROM, PACK_OPTIONS, TO, ZONE } from './fixture';

const refusal = (file: string, what: string) =>
  `${file} is ${what}, not a regular file: Creator Studio only replaces regular files, so it left it as it was. Choose another file name.`;

let dbFile: string;
let dir: string;
beforeEach(async () => {
  dbFile = tempDbFile();
  (await exportFixture(dbFile)).close();
  dir = tempDir('studio-targets-');
});

const exportTo = (out: string) => runCli(['export', 'ledger', '--db', dbFile, '--out', out, '--from', FROM, '--to', TO]);

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

describe('export --out onto something that is not a regular file', () => {
  it('a named pipe: refused with exit 1 and a message naming it; still a pipe, no temp file left', () => {
    const fifo = path.join(dir, 'ledger.csv');
    mkfifo(fifo);
    const run = exportTo(fifo);
    expect(run.stderr).toBe(`creator-studio: ${refusal(fifo, 'a named pipe')}\n`);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    expect(listing(dir)).toEqual(['ledger.csv:fifo']);
  });

  it('a symbolic link, even to a regular file: refused; the link and the file it points at are unchanged', () => {
    const real = path.join(dir, 'real.csv');
    fs.writeFileSync(real, 'the creator’s own file\r\n');
    const before = sha256(real);
    const link = path.join(dir, 'ledger.csv');
    fs.symlinkSync(real, link);
    const run = exportTo(link);
    expect(run.stderr).toBe(`creator-studio: ${refusal(link, `a symbolic link (to ${real})`)}\n`);
    expect(run.code).toBe(1);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe(real);
    expect(sha256(real)).toBe(before);
    expect(listing(dir)).toEqual(['ledger.csv:link', 'real.csv:file']);
  });

  it('a device: a device node of its own, then /dev/null itself, stay character devices', () => {
    // A device node made here first (root may mknod): a regression then fails on it before /dev/null is at risk.
    const node = path.join(dir, 'null');
    const made = spawnSync('mknod', [node, 'c', '1', '3']).status === 0;
    if (made) {
      const rdev = fs.lstatSync(node).rdev;
      const run = exportTo(node);
      expect(run.stderr).toBe(`creator-studio: ${refusal(node, 'a device')}\n`);
      expect(run.code).toBe(1);
      expect(fs.lstatSync(node).isCharacterDevice()).toBe(true);
      expect(fs.lstatSync(node).rdev).toBe(rdev);
      expect(listing(dir)).toEqual(['null:chardev']);
    } else {
      console.log('mknod not permitted here: only /dev/null is tried');
    }

    const devNull = fs.lstatSync('/dev/null');
    const run = exportTo('/dev/null');
    expect(run.stderr).toBe(`creator-studio: ${refusal('/dev/null', 'a device')}\n`);
    expect(run.code).toBe(1);
    const after = fs.lstatSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect([after.rdev, after.ino, after.mode]).toEqual([devNull.rdev, devNull.ino, devNull.mode]);
    expect(fs.readdirSync('/dev').filter((n) => n.startsWith('.null.'))).toEqual([]);
  });

  it('a regular file is still replaced (exit 0)', () => {
    const out = path.join(dir, 'ledger.csv');
    fs.writeFileSync(out, 'an older export\r\n');
    const run = exportTo(out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`exported 15 rows to ${out}\n`);
    expect(fs.lstatSync(out).isFile()).toBe(true);
    expect(listing(dir)).toEqual(['ledger.csv:file']);
  });
});

describe('every file the app writes for the creator (save dialog, tax pack folder)', () => {
  async function refused(promise: Promise<unknown>, file: string, what: string): Promise<void> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).message).toBe(refusal(file, what));
    expect((error as ExportError).code).toBe('ENOTREG');
  }

  it('writeFileAtomic (the desktop Export CSV) refuses a pipe and a link, reading no row', async () => {
    const fifo = path.join(dir, 'a.csv');
    mkfifo(fifo);
    const link = path.join(dir, 'b.csv');
    fs.symlinkSync('/etc/hostname', link);
    let rowsRead = 0;
    const rows = function* () {
      rowsRead++;
      yield 'x\r\n';
    };
    await refused(writeFileAtomic(fifo, rows()), fifo, 'a named pipe');
    await refused(writeFileAtomic(link, rows()), link, 'a symbolic link (to /etc/hostname)');
    expect(rowsRead).toBe(0);
    expect(listing(dir)).toEqual(['a.csv:fifo', 'b.csv:link']);
  });

  it('a pipe put in the target’s place while the file was being written is not replaced either', async () => {
    const target = path.join(dir, 'out.csv');
    const prepared = await prepareFileAtomic(target, ['a,b\r\n']);
    mkfifo(target);
    await refused(prepared.commit(), target, 'a named pipe');
    expect(fs.lstatSync(target).isFIFO()).toBe(true);
    expect(listing(dir)).toEqual(['out.csv:fifo']);
  });

  it('the tax pack: one of its names taken by a link, nothing is written into the folder and the linked file is unchanged', async () => {
    const db = await exportFixture(tempDbFile());
    const outside = path.join(tempDir(), 'outside.csv');
    fs.writeFileSync(outside, 'not the pack’s\r\n');
    const before = sha256(outside);
    const payouts = path.join(dir, `payouts-${FROM}_${TO}.csv`);
    fs.symlinkSync(outside, payouts);
    try {
      await refused(writeTaxPack(db, { folder: dir, from: FROM, to: TO, tz: ZONE, nowMs: Date.parse('2026-12-02T08:00:00Z'), ...PACK_OPTIONS }), payouts, `a symbolic link (to ${outside})`);
    } finally {
      db.close();
    }
    expect(listing(dir)).toEqual([`payouts-${FROM}_${TO}.csv:link`]);
    expect(sha256(outside)).toBe(before);
  });
});
