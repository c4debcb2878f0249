// Daily stats rows (shared/platform-api.md, "Daily stats"): key = all fields before the first metric.
// `date` is the platform's UTC calendar day; every metric is a non-negative whole number.
import { z } from 'zod';
import { count, day, feedRow, id, label, optional, says } from './fields.js';

const hour = z.int(says('must be a whole hour 0-23')).min(0, { message: 'must be 0-23' }).max(23, { message: 'must be 0-23' });
const country = z.string(says('must be a country code')).regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as BR' });

export const statsCharacterRowSchema = feedRow(
  { character_id: id, date: day },
  {
    chats_started: count,
    messages: count,
    tokens: count,
    active_users: count,
    active_users_30d: count,
    returning_users: count,
    profile_views: count,
    chats_from_profile: count,
    rating_count: count,
    rating_sum: count,
    new_followers: count,
    // Absent on older platforms: stored as unknown, never as zero.
    users_total: optional(count),
    embed_tokens: optional(count),
  },
);

export const statsCharacterScenarioRowSchema = feedRow({ character_id: id, date: day, scenario: label }, { chats: count });

export const statsCharacterModelRowSchema = feedRow({ character_id: id, date: day, model: label }, { chats: count });

/** The platform's chat-length buckets, in order: where conversations end. */
export const CHAT_LENGTHS = ['1', '2', '3', '4-5', '6-10', '11-20', '21-50', '51+'] as const;
const chatLength = z.enum(CHAT_LENGTHS, says(`must be one of ${CHAT_LENGTHS.join(', ')}`));

export const statsCharacterChatLengthRowSchema = feedRow({ character_id: id, date: day, length: chatLength }, { chats: count });

/** A topic label of the platform's own fixed list (never text from a chat). */
export const statsCharacterTopicRowSchema = feedRow({ character_id: id, date: day, topic: label }, { chats: count });

export const statsActivityHourlyRowSchema = feedRow({ date: day, hour }, { chats_started: count, messages: count });

export const statsPluginRowSchema = feedRow(
  { plugin_id: id, date: day },
  {
    installs: count,
    uninstalls: count,
    installs_total: count,
    active_chats: count,
    active_chats_7d: count,
    chats: count,
    rating_count: count,
    rating_sum: count,
  },
);

export const statsStoryRowSchema = feedRow(
  { story_id: id, date: day },
  { plays: count, players: count, replays: count, playtime_seconds: count, completions: count },
);

export const statsStoryChapterRowSchema = feedRow({ story_id: id, date: day, chapter: count }, { reached: count, dropped: count });

export const statsStoryMilestoneRowSchema = feedRow({ story_id: id, date: day, milestone: label }, { hits: count });

export const statsStoryIdentityRowSchema = feedRow({ story_id: id, date: day, identity: label }, { plays: count });

export const statsAudienceRowSchema = feedRow(
  { date: day },
  { followers_total: count, new_followers: count, lost_followers: count },
);

export const statsCountryRowSchema = feedRow({ date: day, country }, { active_users: count });

export const statsHashtagRowSchema = feedRow({ date: day, hashtag: label }, { impressions: count });

export type StatsCharacterRow = z.output<typeof statsCharacterRowSchema>;
export type StatsCharacterScenarioRow = z.output<typeof statsCharacterScenarioRowSchema>;
export type StatsCharacterModelRow = z.output<typeof statsCharacterModelRowSchema>;
export type StatsCharacterChatLengthRow = z.output<typeof statsCharacterChatLengthRowSchema>;
export type StatsCharacterTopicRow = z.output<typeof statsCharacterTopicRowSchema>;
export type StatsActivityHourlyRow = z.output<typeof statsActivityHourlyRowSchema>;
export type StatsPluginRow = z.output<typeof statsPluginRowSchema>;
export type StatsStoryRow = z.output<typeof statsStoryRowSchema>;
export type StatsStoryChapterRow = z.output<typeof statsStoryChapterRowSchema>;
export type StatsStoryMilestoneRow = z.output<typeof statsStoryMilestoneRowSchema>;
export type StatsStoryIdentityRow = z.output<typeof statsStoryIdentityRowSchema>;
export type StatsAudienceRow = z.output<typeof statsAudienceRowSchema>;
export type StatsCountryRow = z.output<typeof statsCountryRowSchema>;
export type StatsHashtagRow = z.output<typeof statsHashtagRowSchema>;
