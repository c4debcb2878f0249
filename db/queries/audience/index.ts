// The Audience dashboard: followers, where they come from (characters, countries, hashtags) and how
// they respond to announcements. Stats count on their UTC date; announcements by their instant.
import type { Db } from '../../open';
import type { PeriodSpec } from '../period';
import { granularityFor } from '../../time/buckets';
import { periodInfo } from '../period-info';
import type { AudienceDashboard } from '../types/audience';
import { announcementsView } from './announcements';
import { countryShares } from './countries';
import { followerKpis, followerSeries } from './followers';
import { hashtagRanking } from './hashtags';
import { lastStatsDate, statsDays } from './stats-window';
import { topCharactersByFollows } from './top-characters';
import { peakHours, peakWindow } from '../content/peak-hours';

/** The first instant with audience data, for "All time". */
export function earliestAudienceMs(db: Db): number | null {
  const day = db.prepare('SELECT min(date) FROM stats_audience').pluck().get() as string | null;
  const ann = db.prepare('SELECT min(posted_at) FROM announcements').pluck().get() as string | null;
  const candidates = [day && Date.parse(`${day}T12:00:00Z`), ann && Date.parse(ann)].filter((x): x is number => typeof x === 'number');
  return candidates.length ? Math.min(...candidates) : null;
}

export function audienceDashboard(db: Db, spec: PeriodSpec, zone: string, nowMs: number): AudienceDashboard {
  const info = periodInfo(db, spec, zone, nowMs, earliestAudienceMs(db));
  const { current, previous } = info;
  const stats = statsDays(current, previous, lastStatsDate(db, 'stats_audience'));
  // Countries, hashtags and character follows are published with the audience stats, but each
  // table is cut at its own newest day so a late table never looks like a drop.
  const countriesDays = statsDays(current, previous, lastStatsDate(db, 'stats_countries'));
  const hashtagDays = statsDays(current, previous, lastStatsDate(db, 'stats_hashtags'));
  const characterDays = statsDays(current, previous, lastStatsDate(db, 'stats_characters'));
  const asOfMs = info.dataAsOf ? Date.parse(info.dataAsOf) : nowMs;
  const hourly = statsDays(current, null, lastStatsDate(db, 'stats_activity_hourly')).current;
  return {
    period: info,
    stats,
    followers: followerKpis(db, stats),
    series: followerSeries(db, current, previous, stats, granularityFor(current.days), info.provisionalFrom),
    topCharacters: topCharactersByFollows(db, characterDays.current, characterDays.previous),
    countries: countryShares(db, countriesDays.current, countriesDays.previous),
    hashtags: hashtagRanking(db, hashtagDays.current, hashtagDays.previous),
    announcements: announcementsView(db, current, previous, asOfMs),
    peakHours: peakHours(db, peakWindow({ from: current.from, to: hourly?.to ?? current.to }), zone),
  };
}
