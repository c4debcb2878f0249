// Home-currency values from the ECB's euro reference rates, fetched from a local server that serves a
// hand-made file in the ECB's format. Every expected rate and value is worked out by hand below.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatFixed } from '../../db/decimal';
import { minorUnits } from '../../db/currency-units';
import { parseMicros } from '../../db/money';
import { openDatabase, type Db } from '../../db/open';
import { writeSettings } from '../../db/queries/settings';
import { homeAmount, RateBook, rateText, type Valuation } from '../../electron/rates/rate-book';
import { syncRates } from '../../electron/rates/rates-sync';
import { insertLedger } from '../helpers/fixture';
import { tempDbFile } from '../helpers/tmp';
import { startEcbServer, type EcbServer } from './ecb-server';

const NOW = new Date('2026-01-12T10:00:00Z');
let server: EcbServer;
const dbs: Db[] = [];

beforeAll(async () => {
  server = await startEcbServer();
});
afterAll(() => server.close());
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** A database whose ledger has the currencies the book will be asked for, synced from `path`. */
async function synced(home: string, path = '/eurofxref-hist.zip'): Promise<Db> {
  const { db } = await openDatabase(tempDbFile());
  dbs.push(db);
  insertLedger(db, [
    { id: 'a', at: '2026-01-08T12:00:00Z', stream: 'embed', currency: 'USD', gross: '1', status: 'available' },
    { id: 'b', at: '2026-01-08T12:00:00Z', stream: 'embed', currency: 'JPY', gross: '1', status: 'available' },
    { id: 'c', at: '2026-01-08T12:00:00Z', stream: 'plugin', currency: 'USDT', gross: '1', status: 'available' },
    { id: 'd', at: '2026-01-08T12:00:00Z', stream: 'character', currency: 'CREDITS', gross: '1', status: 'available' },
    { id: 'e', at: '2026-01-08T12:00:00Z', stream: 'support', currency: 'ISK', gross: '1', status: 'available' },
  ]);
  writeSettings(db, { homeCurrency: home, ratesUrl: server.url(path) });
  const result = await syncRates(db, { now: NOW });
  expect(result).toMatchObject({ ok: true });
  return db;
}

/** Value of an amount (decimal text) in the home currency, as the income CSV prints it. */
function valued(book: RateBook, currency: string, day: string, amount: string): [string, string, string, string] | { missing: string } {
  const v: Valuation = book.value(currency, day);
  if ('missing' in v) return v;
  const micros = parseMicros(amount);
  const digits = minorUnits(book.home);
  return [rateText(v.rate), v.rateDate, v.source, formatFixed(homeAmount(micros, v.rate, digits), digits)];
}

const JANUARY = { from: '2026-01-01', to: '2026-01-09' };

