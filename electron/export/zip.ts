// A minimal ZIP writer (PKWARE APPNOTE 6.3): stored entries (no compression), UTF-8 names, no ZIP64.
// Enough for a tax pack of a few CSV files downloaded from the browser in serve mode.
import { DateTime } from 'luxon';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time fields of an instant, as wall-clock time in a zone (2-second precision). */
function dosDateTime(ms: number, zone: string): { time: number; date: number } {
  const d = DateTime.fromMillis(ms, { zone });
  const year = Math.min(Math.max(d.year, 1980), 2107);
  return {
    time: (d.hour << 11) | (d.minute << 5) | Math.floor(d.second / 2),
    date: ((year - 1980) << 9) | (d.month << 5) | d.day,
  };
}

const LIMIT = 0xffffffff;
const UTF8_NAMES = 0x0800;
const VERSION = 20; // 2.0: stored entries and folders

/** One ZIP archive holding the entries, stored as they are. */
export function zip(entries: ZipEntry[], modifiedMs: number, zone = 'UTC'): Buffer {
  if (entries.length > 0xffff) throw new RangeError('too many files for a ZIP without ZIP64');
  const { time, date } = dosDateTime(modifiedMs, zone);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.data.length;
    const crc = crc32(entry.data);
    if (size >= LIMIT || offset >= LIMIT) throw new RangeError(`${entry.name} is too large for a ZIP without ZIP64`);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(0, 8); // method: stored
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(size, 18); // compressed size
    local.writeUInt32LE(size, 22); // uncompressed size
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // extra field length

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION, 4); // made by
    header.writeUInt16LE(VERSION, 6); // needed
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(size, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal and external attributes: all zero
    header.writeUInt32LE(offset, 42);

    parts.push(local, name, entry.data);
    central.push(header, name);
    offset += local.length + name.length + size;
  }
  const directory = Buffer.concat(central);
  if (offset + directory.length >= LIMIT) throw new RangeError('the archive is too large for a ZIP without ZIP64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in all
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
