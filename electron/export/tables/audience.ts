// The Audience page's tables and charts as CSV tables: the same figures the page draws.
import type { TableOf } from '../../../db/dashboards';
import type { AudienceDashboard, AnnouncementRow } from '../../../db/queries/types/audience';
import type { InsightsResult } from '../../../db/queries/types/insights';
import { peakHoursTable } from './content';
import { table, type CsvTable } from './types';

const announcementTable = (rows: AnnouncementRow[]) =>
  table(
    ['id', 'posted_at', 'title', 'delivered', 'opened', 'engaged', 'open_rate_pct', 'engagement_rate_pct', 'still_counting'],
    rows.map((a) => ({
      key: a.id,
      cells: [a.id, a.postedAt, a.title, a.delivered, a.opened, a.engaged, a.openRatePct, a.engagementRatePct, a.settling ? 'yes' : 'no'],
    })),
  );

export function audienceTables(d: AudienceDashboard): Record<TableOf<'audience'>, CsvTable> {
  const f = d.followers;
  const s = d.announcements.summary;
  const days = (r: { from: string; to: string } | null) => (r ? `${r.from}..${r.to}` : null);
  return {
    kpis: table(
      ['metric', 'value', 'previous', 'stats_days', 'previous_stats_days'],
      [
        ['followers_total', f.total.value, f.total.previous],
        ['new_followers', f.newFollowers.value, f.newFollowers.previous],
        ['lost_followers', f.lostFollowers.value, f.lostFollowers.previous],
        ['new_followers_last_7_days', f.newThisWeek.value, f.newThisWeek.previous],
        ['announcements', s.count.value, s.count.previous],
        ['announcement_engagement_rate_pct', s.engagementRatePct.value, s.engagementRatePct.previous],
        ['announcement_open_rate_pct', s.openRatePct.value, s.openRatePct.previous],
      ].map(([metric, value, previous]) => ({
        key: String(metric),
        cells: [metric, value, previous, metric === 'new_followers_last_7_days' ? days(f.newThisWeek.range) : days(d.stats.current), metric === 'new_followers_last_7_days' ? null : days(d.stats.previous)],
      })),
    ),
    'followers-over-time': table(
      ['bucket_start', 'granularity', 'followers_total', 'new_followers', 'lost_followers', 'previous_followers_total', 'previous_new_followers'],
      d.series.buckets.map((b, i) => ({
        key: b,
        cells: [b, d.series.granularity, d.series.total[i], d.series.newFollowers[i], d.series.lostFollowers[i], d.series.previousTotal[i] ?? null, d.series.previousNew[i] ?? null],
      })),
    ),
    'top-characters': table(
      ['id', 'name', 'new_followers', 'previous_new_followers', 'share_pct'],
      d.topCharacters.map((c) => ({ key: c.id, cells: [c.id, c.name, c.newFollowers.value, c.newFollowers.previous, c.sharePct] })),
    ),
    countries: table(
      ['country', 'name', 'avg_daily_active_users', 'previous_avg_daily_active_users', 'share_pct', 'previous_share_pct', 'share_change_pts'],
      d.countries.map((c) => ({
        key: c.country,
        cells: [c.country, c.name, c.avgDailyActive.value, c.avgDailyActive.previous, c.sharePct.value, c.sharePct.previous, c.shareChangePts],
      })),
    ),
    hashtags: table(
      ['rank', 'hashtag', 'impressions', 'previous_impressions', 'share_pct', 'previous_rank', 'own_tag'],
      d.hashtags.map((h) => ({ key: h.hashtag, cells: [h.rank, h.hashtag, h.impressions.value, h.impressions.previous, h.sharePct, h.previousRank, h.own ? 'yes' : 'no'] })),
    ),
    announcements: announcementTable(d.announcements.inPeriod),
    'announcements-over-time': announcementTable(d.announcements.history),
    'peak-hours': peakHoursTable(d.peakHours),
  };
}

/** The insight cards, one row each, with the thresholds they were computed with. */
export function insightsTable(r: InsightsResult): CsvTable {
  return table(
    ['rule', 'id', 'title', 'finding', 'figures', 'why_it_matters', 'suggested_move', 'evidence', 'window'],
    r.insights.map((i) => ({
      key: i.id,
      cells: [
        i.rule,
        i.id,
        i.title,
        i.finding,
        i.figures.map((f) => `${f.label}: ${f.value}`).join('; '),
        i.why,
        i.move,
        i.evidence.href,
        r.window ? `${r.window.from}..${r.window.to}` : null,
      ],
    })),
  );
}
