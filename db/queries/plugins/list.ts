// The Plugins table: reach, real use and commission per plugin, with the active-in-chats to installs
// ratio, its churn flag and its trend.
import type { Db } from '../../open';
import { listMetrics } from '../content/list';
import { comparedAmount, currenciesOf, moneyBySource, shownCurrencies, type MoneyBySource } from '../content/money';
import { coverage, statsPeriodInfo, statsWindows } from '../content/windows';
import type { PeriodSpec, Range } from '../period';
import type { PluginRow, PluginsDashboard } from '../types/content';
import { CHURN_THRESHOLD, COMMISSION, isChurn, livePlugins, PLUGIN_METRICS, PLUGIN_STATS } from './defs';

export interface CommissionWindows {
  cur: MoneyBySource;
  prev: MoneyBySource | null;
}

export function commissionWindows(db: Db, zone: string, current: Range, previous: Range | null, id?: string): CommissionWindows {
  return {
    cur: moneyBySource(db, zone, 'plugin', COMMISSION, current, id),
    prev: previous ? moneyBySource(db, zone, 'plugin', COMMISSION, previous, id) : null,
  };
}

export function commissionCurrencies(m: CommissionWindows, ids: string[]): string[] {
  const live = new Set(ids);
  const only = (x: MoneyBySource | null) => x && new Map([...x].filter(([id]) => live.has(id)));
  return shownCurrencies(currenciesOf(only(m.cur), only(m.prev)));
}

export function commissionOf(m: CommissionWindows, id: string, currencies: string[]): PluginRow['commission'] {
  return currencies.map((currency) => ({ currency, amount: comparedAmount(m.cur, m.prev, id, currency, COMMISSION) }));
}

export function pluginsDashboard(db: Db, spec: PeriodSpec, zone: string, nowMs: number): PluginsDashboard {
  const info = statsPeriodInfo(db, PLUGIN_STATS.table, spec, zone, nowMs);
  const w = statsWindows(db, PLUGIN_STATS.table, info);
  const plugins = livePlugins(db);
  const ids = plugins.map((p) => p.id);
  const listed = listMetrics(db, PLUGIN_STATS, PLUGIN_METRICS, info, w, ids, PLUGIN_METRICS.activeRatio);
  const money = commissionWindows(db, zone, info.current, info.previous);
  const currencies = commissionCurrencies(money, ids);
  return {
    period: info,
    stats: coverage(w),
    granularity: listed.granularity,
    buckets: listed.buckets,
    currencies,
    churnThreshold: CHURN_THRESHOLD,
    plugins: plugins.map((p) => {
      const item = listed.items.get(p.id)!;
      return {
        id: p.id,
        name: p.name,
        metrics: item.metrics,
        commission: commissionOf(money, p.id, currencies),
        churn: isChurn(item.metrics.activeRatio.value),
        ratioTrend: item.spark,
      };
    }),
  };
}
