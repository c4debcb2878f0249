// The ECB's euro foreign exchange reference rates as it publishes their history (eurofxref-hist.csv,
// alone or in eurofxref-hist.zip): a header "Date,USD,JPY,…" then one line per publication day,
// newest first, each rate the units of that currency for 1 euro, "N/A" where none was published.
import { parseDecimal } from '../../db/decimal';
import { unzipSync } from 'fflate';

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

/** The CSV text of a download: the body itself, or the first CSV inside a ZIP (a local file header first). */
export function ecbText(body: Buffer): string {
  if (body.length < 4 || body.readUInt32LE(0) !== 0x04034b50) return body.toString('utf8');
  let csv: Uint8Array | undefined;
  try {
    let found = false;
    const files = unzipSync(body, { filter: (file) => !found && (found = file.name.toLowerCase().endsWith('.csv')) });
    csv = Object.values(files)[0];
  } catch (error) {
    throw new RatesFileError(`The ECB rates archive cannot be read: ${(error as Error).message}.`);
  }
  if (!csv) throw new RatesFileError('The ECB rates archive cannot be read: it holds no CSV file.');
  return Buffer.from(csv.buffer, csv.byteOffset, csv.byteLength).toString('utf8');
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
