// Monthly summary of the ledger: per local month, currency and stream, the non-reversed rows and
// their sums, and how many rows were reversed. Built from the same rows the ledger CSV streams,
// so the two files of a tax pack always agree. Currencies are never summed together.
import type { Db } from '../../db/open';
import { formatMicros } from '../../db/money';
import { csvChunks, type Cell } from './csv';
import { ledgerRows, type LedgerRow } from './ledger';
import type { ExportRange } from './range';
import { MicrosSum } from './totals';

export const MONTHLY_COLUMNS = ['month', 'currency', 'stream', 'rows', 'gross', 'fee', 'net', 'reversed_rows'] as const;

interface Group {
  month: string;
  currency: string;
  stream: string;
  rows: number;
  gross: MicrosSum;
  fee: MicrosSum;
  net: MicrosSum;
  reversedRows: number;
}

/** Per currency: the sums of the summary's columns. `rows` equals the ledger's non-reversed rows. */
export interface MonthlyTotal {
  currency: string;
  rows: number;
  gross: string;
  fee: string;
  net: string;
  reversed_rows: number;
}

export class MonthlySummary {
  private readonly groups = new Map<string, Group>();

  add(row: Pick<LedgerRow, 'local_date' | 'currency' | 'stream' | 'status' | 'gross' | 'fee' | 'net'>): void {
    const month = row.local_date.slice(0, 7);
    const key = `${month}\u0000${row.currency}\u0000${row.stream}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { month, currency: row.currency, stream: row.stream, rows: 0, gross: new MicrosSum(), fee: new MicrosSum(), net: new MicrosSum(), reversedRows: 0 }));
    if (row.status === 'reversed') {
      g.reversedRows += 1;
      return;
    }
    g.rows += 1;
    g.gross.add(row.gross);
    g.fee.add(row.fee);
    g.net.add(row.net);
  }

  /** Groups ordered by month, currency, stream. */
  sorted(): Group[] {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.groups.values()].sort((a, b) => cmp(a.month, b.month) || cmp(a.currency, b.currency) || cmp(a.stream, b.stream));
  }

  get lines(): number {
    return this.groups.size;
  }

  csv(): Generator<string> {
    const rows = this.sorted().map((g): Cell[] => [
      g.month,
      g.currency,
      g.stream,
      String(g.rows),
      formatMicros(g.gross.value),
      formatMicros(g.fee.value),
      formatMicros(g.net.value),
      String(g.reversedRows),
    ]);
    return csvChunks(MONTHLY_COLUMNS, rows);
  }

  totals(): MonthlyTotal[] {
    const by = new Map<string, { rows: number; gross: bigint; fee: bigint; net: bigint; reversed: number }>();
    for (const g of this.sorted()) {
      let t = by.get(g.currency);
      if (!t) by.set(g.currency, (t = { rows: 0, gross: 0n, fee: 0n, net: 0n, reversed: 0 }));
      t.rows += g.rows;
      t.gross += g.gross.value;
      t.fee += g.fee.value;
      t.net += g.net.value;
      t.reversed += g.reversedRows;
    }
    return [...by]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, t]) => ({
        currency,
        rows: t.rows,
        gross: formatMicros(t.gross),
        fee: formatMicros(t.fee),
        net: formatMicros(t.net),
        reversed_rows: t.reversed,
      }));
  }
}

/** The summary of a range on its own, read from the ledger page by page. */
export function monthlySummary(db: Db, range: ExportRange): MonthlySummary {
  const summary = new MonthlySummary();
  for (const row of ledgerRows(db, range)) summary.add(row);
  return summary;
}
