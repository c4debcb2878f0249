// Earned money per local day, stream and currency over any span of instants, exactly: whole local
// days come from the trigger-kept ledger_daily rollup, the partial days at either edge from the
// ledger rows themselves. Without a rollup in this zone, everything comes from the ledger rows.
import { DateTime } from 'luxon';
import type { Db } from '../../open';
import { rollupZone } from '../../rollups';
import { EARNED, exactAll } from '../sums';
import { localDateSql } from '../timezone';

export interface DailyAmount {
  day: string;
  stream: string;
  currency: string;
  net: bigint;
}

function raw(db: Db, zone: string, startMs: number, endMs: number, perDay = true): DailyAmount[] {
  if (endMs <= startMs) return [];
  const local = perDay ? localDateSql('occurred_ms', zone, startMs, endMs) : { sql: "''", params: [] };
  return exactAll<DailyAmount>(
    db,
    `SELECT ${local.sql} AS day, stream, currency, sum(net) AS net FROM ledger
     WHERE occurred_ms >= ? AND occurred_ms < ? AND ${EARNED} GROUP BY day, stream, currency`,
    [...local.params, startMs, endMs],
  );
}

/**
 * The whole local days (or months) inside [startMs, endMs), named 'YYYY-MM-DD' (or 'YYYY-MM'), and the
 * partial pieces around them; null when there is no whole one.
 */
export function wholeUnits(zone: string, startMs: number, endMs: number, unit: 'day' | 'month' = 'day'): { first: string; last: string; edges: [number, number][] } | null {
  const start = DateTime.fromMillis(startMs, { zone });
  const firstStart = start.startOf(unit).toMillis() === startMs ? start.startOf(unit) : start.plus({ [unit]: 1 }).startOf(unit);
  const lastEnd = DateTime.fromMillis(endMs, { zone }).startOf(unit);
  if (lastEnd <= firstStart) return null;
  const name = (d: DateTime) => d.toFormat(unit === 'day' ? 'yyyy-MM-dd' : 'yyyy-MM');
  return {
    first: name(firstStart),
    last: name(lastEnd.minus({ [unit]: 1 })),
    edges: [
      [startMs, firstStart.toMillis()],
      [lastEnd.toMillis(), endMs],
    ],
  };
}

/** Earned per local day (or, with `perDay` false, over the whole span: `day` is ''), stream and currency. */
export function earnedDaily(db: Db, zone: string, startMs: number, endMs: number, perDay = true): DailyAmount[] {
  const split = rollupZone(db) === zone ? wholeUnits(zone, startMs, endMs) : null;
  if (!split) return raw(db, zone, startMs, endMs, perDay);
  const day = perDay ? 'day' : "''";
  const days = exactAll<DailyAmount>(
    db,
    `SELECT ${day} AS day, stream, currency, sum(net) AS net FROM ledger_daily
     WHERE day >= ? AND day <= ? AND ${EARNED} GROUP BY ${perDay ? 'day, ' : ''}stream, currency`,
    [split.first, split.last],
  );
  return [...days, ...split.edges.flatMap(([s, e]) => raw(db, zone, s, e, perDay))];
}

/** Σ net per currency of earned rows in [startMs, endMs), optionally of some streams only. */
export function earnedByCurrency(db: Db, zone: string, startMs: number, endMs: number, streams?: readonly string[]): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const r of earnedDaily(db, zone, startMs, endMs, false)) {
    if (streams && !streams.includes(r.stream)) continue;
    out.set(r.currency, (out.get(r.currency) ?? 0n) + r.net);
  }
  return out;
}
