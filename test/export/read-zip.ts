// Reads a ZIP archive with Node's zlib, apart from the library that writes it: each entry's name,
// bytes (inflated and checked against its CRC and size) and MS-DOS modification time.
import { crc32, inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';

export interface ReadEntry {
  name: string;
  data: Buffer;
  method: number;
  /** 'YYYY-MM-DD HH:MM:SS', to the 2 seconds the format keeps. */
  modified: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Reads a ZIP through its central directory, checking each local header and CRC. */
export function readZip(buf: Buffer): ReadEntry[] {
  const eocd = buf.length - 22;
  expect(buf.readUInt32LE(eocd)).toBe(0x06054b50);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  expect(at + buf.readUInt32LE(eocd + 12)).toBe(eocd);
  const out: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    expect([0, 8]).toContain(method); // stored or deflated
    const time = buf.readUInt16LE(at + 12);
    const date = buf.readUInt16LE(at + 14);
    const modified = `${(date >> 9) + 1980}-${two((date >> 5) & 15)}-${two(date & 31)} ${two(time >> 11)}:${two((time >> 5) & 63)}:${two((time & 31) * 2)}`;
    const crc = buf.readUInt32LE(at + 16);
    const packedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    expect(buf.toString('utf8', local + 30, local + 30 + buf.readUInt16LE(local + 26))).toBe(name);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const packed = buf.subarray(start, start + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : Buffer.from(packed);
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    out.push({ name, data, method, modified });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}
