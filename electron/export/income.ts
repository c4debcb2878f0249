// The income CSV of the tax pack: every income row of the ledger file (non-reversed, not a payout)
// with its value in the home currency, the rate, the rate's date and its source. Each amount is
// multiplied by the stated rate and rounded once, half away from zero, to the home currency's minor
// unit; net_home is gross_home - fee_home, so each row adds up, and every total is a sum of rounded
// rows, so each column adds up. A row without a rate keeps its home cells empty and says why.
import { formatFixed } from '../../db/decimal';
import { minorUnits } from '../../db/currency-units';
import type { Db } from '../../db/open';
import { formatMicros } from '../../db/money';
import { homeAmount, rateText, type RateBook } from '../rates/rate-book';
import { csvCell, csvLineChunks } from './csv';
import { LEDGER_COLUMNS, ledgerCells, ledgerRows, type LedgerRow } from './ledger';
import { moneyKind } from './money-kind';
import type { ExportRange } from './range';
import { MicrosSum } from './totals';

/** The ledger's columns up to status, then the home-currency values. */
export const INCOME_COLUMNS = [...LEDGER_COLUMNS.slice(0, 12), 'home_currency', 'rate', 'rate_date', 'rate_source', 'gross_home', 'fee_home', 'net_home'] as const;

/** Sums in the home currency at its minor unit, of the rows that had a rate. */
class HomeSum {
  gross = 0n;
  fee = 0n;
  valued = 0;
  missing = 0;
  add(gross: bigint, fee: bigint): void {
    this.gross += gross;
    this.fee += fee;
    this.valued += 1;
  }
}

interface Group {
  rows: number;
  gross: MicrosSum;
  fee: MicrosSum;
  net: MicrosSum;
  home: HomeSum;
}

const group = (): Group => ({ rows: 0, gross: new MicrosSum(), fee: new MicrosSum(), net: new MicrosSum(), home: new HomeSum() });

export interface IncomeHome {
  currency: string;
  valued_rows: number;
  missing_rows: number;
  gross: string;
  fee: string;
  net: string;
}

export interface IncomeTotal {
  currency: string;
  rows: number;
  gross: string;
  fee: string;
  net: string;
  home: IncomeHome;
}

export interface MissingRates {
  currency: string;
  rows: number;
  first_day: string;
  last_day: string;
  reason: string;
}

/** Per currency, per month and stream, and per missing currency, as the income rows stream past. */
export class IncomeTotals {
  readonly byCurrency = new Map<string, Group>();
  /** month \0 currency \0 stream */
  readonly byMonth = new Map<string, Group>();
  private readonly missing = new Map<string, MissingRates>();
  readonly minor: number;

  constructor(readonly home: string) {
    this.minor = minorUnits(home);
  }

  add(row: LedgerRow, value: { gross: bigint; fee: bigint } | { missing: string }): void {
    for (const [map, key] of [
      [this.byCurrency, row.currency],
      [this.byMonth, `${row.local_date.slice(0, 7)}\u0000${row.currency}\u0000${row.stream}`],
    ] as const) {
      let g = map.get(key);
      if (!g) map.set(key, (g = group()));
      g.rows += 1;
      g.gross.add(row.gross);
      g.fee.add(row.fee);
      g.net.add(row.net);
      if ('missing' in value) g.home.missing += 1;
      else g.home.add(value.gross, value.fee);
    }
    if ('missing' in value) {
      const m = this.missing.get(row.currency);
      if (!m) this.missing.set(row.currency, { currency: row.currency, rows: 1, first_day: row.local_date, last_day: row.local_date, reason: value.missing });
      else {
        m.rows += 1;
        m.last_day = row.local_date;
      }
    }
  }

  get rows(): number {
    let n = 0;
    for (const g of this.byCurrency.values()) n += g.rows;
    return n;
  }

  homeText(units: bigint): string {
    return formatFixed({ units, scale: this.minor }, this.minor);
  }

  homeOf(g: Group): IncomeHome {
    return { currency: this.home, valued_rows: g.home.valued, missing_rows: g.home.missing, gross: this.homeText(g.home.gross), fee: this.homeText(g.home.fee), net: this.homeText(g.home.gross - g.home.fee) };
  }

  list(): IncomeTotal[] {
    return [...this.byCurrency]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, g]) => ({ currency, rows: g.rows, gross: formatMicros(g.gross.value), fee: formatMicros(g.fee.value), net: formatMicros(g.net.value), home: this.homeOf(g) }));
  }

  /** Every currency's home values added: they are all in the home currency now. */
  allHome(): IncomeHome {
    const all = group();
    for (const g of this.byCurrency.values()) {
      all.home.gross += g.home.gross;
      all.home.fee += g.home.fee;
      all.home.valued += g.home.valued;
      all.home.missing += g.home.missing;
    }
    return this.homeOf(all);
  }

  missingRates(): MissingRates[] {
    return [...this.missing.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
  }
}

/** The income CSV as chunks; `totals` is complete once they are consumed. */
export function incomeCsv(db: Db, range: ExportRange, book: RateBook, totals: IncomeTotals): Generator<string> {
  return csvLineChunks(INCOME_COLUMNS, incomeLines(db, range, book, totals));
}

function* incomeLines(db: Db, range: ExportRange, book: RateBook, totals: IncomeTotals): Generator<string> {
  for (const r of ledgerRows(db, range)) {
    if (moneyKind(r) !== 'income') continue;
    const v = book.value(r.currency, r.local_date);
    let home: string[];
    if ('missing' in v) {
      totals.add(r, v);
      home = ['', '', csvCell(v.missing), '', '', ''];
    } else {
      const gross = homeAmount(r.gross, v.rate, totals.minor).units;
      const fee = homeAmount(r.fee, v.rate, totals.minor).units;
      totals.add(r, { gross, fee });
      home = [rateText(v.rate), v.rateDate, csvCell(v.source), totals.homeText(gross), totals.homeText(fee), totals.homeText(gross - fee)];
    }
    yield [...ledgerCells(r).slice(0, 12), csvCell(book.home), ...home].join(',');
  }
}

