// How each Characters, Plugins and Stories metric reads on screen: its label, its unit and, for a
// ratio, why it can be undefined, so "–" always comes with a reason.
import type { CharacterMetric, PluginMetric, StoryMetric } from '../../../electron/api/types';
import { compactNumber, decimalText, formatCount, formatDuration, ratingText, ratioText, significantNumber } from '../../../db/words/numbers';

export type Unit = 'count' | 'ratio' | 'decimal' | 'rating' | 'seconds';

export interface MetricMeta {
  label: string;
  unit: Unit;
  /** Shown as the tooltip of "–" when the value is undefined. */
  why: string;
  /** What the number means, in a sentence (tooltip of the label). */
  help?: string;
  /** A rise is bad news (uninstalls): its change is coloured the other way round. */
  downIsGood?: boolean;
  /** A flow counted per day (chats, installs, plays): a period's days add up to its total. Levels
   *  (total installs, 30-day actives) and rates do not. */
  additive?: boolean;
  /** For a rate: what its numerator and denominator count, shown beside it ("312 of 773 profile views"). */
  parts?: { of: string; in: string };
}

const NO_STATS = 'no stats for this period yet';

export const CHARACTER_META: Record<CharacterMetric, MetricMeta> = {
  chatsStarted: { label: 'Chats started', unit: 'count', additive: true, why: NO_STATS },
  messages: { label: 'Messages', unit: 'count', additive: true, why: NO_STATS },
  tokens: { label: 'Tokens', unit: 'count', additive: true, why: NO_STATS },
  activeUsers30d: { label: 'Active users (30 days)', unit: 'count', why: 'no stats day in this period', help: 'Distinct users in the 30 days ending on the last stats day of the period (distinct counts are never added up).' },
  avgMessagesPerChat: { label: 'Messages per chat', parts: { of: 'messages', in: 'chats' }, unit: 'decimal', why: 'no chats started in this period', help: 'Conversation depth: messages ÷ chats started. Does the character hold attention beyond the first scene?' },
  avgRating: { label: 'Average rating', parts: { of: 'stars', in: 'ratings' }, unit: 'rating', why: 'no ratings in this period', help: 'Out of 5 stars: rating sum ÷ number of ratings.' },
  ratingCount: { label: 'Ratings', unit: 'count', additive: true, why: NO_STATS },
  conversion: { label: 'Profile-to-chat conversion', parts: { of: 'chats from the profile', in: 'profile views' }, unit: 'ratio', why: 'no profile views in this period', help: 'Chats started from the profile ÷ profile views. Does the greeting work?' },
  returnRate: { label: 'Return user rate', parts: { of: 'returning users', in: 'active users' }, unit: 'ratio', why: 'no active users in this period', help: 'Returning users ÷ active users, over the days of the period.' },
  profileViews: { label: 'Profile views', unit: 'count', additive: true, why: NO_STATS },
  chatsFromProfile: { label: 'Chats from the profile', unit: 'count', additive: true, why: NO_STATS, help: 'Chats started from the profile page: the part of profile views that converted.' },
  embedTokens: {
    label: 'Embed tokens',
    unit: 'count',
    additive: true,
    why: 'not sent by the platform for these days (older platforms do not), or no stats yet',
    help: 'Tokens businesses used through embed or API: what embed revenue is paid for, at your per-token price.',
  },
};

export const PLUGIN_META: Record<PluginMetric, MetricMeta> = {
  installsTotal: { label: 'Total installs', unit: 'count', why: 'no stats day in this period', help: 'Installs at the end of the last stats day of the period.' },
  installs: { label: 'Installs', unit: 'count', additive: true, why: NO_STATS },
  uninstalls: { label: 'Uninstalls', unit: 'count', additive: true, why: NO_STATS, downIsGood: true },
  activeChats7d: { label: 'Active in chats (week)', unit: 'count', why: 'no stats day in this period', help: 'Distinct chats using the plugin in the 7 days ending on the last stats day.' },
  chats: { label: 'Chats using it', unit: 'count', additive: true, why: NO_STATS },
  chatsPerInstall: { label: 'Chats per install', parts: { of: 'chats', in: 'installs' }, unit: 'decimal', why: 'no installs yet', help: 'Chats that used the plugin in the period ÷ total installs: whether installers stick.' },
  activeRatio: { label: 'Active ÷ installs', parts: { of: 'active in chats', in: 'installs' }, unit: 'ratio', why: 'no installs yet', help: 'Active in chats (week) ÷ total installs. Low means installs are not turning into use: churn.' },
  rating: { label: 'Rating', parts: { of: 'stars', in: 'ratings' }, unit: 'rating', why: 'no ratings in this period' },
  ratingCount: { label: 'Ratings', unit: 'count', additive: true, why: NO_STATS },
};

