// Every item's metrics for a dashboard table: the period, the comparison period and a sparkline,
// aggregated in SQL (a few queries for all items, whatever their number).
import type { Db } from '../../open';
import { bucketsOf, granularityFor, type Granularity } from '../../time/buckets';
import type { NumCompared } from '../types/content';
import type { PeriodInfo } from '../types/period';
import { aggregateWhole, emptyAgg, type StatsTable } from './aggregate';
import { sparkLines, wholeAndMonthLines, type Line } from './sparks';
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
  const { totals, sparks } = currentWindow(db, t, w, granularity, buckets, spark);
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
    items.set(id, { metrics, spark: sparks.get(id) ?? buckets.map(() => null) });
  }
  return { granularity, buckets, items };
}

/**
 * Totals over the whole period (whole months from the rollup), and the sparkline's buckets of the one
 * field or two it draws: per bucket, every field of hundreds of items is most of the payload's time.
 * Per month, the days around the whole months are read once for both.
 */
function currentWindow(db: Db, t: StatsTable, w: StatsWindows, granularity: Granularity, buckets: string[], spark: MetricDef) {
  if (!w.current) return { totals: null, sparks: new Map<string, Line>() };
  if (granularity === 'month') {
    const { totals, lines } = wholeAndMonthLines(db, t, fieldsOf(t, spark), spark, w.current, buckets);
    return { totals, sparks: lines };
  }
  const days = { first: w.current.from, last: w.current.to };
  return { totals: aggregateWhole(db, t, w.current), sparks: sparkLines(db, fieldsOf(t, spark), spark, days, buckets, 'day') };
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
