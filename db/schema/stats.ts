import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Daily stats, keyed exactly as the contract keys them (all fields before the first metric).
// `date` is the platform's UTC calendar day, 'YYYY-MM-DD'.

export const statsCharacters = sqliteTable(
  'stats_characters',
  {
    characterId: text('character_id').notNull(),
    date: text('date').notNull(),
    chatsStarted: integer('chats_started').notNull(),
    messages: integer('messages').notNull(),
    tokens: integer('tokens').notNull(),
    activeUsers: integer('active_users').notNull(),
    activeUsers30d: integer('active_users_30d').notNull(),
    returningUsers: integer('returning_users').notNull(),
    profileViews: integer('profile_views').notNull(),
    chatsFromProfile: integer('chats_from_profile').notNull(),
    ratingCount: integer('rating_count').notNull(),
    ratingSum: integer('rating_sum').notNull(),
    newFollowers: integer('new_followers').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** Distinct users who ever chatted with the character, at the end of the day; null when the
     *  platform does not send it (older platforms): never read as zero. */
    usersTotal: integer('users_total'),
    /** The part of `tokens` used through embed/API; null when not sent. */
    embedTokens: integer('embed_tokens'),
    /** 1 when the day carries embed_tokens: summed beside them, so a window says how many of its days
     *  know their embed use (none: not available). */
    embedDays: integer('embed_days').generatedAlwaysAs(sql`embed_tokens IS NOT NULL`, { mode: 'virtual' }),
  },
  (t) => [primaryKey({ columns: [t.characterId, t.date] }), index('stats_characters_date').on(t.date)],
);

export const statsCharacterScenarios = sqliteTable(
  'stats_character_scenarios',
  {
    characterId: text('character_id').notNull(),
    date: text('date').notNull(),
    scenario: text('scenario').notNull(),
    chats: integer('chats').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.characterId, t.date, t.scenario] })],
);

export const statsCharacterModels = sqliteTable(
  'stats_character_models',
  {
    characterId: text('character_id').notNull(),
    date: text('date').notNull(),
    model: text('model').notNull(),
    chats: integer('chats').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.characterId, t.date, t.model] })],
);

/** Chats that ended on the day by how many messages they had ('1', '2', '3', '4-5', '6-10', '11-20',
 *  '21-50', '51+'): where conversations end, without any of their contents. Stored WITHOUT ROWID (0016). */
export const statsCharacterChatLengths = sqliteTable(
  'stats_character_chat_lengths',
  {
    characterId: text('character_id').notNull(),
    date: text('date').notNull(),
    length: text('length').notNull(),
    chats: integer('chats').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.characterId, t.date, t.length] })],
);

/** Chats of the day per topic label of the platform's own fixed list, sent only where at least ten
 *  chats of the character had it. Stored WITHOUT ROWID (0016). */
export const statsCharacterTopics = sqliteTable(
  'stats_character_topics',
  {
    characterId: text('character_id').notNull(),
    date: text('date').notNull(),
    topic: text('topic').notNull(),
    chats: integer('chats').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.characterId, t.date, t.topic] })],
);

export const statsActivityHourly = sqliteTable(
  'stats_activity_hourly',
  {
    date: text('date').notNull(),
    hour: integer('hour').notNull(),
    chatsStarted: integer('chats_started').notNull(),
    messages: integer('messages').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.date, t.hour] })],
);

export const statsPlugins = sqliteTable(
  'stats_plugins',
  {
    pluginId: text('plugin_id').notNull(),
    date: text('date').notNull(),
    installs: integer('installs').notNull(),
    uninstalls: integer('uninstalls').notNull(),
    installsTotal: integer('installs_total').notNull(),
    activeChats: integer('active_chats').notNull(),
    activeChats7d: integer('active_chats_7d').notNull(),
    chats: integer('chats').notNull(),
    ratingCount: integer('rating_count').notNull(),
    ratingSum: integer('rating_sum').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pluginId, t.date] }), index('stats_plugins_date').on(t.date)],
);

export const statsStories = sqliteTable(
  'stats_stories',
  {
    storyId: text('story_id').notNull(),
    date: text('date').notNull(),
    plays: integer('plays').notNull(),
    players: integer('players').notNull(),
    replays: integer('replays').notNull(),
    playtimeSeconds: integer('playtime_seconds').notNull(),
    completions: integer('completions').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.date] }), index('stats_stories_date').on(t.date)],
);

export const statsStoryChapters = sqliteTable(
  'stats_story_chapters',
  {
    storyId: text('story_id').notNull(),
    date: text('date').notNull(),
    chapter: integer('chapter').notNull(),
    reached: integer('reached').notNull(),
    dropped: integer('dropped').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.date, t.chapter] })],
);

export const statsStoryMilestones = sqliteTable(
  'stats_story_milestones',
  {
    storyId: text('story_id').notNull(),
    date: text('date').notNull(),
    milestone: text('milestone').notNull(),
    hits: integer('hits').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.date, t.milestone] })],
);

export const statsStoryIdentities = sqliteTable(
  'stats_story_identities',
  {
    storyId: text('story_id').notNull(),
    date: text('date').notNull(),
    identity: text('identity').notNull(),
    plays: integer('plays').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.date, t.identity] })],
);

export const statsAudience = sqliteTable('stats_audience', {
  date: text('date').primaryKey(),
  followersTotal: integer('followers_total').notNull(),
  newFollowers: integer('new_followers').notNull(),
  lostFollowers: integer('lost_followers').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const statsCountries = sqliteTable(
  'stats_countries',
  {
    date: text('date').notNull(),
    country: text('country').notNull(),
    activeUsers: integer('active_users').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.date, t.country] })],
);

export const statsHashtags = sqliteTable(
  'stats_hashtags',
  {
    date: text('date').notNull(),
    hashtag: text('hashtag').notNull(),
    impressions: integer('impressions').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.date, t.hashtag] })],
);