export const STORY_META: Record<StoryMetric, MetricMeta> = {
  plays: { label: 'Plays', unit: 'count', additive: true, why: NO_STATS },
  avgPlaytime: { label: 'Average playtime', parts: { of: 'seconds played', in: 'plays' }, unit: 'seconds', why: 'no plays in this period', help: 'Playtime ÷ plays.' },
  completionRate: { label: 'Completion rate', parts: { of: 'completions', in: 'plays' }, unit: 'ratio', why: 'no plays in this period', help: 'Plays that reached a resolution ÷ plays.' },
  replayRate: { label: 'Replay rate', parts: { of: 'replays', in: 'plays' }, unit: 'ratio', why: 'no plays in this period', help: 'Replays ÷ plays.' },
  completions: { label: 'Completions', unit: 'count', additive: true, why: NO_STATS },
  replays: { label: 'Replays', unit: 'count', additive: true, why: NO_STATS },
};

/** A value in its unit; null reads "–" (the caller adds the reason as a tooltip). */
export function formatValue(v: number | null, unit: Unit): string {
  if (v === null) return '–';
  switch (unit) {
    case 'count':
      return formatCount(Math.round(v));
    case 'ratio':
      return ratioText(v);
    case 'decimal':
      // Small ratios such as chats per install (0.19) need two places; depths such as 41.7 one.
      return decimalText(v, Math.abs(v) < 1 ? 2 : 1);
    case 'rating':
      return ratingText(v);
    case 'seconds':
      return formatDuration(v);
  }
}

/** Steps a duration axis may take: whole minutes and hours, so ticks read "10m 00s", not "8m 20s". */
const DURATION_STEPS = [15, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600];

/** The duration step that puts at most six ticks above zero under the largest value. */
export function durationStep(values: readonly (number | null)[]): number | undefined {
  const max = values.reduce<number>((m, v) => (v !== null && v > m ? v : m), 0);
  if (max <= 0) return undefined;
  return DURATION_STEPS.find((step) => max / step <= 6) ?? DURATION_STEPS[DURATION_STEPS.length - 1];
}

/** Chart axis labels: compact numbers, percentages without decimals. */
export function axisFormat(unit: Unit): (v: number) => string {
  if (unit === 'ratio') return (v) => `${Math.round(v * 1000) / 10}%`;
  // Durations tick on whole minutes (durationStep): "10m", not "10m 00s".
  if (unit === 'seconds') return (v) => (v === 0 ? '0' : formatDuration(v).replace(/ 00s$/, ''));
  if (unit === 'decimal') return significantNumber;
  return compactNumber;
}

/** The change from previous to value in the metric's own terms: percentage points for ratios. */
export function formatChange(value: number | null, previous: number | null, unit: Unit): { text: string; direction: 'up' | 'down' | 'flat'; pct: number | null } | null {
  if (value === null || previous === null) return null;
  const diff = value - previous;
  const direction = Math.abs(diff) < 1e-12 ? 'flat' : diff > 0 ? 'up' : 'down';
  const sign = direction === 'up' ? '+' : direction === 'down' ? '−' : '±';
  const pct = previous === 0 ? null : (diff / Math.abs(previous)) * 100;
  const abs = Math.abs(diff);
  const text =
    unit === 'ratio'
      ? `${sign}${decimalText(abs * 100)} pts`
      : unit === 'count'
        ? `${sign}${formatCount(Math.round(abs))}`
        : unit === 'seconds'
          ? `${sign}${formatDuration(abs)}`
          : `${sign}${abs < 0.01 ? abs.toPrecision(2) : abs.toFixed(2)}`;
  return { text, direction, pct };
}
