// The files of one tax pack agree with each other as an accountant would check them: the income, fees,
// payouts and home-currency totals of the ledger CSV, the income CSV, the monthly summary, the manifest
// and the statement (read back from its PDF's text) are the same figures, and an independent SQL path
// over the database gives them too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMicros, parseMicros } from '../../db/money';
import type { Db } from '../../db/open';
import { earningsDashboard } from '../../db/queries/earnings';
import { annualStatement, writeTaxPack, type Manifest } from '../../electron/export/tax-pack';
import { tempDbFile } from '../helpers/tmp';
import { exportFixture, FROM, INCOME_HEADER, insertFixtureRates, LEDGER_HEADER, MONTHLY_HEADER, PACK_OPTIONS, readCsv, TO, ZONE } from './fixture';
import { pdfLines } from './pdf-text';

const SUFFIX = `${FROM}_${TO}`;
const NOW = Date.parse('2026-12-02T08:00:00Z');
let db: Db;
let folder: string;
let manifest: Manifest;
const read = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');

beforeAll(async () => {
  db = await exportFixture(tempDbFile());
  insertFixtureRates(db);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-pack-')); // kept for every test of the file (tempDir's are removed after each)
  await writeTaxPack(db, { folder, from: FROM, to: TO, tz: ZONE, nowMs: NOW, ...PACK_OPTIONS });
  manifest = JSON.parse(read('manifest.json')) as Manifest;
});
afterAll(() => {
  db.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const sum = (values: string[]) => formatMicros(values.reduce((n, v) => n + BigInt(parseMicros(v)), 0n));
/** Cents as text, summed exactly (home values have two places). */
const sumCents = (values: string[]) => {
  const cents = values.reduce((n, v) => n + BigInt(v.replace('.', '')), 0n);
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
};

describe('one tax pack, every file the same figures', () => {
  it('income, fees and payouts per currency: ledger CSV = income CSV = monthly summary = manifest', () => {
    const ledger = readCsv(read(`ledger-${SUFFIX}.csv`), LEDGER_HEADER);
    const income = readCsv(read(`income-${SUFFIX}.csv`), INCOME_HEADER);
    const monthly = readCsv(read(`monthly-summary-${SUFFIX}.csv`), MONTHLY_HEADER);
    for (const currency of ['CREDITS', 'USD', 'USDT']) {
      const ledgerIncome = ledger.filter((r) => r[7] === currency && r[11] !== 'reversed' && r[3] !== 'payout');
      const ledgerPayouts = ledger.filter((r) => r[7] === currency && r[11] !== 'reversed' && r[3] === 'payout');
      const incomeRows = income.filter((r) => r[7] === currency);
      const summaryIncome = monthly.filter((r) => r[1] === currency && r[3] === 'income');
      const summaryPayouts = monthly.filter((r) => r[1] === currency && r[3] === 'transfer');
      const totals = manifest.files[0].totals!.find((t) => (t as { currency: string }).currency === currency) as { income: Record<string, string>; payouts: Record<string, string> };
      for (const [column, i] of [['gross', 8], ['fee', 9], ['net', 10]] as const) {
        const want = totals.income[column];
        expect([currency, column, sum(ledgerIncome.map((r) => r[i]))]).toEqual([currency, column, want]);
        expect(sum(incomeRows.map((r) => r[i]))).toBe(want);
        expect(sum(summaryIncome.map((r) => r[i - 3]))).toBe(want);
        expect(sum(ledgerPayouts.map((r) => r[i]))).toBe(totals.payouts[column]);
        expect(sum(summaryPayouts.map((r) => r[i - 3]))).toBe(totals.payouts[column]);
      }
      // the home columns add up: each row's net_home = gross_home - fee_home, and the manifest's totals are their sums
      const valued = incomeRows.filter((r) => r[18] !== '');
      for (const r of valued) expect(sumCents([r[16], `-${r[17]}`])).toBe(r[18]);
      const home = (manifest.files[1].totals as { currency: string; home: Record<string, string | number> }[]).find((t) => t.currency === currency)!.home;
      expect([sumCents(valued.map((r) => r[16])), sumCents(valued.map((r) => r[17])), sumCents(valued.map((r) => r[18]))]).toEqual([home.gross, home.fee, home.net]);
      expect([valued.length, incomeRows.length - valued.length]).toEqual([home.valued_rows, home.missing_rows]);
    }
  });

  it('the home-currency totals computed by an independent SQL path: local day, last ECB rate on or before it, 1/rate to 10 places, cents half up', () => {
    // Berlin is UTC+2 until 25 October 01:00 UTC, then UTC+1; all valued amounts are positive, so half up = half away from zero.
    const dst = Date.parse('2026-10-25T01:00:00Z');
    const rows = db
      .prepare(
        `WITH income AS (
           SELECT currency, gross, fee, date(occurred_ms / 1000, 'unixepoch', CASE WHEN occurred_ms < ? THEN '+2 hours' ELSE '+1 hours' END) AS day
           FROM ledger WHERE status <> 'reversed' AND stream <> 'payout' AND occurred_ms >= ? AND occurred_ms < ? AND currency IN ('USD', 'USDT')),
         rated AS (
           SELECT currency, gross, fee, CAST(replace((SELECT rate FROM exchange_rates r WHERE r.source = 'ECB' AND r.quote = 'USD' AND r.day <= income.day ORDER BY r.day DESC LIMIT 1), '.', '') AS INTEGER) AS per_euro
           FROM income),
         stated AS (SELECT currency, gross, fee, (2 * 100000000000000 + per_euro) / (2 * per_euro) AS rate10 FROM rated)
         SELECT currency, sum((2 * gross * rate10 + 100000000000000) / 200000000000000), sum((2 * fee * rate10 + 100000000000000) / 200000000000000)
         FROM stated GROUP BY currency ORDER BY currency`,
      )
      .raw()
      .all(dst, Date.parse('2026-09-30T22:00:00Z'), Date.parse('2026-11-30T23:00:00Z')) as [string, number, number][];
    const cents = (n: number) => `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, '0')}`;
    const fromSql = rows.map(([currency, gross, fee]) => ({ currency, gross: cents(gross), fee: cents(fee), net: cents(gross - fee) }));
    const fromPack = (manifest.files[1].totals as { currency: string; home: Record<string, string> }[])
      .filter((t) => t.home.valued_rows)
      .map((t) => ({ currency: t.currency, gross: t.home.gross, fee: t.home.fee, net: t.home.net }));
    expect(fromSql).toEqual(fromPack);
    expect(fromSql).toEqual([
      { currency: 'USD', gross: '5.22', fee: '0.00', net: '5.22' },
      { currency: 'USDT', gross: '6.15', fee: '0.00', net: '6.15' },
    ]);
  });

  it('the statement, read back from the PDF’s text, states the same income, fees, payouts, balances and home values', async () => {
    const pages = await pdfLines(fs.readFileSync(path.join(folder, `statement-${SUFFIX}.pdf`)));
    expect(pages).toHaveLength(2);
    const lines = pages.flat();
    const has = (...cells: string[]) => expect(lines, cells.join(' | ')).toContainEqual(cells);
    expect(lines[0]).toEqual(['Annual statement of platform income']);
    has('1 October 2026 – 30 November 2026');
    // Income per currency: gross, fees, net in each currency, net in EUR, rows without a rate
    const income = manifest.files[1].totals as { currency: string; rows: number; gross: string; fee: string; net: string; home: { net: string; missing_rows: number; valued_rows: number } }[];
    for (const t of income) has(t.currency, String(t.rows), t.gross, t.fee, t.net, t.home.valued_rows ? t.home.net : '—', String(t.home.missing_rows));
    has('All', '13', manifest.income_in_home_currency.net, '9');
    has('In EUR: gross 11.37, fees 0.00, net 11.37, from 4 rows with a rate. 9 income rows have no rate and are not in these EUR');
    // per month and stream: the monthly summary's income lines, with the EUR net of the income CSV's rows
    const monthly = readCsv(read(`monthly-summary-${SUFFIX}.csv`), MONTHLY_HEADER).filter((r) => r[3] === 'income' && r[4] !== '0');
    const incomeCsv = readCsv(read(`income-${SUFFIX}.csv`), INCOME_HEADER);
    const names: Record<string, string> = { character: 'Chat share', campaign: 'Campaign prizes', bounty: 'Bounties', adjustment: 'Adjustments', support: 'Fan support', plugin: 'Plugin commission', embed: 'Embed / API' };
    const months: Record<string, string> = { '2026-10': 'October 2026', '2026-11': 'November 2026' };
    for (const [month, currency, stream, , rows, gross, fee, net] of monthly) {
      const rowsOf = incomeCsv.filter((r) => r[2].startsWith(month) && r[7] === currency && r[3] === stream);
      const home = currency === 'CREDITS' ? 'no rate' : sumCents(rowsOf.map((r) => r[18]));
      has(months[month], `${names[stream]} (${stream})`, rows, gross, fee, net, home);
    }
    // payouts apart from income, by arrival: the paid-out file's line
    has('November 2026', 'USDT', '1', '10.00', '0.50', '9.50');
    // balances: start + income + payouts = end, as in the manifest
    for (const b of manifest.balances) {
      const l = (manifest.files[0].totals as { currency: string; income: { net: string }; payouts: { net: string } }[]).find((t) => t.currency === b.currency)!;
      has(b.currency, b.start, l.income.net, l.payouts.net, b.end);
      expect(sum([b.start, l.income.net, l.payouts.net])).toBe(b.end);
    }
    // the rate method and the missing rate, on the second page
    expect(pages[1].map((l) => l.join(' ')).join('\n')).toContain('Method: Daily rate: each income row is valued in EUR at the rate of its own local date');
    has('CREDITS', '9', '2026-10-01 to 2026-11-30', 'not converted: CREDITS are platform credits with no published');
    has('Creator Studio · 1 October 2026 – 30 November 2026 · page 2 of 2');
  });

  it('the statement the browser prints is the PDF’s: the same income, payouts, balances and rates as the manifest', async () => {
    const s = await annualStatement(db, { from: FROM, to: TO, tz: ZONE, nowMs: NOW, ...PACK_OPTIONS });
    expect(s.title).toBe('1 October 2026 – 30 November 2026');
    expect(s.generatedAt).toBe(manifest.generated_at);
    // Made at NOW (08:00 UTC) in words, in the statement's zone; the fixture never synced.
    expect(s.made).toMatch(/^Made 2 Dec 2026, \d\d:00 \(/);
    expect(s.incomeTotals).toEqual(manifest.files[1].totals);
    expect(s.allHome).toEqual(manifest.income_in_home_currency);
    expect(s.paidOutTotals).toEqual(manifest.files[3].totals);
    expect(s.balances.map((b) => [b.currency, b.start, b.end])).toEqual(manifest.balances.map((b) => [b.currency, b.start, b.end]));
    expect(s.rates.missing).toEqual(manifest.rates.missing);
  });

  it('the Earnings page over the same days shows the statement’s income: gross, fees and net per currency', async () => {
    const s = await annualStatement(db, { from: FROM, to: TO, tz: ZONE, nowMs: NOW, ...PACK_OPTIONS });
    const page = await earningsDashboard(db, { preset: 'custom', from: FROM, to: TO }, ZONE, NOW);
    const shown = page.kpis.map((k) => ({ currency: k.currency, gross: k.periodGross.value, fee: k.periodFees.value, net: k.periodEarned.value }));
    expect(shown).toEqual(s.incomeTotals.map((t) => ({ currency: t.currency, gross: t.gross, fee: t.fee, net: t.net })));
    // By hand (fixture.ts LEDGER_TOTALS): the income of each currency in Berlin's October and November.
    expect(shown.find((k) => k.currency === 'USDT')).toEqual({ currency: 'USDT', gross: '7.123457', fee: '0.000001', net: '7.123456' });
  });
});
