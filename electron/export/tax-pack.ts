// The tax pack (design.md "Money views never mislead"): the ledger CSV, the income CSV with home-currency
// values, the payouts CSV, the paid-out view, the monthly summary, the annual statement (PDF) and a
// manifest an accountant can check them against, written into a folder the user picks or, in serve
// mode, as one ZIP for the browser to download.
//
// Into a folder, every file is first written in full under a temp name; only when all are on disk are
// they renamed into place, the manifest last. A failure (disk full, no permission) changes nothing in
// the folder.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { minorUnits } from '../../db/currency-units';
import type { Db } from '../../db/open';
import { readCreator } from '../../db/queries/status';
import { RateBook, type RateMethod } from '../rates/rate-book';
import { prepareFileAtomic, type PreparedFile } from './atomic-write';
import { balances, type BalanceAt } from './balances';
import { INCOME_COLUMNS, IncomeTotals, incomeCsv, type IncomeHome, type MissingRates } from './income';
import { LEDGER_COLUMNS, LedgerTotals, ledgerCsv } from './ledger';
import { MONTHLY_COLUMNS, MonthlySummary } from './monthly-summary';
import { PAID_OUT_COLUMNS, PaidOutTotals, paidOutCsv } from './paid-out';
import { PAYOUT_COLUMNS, payoutTotals, payoutsCsv } from './payouts';
import { exportRange } from './range';
import { rateMethodText, roundingText, type StoredSeries } from './rates-text';
import { storedSeries } from '../rates/store';
import { statementData, type StatementData } from './statement-data';
import { statementPdf } from './statement-pdf';
import { rangeTitle } from '../../db/tax-year';
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
  /** ISO 4217 code income is valued in. */
  homeCurrency: string;
  rateMethod: RateMethod;
  /** The tax year's first day, MM-DD: names the period when it is a tax year. */
  taxYearStart: string;
}

export interface TaxPackSummary {
  folder: string;
  /** The files and their data rows (header excluded; the statement's pages). */
  files: { name: string; rows: number }[];
  /** The manifest's file name, written last. */
  manifest: string;
}

export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string;
  rows?: number;
  pages?: number;
  columns?: readonly string[];
  totals?: unknown[];
}

export interface Manifest {
  generator: string;
  generated_at: string;
  data_as_of: string | null;
  timezone: string;
  filters: { from: string; to: string };
  period: string;
  tax_year_start: string;
  home_currency: string;
  income_in_home_currency: IncomeHome;
  balances: BalanceAt[];
  rates: { method: string; rounding: string; sources: string[]; stored: StoredSeries[]; missing: MissingRates[] };
  files: ManifestFile[];
  notes: string[];
}

export const MANIFEST_NAME = 'manifest.json';

const NOTES = [
  'Amounts are exact decimals; currencies are never added together, except as values in the home currency.',
  'Rows are selected by their calendar date in the timezone above; local_date is that date.',
  'Income is every non-reversed ledger row of an earning stream (adjustments with their sign); payouts are transfers out of the balance, never income; reversed rows count for nothing.',
  "Ledger totals split the ledger file per currency into income, payouts and reversed rows; the three add up to the file's columns, and no total adds a payout to income.",
  "The income file holds the ledger's income rows with their home-currency values; its totals per currency equal the ledger's income.",
  "The monthly summary counts non-reversed rows only, each stream marked income or transfer; per currency its income and payouts equal the ledger's, and reversed_rows the reversed ones.",
  'Payout totals cover every payout in the file whatever its status; received = amount - fee. The paid-out file lists paid payouts by the day they arrived.',
  'Balances are available plus pending from the ledger at the first and after the last day: start + income net + payouts net = end.',
];

/** Where the files of a pack go: a folder (atomically) or a ZIP. */
interface Sink {
  put(name: string, chunks: Iterable<string | Buffer>): Promise<{ bytes: number; sha256: string }>;
}

