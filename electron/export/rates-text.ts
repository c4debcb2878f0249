// The words the manifest and the statement use for the rate method, the rounding and the stored
// rates: written once, so both say the same.
import { ECB_FALLBACK_DAYS, IMPORT_FALLBACK_DAYS, RATE_SCALE, type RateMethod } from '../rates/rate-book';
import type { storedSeries } from '../rates/store';
import type { ExportRange } from './range';

export type StoredSeries = ReturnType<typeof storedSeries>[number];

const COMMON =
  `Cross rates go through the euro: (home currency per EUR) / (currency per EUR), rounded half away from zero to ${RATE_SCALE} decimal places, then used as stated. ` +
  'A series the creator imported for a currency is used instead of the ECB for it. USDT is valued at 1 USD (and so at the USD rate) unless USDT rates are imported. ' +
  'CREDITS are platform credits: they are not converted unless a rate for them is imported.';

export function rateMethodText(method: RateMethod, range: ExportRange, home: string): string {
  if (method === 'yearly-average')
    return `Yearly average: each currency is valued in ${home} at one rate, the mean of the daily rates published from ${range.from} to ${range.to}, rounded half away from zero to ${RATE_SCALE} decimal places; rate_date names that span. ${COMMON}`;
  return (
    `Daily rate: each income row is valued in ${home} at the rate of its own local date; on a day without a published rate (weekend, holiday) ` +
    `the last rate published before it (ECB: at most ${ECB_FALLBACK_DAYS} days before; an imported series: at most ${IMPORT_FALLBACK_DAYS}); rate_date is the rate's own date. ${COMMON}`
  );
}

export function roundingText(home: string, digits: number): string {
  return (
    `Each row's gross and fee are multiplied by the stated rate and rounded once, half away from zero, to ${home}'s minor unit (${digits} decimal places, ISO 4217); ` +
    'net = gross - fee of the rounded values; every total is the sum of rounded rows, so each column adds up.'
  );
}
