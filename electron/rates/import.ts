// A rates file the creator imports when their tax authority wants another source than the ECB (the
// Bank of Canada's daily rate, the IRS's yearly average, a USDT price): lines "date,currency,rate",
// each meaning 1 unit of `currency` was worth `rate` of the home currency on that day. A file with a
// bad line is refused whole, with the line named: nothing is stored.
import { formatCount } from '../../db/words/numbers';
import { parseDecimal } from '../../db/decimal';
import type { Db } from '../../db/open';
import { isIsoDate } from '../../db/time/days';
import { RatesFileError } from './ecb-csv';
import { storeRates } from './store';

export interface ImportedRates {
  rows: number;
  currencies: string[];
  first: string;
  last: string;
}

const HEADER = ['date', 'currency', 'rate'];
const CODE = /^[A-Z][A-Z0-9]{1,15}$/;
export const MAX_IMPORT_LINES = 200_000;

export function parseRatesFile(text: string, name: string, home: string): { day: string; currency: string; rate: string }[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const at = (i: number, why: string) => new RatesFileError(`${name}, line ${i + 1}: ${why}. Nothing was imported.`);
  const header = (lines[0] ?? '').split(',').map((c) => c.trim().toLowerCase());
  if (header.join(',') !== HEADER.join(',')) throw at(0, `the first line must be the header "date,currency,rate", not "${lines[0]?.slice(0, 40) ?? ''}"`);
  if (lines.length > MAX_IMPORT_LINES) throw new RatesFileError(`${name} has more than ${formatCount(MAX_IMPORT_LINES)} lines. Nothing was imported.`);
  const seen = new Map<string, string>();
  const rows: { day: string; currency: string; rate: string }[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const cells = lines[i].split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    if (cells.length !== 3) throw at(i, `${cells.length} values where 3 are expected (date,currency,rate)`);
    const [day, currency, rate] = cells;
    if (!isIsoDate(day)) throw at(i, `"${day.slice(0, 20)}" is not a date YYYY-MM-DD`);
    if (!CODE.test(currency)) throw at(i, `"${currency.slice(0, 20)}" is not a currency code (such as USD or USDT)`);
    if (currency === home) throw at(i, `${currency} is the home currency: it needs no rate`);
    const value = parseDecimal(rate);
    if (!value || value.units <= 0n || !/^\d+(\.\d+)?$/.test(rate)) throw at(i, `the rate "${rate.slice(0, 20)}" is not a positive decimal such as 1.3542`);
    const key = `${day} ${currency}`;
    if (seen.has(key) && seen.get(key) !== rate) throw at(i, `a second, different rate for ${currency} on ${day}`);
    seen.set(key, rate);
    rows.push({ day, currency, rate });
  }
  if (rows.length === 0) throw new RatesFileError(`${name} holds no rates after its header. Nothing was imported.`);
  return rows;
}

export function importRates(db: Db, text: string, name: string, home: string, at: Date): ImportedRates {
  const rows = parseRatesFile(text, name, home);
  storeRates(db, 'import', name, rows.map((r) => ({ day: r.day, base: r.currency, quote: home, rate: r.rate })), at.toISOString());
  const days = rows.map((r) => r.day).sort();
  return { rows: rows.length, currencies: [...new Set(rows.map((r) => r.currency))].sort(), first: days[0], last: days[days.length - 1] };
}
