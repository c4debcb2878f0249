// Earned money (gross, fees and net) per local day, week, month, stream and currency over any span of
// instants, exactly: whole local days, weeks and months come from the trigger-kept rollups, the partial
// days at either edge from the ledger rows themselves (through the time index, which covers the three
// amounts). Without rollups in this zone, everything comes from the rows.
import { DateTime } from 'luxon';
import type { Db } from '../../open';
import { rollupZone } from '../../rollup-zone';
import { EARNED, exactAll } from '../sums';
import { fastZone, localDateSql } from '../timezone';
import { bucketOf } from '../../time/buckets';
import type { DailyAmount } from './series';

/** Earned rows also carry what the money was before the platform's fees: gross - fee = net. */
export interface EarnedAmount extends DailyAmount {
  gross: bigint;
  fee: bigint;
}

/** Gross, fees and net of a span, in micro-units. */
export interface GrossFeeNet {
  gross: bigint;
  fee: bigint;
  net: bigint;
}

const SUMS = 'sum(gross) AS gross, sum(fee) AS fee, sum(net) AS net';

/** How a chart bucket is named from a local day in SQL, as bucketOf() names it. */
const BUCKET_SQL = {
  day: (day: string) => day,
  week: (day: string) => `date(${day}, '-6 days', 'weekday 1')`,
  month: (day: string) => `substr(${day}, 1, 7) || '-01'`,
  none: () => "''",
} as const;

type Bucket = keyof typeof BUCKET_SQL;

function raw(db: Db, zone: string, startMs: number, endMs: number, bucket: Bucket): EarnedAmount[] {
  if (endMs <= startMs) return [];
  const local = bucket === 'none' ? { sql: '', params: [] } : localDateSql('occurred_ms', zone, startMs, endMs);
  return exactAll<EarnedAmount>(
    db,
    `SELECT ${BUCKET_SQL[bucket](local.sql)} AS day, stream, currency, ${SUMS} FROM ledger
     WHERE occurred_ms >= ? AND occurred_ms < ? AND ${EARNED} GROUP BY 1, stream, currency`,
    [...local.params, startMs, endMs],
  );
}

/**
 * The whole local days, weeks (from Monday), months or quarters inside [startMs, endMs), named
 * 'YYYY-MM-DD' (a week by its Monday) or 'YYYY-MM' (a quarter by its first month), and the partial
 * pieces around them; null when there is no whole one.
 */
export function wholeUnits(zone: string, startMs: number, endMs: number, unit: 'day' | 'week' | 'month' | 'quarter' = 'day'): { first: string; last: string; edges: [number, number][] } | null {
  const tz = fastZone(zone);
  const start = DateTime.fromMillis(startMs, { zone: tz });
  const firstStart = start.startOf(unit).toMillis() === startMs ? start.startOf(unit) : start.plus({ [unit]: 1 }).startOf(unit);
  const lastEnd = DateTime.fromMillis(endMs, { zone: tz }).startOf(unit);
  if (lastEnd <= firstStart) return null;
  const name = (d: DateTime) => d.toFormat(unit === 'day' || unit === 'week' ? 'yyyy-MM-dd' : 'yyyy-MM');
  return {
    first: name(firstStart),
    last: name(lastEnd.minus({ [unit]: 1 })),
    edges: [
      [startMs, firstStart.toMillis()],
      [lastEnd.toMillis(), endMs],
    ],
  };
}

type Unit = 'day' | 'week' | 'month';

/** The trigger-kept rollups (0014), each named by its column. */
const ROLLUPS: Record<Unit, string> = { day: 'ledger_daily', week: 'ledger_weekly', month: 'ledger_monthly' };

/** Where a bucket's whole units come from, coarsest first: a unit of each lies inside one bucket. */
const LEVELS: Record<Bucket, Unit[]> = { day: ['day'], week: ['week', 'day'], month: ['month', 'day'], none: ['month', 'day'] };

/** How rows of a rollup are named by the bucket they lie in, when the piece is not inside a single one. */
function labelSql(unit: Unit, bucket: Bucket): string {
  if (unit === 'day') return BUCKET_SQL[bucket]('day');
  if (bucket === 'week' || bucket === 'month') return unit === 'week' ? 'week' : "month || '-01'";
  return "''";
}

/** Whole units `first`..`last` of one rollup, named by `label` when they all lie in that bucket. */
function whole(db: Db, unit: Unit, first: string, last: string, bucket: Bucket, label: string | undefined): EarnedAmount[] {
  return exactAll<EarnedAmount>(
    db,
    `SELECT ${label === undefined ? labelSql(unit, bucket) : '?'} AS day, stream, currency, ${SUMS} FROM ${ROLLUPS[unit]}
     WHERE ${unit} >= ? AND ${unit} <= ? AND ${EARNED} GROUP BY 1, currency, stream`,
    label === undefined ? [first, last] : [label, first, last],
  );
}

/** The bucket holding an instant, by its local day. */
function bucketAt(ms: number, zone: string, bucket: Bucket): string {
  return bucket === 'none' ? '' : bucketOf(DateTime.fromMillis(ms, { zone: fastZone(zone) }).toISODate()!, bucket);
}

/** Cuts a span into whole units of the coarsest level and finer pieces at either edge, each inside one bucket; what is left goes to the ledger rows. */
function cut(db: Db, zone: string, startMs: number, endMs: number, levels: Unit[], bucket: Bucket, out: EarnedAmount[], label?: string): void {
  if (endMs <= startMs) return;
  if (levels.length === 0) {
    for (const r of raw(db, zone, startMs, endMs, bucket)) out.push(label === undefined ? r : { ...r, day: label });
    return;
  }
  const [unit, ...finer] = levels;
  const split = wholeUnits(zone, startMs, endMs, unit);
  if (!split) return cut(db, zone, startMs, endMs, finer, bucket, out, label);
  out.push(...whole(db, unit, split.first, split.last, bucket, label));
  for (const [s, e] of split.edges) if (e > s) cut(db, zone, s, e, finer, bucket, out, label ?? bucketAt(s, zone, bucket));
}

/**
 * Earned per stream and currency, per chart bucket (a local day, the Monday of its week, the first of
 * its month) or over the whole span (`day` is ''): whole weeks, months and days from the rollups, the
 * partial days at either edge from the rows. A bucket may come in pieces: callers add the rows up.
 */
export function earnedDaily(db: Db, zone: string, startMs: number, endMs: number, bucket: Bucket = 'day'): EarnedAmount[] {
  if (rollupZone(db) !== zone) return raw(db, zone, startMs, endMs, bucket);
  const out: EarnedAmount[] = [];
  cut(db, zone, startMs, endMs, LEVELS[bucket], bucket, out, bucket === 'none' ? '' : undefined);
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

/** Σ gross, fee and net per currency of some rows. */
export function amountsByCurrency(rows: EarnedAmount[]): Map<string, GrossFeeNet> {
  const out = new Map<string, GrossFeeNet>();
  for (const r of rows) {
    const sum = out.get(r.currency) ?? { gross: 0n, fee: 0n, net: 0n };
    out.set(r.currency, { gross: sum.gross + r.gross, fee: sum.fee + r.fee, net: sum.net + r.net });
  }
  return out;
}

/** Σ net per currency of earned rows in [startMs, endMs), optionally of some streams only. */
export function earnedByCurrency(db: Db, zone: string, startMs: number, endMs: number, streams?: readonly string[]): Map<string, bigint> {
  return byCurrency(earnedDaily(db, zone, startMs, endMs, 'none'), streams);
}
