// The Characters, Plugins and Stories pages' tables and charts as CSV tables: the same figures the
// pages draw, from the same queries. Row keys equal the keys the pages give the same rows, so an
// export can follow the order on screen. Ratios are percentages with two decimals; a ratio without a
// denominator is an empty cell, as it is "–" on screen.
import type { CompareTableOf, ItemTableOf, TableOf } from '../../../db/dashboards';
import type {
  Breakdown,
  CharacterComparison,
  CharacterDetail,
  CharactersDashboard,
  Kpi,
  MetricSeries,
  MoneySeries,
  PeakHours,
  PluginDetail,
  PluginsDashboard,
  SeriesSet,
  StoriesDashboard,
  StoryDetail,
} from '../../../db/queries/types/content';
import { characterGuideTables } from './character-guide';
import { itemOutlookTable } from './outlook';
import { table, type Cell, type CsvTable } from './types';

const round = (v: number | null, digits = 2): number | null => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
const pct = (v: number | null): number | null => (v === null ? null : round(v * 100));
const change = (value: number | null, previous: number | null): number | null =>
  value === null || previous === null || previous === 0 ? null : round(((value - previous) / Math.abs(previous)) * 100, 1);

/** Metrics shown as percentages on screen. */
const PERCENT = new Set(['conversion', 'returnRate', 'activeRatio', 'completionRate', 'replayRate']);
const show = (metric: string, v: number | null) => (PERCENT.has(metric) ? pct(v) : round(v));

export function metricsTable(kpis: Record<string, Kpi>): CsvTable {
  return table(
    ['metric', 'unit', 'value', 'previous', 'change_pct', 'typical_low', 'typical_high', 'against_typical'],
    Object.entries(kpis).map(([metric, k]) => ({
      key: metric,
      cells: [metric, PERCENT.has(metric) ? 'percent' : 'count', show(metric, k.value), show(metric, k.previous), change(k.value, k.previous), show(metric, k.band?.low ?? null), show(metric, k.band?.high ?? null), k.against],
    })),
  );
}

export function overTimeTable(series: SeriesSet<string>): CsvTable {
  const rows = Object.entries(series.metrics as Record<string, MetricSeries>).flatMap(([metric, s]) =>
    series.buckets.map((bucket, i) => ({
      key: `${metric}|${bucket}`,
      cells: [bucket, series.granularity, metric, show(metric, s.values[i]), show(metric, s.previous?.[i] ?? null), show(metric, s.bandLow?.[i] ?? null), show(metric, s.bandHigh?.[i] ?? null), series.provisionalFrom !== null && i >= series.provisionalFrom ? 'yes' : ''] as Cell[],
    })),
  );
  return table(['bucket_start_utc', 'granularity', 'metric', 'value', 'comparison', 'typical_low', 'typical_high', 'provisional'], rows);
}

function moneyOverTime(buckets: string[], series: MoneySeries[]): CsvTable {
  return table(
    ['bucket_start', 'currency', 'amount', 'comparison'],
    series.flatMap((m) => buckets.map((b, i) => ({ key: `${m.currency}|${b}`, cells: [b, m.currency, m.values[i], m.previous?.[i] ?? null] }))),
  );
}

