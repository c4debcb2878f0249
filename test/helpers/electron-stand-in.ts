import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseState } from '@electron/fuses';

// No Electron binary can be downloaded here. Its stand-in is a file carrying Electron's fuse
// sentinel and a version-1 fuse wire with Electron's shipped defaults, where the real binary has
// them, so @electron/fuses reads and flips it exactly as it would the real one.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const SHIPPED_FUSES = [
  FuseState.ENABLE,
  FuseState.DISABLE,
  FuseState.ENABLE,
  FuseState.ENABLE,
  FuseState.DISABLE,
  FuseState.DISABLE,
  FuseState.DISABLE,
  FuseState.ENABLE,
  FuseState.ENABLE,
];
export const STAND_IN_SIZE = 8192 + SENTINEL.length + 2 + SHIPPED_FUSES.length;

export function writeFuseStandIn(file: string): string {
  fs.writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(SENTINEL), Buffer.from([1, SHIPPED_FUSES.length, ...SHIPPED_FUSES]), Buffer.alloc(4096, 0x90)]));
  fs.chmodSync(file, 0o755);
  return file;
}

/**
 * An unpacked Electron distribution for Linux, laid out as the release zip is (the `electron`
 * executable, its licence and version files, locales/ and resources/), for electron-builder's
 * `electronDist` option: electron-builder copies it, renames `electron` after the app and adds
 * resources/app.asar beside it.
 */
export function electronDistStandIn(dir: string): string {
  const version = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  writeFuseStandIn(path.join(dir, 'electron'));
  fs.writeFileSync(path.join(dir, 'version'), version);
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'Electron stand-in for packaging tests\n');
  fs.writeFileSync(path.join(dir, 'locales', 'en-US.pak'), '');
  return dir;
}