describe('ECB euro reference rates', () => {
  it('are fetched from the ZIP and from the plain CSV alike, and only the currencies the ledger needs are kept', async () => {
    const fromZip = await synced('GBP');
    const fromCsv = await synced('GBP', '/eurofxref-hist.csv');
    const rows = (db: Db) => db.prepare('SELECT source, day, base, quote, rate FROM exchange_rates ORDER BY quote, day').raw().all();
    expect(rows(fromZip)).toEqual(rows(fromCsv));
    // GBP (home), USD (for USD and USDT), JPY; ISK is N/A on every day; CREDITS is no ECB currency
    const counts = fromZip.prepare('SELECT quote, count(*) FROM exchange_rates GROUP BY quote ORDER BY quote').raw().all();
    expect(counts).toEqual([
      ['GBP', 8],
      ['JPY', 2],
      ['USD', 8],
    ]);
    expect(rows(fromZip)).toContainEqual(['ECB', '2026-01-08', 'EUR', 'USD', '1.1650']);
  });

  it('convert through the euro with one stated rate, on the row’s own day, or the last published before a weekend or holiday', async () => {
    const book = new RateBook(await synced('GBP'), 'GBP', 'daily', JANUARY);
    const cross = 'ECB euro reference rates, crossed through EUR';
    // Thursday 8 January: 0.8700 / 1.1650 = 0.746781115879… → 0.7467811159; × 100 = 74.67811159 → 74.68
    expect(valued(book, 'USD', '2026-01-08', '100')).toEqual(['0.7467811159', '2026-01-08', cross, '74.68']);
    // Saturday 3 January: Friday's rate. 0.8740 / 1.1740 → 0.7444633731; × 250.50 = 186.48807… → 186.49
    expect(valued(book, 'USD', '2026-01-03', '250.50')).toEqual(['0.7444633731', '2026-01-02', cross, '186.49']);
    // Sunday 4 January: the same Friday
    expect(valued(book, 'USD', '2026-01-04', '250.50')).toEqual(['0.7444633731', '2026-01-02', cross, '186.49']);
    // 1 January, a TARGET holiday: 31 December's. 0.8750 / 1.1730 → 0.7459505541; × 19.99 = 14.91155… → 14.91
    expect(valued(book, 'USD', '2026-01-01', '19.99')).toEqual(['0.7459505541', '2025-12-31', cross, '14.91']);
    // JPY is quoted only against the euro: 0.8650 / 183.50 = 0.00471389645… → 0.0047138965; × 12345 = 58.19305… → 58.19
    expect(valued(book, 'JPY', '2026-01-09', '12345')).toEqual(['0.0047138965', '2026-01-09', cross, '58.19']);
    // 7 January has no JPY rate (N/A): the day before with both rates is… none before 8 January
    expect(valued(book, 'JPY', '2026-01-07', '1')).toEqual({ missing: 'no ECB JPY rate on or before 2026-01-07' });
    // USDT is valued at 1 USD: the USD rate, and the method said
    expect(valued(book, 'USDT', '2026-01-08', '100')).toEqual(['0.7467811159', '2026-01-08', `USDT at 1 USD; ${cross}`, '74.68']);
    expect(valued(book, 'CREDITS', '2026-01-08', '100')).toEqual({ missing: 'not converted: CREDITS are platform credits with no published rate (import one to value them)' });
    expect(valued(book, 'ISK', '2026-01-08', '100')).toEqual({ missing: 'the ECB publishes no ISK rate, and none is imported' });
    expect(valued(book, 'GBP', '2026-01-08', '12.345')).toEqual(['1', '2026-01-08', 'home currency', '12.35']);
    // Eleven days after the last publication is no weekend: missing, never an old rate taken quietly
    expect(valued(book, 'USD', '2026-01-20', '1')).toEqual({ missing: 'no ECB rate on 2026-01-20 or in the 7 days before (the last is of 2026-01-09)' });
  });

  it('round to the home currency’s minor unit: euros to cents, yen to whole yen', async () => {
    const eur = new RateBook(await synced('EUR'), 'EUR', 'daily', JANUARY);
    // 1 / 1.1650 = 0.858369098712… → 0.8583690987; × 100 = 85.83690987 → 85.84
    expect(valued(eur, 'USD', '2026-01-08', '100')).toEqual(['0.8583690987', '2026-01-08', 'ECB euro reference rate', '85.84']);
    const jpy = new RateBook(await synced('JPY'), 'JPY', 'daily', JANUARY);
    // 184.00 / 1.1650 = 157.93991416309… → 157.9399141631; × 12.345678 = 1949.875… → 1950
    expect(valued(jpy, 'USD', '2026-01-08', '12.345678')).toEqual(['157.9399141631', '2026-01-08', 'ECB euro reference rates, crossed through EUR', '1950']);
  });

  it('average over the period: the mean of the daily cross rates published in it', async () => {
    const book = new RateBook(await synced('GBP'), 'GBP', 'yearly-average', JANUARY);
    // 2, 5, 6, 7, 8, 9 January: 0.7444633731 + 0.7429787234 + 0.7440273038 + 0.7444444444 + 0.7467811159 + 0.7456896552
    // = 4.4683846158; / 6 = 0.74473076930 → 0.7447307693; × 100 = 74.47
    expect(valued(book, 'USD', '2026-01-08', '100')).toEqual([
      '0.7447307693',
      '2026-01-01/2026-01-09',
      'ECB euro reference rates, crossed through EUR; average of 6 daily rates',
      '74.47',
    ]);
    expect(valued(book, 'USD', '2026-01-03', '100')).toEqual(valued(book, 'USD', '2026-01-08', '100'));
  });
});
