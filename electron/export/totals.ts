// Exact per-currency totals of exported rows. Currencies are never added together.
import { formatMicros, MoneyError } from '../../db/money';

export type CurrencyTotal<F extends string> = { currency: string; rows: number } & Record<F, string>;

/**
 * An exact running sum of integer micro-units. Plain numbers are added as numbers while the sum stays
 * a safe integer (a 1M-row export adds 3M amounts: a BigInt per addition was a tenth of its time),
 * and the sum moves to a bigint before it could leave that range.
 */
export class MicrosSum {
  private small = 0;
  private big = 0n;

  add(micros: number | bigint): void {
    if (typeof micros === 'bigint') {
      this.big += micros;
      return;
    }
    if (!Number.isSafeInteger(micros)) throw new MoneyError(`not an integer amount of micro-units: ${micros}`);
    // Both operands are safe integers, so the float sum is exact whenever the exact sum is safe, and
    // beyond ±(2^53 - 1) whenever the exact sum is.
    const sum = this.small + micros;
    if (sum <= Number.MAX_SAFE_INTEGER && sum >= -Number.MAX_SAFE_INTEGER) this.small = sum;
    else {
      this.big += BigInt(this.small) + BigInt(micros);
      this.small = 0;
    }
  }

  get value(): bigint {
    return this.big + BigInt(this.small);
  }
}

export class CurrencyTotals<F extends string> {
  private readonly byCurrency = new Map<string, { rows: number; sums: Record<F, MicrosSum> }>();

  constructor(private readonly fields: readonly F[]) {}

  add(currency: string, amounts: Record<F, number | bigint>, rows = 1): void {
    let entry = this.byCurrency.get(currency);
    if (!entry) {
      entry = { rows: 0, sums: Object.fromEntries(this.fields.map((f) => [f, new MicrosSum()])) as Record<F, MicrosSum> };
      this.byCurrency.set(currency, entry);
    }
    entry.rows += rows;
    for (const f of this.fields) entry.sums[f].add(amounts[f]);
  }

  get rows(): number {
    let n = 0;
    for (const e of this.byCurrency.values()) n += e.rows;
    return n;
  }

  /** The exact sums per currency, for another thread's totals to be added with merge. */
  sums(): { currency: string; rows: number; sums: Record<F, bigint> }[] {
    return [...this.byCurrency].map(([currency, e]) => ({
      currency,
      rows: e.rows,
      sums: Object.fromEntries(this.fields.map((f) => [f, e.sums[f].value])) as Record<F, bigint>,
    }));
  }

  merge(other: ReturnType<CurrencyTotals<F>['sums']>): void {
    for (const { currency, rows, sums } of other) this.add(currency, sums, rows);
  }

  /** One entry per currency, sorted by currency code, amounts as exact decimal strings. */
  list(): CurrencyTotal<F>[] {
    return [...this.byCurrency]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, e]) => ({
        currency,
        rows: e.rows,
        ...(Object.fromEntries(this.fields.map((f) => [f, formatMicros(e.sums[f].value)])) as Record<F, string>),
      }));
  }
}

/** What every single-file exporter returns. */
export interface ExportResult<T = unknown> {
  file: string;
  rows: number;
  bytes: number;
  sha256: string;
  totals: T[];
}
