// How each platform resource lands in its SQLite table: the key columns (what a re-delivered row
// replaces, what a tombstone deletes) and how each column is computed from a parsed row.
import type { ResourceName } from './client/index.js';

type Row = Record<string, unknown>;
type EmbedPrice = { currency: string; per_million_tokens: number };
type Column = string | ((row: Row) => unknown);

export interface TableSpec {
  table: string;
  keys: string[];
  /** column name -> the row field of the same name (string) or a function of the row */
  columns: Record<string, Column>;
}

const json = (field: string) => (row: Row) => JSON.stringify(row[field] ?? []);
const epochMs = (field: string) => (row: Row) => Date.parse(row[field] as string);

/** Columns named exactly like the contract's fields. */
const same = (...fields: string[]): Record<string, Column> => Object.fromEntries(fields.map((f) => [f, f]));

const stats = (table: string, keys: string[], metrics: string[]): TableSpec => ({
  table,
  keys,
  columns: same(...keys, ...metrics, 'updated_at'),
});

export const TABLES: Record<ResourceName, TableSpec> = {
  characters: {
    table: 'characters',
    keys: ['id'],
    columns: {
      ...same('id', 'name', 'created_at', 'updated_at', 'greeting_updated_at'),
      tags: json('tags'),
      // Each version of the price is kept by the table's triggers (migration 0016).
      embed_price_currency: (row) => (row.embed_price as EmbedPrice | null)?.currency ?? null,
      embed_price_micros: (row) => (row.embed_price as EmbedPrice | null)?.per_million_tokens ?? null,
    },
  },
  plugins: { table: 'plugins', keys: ['id'], columns: { ...same('id', 'name', 'created_at', 'updated_at'), tags: json('tags') } },
  stories: {
    table: 'stories',
    keys: ['id'],
    columns: {
      ...same('id', 'title', 'created_at', 'updated_at'),
      tags: json('tags'),
      chapters: json('chapters'),
      milestones: json('milestones'),
      identities: json('identities'),
    },
  },
  announcements: {
    table: 'announcements',
    keys: ['id'],
    columns: same('id', 'posted_at', 'title', 'delivered', 'opened', 'engaged', 'updated_at'),
  },
  ledger: {
    table: 'ledger',
    keys: ['id'],
    columns: {
      ...same('id', 'occurred_at', 'updated_at', 'stream', 'source_type', 'source_id', 'currency', 'gross', 'fee', 'net', 'status'),
      ...same('available_on', 'payout_id', 'description'),
      occurred_ms: epochMs('occurred_at'),
    },
  },
  payouts: {
    table: 'payouts',
    keys: ['id'],
    columns: {
      ...same('id', 'created_at', 'updated_at', 'period_start', 'period_end', 'currency', 'amount', 'fee', 'status', 'method'),
      ...same('network', 'tx_hash', 'arrival_date', 'failure_reason'),
      created_ms: epochMs('created_at'),
      breakdown: json('breakdown'),
      source_count: (row) => (Array.isArray(row.breakdown) ? row.breakdown.length : 0),
    },
  },
  support: {
    table: 'support',
    keys: ['id'],
    columns: {
      ...same('id', 'occurred_at', 'updated_at', 'supporter_name', 'message', 'amount', 'currency', 'source_type', 'source_id'),
      occurred_ms: epochMs('occurred_at'),
    },
  },
  'stats/characters': stats(
    'stats_characters',
    ['character_id', 'date'],
    ['chats_started', 'messages', 'tokens', 'active_users', 'active_users_30d', 'returning_users', 'profile_views', 'chats_from_profile', 'rating_count', 'rating_sum', 'new_followers', 'users_total', 'embed_tokens'],
  ),
  'stats/character-scenarios': stats('stats_character_scenarios', ['character_id', 'date', 'scenario'], ['chats']),
  'stats/character-models': stats('stats_character_models', ['character_id', 'date', 'model'], ['chats']),
  'stats/character-chat-lengths': stats('stats_character_chat_lengths', ['character_id', 'date', 'length'], ['chats']),
  'stats/character-topics': stats('stats_character_topics', ['character_id', 'date', 'topic'], ['chats']),
  'stats/activity-hourly': stats('stats_activity_hourly', ['date', 'hour'], ['chats_started', 'messages']),
  'stats/plugins': stats(
    'stats_plugins',
    ['plugin_id', 'date'],
    ['installs', 'uninstalls', 'installs_total', 'active_chats', 'active_chats_7d', 'chats', 'rating_count', 'rating_sum'],
  ),
  'stats/stories': stats('stats_stories', ['story_id', 'date'], ['plays', 'players', 'replays', 'playtime_seconds', 'completions']),
  'stats/story-chapters': stats('stats_story_chapters', ['story_id', 'date', 'chapter'], ['reached', 'dropped']),
  'stats/story-milestones': stats('stats_story_milestones', ['story_id', 'date', 'milestone'], ['hits']),
  'stats/story-identities': stats('stats_story_identities', ['story_id', 'date', 'identity'], ['plays']),
  'stats/audience': stats('stats_audience', ['date'], ['followers_total', 'new_followers', 'lost_followers']),
  'stats/countries': stats('stats_countries', ['date', 'country'], ['active_users']),
  'stats/hashtags': stats('stats_hashtags', ['date', 'hashtag'], ['impressions']),
};
