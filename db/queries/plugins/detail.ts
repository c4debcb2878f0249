// A plugin's own page: installs, uninstalls and active use over time, with comparison and typical band.
import type { Db } from '../../open';
import { moneySeries } from '../content/money';
import { itemMetrics } from '../content/series';
import { coverage, statsPeriodInfo, statsWindows } from '../content/windows';
import { itemOutlook } from '../forecast/item';
import type { PeriodSpec } from '../period';
import type { PluginDetail } from '../types/content';
import { CHURN_THRESHOLD, COMMISSION, isChurn, livePlugins, PLUGIN_METRICS, PLUGIN_STATS } from './defs';
import { commissionCurrencies, commissionOf, commissionWindows } from './list';

/** Null when the plugin is not (or no longer) in the catalogue. */
export function pluginDetail(db: Db, spec: PeriodSpec, zone: string, nowMs: number, id: string): PluginDetail | null {
  const [plugin] = livePlugins(db, id);
  if (!plugin) return null;
  const info = statsPeriodInfo(db, PLUGIN_STATS.table, spec, zone, nowMs);
  const w = statsWindows(db, PLUGIN_STATS.table, info);
  const { kpis, series } = itemMetrics(db, PLUGIN_STATS, PLUGIN_METRICS, info, w, id, spec.preset !== 'all');
  const money = commissionWindows(db, zone, info.current, info.previous, id);
  return {
    period: info,
    stats: coverage(w),
    plugin,
    kpis,
    series,
    commission: commissionOf(money, id, commissionCurrencies(money, [id])),
    commissionSeries: moneySeries(db, 'plugin', id, COMMISSION, info.current, info.previous, zone, series.granularity),
    churn: isChurn(kpis.activeRatio.value),
    churnThreshold: CHURN_THRESHOLD,
    outlook: itemOutlook(db, zone, nowMs, 'plugin', id),
  };
}
