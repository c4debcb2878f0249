// Draws the app icon and writes it in the three forms the installers take: PNGs by size (Linux),
// icon.ico (Windows) and icon.icns (macOS). No image tool is needed (electron-builder would
// otherwise download one to convert a single PNG), so the icons can be remade anywhere:
//   npx tsx electron/packaging/icons/make-icons.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

type Rgba = [number, number, number, number];

const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 32, 48, 256];
// ICNS entry types that hold PNG data, by pixel size (512@2x is ic10).
const ICNS_TYPES: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

/** The design in unit coordinates: a rounded violet square with three rising bars, a chart. */
function colourAt(x: number, y: number): Rgba | null {
  const r = 0.2;
  const m = 0.06;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const bars = [
    [0.24, 0.62],
    [0.44, 0.46],
    [0.64, 0.3],
  ];
  for (const [left, top] of bars) if (x >= left && x <= left + 0.13 && y >= top && y <= 0.76) return [255, 255, 255, 255];
  const t = (x + y) / 2;
  return [Math.round(88 + 60 * t), Math.round(60 + 10 * t), Math.round(214 - 20 * t), 255];
}

/** RGBA pixels at one size, each averaged over 4×4 samples so edges are smooth. */
function render(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          // Premultiplied, so a half-covered edge pixel keeps its colour and halves its alpha.
          for (let i = 0; i < 3; i++) sum[i] += c[i];
          sum[3] += 255;
        }
      const covered = sum[3] / 255;
      const o = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let i = 0; i < 3; i++) pixels[o + i] = Math.round(sum[i] / covered);
      pixels[o + 3] = Math.round(sum[3] / (n * n));
    }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function png(size: number): Buffer {
  const pixels = render(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico of PNG images (accepted by Windows since Vista); a size byte of 0 means 256. */
export function ico(images: Map<number, Buffer>): Buffer {
  const sizes = ICO_SIZES;
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, i) => {
    const data = images.get(size)!;
    const e = 6 + 16 * i;
    header[e] = size % 256;
    header[e + 1] = size % 256;
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...sizes.map((s) => images.get(s)!)]);
}

export function icns(images: Map<number, Buffer>): Buffer {
  const entries = ICNS_TYPES.map(([type, size]) => {
    const data = images.get(size)!;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

/** Every icon file, by its path under this folder. */
export function iconFiles(): Map<string, Buffer> {
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])];
  const images = new Map(sizes.map((s) => [s, png(s)]));
  const files = new Map<string, Buffer>(LINUX_SIZES.map((size) => [path.join('png', `${size}x${size}.png`), images.get(size)!]));
  files.set('icon.ico', ico(images));
  files.set('icon.icns', icns(images));
  return files;
}

export const ICONS_DIR = path.dirname(fileURLToPath(import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const [name, bytes] of iconFiles()) {
    fs.mkdirSync(path.dirname(path.join(ICONS_DIR, name)), { recursive: true });
    fs.writeFileSync(path.join(ICONS_DIR, name), bytes);
  }
  console.log(`icons written to ${path.relative(process.cwd(), ICONS_DIR)}`);
}
