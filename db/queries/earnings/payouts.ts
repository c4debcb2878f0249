import { DateTime } from 'luxon';
import type { Db } from '../../open';
import type { CurrencyBalance } from './balances';
import type { PayoutItem, PayoutOverview, PayoutSource } from '../types/earnings';
import { dec } from '../sums';
import { prepared } from '../../statements';
import { fastZone } from '../timezone';

interface PayoutRow {
  id: string;
  createdAt: string;
  periodStart: string;
  periodEnd: string;
  currency: string;
  amount: bigint;
  fee: bigint;
  status: PayoutItem['status'];
  method: string;
  network: string | null;
  txHash: string | null;
  arrivalDate: string | null;
  failureReason: string | null;
  sourceCount: bigint;
}

function sourceNames(db: Db): Map<string, string> {
  const rows = prepared(
    db,
    `SELECT 'character:' || id AS k, name FROM characters UNION ALL SELECT 'plugin:' || id, name FROM plugins
     UNION ALL SELECT 'story:' || id, title FROM stories`,
  )
    .all() as { k: string; name: string }[];
  return new Map(rows.map((r) => [r.k, r.name]));
}

export function payoutHistory(db: Db): PayoutItem[] {
  const rows = prepared(
    db,
    `SELECT id, created_at AS createdAt, period_start AS periodStart, period_end AS periodEnd, currency, amount, fee, status,
       method, network, tx_hash AS txHash, arrival_date AS arrivalDate, failure_reason AS failureReason,
       source_count AS sourceCount
     FROM payouts ORDER BY created_ms DESC, id`,
  )
    .safeIntegers(true)
    .all() as PayoutRow[];
  return rows.map((r) => ({ ...r, amount: dec(r.amount), fee: dec(r.fee), received: dec(r.amount - r.fee), sourceCount: Number(r.sourceCount) }));
}

/** One payout's breakdown by source, largest first; null when there is no such payout. */
export function payoutBreakdown(db: Db, id: string): PayoutSource[] | null {
  const json = prepared(db, 'SELECT breakdown FROM payouts WHERE id = ?').pluck().get(id) as string | undefined;
  if (json === undefined) return null;
  let entries: { source_type: string; source_id: string; amount: number }[];
  try {
    entries = JSON.parse(json) as typeof entries;
  } catch {
    return [];
  }
  const names = sourceNames(db);
  return entries
    .map((b) => ({ sourceType: b.source_type, sourceId: b.source_id, name: names.get(`${b.source_type}:${b.source_id}`) ?? b.source_id, micros: BigInt(b.amount) }))
    .sort((x, y) => (y.micros > x.micros ? 1 : y.micros < x.micros ? -1 : x.name.localeCompare(y.name)))
    .map(({ micros, ...b }) => ({ ...b, amount: dec(micros) }));
}

/** Compares micro-unit decimals as integers: how far the available balance is toward the minimum. */
function progress(available: string, minimum: string): number {
  const micros = (s: string) => BigInt(s.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1')) * 10n ** BigInt(6 - (s.split('.')[1]?.length ?? 0));
  const min = micros(minimum);
  if (min <= 0n) return 100;
  const pct = (micros(available) * 100n) / min;
  return Number(pct < 0n ? 0n : pct > 100n ? 100n : pct);
}

export function payoutOverview(db: Db, balances: CurrencyBalance[], zone: string, nowMs: number): PayoutOverview {
  const creator = prepared(db, 'SELECT payout_schedule AS schedule, payout_minimum AS minimum FROM creator LIMIT 1').get() as
    | { schedule: string; minimum: string }
    | undefined;
  const minimums = creator ? (JSON.parse(creator.minimum) as { currency: string; amount_micros: number }[]) : [];
  return {
    schedule: creator?.schedule ?? 'monthly',
    minimums: minimums.map((m) => {
      const available = balances.find((b) => b.currency === m.currency)?.available ?? '0.00';
      const amount = dec(m.amount_micros);
      const pct = progress(available, amount);
      return { currency: m.currency, amount, available, progressPct: pct, reached: pct >= 100 };
    }),
    nextProcessing: DateTime.fromMillis(nowMs, { zone: fastZone(zone) }).plus({ months: 1 }).startOf('month').toISODate()!,
    history: payoutHistory(db),
  };
}
