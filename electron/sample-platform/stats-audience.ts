// Audience-wide daily stats: hourly activity (a clear evening peak), followers, countries (Brazil rising
// fast over the last three months) and hashtags (the top one is not among the creator's own tags).
import type { ScaleConfig } from './config';
import type { Frame } from './model';
import { count, growth, revised, weekly } from './model';
import { hash, rngAt, tag } from './rng';
import type { StatsSpec } from './stats-feed';
import { dayString } from './time';
import { COUNTRIES, OTHER_HASHTAGS, SURPRISE_HASHTAG } from './texts';

const T_HOURLY = tag('stats-hourly');
const T_AUDIENCE = tag('stats-audience');
const T_COUNTRY = tag('stats-country');
const T_HASHTAG = tag('stats-hashtag');

/** Share of the day's chats by UTC hour: peak at 23:00 UTC (20:00 in São Paulo), a smaller one at 14:00. */
const HOURLY = (() => {
  const circ = (h: number, c: number) => Math.min(Math.abs(h - c), 24 - Math.abs(h - c));
  const w = Array.from({ length: 24 }, (_, h) => 0.2 + Math.exp(-(circ(h, 23) ** 2) / (2 * 2.2 ** 2)) + 0.3 * Math.exp(-(circ(h, 14) ** 2) / 8));
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
})();

/** Share of active users in Brazil: ~3% until 90 days before the anchor, then rising to ~25%. */
export function brazilShare(frame: Frame, day: number): number {
  const start = frame.anchor - 90;
  return day < start ? 0.03 : 0.03 + 0.22 * Math.min(1, (day - start) / 90);
}

export interface Audience {
  specs: StatsSpec[];
  followersTotal(day: number): number;
}

export function audienceSpecs(frame: Frame, cfg: ScaleConfig, ownTags: string[]): Audience {
  const scale = cfg.audience;
  const followsOn = (day: number) => {
    const r = rngAt(frame.seed, T_AUDIENCE, day);
    const gained = count(25 * scale * growth(frame, day) * weekly(day) * r.noise(0.3));
    return { gained, lost: count(gained * 0.22 * r.noise(0.3)) };
  };
  const totals: number[] = [];
  const followersTotal = (day: number): number => {
    while (totals.length <= day - frame.firstDay) {
      const { gained, lost } = followsOn(frame.firstDay + totals.length);
      totals.push((totals.length > 0 ? totals[totals.length - 1]! : count(300 * scale)) + gained - lost);
    }
    return totals[Math.max(0, day - frame.firstDay)]!;
  };
  const countries = COUNTRIES.slice(0, cfg.countries).map(([code, w]) => ({ code, w })).sort((a, b) => (a.code < b.code ? -1 : 1));
  const othersBase = countries.reduce((a, c) => a + (c.code === 'BR' ? 0 : c.w), 0);
  const others = cfg.scale === 'tiny' ? OTHER_HASHTAGS.slice(0, 1) : OTHER_HASHTAGS;
  const hashtags = [...new Set([...ownTags, SURPRISE_HASHTAG, ...others])].sort();
  const base = { firstDay: frame.firstDay };
  const specs: StatsSpec[] = [
    {
      ...base,
      resource: 'stats/activity-hourly',
      firstMetric: 'chats_started',
      rowsOn: () => 24,
      row(day, hour, v) {
        const r = rngAt(frame.seed, T_HOURLY, day, hour);
        const chats = count(600 * scale * growth(frame, day) * weekly(day) * HOURLY[hour]! * r.noise(0.08));
        return { date: dayString(day), hour, chats_started: revised(chats, v), messages: revised(count(chats * 14 * r.noise(0.1)), v) };
      },
    },
    {
      ...base,
      resource: 'stats/audience',
      firstMetric: 'followers_total',
      rowsOn: () => 1,
      row(day, _pos, v) {
        const { gained, lost } = followsOn(day);
        return { date: dayString(day), followers_total: followersTotal(day), new_followers: revised(gained, v), lost_followers: revised(lost, v) };
      },
    },
    {
      ...base,
      resource: 'stats/countries',
      firstMetric: 'active_users',
      rowsOn: () => countries.length,
      row(day, pos, v) {
        const c = countries[pos]!;
        const users = 400 * scale * growth(frame, day) * weekly(day) * rngAt(frame.seed, T_COUNTRY, day).noise(0.1);
        const br = brazilShare(frame, day);
        const s = c.code === 'BR' ? br : (c.w / othersBase) * (1 - br);
        return { date: dayString(day), country: c.code, active_users: revised(count(users * s * rngAt(frame.seed, T_COUNTRY, day, pos).noise(0.06)), v) };
      },
    },
    {
      ...base,
      resource: 'stats/hashtags',
      firstMetric: 'impressions',
      rowsOn: () => hashtags.length,
      row(day, pos, v) {
        const h = hashtags[pos]!;
        const t = Math.min(1.2, Math.max(0, (day - frame.firstDay) / Math.max(1, frame.anchor - frame.firstDay)));
        const w = h === SURPRISE_HASHTAG ? 0.3 + 2.7 * t * t : ownTags.includes(h) ? 0.35 + 0.0065 * (hash(frame.seed, T_HASHTAG, pos) % 100) : 0.25;
        const r = rngAt(frame.seed, T_HASHTAG, day, pos);
        return { date: dayString(day), hashtag: h, impressions: revised(count(1500 * scale * growth(frame, day) * weekly(day) * w * r.noise(0.2)), v) };
      },
    },
  ];
  return { specs, followersTotal };
}
