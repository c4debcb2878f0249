// The Earnings page's tables and charts as CSV tables: the same figures the page draws.
import type { TableOf } from '../../../db/dashboards';
import type { EarningsDashboard } from '../../../db/queries/types/earnings';
import { localDateTime } from '../../../db/queries/timezone';
import { payoutMethodName, statusName, streamName } from '../../../db/words/vocabulary';
import { earningsOutlookTable } from './outlook';
import { table, type CsvTable } from './types';

export function earningsTables(d: EarningsDashboard): Record<TableOf<'earnings'>, CsvTable> {
  const zone = d.period.zone;
  const zoneColumn = zone.replace(/[^A-Za-z0-9]+/g, '_');
  return {
    // Earned is net; gross and fees follow the columns it always had, so that gross - fees = earned in every period.
    kpis: table(
      [
        'currency',
        'available',
        'pending',
        'all_time_earned',
        'period_earned',
        'previous_period_earned',
        'this_month',
        'same_days_last_month',
        'all_time_gross',
        'all_time_fees',
        'period_gross',
        'previous_period_gross',
        'period_fees',
        'previous_period_fees',
      ],
      d.kpis.map((k) => ({
        key: k.currency,
        cells: [
          k.currency,
          k.available,
          k.pending,
          k.allTimeEarned,
          k.periodEarned.value,
          k.periodEarned.previous,
          k.thisMonth.value,
          k.thisMonth.previous,
          k.allTimeGross,
          k.allTimeFees,
          k.periodGross.value,
          k.periodGross.previous,
          k.periodFees.value,
          k.periodFees.previous,
        ],
      })),
    ),
    'earnings-over-time': table(
      ['bucket_start', 'granularity', 'currency', 'stream', 'net', 'previous_period_total'],
      d.series.byStream.flatMap((s) =>
        d.series.buckets.map((b, i) => ({
          key: `${s.currency}|${s.stream}|${b}`,
          cells: [b, d.series.granularity, s.currency, s.stream, s.values[i], d.series.previousTotals.find((p) => p.currency === s.currency)?.values[i] ?? null],
        })),
      ),
    ),
    outlook: earningsOutlookTable(d.outlook),
    distribution: table(
      ['currency', 'stream', 'stream_code', 'share_pct', 'amount', 'previous_amount'],
      d.distribution.map((s) => ({
        key: `${s.currency}|${s.stream}`,
        cells: [s.currency, streamName(s.stream), s.stream, s.sharePct.toFixed(1), s.amount.value, s.amount.previous],
      })),
    ),
    growth: table(
      ['month', 'currency', 'earned', 'growth_pct'],
      d.growth.flatMap((g) => g.months.map((m, i) => ({ key: `${g.currency}|${m}`, cells: [m, g.currency, g.amounts[i], g.growthPct[i]] }))),
    ),
    sources: table(
      ['source_type', 'id', 'name', 'currency', 'marketplace', 'embed', 'total', 'previous_total'],
      d.sources.map((s) => ({
        key: `${s.sourceType}|${s.id}|${s.currency}`,
        cells: [s.sourceType, s.id, s.name, s.currency, s.marketplace, s.embed, s.total.value, s.total.previous],
      })),
      'source_type',
    ),
    'per-user': table(
      ['currency', 'value_per_active_user', 'previous', 'active_users_30d'],
      d.perUser.map((p) => ({ key: p.currency, cells: [p.currency, p.value.value, p.value.previous, p.activeUsers] })),
    ),
    // Times as the page shows them (in the reporting timezone, named in the column) beside the UTC instant.
    support: table(
      ['id', `local_time_${zoneColumn}`, 'occurred_at_utc', 'supporter_name', 'message', 'currency', 'amount', 'for'],
      d.support.items.map((s) => ({ key: s.id, cells: [s.id, localDateTime(s.occurredAt, zone), s.occurredAt, s.supporterName, s.message, s.currency, s.amount, s.sourceName] })),
    ),
    payouts: table(
      ['id', `created_local_${zoneColumn}`, 'created_at_utc', 'period_start', 'period_end', 'currency', 'amount', 'fee', 'received', 'status', 'status_code', 'method', 'method_code', 'network', 'arrival_date', 'failure_reason'],
      d.payouts.history.map((p) => ({
        key: p.id,
        cells: [p.id, localDateTime(p.createdAt, zone), p.createdAt, p.periodStart, p.periodEnd, p.currency, p.amount, p.fee, p.received, statusName(p.status), p.status, payoutMethodName(p.method, p.network), p.method, p.network, p.arrivalDate, p.failureReason],
      })),
    ),
    reconciliation: table(
      ['currency', 'earned', 'pending', 'released', 'paid_out', 'available', 'snapshot_as_of', 'snapshot_available', 'snapshot_pending', 'mismatch_available', 'mismatch_pending'],
      d.reconciliation.map((r) => ({
        key: r.currency,
        cells: [r.currency, r.earned, r.pending, r.released, r.paidOut, r.available, r.snapshot?.asOf ?? null, r.snapshot?.available ?? null, r.snapshot?.pending ?? null, r.mismatch?.available ?? null, r.mismatch?.pending ?? null],
      })),
    ),
  };
}