/** The pack's files, written through the sink in the manifest's order, and what the statement says of them. */
async function packContents(db: Db, opts: Omit<TaxPackOptions, 'folder'>, sink: Sink) {
  const range = exportRange(opts.from, opts.to, opts.tz);
  const suffix = `${range.from}_${range.to}`;
  const files: ManifestFile[] = [];
  const csv = async (name: string, chunks: Iterable<string>, rows: () => number, columns: readonly string[], totals: () => unknown[]) => {
    const written = await sink.put(name, chunks);
    files.push({ name, rows: rows(), ...written, columns, totals: totals() });
  };

  const ledger = new LedgerTotals();
  const summary = new MonthlySummary();
  await csv(`ledger-${suffix}.csv`, ledgerCsv(db, range, ledger, (row) => summary.add(row)), () => ledger.rows, LEDGER_COLUMNS, () => ledger.list());

  const book = new RateBook(db, opts.homeCurrency, opts.rateMethod, range);
  const income = new IncomeTotals(opts.homeCurrency);
  await csv(`income-${suffix}.csv`, incomeCsv(db, range, book, income), () => income.rows, INCOME_COLUMNS, () => income.list());

  const payouts = payoutTotals();
  await csv(`payouts-${suffix}.csv`, payoutsCsv(db, range, payouts), () => payouts.rows, PAYOUT_COLUMNS, () => payouts.list());

  const paidOut = new PaidOutTotals();
  await csv(`paid-out-${suffix}.csv`, paidOutCsv(db, range, paidOut), () => paidOut.all.rows, PAID_OUT_COLUMNS, () => paidOut.all.list());

  await csv(`monthly-summary-${suffix}.csv`, summary.csv(), () => summary.lines, MONTHLY_COLUMNS, () => summary.totals());

  const generatedAt = new Date(opts.nowMs).toISOString();
  const dataAsOfText = dataAsOf(db);
  const period = rangeTitle(range.from, range.to, opts.taxYearStart);
  const rates = {
    method: rateMethodText(opts.rateMethod, range, opts.homeCurrency),
    rounding: roundingText(opts.homeCurrency, minorUnits(opts.homeCurrency)),
    sources: [...book.sourcesUsed].sort(),
  };
  const balanceList = balances(db, range.startMs, range.endMs);
  const creator = readCreator(db);
  const statement = statementData({
    title: period,
    creator: creator ? `${creator.displayName} (@${creator.handle})` : null,
    generatedAt,
    dataAsOf: dataAsOfText,
    timezone: range.tz,
    income,
    ledger: ledger.list(),
    paidOut,
    balances: balanceList,
    rates,
  });
  return { range, suffix, files, income, rates, balanceList, period, generatedAt, dataAsOf: dataAsOfText, statement };
}

async function buildPack(db: Db, opts: Omit<TaxPackOptions, 'folder'>, sink: Sink): Promise<Manifest> {
  const c = await packContents(db, opts, sink);
  const statement = await statementPdf(c.statement);
  const statementName = `statement-${c.suffix}.pdf`;
  const files = [...c.files, { name: statementName, pages: statement.pages, ...(await sink.put(statementName, [statement.data])) }];

  const manifest: Manifest = {
    generator: 'Creator Studio',
    generated_at: c.generatedAt,
    data_as_of: c.dataAsOf,
    timezone: c.range.tz,
    filters: { from: c.range.from, to: c.range.to },
    period: c.period,
    tax_year_start: opts.taxYearStart,
    home_currency: opts.homeCurrency,
    income_in_home_currency: c.income.allHome(),
    balances: c.balanceList,
    rates: { ...c.rates, stored: storedSeries(db), missing: c.income.missingRates() },
    files,
    notes: NOTES,
  };
  await sink.put(MANIFEST_NAME, [`${JSON.stringify(manifest, null, 2)}\n`]);
  return manifest;
}

/**
 * The annual statement's data for a range, as the tax pack of the same range writes it in its PDF:
 * the same files are produced (and dropped) so that their totals are the statement's. The browser's
 * print view draws it.
 */
export async function annualStatement(db: Db, opts: Omit<TaxPackOptions, 'folder'>): Promise<StatementData> {
  const dropped: Sink = {
    async put(_name, chunks) {
      // The totals fill as the chunks are read: read them all, keep none.
      for (const chunk of chunks) void chunk;
      return { bytes: 0, sha256: '' };
    },
  };
  return (await packContents(db, opts, dropped)).statement;
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
    return { folder, files: manifest.files.map((f) => ({ name: f.name, rows: f.rows ?? f.pages ?? 0 })), manifest: MANIFEST_NAME };
  } catch (error) {
    for (const file of prepared) await file.abort();
    throw error;
  }
}

/** The same files as writeTaxPack, byte for byte, in one ZIP. */
export async function taxPackZip(db: Db, opts: Omit<TaxPackOptions, 'folder'>): Promise<Buffer> {
  const entries: { name: string; data: Buffer }[] = [];
  await buildPack(db, opts, {
    async put(name, chunks) {
      const parts: Buffer[] = [];
      for (const chunk of chunks) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      const data = Buffer.concat(parts);
      entries.push({ name, data });
      return { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
    },
  });
  return zip(entries, opts.nowMs, opts.tz);
}
