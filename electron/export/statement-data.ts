// What the annual statement says, gathered from the totals the tax pack's files were written with,
// so the statement and the files can never disagree.
import { instantLabel } from '../../db/words/dates';
import { formatMicros } from '../../db/money';
import { compareStreams } from '../../db/words/vocabulary';
import type { BalanceAt } from './balances';
import type { IncomeHome, IncomeTotal, IncomeTotals, MissingRates } from './income';
import type { LedgerTotal } from './ledger';
import type { PaidOutTotals } from './paid-out';

export interface StatementIncomeLine {
  month: string;
  currency: string;
  stream: string;
  rows: number;
  gross: string;
  fee: string;
  net: string;
  /** Net in the home currency of the rows that had a rate; null when none had. */
  netHome: string | null;
  missingRows: number;
}

export interface StatementBalance {
  currency: string;
  start: string;
  income: string;
  payouts: string;
  end: string;
}

export interface StatementData {
  title: string;
  creator: string | null;
  generatedAt: string;
  dataAsOf: string | null;
  /** When it was made and how fresh its data is, in words, in the statement's timezone. */
  made: string;
  timezone: string;
  home: string;
  income: StatementIncomeLine[];
  incomeTotals: IncomeTotal[];
  allHome: IncomeHome;
  /** Ledger payout rows per currency (transfers out of the balance). */
  payouts: { currency: string; rows: number; net: string }[];
  paidOut: { month: string; currency: string; rows: number; amount: string; fee: string; received: string }[];
  paidOutTotals: { currency: string; rows: number; amount: string; fee: string; received: string }[];
  balances: StatementBalance[];
  rates: { method: string; rounding: string; sources: string[]; missing: MissingRates[] };
}

export function statementData(input: {
  title: string;
  creator: string | null;
  generatedAt: string;
  dataAsOf: string | null;
  timezone: string;
  income: IncomeTotals;
  ledger: LedgerTotal[];
  paidOut: PaidOutTotals;
  balances: BalanceAt[];
  rates: { method: string; rounding: string; sources: string[] };
}): StatementData {
  const { income } = input;
  const lines: StatementIncomeLine[] = [...income.byMonth].map(([key, g]) => {
    const [month, currency, stream] = key.split('\u0000');
    const home = income.homeOf(g);
    return { month, currency, stream, rows: g.rows, gross: formatMicros(g.gross.value), fee: formatMicros(g.fee.value), net: formatMicros(g.net.value), netHome: home.valued_rows ? home.net : null, missingRows: home.missing_rows };
  });
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  lines.sort((a, b) => cmp(a.currency, b.currency) || cmp(a.month, b.month) || compareStreams(a.stream, b.stream));
  const paidOut = [...input.paidOut.byMonth]
    .sort(([a], [b]) => cmp(a, b))
    .flatMap(([month, totals]) => totals.list().map((t) => ({ month, ...t })));
  const balances = input.balances.map((b) => {
    const l = input.ledger.find((t) => t.currency === b.currency);
    return { currency: b.currency, start: b.start, income: l?.income.net ?? '0.00', payouts: l?.payouts.net ?? '0.00', end: b.end };
  });
  return {
    title: input.title,
    creator: input.creator,
    generatedAt: input.generatedAt,
    dataAsOf: input.dataAsOf,
    made: input.dataAsOf
      ? `Made ${instantLabel(input.generatedAt, input.timezone)} from data synced ${instantLabel(input.dataAsOf, input.timezone)} (${input.timezone}).`
      : `Made ${instantLabel(input.generatedAt, input.timezone)} (${input.timezone}); no sync has completed, so the data may be incomplete.`,
    timezone: input.timezone,
    home: income.home,
    income: lines,
    incomeTotals: income.list(),
    allHome: income.allHome(),
    payouts: input.ledger.filter((t) => t.payouts.rows > 0).map((t) => ({ currency: t.currency, rows: t.payouts.rows, net: t.payouts.net })),
    paidOut,
    paidOutTotals: input.paidOut.all.list(),
    balances,
    rates: { ...input.rates, missing: income.missingRates() },
  };
}
