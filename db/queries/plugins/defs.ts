// The plugin metrics, as the platform contract defines them (platform-api.md, /v1/stats/plugins).
import type { Db } from '../../open';
import type { StatsTable } from '../content/aggregate';
import type { MetricDef } from '../content/metrics';
import { parseList } from '../json-list';
import type { PluginDetail, PluginMetric } from '../types/content';

export const PLUGIN_STATS: StatsTable = {
  table: 'stats_plugins',
  catalogue: 'plugins',
  id: 'plugin_id',
  sum: ['installs', 'uninstalls', 'chats', 'rating_count', 'rating_sum'],
  // End-of-day total and a 7-day distinct count: read on the last stats day, never summed.
  last: ['installs_total', 'active_chats_7d'],
};

export const PLUGIN_METRICS: Record<PluginMetric, MetricDef> = {
  installsTotal: { of: { last: 'installs_total' } },
  installs: { of: { sum: 'installs' } },
  uninstalls: { of: { sum: 'uninstalls' } },
  activeChats7d: { of: { last: 'active_chats_7d' } },
  chats: { of: { sum: 'chats' } },
  // Chats that used the plugin in the period, per install it has at the end of the period.
  chatsPerInstall: { ratio: [{ sum: 'chats' }, { last: 'installs_total' }] },
  // The guide's "actually useful" number: real use against reach.
  activeRatio: { ratio: [{ last: 'active_chats_7d' }, { last: 'installs_total' }] },
  rating: { ratio: [{ sum: 'rating_sum' }, { sum: 'rating_count' }] },
  ratingCount: { of: { sum: 'rating_count' } },
};

/**
 * Below this share of installs active in a chat during the week, a plugin is flagged for churn. The
 * guide's example (10k installs, 200 active chats) is 2%; healthy plugins sit well above 10%.
 */
export const CHURN_THRESHOLD = 0.05;

export const isChurn = (ratio: number | null): boolean => ratio !== null && ratio < CHURN_THRESHOLD;

export const COMMISSION = ['plugin'] as const;

export function livePlugins(db: Db, id?: string): PluginDetail['plugin'][] {
  const rows = db.prepare(`SELECT id, name, created_at AS createdAt, tags FROM plugins ${id === undefined ? '' : 'WHERE id = ?'} ORDER BY name, id`)
    .all(...(id === undefined ? [] : [id])) as { id: string; name: string; createdAt: string; tags: string }[];
  return rows.map((r) => ({ ...r, tags: parseList(r.tags) }));
}
