// Reads one file out of a ZIP archive (the ECB publishes its history as eurofxref-hist.zip): the
// central directory names the entries; stored and deflated entries are supported, which is what
// archivers write for a CSV.
import { inflateRawSync } from 'node:zlib';

export function isZip(data: Buffer): boolean {
  return data.length >= 4 && data.readUInt32LE(0) === 0x04034b50;
}

/** The first entry whose name matches, as bytes; throws when the archive has none or is damaged. */
export function unzipEntry(data: Buffer, wanted: (name: string) => boolean): { name: string; data: Buffer } {
  let eocd = -1;
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (data.readUInt32LE(at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new Error('the ZIP archive has no directory (damaged or cut short)');
  const count = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) throw new Error('the ZIP archive’s directory is damaged');
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    const local = data.readUInt32LE(at + 42);
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (!wanted(name)) continue;
    if (data.readUInt32LE(local) !== 0x04034b50) throw new Error(`the ZIP entry ${name} is damaged`);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const body = data.subarray(start, start + size);
    if (method === 0) return { name, data: Buffer.from(body) };
    if (method === 8) return { name, data: inflateRawSync(body) };
    throw new Error(`the ZIP entry ${name} uses a compression this app does not read (method ${method})`);
  }
  throw new Error('the ZIP archive holds no CSV file');
}
