// Exact per-currency totals of exported rows. Currencies are never added together.
import { formatMicros } from '../../db/money';

export type CurrencyTotal<F extends string> = { currency: string; rows: number } & Record<F, string>;

export class CurrencyTotals<F extends string> {
  private readonly byCurrency = new Map<string, { rows: number; sums: Record<F, bigint> }>();

  constructor(private readonly fields: readonly F[]) {}

  add(currency: string, amounts: Record<F, bigint>, rows = 1): void {
    let entry = this.byCurrency.get(currency);
    if (!entry) {
      entry = { rows: 0, sums: Object.fromEntries(this.fields.map((f) => [f, 0n])) as Record<F, bigint> };
      this.byCurrency.set(currency, entry);
    }
    entry.rows += rows;
    for (const f of this.fields) entry.sums[f] += amounts[f];
  }

  get rows(): number {
    let n = 0;
    for (const e of this.byCurrency.values()) n += e.rows;
    return n;
  }

  /** One entry per currency, sorted by currency code, amounts as exact decimal strings. */
  list(): CurrencyTotal<F>[] {
    return [...this.byCurrency]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, e]) => ({
        currency,
        rows: e.rows,
        ...(Object.fromEntries(this.fields.map((f) => [f, formatMicros(e.sums[f])])) as Record<F, string>),
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