export function breakdownTable(label: string, rows: Breakdown[], valueName: string): CsvTable {
  return table(
    [label, valueName, `previous_${valueName}`, 'share_pct'],
    rows.map((b) => ({ key: b.key, cells: [b.name, b.value, b.previous, b.sharePct === null ? null : b.sharePct.toFixed(1)] })),
  );
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function characterTables(d: CharactersDashboard): Record<TableOf<'characters'>, CsvTable> {
  const columns = [
    ...['id', 'name', 'currency', 'chats_started', 'previous_chats_started', 'change_pct', 'messages', 'tokens', 'active_users_30d', 'avg_messages_per_chat', 'avg_rating', 'rating_count', 'conversion_pct', 'return_user_rate_pct'],
    ...['earned', 'previous_earned', 'earnings_30d', 'previous_earnings_30d', 'marketplace', 'embed', 'top_scenario', 'top_model'],
    ...['embed_price_currency', 'embed_price_per_million_tokens', 'embed_price_at_minimum', 'embed_tokens', 'previous_embed_tokens', 'embed_per_million_tokens', 'previous_embed_per_million_tokens'],
    ...['unique_users', 'unique_users_as_of', 'new_unique_users', 'previous_new_unique_users'],
  ];
  return {
    // One row per character and currency; the page shows one currency at a time and exports it.
    characters: table(
      columns,
      d.characters.flatMap((c) =>
        c.money.map((m) => {
          const v = c.metrics;
          return {
            key: c.id,
            cells: [
              ...[c.id, c.name, m.currency, v.chatsStarted.value, v.chatsStarted.previous, change(v.chatsStarted.value, v.chatsStarted.previous), v.messages.value, v.tokens.value, v.activeUsers30d.value, round(v.avgMessagesPerChat.value), round(v.avgRating.value), v.ratingCount.value, pct(v.conversion.value), pct(v.returnRate.value)],
              ...[m.earned.value, m.earned.previous, m.earnings30d.value, m.earnings30d.previous, m.marketplace.value, m.embed.value, c.topScenario?.name ?? null, c.topModel?.name ?? null],
              ...[c.embedPrice?.currency ?? null, c.embedPrice?.perMillion ?? null, c.embedPrice?.atMinimum ? 'yes' : '', v.embedTokens.value, v.embedTokens.previous, m.embedPerMillion.value, m.embedPerMillion.previous],
              ...[c.users.total, c.users.asOf, c.users.new.value, c.users.new.previous],
            ],
          };
        }),
      ),
    ),
    quadrant: table(
      ['id', 'name', 'conversion_pct', 'avg_messages_per_chat', 'quadrant', 'median_conversion_pct', 'median_avg_messages_per_chat'],
      d.characters
        .filter((c) => c.quadrant !== null)
        .map((c) => ({ key: c.id, cells: [c.id, c.name, pct(c.metrics.conversion.value), round(c.metrics.avgMessagesPerChat.value), c.quadrant, pct(d.medians.conversion), round(d.medians.avgMessagesPerChat)] })),
    ),
  };
}

export function characterPageTables(d: CharacterDetail): Record<ItemTableOf<'characters'>, CsvTable> {
  return {
    metrics: metricsTable(d.kpis),
    'over-time': overTimeTable(d.series),
    money: table(
      ['currency', 'earnings_30d', 'previous_earnings_30d', 'marketplace', 'previous_marketplace', 'embed', 'previous_embed', 'embed_per_million_tokens', 'previous_embed_per_million_tokens'],
      d.money.map((m) => ({ key: m.currency, cells: [m.currency, m.earnings30d.value, m.earnings30d.previous, m.marketplace.value, m.marketplace.previous, m.embed.value, m.embed.previous, m.embedPerMillion.value, m.embedPerMillion.previous] })),
    ),
    outlook: itemOutlookTable(d.outlook, 'earnings', d.period.zone),
    ...characterGuideTables(d),
    'money-over-time': moneyOverTime(d.series.buckets, d.moneySeries),
    scenarios: breakdownTable('scenario', d.scenarios, 'chats'),
    models: breakdownTable('model', d.models, 'chats'),
    'peak-hours': peakHoursTable(d.peakHours),
  };
}

/** The peak-hours heatmap, a row per local weekday and hour (the Character and Audience pages draw it). */
export function peakHoursTable(p: PeakHours): CsvTable {
  return table(
    ['weekday', 'local_hour', 'chats_started', 'timezone'],
    p.grid.flatMap((hours, day) => hours.map((chats, hour) => ({ key: `${day}|${hour}`, cells: [WEEKDAYS[day], hour, chats, p.zone] }))),
  );
}

export function compareTables(d: CharacterComparison): Record<CompareTableOf<'characters'>, CsvTable> {
  return {
    compare: table(
      ['metric', 'unit', d.a.character.name, d.b.character.name, 'difference', 'difference_pct'],
      d.differences.map((x) => ({
        key: x.metric,
        cells: [x.metric, PERCENT.has(x.metric) ? 'percent' : 'count', show(x.metric, x.a), show(x.metric, x.b), show(x.metric, x.diff), round(x.diffPct === null ? null : x.diffPct * 100, 1)],
      })),
    ),
  };
}

export function pluginTables(d: PluginsDashboard): Record<TableOf<'plugins'>, CsvTable> {
  const currencies = d.currencies.length > 0 ? d.currencies : [null];
  return {
    plugins: table(
      ['id', 'name', 'currency', 'installs_total', 'previous_installs_total', 'installs', 'uninstalls', 'active_chats_7d', 'active_to_installs_pct', 'previous_active_to_installs_pct', 'churn', 'chats', 'chats_per_install', 'rating', 'rating_count', 'commission', 'previous_commission'],
      d.plugins.flatMap((p) =>
        currencies.map((currency) => {
          const v = p.metrics;
          const money = p.commission.find((c) => c.currency === currency)?.amount;
          return {
            key: p.id,
            cells: [p.id, p.name, currency, v.installsTotal.value, v.installsTotal.previous, v.installs.value, v.uninstalls.value, v.activeChats7d.value, pct(v.activeRatio.value), pct(v.activeRatio.previous), p.churn ? 'yes' : '', v.chats.value, round(v.chatsPerInstall.value), round(v.rating.value), v.ratingCount.value, money?.value ?? null, money?.previous ?? null],
          };
        }),
      ),
    ),
  };
}

export function pluginPageTables(d: PluginDetail): Record<ItemTableOf<'plugins'>, CsvTable> {
  return {
    metrics: metricsTable(d.kpis),
    'over-time': overTimeTable(d.series),
    outlook: itemOutlookTable(d.outlook, 'commission', d.period.zone),
    'commission-over-time': moneyOverTime(d.series.buckets, d.commissionSeries),
  };
}

export function storyTables(d: StoriesDashboard): Record<TableOf<'stories'>, CsvTable> {
  return {
    stories: table(
      ['id', 'title', 'plays', 'previous_plays', 'change_pct', 'avg_playtime_seconds', 'completion_rate_pct', 'replay_rate_pct', 'top_identity', 'top_milestones', 'drop_off_chapter', 'drop_off_title', 'revise_chapter'],
      d.stories.map((s) => {
        const v = s.metrics;
        return {
          key: s.id,
          cells: [s.id, s.title, v.plays.value, v.plays.previous, change(v.plays.value, v.plays.previous), round(v.avgPlaytime.value, 0), pct(v.completionRate.value), pct(v.replayRate.value), s.topIdentity?.name ?? null, s.topMilestones.map((m) => m.name).join(' · ') || null, s.dropOff?.chapter ?? null, s.dropOff?.title ?? null, s.dropOff?.revise?.chapter ?? null],
        };
      }),
    ),
  };
}

export function storyPageTables(d: StoryDetail): Record<ItemTableOf<'stories'>, CsvTable> {
  const keyed = (label: string, rows: StoryDetail['milestones'], valueName: string) =>
    table(
      [label, 'bucket_start_utc', valueName],
      rows.flatMap((r) => d.series.buckets.map((b, i) => ({ key: `${r.key}|${b}`, cells: [r.name, b, r.values[i]] }))),
    );
  return {
    metrics: metricsTable(d.kpis),
    'over-time': overTimeTable(d.series),
    outlook: itemOutlookTable(d.outlook, 'prizes', d.period.zone),
    chapters: table(
      ['chapter', 'title', 'reached', 'dropped', 'drop_rate_pct', 'marked'],
      d.funnel.map((c) => ({
        key: String(c.chapter),
        cells: [c.chapter, c.title, c.reached, c.dropped, pct(c.dropRate), c.chapter === d.dropOff?.chapter ? 'drop-off' : c.chapter === d.dropOff?.revise?.chapter ? 'revise' : ''],
      })),
    ),
    milestones: breakdownTable('milestone', d.milestones, 'hits'),
    identities: breakdownTable('identity', d.identities, 'plays'),
    'milestones-over-time': keyed('milestone', d.milestones, 'hits'),
    'identities-over-time': keyed('identity', d.identities, 'plays'),
  };
}
