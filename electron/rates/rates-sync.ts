// Fetches the ECB's euro reference rates with the sync, when a home currency is set, and keeps the
// rates the tax pack needs: the home currency's, the ledger's currencies' (USD for USDT), from a month
// before the first ledger row. A failure here is reported on its own and never fails the platform sync.
import type { Db } from '../../db/open';
import { getSetting, readSettings, setSetting } from '../../db/queries/settings';
import { ecbText, parseEcbCsv, RatesFileError } from './ecb-csv';
import { storeRates } from './store';
import { DAY_MS, utcDay } from '../../db/time/days';

export const ECB_HISTORY_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip';
/** A fetch is skipped this soon after a good one for the same currencies: the ECB publishes once a working day. */
const FRESH_MS = 6 * 3600_000;
const TIMEOUT_MS = 60_000;
const MAX_BYTES = 64 << 20;

export interface RatesStatus {
  at: string;
  url: string;
  ok: boolean;
  error: string | null;
  /** Rates added or changed by this fetch. */
  stored: number;
  /** The newest publication day in the file. */
  latestDay: string | null;
  currencies: string[];
}

export type RatesSyncResult = { status: 'skipped'; reason: string } | { status: 'fresh' } | RatesStatus;

export function ratesStatus(db: Db): RatesStatus | null {
  return getSetting<RatesStatus>(db, 'ratesStatus') ?? null;
}

/** The address set in Settings; else CREATOR_STUDIO_RATES_URL (a mirror for every database of this machine); else the ECB's. */
export function ratesUrl(db: Db): string {
  return readSettings(db).ratesUrl || process.env.CREATOR_STUDIO_RATES_URL || ECB_HISTORY_URL;
}

/** The ECB currencies the tax pack may need: the home currency and every ledger currency (USDT is valued as USD). */
function wantedCurrencies(db: Db, home: string): string[] {
  const ledger = db.prepare('SELECT DISTINCT currency FROM ledger').pluck().all() as string[];
  // Platform codes that are not ISO currencies (CREDITS) have no ECB rate to ask for.
  const wanted = new Set([home, ...ledger.map((c) => (c === 'USDT' ? 'USD' : c))].filter((c) => /^[A-Z]{3}$/.test(c)));
  wanted.delete('EUR'); // the base: 1 euro is 1 euro
  return [...wanted].sort();
}

function firstDayWanted(db: Db, now: Date): string {
  const first = db.prepare('SELECT min(occurred_ms) FROM ledger').pluck().get() as number | null;
  const from = Math.min(first ?? now.getTime(), now.getTime() - 366 * DAY_MS) - 31 * DAY_MS;
  return utcDay(from);
}

/** null when no home currency is set: nothing needs rates. */
export async function syncRates(db: Db, options: { now: Date; signal?: AbortSignal; force?: boolean }): Promise<RatesSyncResult | null> {
  const home = readSettings(db).homeCurrency;
  if (!home) return null;
  const url = ratesUrl(db);
  const currencies = wantedCurrencies(db, home);
  const last = ratesStatus(db);
  const fresh = last?.ok && last.url === url && currencies.every((c) => last.currencies.includes(c)) && options.now.getTime() - Date.parse(last.at) < FRESH_MS;
  if (fresh && !options.force) return { status: 'fresh' };
  const status: RatesStatus = { at: options.now.toISOString(), url, ok: false, error: null, stored: 0, latestDay: null, currencies };
  try {
    const text = ecbText(await download(url, options.signal));
    const from = firstDayWanted(db, options.now);
    const rates = parseEcbCsv(text, new Set(currencies)).filter((r) => r.day >= from);
    status.latestDay = rates.reduce<string | null>((max, r) => (max === null || r.day > max ? r.day : max), null);
    const missing = currencies.filter((c) => !rates.some((r) => r.currency === c));
    status.stored = storeRates(db, 'ECB', url, rates.map((r) => ({ day: r.day, base: 'EUR', quote: r.currency, rate: r.rate })), status.at);
    status.ok = true;
    if (missing.length) status.error = `The ECB publishes no rate for ${missing.join(', ')}: import a rates file for ${missing.length > 1 ? 'them' : 'it'}.`;
  } catch (error) {
    status.error = describe(error, url);
  }
  setSetting(db, 'ratesStatus', status);
  return status;
}

async function download(url: string, signal?: AbortSignal): Promise<Buffer> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const response = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout, redirect: 'follow' });
  if (!response.ok) throw new RatesFileError(`The rates address answered ${response.status} ${response.statusText}`.trim() + ` (${url}).`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new RatesFileError(`The rates file at ${url} is larger than ${MAX_BYTES >> 20} MB.`);
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length > MAX_BYTES) throw new RatesFileError(`The rates file at ${url} is larger than ${MAX_BYTES >> 20} MB.`);
  return body;
}

function describe(error: unknown, url: string): string {
  if (error instanceof RatesFileError) return error.message;
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return `The rates address did not answer within ${TIMEOUT_MS / 1000} s (${url}).`;
  if (e.name === 'AbortError') return 'The rates fetch was cancelled.';
  const cause = e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
  return `The rates could not be fetched from ${url} (${cause}); the tax pack uses the rates stored before.`;
}
