import { DateTime } from 'luxon';
import type { Db } from '../../open';
import type { CurrencyBalance } from './balances';
import type { PayoutItem, PayoutOverview, PayoutSource } from '../types/earnings';
import { dec } from '../sums';
import { fastZone } from '../timezone';
import { parseMicros } from '../../money';
import { sourceTypeName } from '../../words/vocabulary';

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

/**
 * Names for a breakdown's sources: the catalogue's names, "Fan support from <supporter>", and for the
 * platform's own sources the description its ledger rows carry (a campaign's prize names the campaign).
 */
function sourceNames(db: Db, entries: { source_type: string; source_id: string }[]): Map<string, string> {
  const names = new Map<string, string>();
  const one = (sql: string) => db.prepare(sql);
  for (const { source_type: type, source_id: id } of entries) {
    const key = `${type}:${id}`;
    if (names.has(key)) continue;
    let name: string | undefined;
    if (type === 'character') name = one('SELECT name FROM characters WHERE id = ?').pluck().get(id) as string | undefined;
    else if (type === 'plugin') name = one('SELECT name FROM plugins WHERE id = ?').pluck().get(id) as string | undefined;
    else if (type === 'story') name = one('SELECT title FROM stories WHERE id = ?').pluck().get(id) as string | undefined;
    else if (type === 'support') {
      const fan = one('SELECT supporter_name FROM support WHERE id = ?').pluck().get(id) as string | undefined;
      name = fan ? `Fan support from ${fan}` : 'Fan support';
    } else if (type === 'platform') {
      const said = one(`SELECT description FROM ledger WHERE source_type = 'platform' AND source_id = ? AND coalesce(description, '') <> '' AND stream = 'campaign' ORDER BY occurred_ms DESC LIMIT 1`)
        .pluck()
        .get(id) as string | undefined;
      name = said?.replace(/^Prize:\s*/, '').replace(/\s+—\s+.*$/, '') ?? (id === 'platform' ? 'Platform' : sourceTypeName(id));
    }
    names.set(key, name ?? `${sourceTypeName(type)} ${id}`);
  }
  return names;
}

export function payoutHistory(db: Db): PayoutItem[] {
  const rows = db.prepare(
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
  const json = db.prepare('SELECT breakdown FROM payouts WHERE id = ?').pluck().get(id) as string | undefined;
  if (json === undefined) return null;
  let entries: { source_type: string; source_id: string; amount: number }[];
  try {
    entries = JSON.parse(json) as typeof entries;
  } catch {
    return [];
  }
  const names = sourceNames(db, entries);
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
  const creator = db.prepare('SELECT payout_schedule AS schedule, payout_minimum AS minimum FROM creator LIMIT 1').get() as
    | { schedule: string; minimum: string }
    | undefined;
  const minimums = new Map((creator ? (JSON.parse(creator.minimum) as { currency: string; amount_micros: number }[]) : []).map((m) => [m.currency, dec(m.amount_micros)]));
  const history = payoutHistory(db);
  // Credits are spent on the platform; every other currency is paid out.
  const currencies = [...new Set([...balances.map((b) => b.currency), ...history.map((p) => p.currency), ...minimums.keys()])].filter((c) => c !== 'CREDITS').sort();
  return {
    schedule: creator?.schedule ?? 'monthly',
    withdrawable: currencies.map((currency) => {
      const available = balances.find((b) => b.currency === currency)?.available ?? '0.00';
      const minimum = minimums.get(currency) ?? null;
      const pct = minimum === null ? (parseMicros(available) > 0 ? 100 : 0) : progress(available, minimum);
      const mine = history.filter((p) => p.currency === currency);
      const last = mine[0] ? { createdAt: mine[0].createdAt, received: mine[0].received, status: mine[0].status } : null;
      return { currency, available, minimum, progressPct: pct, reached: pct >= 100, payouts: mine.length, last };
    }),
    nextProcessing: DateTime.fromMillis(nowMs, { zone: fastZone(zone) }).plus({ months: 1 }).startOf('month').toISODate()!,
    history,
  };
}
