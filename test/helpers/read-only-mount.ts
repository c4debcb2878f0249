// A folder seen through a read-only bind mount: what a read-only disk, a mounted backup or a
// snapshot is to the app. There, unlike a chmod 0444 file, not even root may write.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const mounted: string[] = [];

/** `src` as a read-only folder, or the reason it cannot be made here (not root, no mount permission). */
export function readOnlyView(src: string): { dir: string } | { reason: string } {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return { reason: 'not root on Linux' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-ro-'));
  try {
    execFileSync('mount', ['--bind', src, dir], { stdio: 'pipe' });
  } catch (error) {
    fs.rmdirSync(dir);
    return { reason: `mount not allowed here (${(error as Error).message.split('\n')[0]})` };
  }
  mounted.push(dir);
  execFileSync('mount', ['-o', 'remount,ro,bind', dir], { stdio: 'pipe' });
  return { dir };
}

afterEach(() => {
  for (const dir of mounted.splice(0)) {
    try {
      execFileSync('umount', [dir], { stdio: 'pipe' });
    } catch {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' }); // a connection of this process still holds it: detach now, free later
    }
    fs.rmdirSync(dir);
  }
});
