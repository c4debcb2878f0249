import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { zip } from '../../electron/export/zip';
import { tempDir } from '../helpers/tmp';
import { readZip } from './read-zip';

// 2.4 MB of CSV: over fflate's 160 kB line, so it is deflated in a worker thread.
const big = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `L${100000 + i},2026-11-${String((i % 30) + 1).padStart(2, '0')},character,USD,${(i % 997) / 100}\n`).join(''));
const entries = [
  { name: 'ledger.csv', data: big },
  { name: 'Übersicht 2026–27.csv', data: Buffer.from('Monat,Netto\n2026-11,12.50\n') },
  { name: 'manifest.json', data: Buffer.from('{"files":[]}\n') },
  { name: 'empty.txt', data: Buffer.alloc(0) },
];

const zoneBefore = process.env.TZ;
afterEach(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

describe('the ZIP writer', () => {
  it('holds every entry byte for byte, in order, deflated', async () => {
    const archive = await zip(entries, Date.parse('2026-11-20T13:05:00Z'), 'UTC');
    const read = readZip(archive);
    expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    for (const [i, e] of read.entries()) expect(e.data.equals(entries[i].data)).toBe(true);
    expect(read[0].method).toBe(8);
    expect(archive.length).toBeLessThan(big.length / 3);
    expect(new Set(read.map((e) => e.modified))).toEqual(new Set(['2026-11-20 13:05:00']));
    // The same entries and time make the same bytes (the worker's deflate is deterministic too).
    expect((await zip(entries, Date.parse('2026-11-20T13:05:00Z'), 'UTC')).equals(archive)).toBe(true);

    const file = path.join(tempDir(), 'a.zip');
    fs.writeFileSync(file, archive);
    const unzip = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' });
    if (!unzip.error) {
      expect(unzip.stdout.trim().split('\n')).toEqual(entries.map((e) => e.name));
      expect(spawnSync('unzip', ['-p', file, 'ledger.csv'], { maxBuffer: 16 << 20 }).stdout.equals(big)).toBe(true);
    }
  });

  it('stamps the wall clock of the chosen zone, whatever the zone of this process', async () => {
    // 29 March 2026 01:30 UTC is 03:30 in Berlin, the first hour of summer time; 28 March 23:30 in São Paulo.
    const at = Date.parse('2026-03-29T01:30:00Z');
    for (const processZone of ['UTC', 'Asia/Kolkata', 'America/New_York']) {
      process.env.TZ = processZone;
      expect(readZip(await zip(entries.slice(1), at, 'Europe/Berlin')).map((e) => e.modified)).toEqual(Array(3).fill('2026-03-29 03:30:00'));
      expect(readZip(await zip(entries.slice(1), at, 'America/Sao_Paulo'))[0].modified).toBe('2026-03-28 22:30:00');
    }
  });

  it('refuses a name twice, and names an object would reorder', async () => {
    expect(() => zip([entries[2], entries[2]], 0)).toThrow(RangeError);
    expect(() => zip([{ name: '2026', data: Buffer.alloc(1) }], 0)).toThrow(RangeError);
  });
});
