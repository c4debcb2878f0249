// How a ledger currency is valued in the home currency on a day, from the stored rates. The order
// of preference: the same currency (1); a series the creator imported for that currency; for USDT, the
// method "1 USDT = 1 USD"; the ECB's euro reference rates, crossed through the euro. CREDITS have no
// market rate and are valued only through an imported one. A missing rate is said so, never zero.
import { add, divide, formatDecimal, ONE, parseDecimal, rescale, type Decimal } from '../../db/decimal';
import type { Db } from '../../db/open';
import { rateSeries } from './store';
import { daysBetween } from '../../db/time/days';

export type RateMethod = 'daily' | 'yearly-average';

export type Valuation = { rate: Decimal; rateDate: string; source: string } | { missing: string };

/** Cross and average rates are rounded half away from zero to this many fraction digits, then used as stated. */
export const RATE_SCALE = 10;
/** On a day without an ECB rate (weekend, holiday), the last one published at most this many days before. */
export const ECB_FALLBACK_DAYS = 7;
/** An imported series may be sparser (monthly rates): its last rate counts for this many days. */
export const IMPORT_FALLBACK_DAYS = 31;

interface Series {
  days: string[];
  rates: Decimal[];
  origin: string;
}

/** Index of the last day <= `day`, or -1. */
function lastOnOrBefore(days: string[], day: string): number {
  let lo = 0;
  let hi = days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export class RateBook {
  private readonly series = new Map<string, Series | null>();
  private readonly averages = new Map<string, Valuation>();
  /** Every source text used, for the manifest and the statement. */
  readonly sourcesUsed = new Set<string>();

  constructor(
    private readonly db: Db,
    readonly home: string,
    readonly method: RateMethod,
    /** The pack's first and last day: the yearly average is taken over them. */
    private readonly period: { from: string; to: string },
  ) {}

  value(currency: string, day: string): Valuation {
    const v = this.method === 'yearly-average' && currency !== this.home ? this.average(currency) : this.daily(currency, day);
    if ('source' in v) this.sourcesUsed.add(v.source);
    return v;
  }

  private load(source: 'ECB' | 'import', base: string, quote: string): Series | null {
    const key = `${source}|${base}|${quote}`;
    if (!this.series.has(key)) {
      const rows = rateSeries(this.db, source, base, quote);
      this.series.set(key, rows.length ? { days: rows.map((r) => r.day), rates: rows.map((r) => parseDecimal(r.rate)!), origin: rows[rows.length - 1].origin } : null);
    }
    return this.series.get(key)!;
  }

  private imported(currency: string): Series | null {
    return this.load('import', currency, this.home);
  }

  /** The ECB's units of `currency` per euro; the euro itself is 1 on every day. */
  private ecb(currency: string): Series | 'euro' | null {
    return currency === 'EUR' ? 'euro' : this.load('ECB', 'EUR', currency);
  }

  private daily(currency: string, day: string): Valuation {
    if (currency === this.home) return { rate: ONE, rateDate: day, source: 'home currency' };
    const own = this.imported(currency);
    if (own) {
      const i = lastOnOrBefore(own.days, day);
      if (i < 0 || daysBetween(own.days[i], day) > IMPORT_FALLBACK_DAYS)
        return { missing: `no imported ${currency} rate on ${day} or in the ${IMPORT_FALLBACK_DAYS} days before` };
      return { rate: own.rates[i], rateDate: own.days[i], source: `imported: ${own.origin}` };
    }
    if (currency === 'USDT') {
      const usd = this.daily('USD', day);
      return 'missing' in usd ? { missing: `USDT is valued at 1 USD, and ${usd.missing}` } : { ...usd, source: `USDT at 1 USD; ${usd.source === 'home currency' ? 'USD is the home currency' : usd.source}` };
    }
    if (currency === 'CREDITS') return { missing: 'not converted: CREDITS are platform credits with no published rate (import one to value them)' };
    return this.crossOn(currency, day);
  }

  /** The last ECB publication day on or before `day` with a rate for both currencies, and the rate through the euro. */
  private crossOn(currency: string, day: string): Valuation {
    const from = this.ecb(currency);
    const to = this.ecb(this.home);
    if (!from) return { missing: `the ECB publishes no ${currency} rate, and none is imported` };
    if (!to) return { missing: `the ECB publishes no ${this.home} rate, and no ${currency} rate in ${this.home} is imported` };
    let limit = day;
    for (;;) {
      const i = from === 'euro' ? -2 : lastOnOrBefore(from.days, limit);
      const j = to === 'euro' ? -2 : lastOnOrBefore(to.days, limit);
      if (i === -1 || j === -1) return { missing: `no ECB ${i === -1 ? currency : this.home} rate on or before ${day}` };
      const di = from === 'euro' ? null : from.days[i];
      const dj = to === 'euro' ? null : to.days[j];
      const published = di === null ? dj! : dj === null ? di : di < dj ? di : dj;
      if (di !== null && dj !== null && di !== dj) {
        limit = published; // one was not published on the other's day: step back to a day both have
        continue;
      }
      if (daysBetween(published, day) > ECB_FALLBACK_DAYS) return { missing: `no ECB rate on ${day} or in the ${ECB_FALLBACK_DAYS} days before (the last is of ${published})` };
      return { rate: this.cross(from === 'euro' ? null : from.rates[i], to === 'euro' ? null : to.rates[j]), rateDate: published, source: this.ecbSource(currency) };
    }
  }

  /** 1 currency = (home per euro) / (currency per euro) home; exact when either side is the euro's own 1. */
  private cross(currencyPerEuro: Decimal | null, homePerEuro: Decimal | null): Decimal {
    if (currencyPerEuro === null) return homePerEuro!;
    return divide(homePerEuro ?? ONE, currencyPerEuro, RATE_SCALE);
  }

  private ecbSource(currency: string): string {
    return currency === 'EUR' || this.home === 'EUR' ? 'ECB euro reference rate' : 'ECB euro reference rates, crossed through EUR';
  }

  /** One rate for the whole period: the mean of the daily rates published in it. */
  private average(currency: string): Valuation {
    const known = this.averages.get(currency);
    if (known) return known;
    const days: string[] = [];
    const own = this.imported(currency);
    const pricedAs = currency === 'USDT' && !own ? 'USD' : currency;
    if (own) days.push(...own.days);
    else if (pricedAs !== this.home) {
      for (const side of [this.ecb(pricedAs), this.ecb(this.home)]) if (side && side !== 'euro') days.push(...side.days);
    }
    const inPeriod = [...new Set(days)].filter((d) => d >= this.period.from && d <= this.period.to).sort();
    const rates: Decimal[] = [];
    let source = '';
    for (const d of inPeriod) {
      const v = this.daily(currency, d);
      if ('missing' in v || v.rateDate !== d) continue; // only days with a rate of their own
      rates.push(v.rate);
      source = v.source;
    }
    let result: Valuation;
    if (pricedAs === this.home) result = this.daily(currency, this.period.from);
    else if (rates.length === 0) result = { missing: `no ${currency} rate published from ${this.period.from} to ${this.period.to} to average` };
    else {
      const sum = rates.reduce<Decimal>((acc, r) => add(acc, r), { units: 0n, scale: 0 });
      result = {
        rate: divide(sum, { units: BigInt(rates.length), scale: 0 }, RATE_SCALE),
        rateDate: `${this.period.from}/${this.period.to}`,
        source: `${source}; average of ${rates.length} daily rates`,
      };
    }
    this.averages.set(currency, result);
    return result;
  }
}

export function rateText(rate: Decimal): string {
  return formatDecimal(rate);
}

/** An amount in micro-units times a rate, rounded half away from zero to the home currency's minor unit: once per amount. */
export function homeAmount(micros: number | bigint, rate: Decimal, minorDigits: number): Decimal {
  return rescale({ units: BigInt(micros) * rate.units, scale: 6 + rate.scale }, minorDigits);
}
