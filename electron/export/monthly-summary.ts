// Monthly summary of the ledger: per local month, currency and stream, the non-reversed rows and
// their sums, and how many rows were reversed. Each line says whether its stream is income or a
// transfer (payouts), and the totals keep the two apart: a payout is never netted against earnings.
// Built from the same rows the ledger CSV streams, so the two files of a tax pack always agree.
// Currencies are never summed together.
import type { Db } from '../../db/open';
import { formatMicros } from '../../db/money';
import { csvChunks, type Cell } from './csv';
import { ledgerRows, type LedgerRow } from './ledger';
import { moneyKind, PAYOUT_STREAM } from './money-kind';
import type { ExportRange } from './range';
import { MicrosSum } from './totals';

export const MONTHLY_COLUMNS = ['month', 'currency', 'stream', 'kind', 'rows', 'gross', 'fee', 'net', 'reversed_rows'] as const;

export interface MonthlyGroup {
  month: string;
  currency: string;
  stream: string;
  kind: 'income' | 'transfer';
  rows: number;
  gross: MicrosSum;
  fee: MicrosSum;
  net: MicrosSum;
  reversedRows: number;
}

type Part = { rows: number; gross: string; fee: string; net: string };

/** Per currency: income and payouts apart, and the reversed rows. `rows` of both equal the ledger's. */
export interface MonthlyTotal {
  currency: string;
  income: Part;
  payouts: Part;
  reversed_rows: number;
}

export class MonthlySummary {
  private readonly groups = new Map<string, MonthlyGroup>();

  add(row: Pick<LedgerRow, 'local_date' | 'currency' | 'stream' | 'status' | 'gross' | 'fee' | 'net'>): void {
    const month = row.local_date.slice(0, 7);
    const key = `${month}\u0000${row.currency}\u0000${row.stream}`;
    let g = this.groups.get(key);
    if (!g) {
      const kind = row.stream === PAYOUT_STREAM ? 'transfer' : 'income';
      this.groups.set(key, (g = { month, currency: row.currency, stream: row.stream, kind, rows: 0, gross: new MicrosSum(), fee: new MicrosSum(), net: new MicrosSum(), reversedRows: 0 }));
    }
    if (moneyKind(row) === 'reversed') {
      g.reversedRows += 1;
      return;
    }
    g.rows += 1;
    g.gross.add(row.gross);
    g.fee.add(row.fee);
    g.net.add(row.net);
  }

  /** Groups ordered by month, currency, stream. */
  sorted(): MonthlyGroup[] {
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
      g.kind,
      String(g.rows),
      formatMicros(g.gross.value),
      formatMicros(g.fee.value),
      formatMicros(g.net.value),
      String(g.reversedRows),
    ]);
    return csvChunks(MONTHLY_COLUMNS, rows);
  }

  totals(): MonthlyTotal[] {
    type Acc = { rows: number; gross: bigint; fee: bigint; net: bigint };
    const zero = (): Acc => ({ rows: 0, gross: 0n, fee: 0n, net: 0n });
    const by = new Map<string, { income: Acc; transfer: Acc; reversed: number }>();
    for (const g of this.sorted()) {
      let t = by.get(g.currency);
      if (!t) by.set(g.currency, (t = { income: zero(), transfer: zero(), reversed: 0 }));
      const acc = t[g.kind];
      acc.rows += g.rows;
      acc.gross += g.gross.value;
      acc.fee += g.fee.value;
      acc.net += g.net.value;
      t.reversed += g.reversedRows;
    }
    const part = (a: Acc): Part => ({ rows: a.rows, gross: formatMicros(a.gross), fee: formatMicros(a.fee), net: formatMicros(a.net) });
    return [...by]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, t]) => ({ currency, income: part(t.income), payouts: part(t.transfer), reversed_rows: t.reversed }));
  }
}

/** The summary of a range on its own, read from the ledger page by page. */
export function monthlySummary(db: Db, range: ExportRange): MonthlySummary {
  const summary = new MonthlySummary();
  for (const row of ledgerRows(db, range)) summary.add(row);
  return summary;
}
