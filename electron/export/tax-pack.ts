// The tax pack (design.md "Money views never mislead"): the ledger CSV, the payouts CSV, the monthly
// summary and a manifest an accountant can check them against, written into a folder the user picks
// or, in serve mode, as one ZIP for the browser to download.
//
// Into a folder, every file is first written in full under a temp name; only when all four are on
// disk are they renamed into place, the manifest last. A failure (disk full, no permission) changes
// nothing in the folder.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Db } from '../../db/open';
import { prepareFileAtomic, type PreparedFile } from './atomic-write';
import { LEDGER_COLUMNS, LedgerTotals, ledgerCsv } from './ledger';
import { MONTHLY_COLUMNS, MonthlySummary } from './monthly-summary';
import { PAYOUT_COLUMNS, payoutTotals, payoutsCsv } from './payouts';
import { exportRange } from './range';
import { zip } from './zip';

export interface TaxPackOptions {
  folder: string;
  /** First and last local day, YYYY-MM-DD. */
  from: string;
  to: string;
  /** IANA zone the days are in. */
  tz: string;
  /** When the pack is made (manifest generated_at). */
  nowMs: number;
}

export interface TaxPackSummary {
  folder: string;
  /** The CSV files and their data rows (header excluded). */
  files: { name: string; rows: number }[];
  /** The manifest's file name, written last. */
  manifest: string;
}

export interface ManifestFile {
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
  columns: readonly string[];
  totals: unknown[];
}

export interface Manifest {
  generator: string;
  generated_at: string;
  data_as_of: string | null;
  timezone: string;
  filters: { from: string; to: string };
  files: ManifestFile[];
  notes: string[];
}

export const MANIFEST_NAME = 'manifest.json';

const NOTES = [
  'Amounts are exact decimals; currencies are never added together.',
  'Rows are selected by their calendar date in the timezone above; local_date is that date.',
  'Income is every non-reversed ledger row of an earning stream (adjustments with their sign); payouts are transfers out of the balance, never income; reversed rows count for nothing.',
  'Ledger totals split the ledger file per currency into income, payouts and reversed rows; the three add up to the file\'s columns, and no total adds a payout to income.',
  'The monthly summary counts non-reversed rows only, each stream marked income or transfer; per currency its income and payouts equal the ledger\'s, and reversed_rows the reversed ones.',
  'Payout totals cover every payout in the file whatever its status; received = amount - fee.',
];

/** Where the files of a pack go: a folder (atomically) or a ZIP. */
interface Sink {
  put(name: string, chunks: Iterable<string>): Promise<{ bytes: number; sha256: string }>;
}

async function buildPack(db: Db, opts: Omit<TaxPackOptions, 'folder'>, sink: Sink): Promise<Manifest> {
  const range = exportRange(opts.from, opts.to, opts.tz);
  const suffix = `${range.from}_${range.to}`;
  const files: ManifestFile[] = [];

  const ledger = new LedgerTotals();
  const summary = new MonthlySummary();
  const ledgerName = `ledger-${suffix}.csv`;
  const ledgerFile = await sink.put(ledgerName, ledgerCsv(db, range, ledger, (row) => summary.add(row)));
  files.push({ name: ledgerName, rows: ledger.rows, ...ledgerFile, columns: LEDGER_COLUMNS, totals: ledger.list() });

  const payouts = payoutTotals();
  const payoutsName = `payouts-${suffix}.csv`;
  const payoutsFile = await sink.put(payoutsName, payoutsCsv(db, range, payouts));
  files.push({ name: payoutsName, rows: payouts.rows, ...payoutsFile, columns: PAYOUT_COLUMNS, totals: payouts.list() });

  const summaryName = `monthly-summary-${suffix}.csv`;
  const summaryFile = await sink.put(summaryName, summary.csv());
  files.push({ name: summaryName, rows: summary.lines, ...summaryFile, columns: MONTHLY_COLUMNS, totals: summary.totals() });

  const manifest: Manifest = {
    generator: 'Creator Studio',
    generated_at: new Date(opts.nowMs).toISOString(),
    data_as_of: dataAsOf(db),
    timezone: range.tz,
    filters: { from: range.from, to: range.to },
    files,
    notes: NOTES,
  };
  await sink.put(MANIFEST_NAME, [`${JSON.stringify(manifest, null, 2)}\n`]);
  return manifest;
}

/** When the data was last synced successfully (a partial sync counts: its rows are stored). */
export function dataAsOf(db: Db): string | null {
  return (db.prepare(`SELECT max(finished_at) FROM sync_runs WHERE status IN ('ok', 'partial')`).pluck().get() as string | null) ?? null;
}

export async function writeTaxPack(db: Db, opts: TaxPackOptions): Promise<TaxPackSummary> {
  const folder = path.resolve(opts.folder);
  const prepared: PreparedFile[] = [];
  try {
    const manifest = await buildPack(db, opts, {
      async put(name, chunks) {
        const file = await prepareFileAtomic(path.join(folder, name), chunks);
        prepared.push(file);
        return { bytes: file.bytes, sha256: file.sha256 };
      },
    });
    for (const file of prepared) await file.commit();
    return { folder, files: manifest.files.map((f) => ({ name: f.name, rows: f.rows })), manifest: MANIFEST_NAME };
  } catch (error) {
    for (const file of prepared) await file.abort();
    throw error;
  }
}

/** The same files as writeTaxPack, byte for byte, in one stored ZIP. */
export async function taxPackZip(db: Db, opts: Omit<TaxPackOptions, 'folder'>): Promise<Buffer> {
  const entries: { name: string; data: Buffer }[] = [];
  await buildPack(db, opts, {
    async put(name, chunks) {
      const parts: Buffer[] = [];
      for (const chunk of chunks) parts.push(Buffer.from(chunk, 'utf8'));
      const data = Buffer.concat(parts);
      entries.push({ name, data });
      return { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
    },
  });
  return zip(entries, opts.nowMs, opts.tz);
}
