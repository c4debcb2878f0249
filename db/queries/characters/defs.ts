// The character metrics, as the platform contract defines them (platform-api.md, /v1/stats/characters).
import type { Db } from '../../open';
import type { KeyedTable, StatsTable } from '../content/aggregate';
import type { MetricDef } from '../content/metrics';
import type { CharacterInfo, CharacterMetric } from '../types/content';
import { parseList } from '../json-list';

export const CHARACTER_STATS: StatsTable = {
  table: 'stats_characters',
  catalogue: 'characters',
  id: 'character_id',
  sum: ['chats_started', 'messages', 'tokens', 'active_users', 'returning_users', 'profile_views', 'chats_from_profile', 'rating_count', 'rating_sum', 'embed_tokens', 'embed_days'],
  // A distinct count over 30 days: summing days would count a returning fan once per day.
  last: ['active_users_30d'],
};

export const CHARACTER_METRICS: Record<CharacterMetric, MetricDef> = {
  chatsStarted: { of: { sum: 'chats_started' } },
  messages: { of: { sum: 'messages' } },
  tokens: { of: { sum: 'tokens' } },
  activeUsers30d: { of: { last: 'active_users_30d' } },
  avgMessagesPerChat: { ratio: [{ sum: 'messages' }, { sum: 'chats_started' }] },
  avgRating: { ratio: [{ sum: 'rating_sum' }, { sum: 'rating_count' }] },
  ratingCount: { of: { sum: 'rating_count' } },
  conversion: { ratio: [{ sum: 'chats_from_profile' }, { sum: 'profile_views' }] },
  // Conversion's numerator, shown beside it so the rate can be checked against its counts.
  chatsFromProfile: { of: { sum: 'chats_from_profile' } },
  returnRate: { ratio: [{ sum: 'returning_users' }, { sum: 'active_users' }] },
  profileViews: { of: { sum: 'profile_views' } },
  // The part of the tokens businesses used through embed/API: unknown on days an older platform sent
  // without it.
  embedTokens: { of: { sum: 'embed_tokens' }, known: 'embed_days' },
};

export const SCENARIOS: KeyedTable = { table: 'stats_character_scenarios', id: 'character_id', key: 'scenario', value: 'chats', catalogue: 'characters' };
export const MODELS: KeyedTable = { table: 'stats_character_models', id: 'character_id', key: 'model', value: 'chats', catalogue: 'characters' };

/** Streams of a character's money: chat share (the marketplace) and embed/API use by businesses. */
export const MARKETPLACE = ['character'] as const;
export const EMBED = ['embed'] as const;
export const CHARACTER_STREAMS = ['character', 'embed'] as const;

/** Characters the platform still lists (a tombstone removes the row, so deleted ones are absent). */
export function liveCharacters(db: Db, id?: string): CharacterInfo[] {
  const rows = db.prepare(
    `SELECT id, name, created_at AS createdAt, tags, greeting_updated_at AS greetingUpdatedAt FROM characters
     ${id === undefined ? '' : 'WHERE id = ?'} ORDER BY name, id`,
  )
    .all(...(id === undefined ? [] : [id])) as (Omit<CharacterInfo, 'tags'> & { tags: string })[];
  return rows.map((r) => ({ ...r, tags: parseList(r.tags) }));
}
