import type { BucketSpan, Compared, PeriodInfo } from './period';
import type { EarningsOutlook } from './outlook';

// Every amount is an exact decimal string; amounts of different currencies never share a number.

export interface EarningsKpis {
  currency: string;
  available: string;
  pending: string;
  /** Net: what stays after the platform's fees. */
  allTimeEarned: string;
  /** All-time earned before the platform's fees (the guide's "revenue before any deductions"), and the
   *  fees: allTimeGross - allTimeFees = allTimeEarned. */
  allTimeGross: string;
  allTimeFees: string;
  /** Earned (net) in the selected period, against the comparison period. */
  periodEarned: Compared;
  /** The same period's gross and fees, each against the comparison period: gross - fees = periodEarned. */
  periodGross: Compared;
  periodFees: Compared;
  /** Month to date, against the same days of last month, whatever period is selected (days: EarningsDashboard.thisMonth). */
  thisMonth: Compared;
}

export interface StreamSeries {
  stream: string;
  currency: string;
  values: string[];
  total: string;
}

export interface EarningsSeries {
  granularity: 'day' | 'week' | 'month';
  /** The days the buckets cover (the period's), so a chart can say which buckets are partial. */
  span: BucketSpan;

  /** Bucket starts (day, Monday of the week, or first of the month) in the reporting timezone. */
  buckets: string[];
  byStream: StreamSeries[];
  /** Per currency, the comparison period's totals aligned bucket by bucket with `buckets`. */
  previousTotals: { currency: string; values: string[] }[];
}

export interface StreamShare {
  currency: string;
  stream: string;
  amount: Compared;
  /** Share of the currency's positive total, one decimal; a currency's shares add up to 100.0. */
  sharePct: number;
}

export interface MonthGrowth {
  currency: string;
  /** 'YYYY-MM', oldest first */
  months: string[];
  amounts: string[];
  /** Percent change against the month before (null where that month earned nothing); an unfinished
   *  last month is compared with the same days of the month before. */
  growthPct: (number | null)[];
  lastIsPartial: boolean;
  /** The last day the unfinished last month counts (the period's end), YYYY-MM-DD; null when it is whole. */
  lastThrough: string | null;
}

export interface SourceEarnings {
  sourceType: 'character' | 'plugin';
  id: string;
  name: string;
  /** False when the platform removed it; its money still counts. */
  live: boolean;
  currency: string;
  /** character: chat share ("marketplace"); plugin: commission */
  marketplace: string;
  /** character only: embed/API revenue */
  embed: string;
  total: Compared;
  /** The trend, in micro-units: per bucket of the main chart for short periods, per month or quarter for
   *  long ones. A drawing, never shown as an amount; whole numbers, so exact below 2^53 micro-units. */
  spark: number[];
}

export interface PerUserValue {
  currency: string;
  /** Character and embed earnings in the 30 days ending with the period, per 30-day active user. */
  value: Compared<string | null>;
  activeUsers: number;
  /** Monthly trend, oldest first. */
  trend: { month: string; value: string | null }[];
}

export interface SupportItem {
  id: string;
  occurredAt: string;
  supporterName: string;
  message: string;
  amount: string;
  currency: string;
  sourceName: string | null;
}

export interface PayoutItem {
  id: string;
  createdAt: string;
  periodStart: string;
  periodEnd: string;
  currency: string;
  amount: string;
  fee: string;
  /** What arrives: amount - fee */
  received: string;
  status: 'pending' | 'processing' | 'paid' | 'failed';
  method: string;
  network: string | null;
  txHash: string | null;
  arrivalDate: string | null;
  failureReason: string | null;
  /** Sources in its breakdown, which is read on demand (payoutBreakdown): hundreds of lines per payout. */
  sourceCount: number;
}

export interface PayoutSource {
  sourceType: string;
  sourceId: string;
  name: string;
  amount: string;
}

/** A currency the creator can withdraw (every one but the platform's spendable credits). */
export interface WithdrawableCurrency {
  currency: string;
  available: string;
  /** The platform's payout minimum for it; null when the platform sets none. */
  minimum: string | null;
  /** Of the minimum, 0–100 (100 without a minimum once anything is available). */
  progressPct: number;
  reached: boolean;
  /** Payouts ever made in it, and the last one. */
  payouts: number;
  last: { createdAt: string; received: string; status: PayoutItem['status'] } | null;
}

export interface PayoutOverview {
  schedule: string;
  /** Every currency that has a balance, a payout or a minimum, USD as much as USDT. */
  withdrawable: WithdrawableCurrency[];
  /** The first day of next month in the reporting timezone, when processing starts. */
  nextProcessing: string;
  history: PayoutItem[];
}

export interface ReconciliationRow {
  currency: string;
  /** Lifetime earned: net of every non-reversed, non-payout row. */
  earned: string;
  /** Of that, still pending (not yet released by the monthly processing). */
  pending: string;
  /** Of that, released (available status). earned = pending + released. */
  released: string;
  /** Money that left as payouts (positive). */
  paidOut: string;
  /** released - paidOut: what the ledger says is available. */
  available: string;
  snapshot: { asOf: string; available: string; pending: string } | null;
  /** snapshot - ledger; zero when they agree. */
  mismatch: { available: string; pending: string } | null;
}

export interface EarningsDashboard {
  period: PeriodInfo;
  /** The days of the "this month" figures: this month to date, and the same days of last month. */
  thisMonth: { current: { from: string; to: string }; previous: { from: string; to: string } };
  currencies: string[];
  kpis: EarningsKpis[];
  series: EarningsSeries;
  distribution: StreamShare[];
  growth: MonthGrowth[];
  sources: SourceEarnings[];
  perUser: PerUserValue[];
  support: { items: SupportItem[]; total: number };
  payouts: PayoutOverview;
  reconciliation: ReconciliationRow[];
  /** Estimates, apart from the period's actuals: where this month and year end, the next payouts, goals. */
  outlook: EarningsOutlook;
}
