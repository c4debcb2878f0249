import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportError, writeFileAtomic } from '../../electron/export/atomic-write';
import { tempDir } from '../helpers/tmp';

const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

function* failingAfter(chunks: number): Generator<string> {
  for (let i = 0; i < chunks; i++) yield `row ${i}\r\n`.repeat(1000);
  throw new Error('the database went away');
}

async function failure(promise: Promise<unknown>): Promise<ExportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExportError);
  return error as ExportError;
}

describe('writeFileAtomic', () => {
  it('writes every chunk, sync or async, and reports size and SHA-256 of the bytes', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.csv');
    async function* rows() {
      for (let i = 0; i < 20_000; i++) yield `${i},é\r\n`;
    }
    const result = await writeFileAtomic(target, rows());
    const bytes = fs.readFileSync(target);
    expect(result).toEqual({ file: target, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(bytes.toString('utf8').split('\r\n')).toHaveLength(20_001);
    expect(leftovers(dir)).toEqual([]);
    await writeFileAtomic(target, ['second']);
    expect(fs.readFileSync(target, 'utf8')).toBe('second');
  });

  it('a failure in the middle of the rows leaves no file and no temp file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.csv');
    const error = await failure(writeFileAtomic(target, failingAfter(300)));
    expect(error.message).toBe(`${target} was not written (the database went away); nothing else changed.`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps the previous version intact when a rewrite fails', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.csv');
    fs.writeFileSync(target, 'the previous export\r\n');
    await failure(writeFileAtomic(target, failingAfter(5)));
    expect(fs.readFileSync(target, 'utf8')).toBe('the previous export\r\n');
    expect(fs.readdirSync(dir)).toEqual(['out.csv']);
  });

  it('names a folder that does not exist, or a path through a file', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'nope', 'out.csv');
    expect((await failure(writeFileAtomic(missing, ['x']))).message).toBe(`The folder ${path.join(dir, 'nope')} does not exist. Choose another folder.`);
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
    const through = path.join(dir, 'a-file', 'out.csv');
    const error = await failure(writeFileAtomic(through, ['x']));
    expect(error.message).toBe(`The folder ${path.join(dir, 'a-file')} does not exist. Choose another folder.`);
    expect(error.code).toBe('ENOTDIR');
    expect(fs.readdirSync(dir)).toEqual(['a-file']);
  });

  it('says so when the target is a folder, and leaves no temp file', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'out.csv'));
    const error = await failure(writeFileAtomic(path.join(dir, 'out.csv'), ['x']));
    expect(error.message).toMatch(/out\.csv is a folder, not a file/);
    expect(leftovers(dir)).toEqual([]);
  });

  it('names a folder it may not write to (really denied, also for root)', async ({ skip }) => {
    // Root ignores file modes, so as root use a folder the kernel refuses to everyone: /sys.
    const root = process.getuid?.() === 0;
    let folder: string;
    if (!root) {
      folder = tempDir();
      fs.chmodSync(folder, 0o555);
    } else if (process.platform === 'linux' && fs.existsSync('/sys/kernel')) {
      folder = '/sys/kernel';
    } else {
      console.log('skipped: running as root without /sys, no folder denies writing');
      return skip('root without /sys');
    }
    const before = fs.readdirSync(folder);
    const error = await failure(writeFileAtomic(path.join(folder, 'out.csv'), ['x']));
    expect(error.message).toBe(`Creator Studio may not write to ${folder} (permission denied). Choose another folder.`);
    expect(['EACCES', 'EPERM', 'EROFS']).toContain(error.code);
    expect(fs.readdirSync(folder)).toEqual(before);
    if (!root) fs.chmodSync(folder, 0o755);
  });
});

describe('writeFileAtomic on small file systems (needs mount; skipped where not allowed)', () => {
  let mountDir: string | undefined;
  let readOnlyDir: string | undefined;
  let reason = '';

  beforeAll(() => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) {
      reason = 'not root on Linux';
      return;
    }
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-mount-'));
    try {
      fs.mkdirSync(path.join(base, 'small'));
      fs.mkdirSync(path.join(base, 'ro'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', path.join(base, 'small')], { stdio: 'pipe' });
      mountDir = path.join(base, 'small');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', path.join(base, 'ro')], { stdio: 'pipe' });
      readOnlyDir = path.join(base, 'ro');
    } catch (error) {
      reason = `mount not allowed here (${(error as Error).message.split('\n')[0]})`;
    }
  });

  afterAll(() => {
    for (const dir of [mountDir, readOnlyDir]) if (dir) execFileSync('umount', [dir], { stdio: 'pipe' });
    if (mountDir) fs.rmSync(path.dirname(mountDir), { recursive: true, force: true });
  });

  it('a full disk: clear message, the previous file intact, no temp file', async ({ skip }) => {
    if (!mountDir) {
      console.log(`skipped full-disk test: ${reason}`);
      return skip(reason);
    }
    const target = path.join(mountDir, 'ledger.csv');
    fs.writeFileSync(target, 'previous\r\n');
    const big = function* () {
      for (let i = 0; i < 200; i++) yield 'x'.repeat(10_000);
    };
    const error = await failure(writeFileAtomic(target, big()));
    expect(error.message).toBe(`The disk is full: ${target} was not written; nothing else changed.`);
    expect(fs.readFileSync(target, 'utf8')).toBe('previous\r\n');
    expect(fs.readdirSync(mountDir)).toEqual(['ledger.csv']);
  });

  it('a read-only file system: the permission message', async ({ skip }) => {
    if (!readOnlyDir) {
      console.log(`skipped read-only test: ${reason}`);
      return skip(reason);
    }
    const error = await failure(writeFileAtomic(path.join(readOnlyDir, 'out.csv'), ['x']));
    expect(error.code).toBe('EROFS');
    expect(error.message).toBe(`Creator Studio may not write to ${readOnlyDir} (permission denied). Choose another folder.`);
  });
});
