// A hand-built database for the export tests, with every value the tests expect computed by hand.
// Berlin: CEST (+2) until 2026-10-25 01:00 UTC, then CET (+1). The range is 1 October – 30 November 2026.
import Papa from 'papaparse';
import { expect } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { insertCatalogue, insertCreator, insertLedger, insertPayout } from '../helpers/fixture';

export const ZONE = 'Europe/Berlin';
/** The home currency and methods the tax pack tests use. */
export const PACK_OPTIONS = { homeCurrency: 'EUR', rateMethod: 'daily', taxYearStart: '01-01' } as const;
export const FROM = '2026-10-01';
export const TO = '2026-11-30';

export async function exportFixture(file: string, options: { creator?: boolean } = {}): Promise<Db> {
  const { db } = await openDatabase(file);
  if (options.creator !== false) insertCreator(db, ZONE);
  insertCatalogue(db, [['c1', 'Ada'], ['c2', 'Brix']], [['p1', 'Dice']], [['st1', 'Night Train', 3]]);
  insertLedger(db, [
    // 21:59:59 UTC on 30 September is 23:59:59 CEST: the day before the range
    { id: 'LX1', at: '2026-09-30T21:59:59Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '100', status: 'available' },
    // 00:30 CEST on 1 October, though 30 September in UTC
    { id: 'L0', at: '2026-09-30T22:30:00Z', stream: 'campaign', currency: 'CREDITS', gross: '3', status: 'available' },
    { id: 'L9', at: '2026-10-20T12:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'USDT', gross: '4', status: 'available' },
    // The DST-change day (25 hours): 02:30 CEST before the change, 23:30 CET after it
    { id: 'L8b', at: '2026-10-25T00:30:00Z', stream: 'character', sourceType: 'character', sourceId: 'c2', currency: 'CREDITS', gross: '0.5', status: 'available' },
    { id: 'L8', at: '2026-10-25T22:30:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '1', status: 'available' },
    { id: 'L3', at: '2026-10-31T22:30:00Z', stream: 'character', sourceType: 'character', sourceId: 'c2', currency: 'CREDITS', gross: '7.25', status: 'available' },
    // 00:30 CET on 1 November, UTC date 31 October
    { id: 'L2', at: '2026-10-31T23:30:00Z', stream: 'embed', sourceType: 'character', sourceId: 'c1', currency: 'USDT', gross: '3.123457', fee: '0.000001', status: 'pending' },
    { id: 'L1', at: '2026-11-01T00:30:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '10.5', fee: '0.5', status: 'available' },
    { id: 'L10', at: '2026-11-05T12:00:00.000Z', stream: 'bounty', sourceType: 'story', sourceId: 'st1', currency: 'CREDITS', gross: '2.000125', status: 'available' },
    // a character since removed from the catalogue: no name
    { id: 'L11', at: '2026-11-06T12:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c9', currency: 'CREDITS', gross: '0.000001', status: 'available' },
    { id: 'L4', at: '2026-11-10T10:00:00Z', stream: 'adjustment', currency: 'CREDITS', gross: '-1.000001', status: 'available', description: 'correction of 2026-11-01' },
    { id: 'L5', at: '2026-11-12T10:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'USDT', gross: '2.5', fee: '0.25', status: 'reversed' },
    { id: 'L6', at: '2026-11-15T10:00:00Z', stream: 'payout', sourceType: 'payout', sourceId: 'po1', currency: 'USDT', gross: '-10', status: 'available', payoutId: 'po1' },
    // two rows at the same instant: ordered by id
    { id: 'L7b', at: '2026-11-20T09:00:00Z', stream: 'support', sourceType: 'support', sourceId: 's2', currency: 'USD', gross: '1', status: 'available' },
    { id: 'L7', at: '2026-11-20T09:00:00Z', stream: 'support', sourceType: 'support', sourceId: 's1', currency: 'USD', gross: '5', status: 'pending' },
    // 23:59:59 CET on 30 November: the last second of the range; one second later is December
    { id: 'L12', at: '2026-11-30T22:59:59Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '0.1', status: 'available' },
    { id: 'LX2', at: '2026-11-30T23:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '200', status: 'available' },
  ]);
  insertPayout(db, { id: 'po1', at: '2026-11-15T10:00:00Z', currency: 'USDT', amount: '10.00', fee: '0.50', status: 'paid', breakdown: [['character', 'c1', '10.00']] });
  db.prepare(`UPDATE payouts SET tx_hash = '0xabc123', arrival_date = '2026-11-16' WHERE id = 'po1'`).run();
  insertPayout(db, { id: 'po0', at: '2026-10-03T10:00:00Z', currency: 'USDT', amount: '12', fee: '0.5', status: 'failed', failureReason: 'wallet address rejected', breakdown: [] });
  // exactly local midnight of 1 October: in the range; an hour earlier: not
  insertPayout(db, { id: 'po2', at: '2026-09-30T22:00:00Z', currency: 'USDT', amount: '7.000001', fee: '0.000001', status: 'processing', breakdown: [] });
  insertPayout(db, { id: 'poX', at: '2026-09-30T21:00:00Z', currency: 'USDT', amount: '99', fee: '0', status: 'paid', breakdown: [] });
  const support = db.prepare(
    `INSERT INTO support (id, occurred_at, occurred_ms, updated_at, supporter_name, message, amount, currency, source_type, source_id)
     VALUES (?, ?, ?, 'x', ?, ?, ?, ?, ?, ?)`,
  );
  support.run('s1', '2026-10-31T23:30:00Z', Date.parse('2026-10-31T23:30:00Z'), 'Lena', 'Danke!', 2_500_000, 'EUR', 'character', 'c1');
  support.run('s2', '2026-11-20T09:00:00Z', Date.parse('2026-11-20T09:00:00Z'), 'Ana', 'thanks', 1_000_000, 'USD', null, null);
  support.run('sX', '2026-09-30T21:00:00Z', Date.parse('2026-09-30T21:00:00Z'), 'Old', 'before', 1_000_000, 'USD', null, null);
  return db;
}

/** The ledger CSV of the fixture's range, by hand. */
export const LEDGER_HEADER = 'id,occurred_at,local_date,stream,source_type,source_id,source_name,currency,gross,fee,net,status,payout_id,description';
export const LEDGER_ROWS = [
  ['L0', '2026-09-30T22:30:00Z', '2026-10-01', 'campaign', 'platform', 'platform', '', 'CREDITS', '3.00', '0.00', '3.00', 'available', '', ''],
  ['L9', '2026-10-20T12:00:00Z', '2026-10-20', 'plugin', 'plugin', 'p1', 'Dice', 'USDT', '4.00', '0.00', '4.00', 'available', '', ''],
  ['L8b', '2026-10-25T00:30:00Z', '2026-10-25', 'character', 'character', 'c2', 'Brix', 'CREDITS', '0.50', '0.00', '0.50', 'available', '', ''],
  ['L8', '2026-10-25T22:30:00Z', '2026-10-25', 'character', 'character', 'c1', 'Ada', 'CREDITS', '1.00', '0.00', '1.00', 'available', '', ''],
  ['L3', '2026-10-31T22:30:00Z', '2026-10-31', 'character', 'character', 'c2', 'Brix', 'CREDITS', '7.25', '0.00', '7.25', 'available', '', ''],
  ['L2', '2026-10-31T23:30:00Z', '2026-11-01', 'embed', 'character', 'c1', 'Ada', 'USDT', '3.123457', '0.000001', '3.123456', 'pending', '', ''],
  ['L1', '2026-11-01T00:30:00Z', '2026-11-01', 'character', 'character', 'c1', 'Ada', 'CREDITS', '10.50', '0.50', '10.00', 'available', '', ''],
  ['L10', '2026-11-05T12:00:00.000Z', '2026-11-05', 'bounty', 'story', 'st1', 'Night Train', 'CREDITS', '2.000125', '0.00', '2.000125', 'available', '', ''],
  ['L11', '2026-11-06T12:00:00Z', '2026-11-06', 'character', 'character', 'c9', '', 'CREDITS', '0.000001', '0.00', '0.000001', 'available', '', ''],
  ['L4', '2026-11-10T10:00:00Z', '2026-11-10', 'adjustment', 'platform', 'platform', '', 'CREDITS', '-1.000001', '0.00', '-1.000001', 'available', '', 'correction of 2026-11-01'],
  ['L5', '2026-11-12T10:00:00Z', '2026-11-12', 'plugin', 'plugin', 'p1', 'Dice', 'USDT', '2.50', '0.25', '2.25', 'reversed', '', ''],
  ['L6', '2026-11-15T10:00:00Z', '2026-11-15', 'payout', 'payout', 'po1', '', 'USDT', '-10.00', '0.00', '-10.00', 'available', 'po1', ''],
  ['L7', '2026-11-20T09:00:00Z', '2026-11-20', 'support', 'support', 's1', '', 'USD', '5.00', '0.00', '5.00', 'pending', '', ''],
  ['L7b', '2026-11-20T09:00:00Z', '2026-11-20', 'support', 'support', 's2', '', 'USD', '1.00', '0.00', '1.00', 'available', '', ''],
  ['L12', '2026-11-30T22:59:59Z', '2026-11-30', 'character', 'character', 'c1', 'Ada', 'CREDITS', '0.10', '0.00', '0.10', 'available', '', ''],
];

/** Per currency, the rows above split into income, payouts (transfers) and reversed rows; each part's sums by hand. */
export const LEDGER_TOTALS = [
  {
    currency: 'CREDITS',
    rows: 9,
    // 3 + 0.5 + 1 + 7.25 + 10.5 + 2.000125 + 0.000001 - 1.000001 + 0.1
    income: { rows: 9, gross: '23.350125', fee: '0.50', net: '22.850125' },
    payouts: { rows: 0, gross: '0.00', fee: '0.00', net: '0.00' },
    reversed: { rows: 0, gross: '0.00', fee: '0.00', net: '0.00' },
  },
  {
    currency: 'USD',
    rows: 2,
    income: { rows: 2, gross: '6.00', fee: '0.00', net: '6.00' },
    payouts: { rows: 0, gross: '0.00', fee: '0.00', net: '0.00' },
    reversed: { rows: 0, gross: '0.00', fee: '0.00', net: '0.00' },
  },
  {
    currency: 'USDT',
    rows: 4,
    // L9 4 + L2 3.123457 (fee 0.000001); the payout L6 and the reversed L5 apart
    income: { rows: 2, gross: '7.123457', fee: '0.000001', net: '7.123456' },
    payouts: { rows: 1, gross: '-10.00', fee: '0.00', net: '-10.00' },
    reversed: { rows: 1, gross: '2.50', fee: '0.25', net: '2.25' },
  },
];

export const PAID_OUT_HEADER = 'arrival_date,payout_id,created_at,currency,amount,fee,received,method,network,tx_hash';
export const PAYOUTS_HEADER = 'id,created_at,period_start,period_end,currency,amount,fee,received,status,method,network,tx_hash,arrival_date,failure_reason';
export const PAYOUT_ROWS = [
  ['po2', '2026-09-30T22:00:00Z', '2026-10-01', '2026-10-31', 'USDT', '7.000001', '0.000001', '7.00', 'processing', 'usdt_wallet', 'TRC-20', '', '', ''],
  ['po0', '2026-10-03T10:00:00Z', '2026-10-01', '2026-10-31', 'USDT', '12.00', '0.50', '11.50', 'failed', 'usdt_wallet', 'TRC-20', '', '', 'wallet address rejected'],
  ['po1', '2026-11-15T10:00:00Z', '2026-10-01', '2026-10-31', 'USDT', '10.00', '0.50', '9.50', 'paid', 'usdt_wallet', 'TRC-20', '0xabc123', '2026-11-16', ''],
];
export const PAYOUT_TOTALS = [{ currency: 'USDT', rows: 3, amount: '29.000001', fee: '1.000001', received: '28.00' }];

export const SUPPORT_HEADER = 'id,occurred_at,local_date,supporter_name,message,currency,amount,source_type,source_id';
export const SUPPORT_ROWS = [
  ['s1', '2026-10-31T23:30:00Z', '2026-11-01', 'Lena', 'Danke!', 'EUR', '2.50', 'character', 'c1'],
  ['s2', '2026-11-20T09:00:00Z', '2026-11-20', 'Ana', 'thanks', 'USD', '1.00', '', ''],
];

export const MONTHLY_HEADER = 'month,currency,stream,kind,rows,gross,fee,net,reversed_rows';
export const MONTHLY_ROWS = [
  ['2026-10', 'CREDITS', 'campaign', 'income', '1', '3.00', '0.00', '3.00', '0'],
  ['2026-10', 'CREDITS', 'character', 'income', '3', '8.75', '0.00', '8.75', '0'],
  ['2026-10', 'USDT', 'plugin', 'income', '1', '4.00', '0.00', '4.00', '0'],
  ['2026-11', 'CREDITS', 'adjustment', 'income', '1', '-1.000001', '0.00', '-1.000001', '0'],
  ['2026-11', 'CREDITS', 'bounty', 'income', '1', '2.000125', '0.00', '2.000125', '0'],
  ['2026-11', 'CREDITS', 'character', 'income', '3', '10.600001', '0.50', '10.100001', '0'],
  ['2026-11', 'USD', 'support', 'income', '2', '6.00', '0.00', '6.00', '0'],
  ['2026-11', 'USDT', 'embed', 'income', '1', '3.123457', '0.000001', '3.123456', '0'],
  ['2026-11', 'USDT', 'payout', 'transfer', '1', '-10.00', '0.00', '-10.00', '0'],
  ['2026-11', 'USDT', 'plugin', 'income', '0', '0.00', '0.00', '0.00', '1'],
];
export const MONTHLY_TOTALS = [
  { currency: 'CREDITS', income: { rows: 9, gross: '23.350125', fee: '0.50', net: '22.850125' }, payouts: { rows: 0, gross: '0.00', fee: '0.00', net: '0.00' }, reversed_rows: 0 },
  { currency: 'USD', income: { rows: 2, gross: '6.00', fee: '0.00', net: '6.00' }, payouts: { rows: 0, gross: '0.00', fee: '0.00', net: '0.00' }, reversed_rows: 0 },
  { currency: 'USDT', income: { rows: 2, gross: '7.123457', fee: '0.000001', net: '7.123456' }, payouts: { rows: 1, gross: '-10.00', fee: '0.00', net: '-10.00' }, reversed_rows: 1 },
];

export const EARNINGS_HEADER = 'date,currency,stream,net';
export const EARNINGS_ROWS = [
  ['2026-10-01', 'CREDITS', 'campaign', '3.00'],
  ['2026-10-20', 'USDT', 'plugin', '4.00'],
  ['2026-10-25', 'CREDITS', 'character', '1.50'],
  ['2026-10-31', 'CREDITS', 'character', '7.25'],
  ['2026-11-01', 'CREDITS', 'character', '10.00'],
  ['2026-11-01', 'USDT', 'embed', '3.123456'],
  ['2026-11-05', 'CREDITS', 'bounty', '2.000125'],
  ['2026-11-06', 'CREDITS', 'character', '0.000001'],
  ['2026-11-10', 'CREDITS', 'adjustment', '-1.000001'],
  ['2026-11-20', 'USD', 'support', '6.00'],
  ['2026-11-30', 'CREDITS', 'character', '0.10'],
];

/**
 * Reads a CSV file as this app writes it: checks the BOM, the CRLF after every record and the header,
 * and returns the data rows as papaparse reads them back.
 */
export function readCsv(text: string, header: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.slice(1, 1 + header.length + 2)).toBe(`${header}\r\n`);
  const parsed = Papa.parse<string[]>(text.slice(1, -2), { newline: '\r\n', header: false });
  expect(parsed.errors).toEqual([]);
  const [head, ...rows] = parsed.data;
  expect(head.join(',')).toBe(header);
  return rows;
}

/** ECB-style rates for the fixture's range (units per euro), a Friday standing for the weekend after it. */
export const FIXTURE_ECB_USD: [string, string][] = [
  ['2026-10-20', '1.1600'],
  ['2026-10-30', '1.1550'], // Friday: the rate of Saturday 31 October and Sunday 1 November
  ['2026-11-20', '1.1500'],
];

export function insertFixtureRates(db: Db): void {
  const insert = db.prepare(`INSERT INTO exchange_rates (source, day, base, quote, rate, origin, stored_at) VALUES ('ECB', ?, 'EUR', 'USD', ?, 'test', 'x')`);
  for (const [day, rate] of FIXTURE_ECB_USD) insert.run(day, rate);
}

export const INCOME_HEADER = `${LEDGER_HEADER.split(',').slice(0, 12).join(',')},home_currency,rate,rate_date,rate_source,gross_home,fee_home,net_home`;
const CREDITS_NOT_CONVERTED = ['EUR', '', '', 'not converted: CREDITS are platform credits with no published rate (import one to value them)', '', '', ''];
/**
 * The ledger's income rows (not the reversed L5, not the payout L6) valued in EUR, by hand:
 * USD→EUR = 1 / (USD per EUR) rounded half away from zero to 10 places; amount × rate rounded to cents.
 */
const HOME: Record<string, string[]> = {
  // 1/1.16 = 0.862068965517… → 0.8620689655; 4 × it = 3.448275862 → 3.45
  L9: ['EUR', '0.8620689655', '2026-10-20', 'USDT at 1 USD; ECB euro reference rate', '3.45', '0.00', '3.45'],
  // local 1 November (a Sunday) takes Friday's rate: 1/1.155 → 0.8658008658; 3.123457 × it = 2.70429177… → 2.70; the fee 0.000001 × it → 0.00
  L2: ['EUR', '0.8658008658', '2026-10-30', 'USDT at 1 USD; ECB euro reference rate', '2.70', '0.00', '2.70'],
  // 1/1.15 = 0.869565217391… → 0.8695652174; 5 × it = 4.347826087 → 4.35; 1 × it → 0.87
  L7: ['EUR', '0.8695652174', '2026-11-20', 'ECB euro reference rate', '4.35', '0.00', '4.35'],
  L7b: ['EUR', '0.8695652174', '2026-11-20', 'ECB euro reference rate', '0.87', '0.00', '0.87'],
};
export const INCOME_ROWS = LEDGER_ROWS.filter((r) => r[0] !== 'L5' && r[0] !== 'L6').map((r) => [...r.slice(0, 12), ...(HOME[r[0]] ?? CREDITS_NOT_CONVERTED)]);
export const INCOME_TOTALS = [
  { currency: 'CREDITS', rows: 9, gross: '23.350125', fee: '0.50', net: '22.850125', home: { currency: 'EUR', valued_rows: 0, missing_rows: 9, gross: '0.00', fee: '0.00', net: '0.00' } },
  { currency: 'USD', rows: 2, gross: '6.00', fee: '0.00', net: '6.00', home: { currency: 'EUR', valued_rows: 2, missing_rows: 0, gross: '5.22', fee: '0.00', net: '5.22' } },
  { currency: 'USDT', rows: 2, gross: '7.123457', fee: '0.000001', net: '7.123456', home: { currency: 'EUR', valued_rows: 2, missing_rows: 0, gross: '6.15', fee: '0.00', net: '6.15' } },
];
/** 5.22 + 6.15 */
export const INCOME_HOME_ALL = { currency: 'EUR', valued_rows: 4, missing_rows: 9, gross: '11.37', fee: '0.00', net: '11.37' };
