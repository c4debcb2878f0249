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

/** How a chart bucket is named from a local day in SQL, as bucketOf() names it. */
const BUCKET_SQL = {
  day: (day: string) => day,
  week: (day: string) => `date(${day}, '-6 days', 'weekday 1')`,
  month: (day: string) => `substr(${day}, 1, 7) || '-01'`,
  none: () => "''",
} as const;

type Bucket = keyof typeof BUCKET_SQL;

function raw(db: Db, zone: string, startMs: number, endMs: number, bucket: Bucket): DailyAmount[] {
  if (endMs <= startMs) return [];
  const local = bucket === 'none' ? { sql: '', params: [] } : localDateSql('occurred_ms', zone, startMs, endMs);
  return exactAll<DailyAmount>(
    db,
    `SELECT ${BUCKET_SQL[bucket](local.sql)} AS day, stream, currency, sum(net) AS net FROM ledger
     WHERE occurred_ms >= ? AND occurred_ms < ? AND ${EARNED} GROUP BY 1, stream, currency`,
    [...local.params, startMs, endMs],
  );
}

/**
 * The whole local days (or months, or quarters) inside [startMs, endMs), named 'YYYY-MM-DD' (or 'YYYY-MM',
 * of a quarter's first month), and the partial pieces around them; null when there is no whole one.
 */
export function wholeUnits(zone: string, startMs: number, endMs: number, unit: 'day' | 'month' | 'quarter' = 'day'): { first: string; last: string; edges: [number, number][] } | null {
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

/**
 * Earned per stream and currency, per chart bucket (a local day, the Monday of its week, the first of
 * its month) or over the whole span (`day` is ''): whole days from the rollup, the partial days at
 * either edge from the rows. A bucket may come in pieces (days, edges): callers add the rows up.
 */
export function earnedDaily(db: Db, zone: string, startMs: number, endMs: number, bucket: Bucket = 'day'): DailyAmount[] {
  const split = rollupZone(db) === zone ? wholeUnits(zone, startMs, endMs) : null;
  if (!split) return raw(db, zone, startMs, endMs, bucket);
  const days = bucket === 'month' ? byMonth(db, split.first, split.last) : exactAll<DailyAmount>(
    db,
    `SELECT ${BUCKET_SQL[bucket]('day')} AS day, stream, currency, sum(net) AS net FROM ledger_daily
     WHERE day >= ? AND day <= ? AND ${EARNED} GROUP BY 1, stream, currency`,
    [split.first, split.last],
  );
  return [...days, ...split.edges.flatMap(([s, e]) => raw(db, zone, s, e, bucket))];
}

/**
 * Whole local days summed per month, a month at a time: each month's few hundred rows group without
 * sorting the whole span's (10.7 -> 6.6 ms over five years).
 */
function byMonth(db: Db, first: string, last: string): DailyAmount[] {
  const month = db.prepare(`SELECT stream, currency, sum(net) AS net FROM ledger_daily WHERE day >= ? AND day <= ? AND ${EARNED} GROUP BY stream, currency`).safeIntegers(true);
  const out: DailyAmount[] = [];
  for (let m = DateTime.fromISO(first.slice(0, 7), { zone: 'UTC' }); m.toFormat('yyyy-MM') <= last.slice(0, 7); m = m.plus({ months: 1 })) {
    const name = m.toFormat('yyyy-MM');
    const from = name === first.slice(0, 7) ? first : `${name}-01`;
    const to = name === last.slice(0, 7) ? last : `${name}-31`;
    for (const r of month.all(from, to) as Omit<DailyAmount, 'day'>[]) out.push({ day: `${name}-01`, ...r });
  }
  return out;
}

/** Σ net per currency of some rows, optionally of some streams only. */
export function byCurrency(rows: DailyAmount[], streams?: readonly string[]): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const r of rows) {
    if (streams && !streams.includes(r.stream)) continue;
    out.set(r.currency, (out.get(r.currency) ?? 0n) + r.net);
  }
  return out;
}

/** Σ net per currency of earned rows in [startMs, endMs), optionally of some streams only. */
export function earnedByCurrency(db: Db, zone: string, startMs: number, endMs: number, streams?: readonly string[]): Map<string, bigint> {
  return byCurrency(earnedDaily(db, zone, startMs, endMs, 'none'), streams);
}
