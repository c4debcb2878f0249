// One item's metrics over a period: KPI values against the comparison period and the item's typical
// band, and every metric per chart bucket with the comparison overlay and a per-bucket band.
import type { Db } from '../../open';
import { bucketsOf, granularityFor } from '../../time/buckets';
import { spanOf } from '../period';
import { againstBand, typicalBand, type Band } from '../typical-band';
import type { Kpi, MetricSeries, SeriesSet } from '../types/content';
import type { PeriodInfo } from '../types/period';
import { aggregate, emptyAgg, mergeBuckets, type Agg, type StatsTable } from './aggregate';
import { metricValue, provisionalIndex, ratioParts, type MetricDef } from './metrics';
import { periodsBefore, type StatsWindows } from './windows';

/** How many past periods of the same length make a typical band ("the last 12 comparable periods"). */
export const BAND_PERIODS = 12;

interface Slice {
  whole: Agg | undefined;
  byPosition: (Agg | undefined)[];
}

function slice(db: Db, t: StatsTable, from: string, to: string, cut: string, info: PeriodInfo, id: string): Slice {
  const granularity = granularityFor(info.current.days);
  const positions = bucketsOf({ from, to }, granularity);
  const byBucket = aggregate(db, t, { from, to: cut }, granularity, id).get(id);
  const whole = mergeBuckets(t, byBucket) ?? emptyAgg(t);
  return { whole, byPosition: positions.map((b) => byBucket?.get(b)) };
}

export interface ItemMetrics<K extends string> {
  kpis: Record<K, Kpi>;
  series: SeriesSet<K>;
}

const finite = (v: (number | null)[]) => v.filter((x): x is number => x !== null && Number.isFinite(x));

export function itemMetrics<K extends string>(
  db: Db,
  t: StatsTable,
  defs: Record<K, MetricDef>,
  info: PeriodInfo,
  w: StatsWindows,
  id: string,
  withBands: boolean,
): ItemMetrics<K> {
  const granularity = granularityFor(info.current.days);
  const buckets = bucketsOf(info.current, granularity);
  const cur: Slice | null = w.current ? slice(db, t, info.current.from, info.current.to, w.current.to, info, id) : null;
  const prev: Slice | null = w.previous && info.previous ? slice(db, t, info.previous.from, info.previous.to, w.previous.to, info, id) : null;
  // Past periods of the published length, each aligned bucket by bucket from its first day.
  const past: Slice[] = [];
  if (withBands && w.current)
    for (let k = 1; k <= BAND_PERIODS; k++) {
      const pw = periodsBefore(w.current, w.days, k);
      const s = slice(db, t, pw.from, pw.to, pw.to, info, id);
      if (s.whole && s.whole.days > 0) past.push(s);
    }

  const kpis = {} as Record<K, Kpi>;
  const metrics = {} as Record<K, MetricSeries>;
  for (const k of Object.keys(defs) as K[]) {
    const def = defs[k];
    const value = cur ? metricValue(def, cur.whole) : null;
    const band = bandOf(past.map((s) => metricValue(def, s.whole)));
    kpis[k] = {
      value,
      previous: info.previous ? (prev ? metricValue(def, prev.whole) : null) : null,
      band,
      against: value === null ? 'unknown' : againstBand(value, band),
      parts: ratioParts(def, cur?.whole),
    };
    const perBucket = buckets.map((_, i) => bandOf(past.map((s) => metricValue(def, s.byPosition[i]))));
    const hasBand = perBucket.some((b) => b !== null);
    metrics[k] = {
      values: buckets.map((_, i) => (cur ? metricValue(def, cur.byPosition[i]) : null)),
      previous: prev ? buckets.map((_, i) => metricValue(def, prev.byPosition[i])) : null,
      bandLow: hasBand ? perBucket.map((b) => b?.low ?? null) : null,
      bandHigh: hasBand ? perBucket.map((b) => b?.high ?? null) : null,
    };
  }
  return {
    kpis,
    series: {
      granularity,
      span: spanOf(info.current),
      buckets,
      provisionalFrom: provisionalIndex(buckets, info.current.to, info.provisionalFrom),
      bandPeriods: past.length,
      metrics,
    },
  };
}

function bandOf(values: (number | null)[]): Band | null {
  return typicalBand(finite(values));
}
