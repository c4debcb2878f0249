// Every item's metrics for a dashboard table: the period, the comparison period and a sparkline,
// aggregated in SQL (a few queries for all items, whatever their number).
import type { Db } from '../../open';
import { bucketsOf } from '../earnings/series';
import { granularityFor } from '../period';
import type { Granularity, NumCompared } from '../types/content';
import type { PeriodInfo } from '../types/period';
import { aggregate, aggregateWhole, emptyAgg, wholeAndMonths, type StatsTable } from './aggregate';
import { metricValue, type MetricDef, type Operand } from './metrics';
import type { StatsWindows } from './windows';

export interface ListedItem<K extends string> {
  metrics: Record<K, NumCompared>;
  spark: (number | null)[];
}

export interface Listed<K extends string> {
  granularity: Granularity;
  buckets: string[];
  items: Map<string, ListedItem<K>>;
}

export function listMetrics<K extends string>(
  db: Db,
  t: StatsTable,
  defs: Record<K, MetricDef>,
  info: PeriodInfo,
  w: StatsWindows,
  ids: string[],
  spark: MetricDef,
): Listed<K> {
  // Long periods draw their sparklines per month, from the monthly rollups.
  const granularity = granularityFor(info.current.days) === 'day' ? 'day' : 'month';
  const buckets = bucketsOf(info.current, granularity);
  // Totals over the whole period (whole months from the rollup), and the buckets of the one field or
  // two the sparkline draws: per bucket, every field of hundreds of items is most of the payload's time.
  // Per month, the days around the whole months are read once for both.
  const { totals, byBucket } = currentWindow(db, t, w, granularity, fieldsOf(t, spark));
  const prev = w.previous ? aggregateWhole(db, t, w.previous) : null;
  const empty = emptyAgg(t);
  const items = new Map<string, ListedItem<K>>();
  for (const id of ids) {
    const metrics = {} as Record<K, NumCompared>;
    const whole = totals ? (totals.get(id) ?? empty) : null;
    for (const k of Object.keys(defs) as K[])
      metrics[k] = {
        value: whole ? metricValue(defs[k], whole) : null,
        previous: prev ? metricValue(defs[k], prev.get(id) ?? empty) : null,
      };
    const own = byBucket?.get(id);
    items.set(id, { metrics, spark: buckets.map((b) => (own ? metricValue(spark, own.get(b)) : null)) });
  }
  return { granularity, buckets, items };
}

function currentWindow(db: Db, t: StatsTable, w: StatsWindows, granularity: Granularity, spark: StatsTable) {
  if (!w.current) return { totals: null, byBucket: null };
  if (granularity === 'month') {
    const { totals, months } = wholeAndMonths(db, t, spark, w.current);
    return { totals, byBucket: months };
  }
  return { totals: aggregateWhole(db, t, w.current), byBucket: aggregate(db, spark, w.current, granularity) };
}

/** The stats table narrowed to the fields one metric reads. */
function fieldsOf(t: StatsTable, def: MetricDef): StatsTable {
  const operands: Operand[] = 'of' in def ? [def.of] : def.ratio;
  return {
    ...t,
    sum: operands.flatMap((o) => ('sum' in o ? [o.sum] : [])),
    last: operands.flatMap((o) => ('last' in o ? [o.last] : [])),
  };
}
