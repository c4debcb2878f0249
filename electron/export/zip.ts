// One ZIP archive of the tax pack's files, for the browser to download in serve mode, written by
// fflate. Its asynchronous zip deflates each file over 160 kB in a worker thread: a large creator's
// year (97 MB of CSV, test/bench/zip.ts) takes seconds to deflate, which on the serve process's own
// thread would hold up every other request for as long; only the CRCs are computed here (its event
// loop waited at most 140 ms).
import { zip as deflateZip, type Zippable } from 'fflate';
import { DateTime } from 'luxon';
import { fastZone } from '../../db/queries/timezone';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * A Date whose local fields read as the wall clock of `ms` in `zone`: fflate writes an entry's MS-DOS
 * time from a Date's local fields, and the pack's files are stamped with the time the creator saw.
 * (A wall-clock time that this process's own zone skips at a DST change comes out an hour later.)
 */
function wallClock(ms: number, zone: string): Date {
  const d = DateTime.fromMillis(ms, { zone: fastZone(zone) });
  return new Date(d.year, d.month - 1, d.day, d.hour, d.minute, d.second);
}

// Entries made on Unix, plain files of mode rw-r--r-- as the folder export writes them: Info-ZIP's unzip
// reads the names of entries made on MS-DOS (fflate's default) as code page 437, whatever their UTF-8
// flag says.
const UNIX = 3;
const READABLE_FILE = 0o100644 * 0x10000;

/** One ZIP archive holding the entries, deflated, in their order, each stamped `modifiedMs` in `zone`. */
export function zip(entries: ZipEntry[], modifiedMs: number, zone = 'UTC'): Promise<Buffer> {
  const files: Zippable = {};
  for (const entry of entries) {
    // An object keeps its keys in insertion order, except names that read as array indices ("2026").
    if (entry.name in files || /^\d+$/.test(entry.name)) throw new RangeError(`cannot name a ZIP entry "${entry.name}" here`);
    files[entry.name] = entry.data;
  }
  const mtime = wallClock(modifiedMs, zone);
  return new Promise((resolve, reject) =>
    deflateZip(files, { level: 6, mtime, os: UNIX, attrs: READABLE_FILE }, (error, archive) => (error ? reject(error) : resolve(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength)))),
  );
}
