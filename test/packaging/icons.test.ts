// The icons the installers take (package.json "build": linux.icon, mac.icon, win.icon), checked
// the way electron-builder reads them: given ready-made, it converts nothing (its converter is a
// download this machine cannot make).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICONS_DIR, iconFiles } from '../../electron/packaging/icons/make-icons';

const root = path.resolve(import.meta.dirname, '../..');
const build = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { build: Record<string, { icon?: string }> }).build;
const pngSize = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];

describe('the app icons', () => {
  it('are the files make-icons.ts draws, so they can be remade', () => {
    for (const [name, bytes] of iconFiles()) expect(fs.readFileSync(path.join(ICONS_DIR, name)).equals(bytes), name).toBe(true);
  });

  it('Linux: a folder of square PNGs named by size, up to 512', () => {
    const dir = path.join(root, build.linux.icon!);
    const names = fs.readdirSync(dir);
    expect(names).toContain('512x512.png');
    for (const name of names) {
      const size = Number(/^(\d+)x\1\.png$/.exec(name)?.[1]);
      expect(pngSize(fs.readFileSync(path.join(dir, name)))).toEqual([size, size]);
    }
  });

  it('Windows: an .ico whose largest image is 256 pixels, as electron-builder requires', () => {
    const ico = fs.readFileSync(path.join(root, build.win.icon!));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(Math.max(...sizes)).toBe(256);
    for (let i = 0; i < count; i++) {
      const [length, offset] = [ico.readUInt32LE(6 + 16 * i + 8), ico.readUInt32LE(6 + 16 * i + 12)];
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual([sizes[i], sizes[i]]);
    }
  });

  it('macOS: an .icns up to 1024 pixels (512@2x), each entry a PNG of its size', () => {
    const icns = fs.readFileSync(path.join(root, build.mac.icon!));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const sizes: Record<string, number> = { icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024 };
    const seen: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const type = icns.toString('ascii', at, at + 4);
      seen.push(type);
      expect(pngSize(icns.subarray(at + 8))).toEqual([sizes[type], sizes[type]]);
    }
    expect(seen).toEqual(Object.keys(sizes));
  });
});
