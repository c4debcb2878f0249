// The ECB's euro foreign exchange reference rates as it publishes their history (eurofxref-hist.csv,
// alone or in eurofxref-hist.zip): a header "Date,USD,JPY,…" then one line per publication day,
// newest first, each rate the units of that currency for 1 euro, "N/A" where none was published.
import { parseDecimal } from '../../db/decimal';
import { isZip, unzipEntry } from './unzip';

export interface EcbRate {
  day: string;
  currency: string;
  /** Exact decimal text as published. */
  rate: string;
}

export class RatesFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RatesFileError';
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The CSV text of a download: the body itself, or the CSV inside a ZIP. */
export function ecbText(body: Buffer): string {
  if (!isZip(body)) return body.toString('utf8');
  try {
    return unzipEntry(body, (name) => name.toLowerCase().endsWith('.csv')).data.toString('utf8');
  } catch (error) {
    throw new RatesFileError(`The ECB rates archive cannot be read: ${(error as Error).message}.`);
  }
}

/** Every published rate of the wanted currencies (all when `wanted` is absent); a malformed file is refused whole. */
export function parseEcbCsv(text: string, wanted?: ReadonlySet<string>): EcbRate[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split(',').map((c) => c.trim()) ?? [];
  if (header[0] !== 'Date' || header.length < 2) throw new RatesFileError('This is not the ECB’s rates history: its first line should start with "Date," followed by currency codes.');
  const rates: EcbRate[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const cells = line.split(',').map((c) => c.trim());
    const day = cells[0];
    if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new RatesFileError(`The ECB rates file, line ${i + 1}: "${day.slice(0, 20)}" is not a date YYYY-MM-DD.`);
    for (let c = 1; c < header.length; c++) {
      const currency = header[c];
      const cell = cells[c] ?? '';
      if (!currency || cell === '' || cell === 'N/A') continue;
      if (wanted && !wanted.has(currency)) continue;
      const rate = parseDecimal(cell);
      if (!rate || rate.units <= 0n) throw new RatesFileError(`The ECB rates file, line ${i + 1}: the ${currency} rate "${cell.slice(0, 20)}" is not a positive decimal.`);
      rates.push({ day, currency, rate: cell });
    }
  }
  if (rates.length === 0 && !wanted) throw new RatesFileError('The ECB rates file holds no rates.');
  return rates;
}
