// One valid row per collection resource, as the platform would send it.
import type { ResourceName } from '../../electron/sync/client/index.js';
import { T0, ledgerRow } from './server.js';

const D = '2026-03-04';

export const SAMPLES: Record<ResourceName, Record<string, unknown>> = {
  characters: { id: 'ch1', name: 'Nova <b>', created_at: T0, updated_at: T0, tags: ['sci-fi'], greeting_updated_at: T0, embed_price: { currency: 'USD', per_million_tokens: '3.75' } },
  plugins: { id: 'pl1', name: 'Dice', created_at: T0, updated_at: T0, tags: [] },
  stories: {
    id: 'st1', title: 'The Keep', created_at: T0, updated_at: T0, tags: ['dark'],
    chapters: [{ index: 0, title: 'Gate' }, { index: 1, title: 'Hall' }],
    milestones: [{ key: 'm1', title: 'Found the key' }],
    identities: [{ key: 'i1', name: 'Knight' }],
  },
  announcements: { id: 'an1', posted_at: T0, title: 'New story!', delivered: 100, opened: 40, engaged: 7, updated_at: T0 },
  ledger: ledgerRow('L1', { available_on: '2026-04-01', payout_id: null, description: 'chat share' }),
  payouts: {
    id: 'po1', created_at: T0, updated_at: T0, period_start: '2026-02-01', period_end: '2026-02-28', currency: 'USDT',
    amount: '120.00', fee: '1.5', status: 'paid', method: 'usdt_wallet', network: 'TRC-20', tx_hash: '0xabc',
    arrival_date: '2026-03-05', breakdown: [{ source_type: 'character', source_id: 'ch1', amount: '120.00' }],
  },
  support: { id: 'su1', occurred_at: T0, updated_at: T0, supporter_name: '💖 "fan" <script>', message: 'line1\nline2', amount: '5', currency: 'USD' },
  'stats/characters': {
    character_id: 'ch1', date: D, chats_started: 10, messages: 120, tokens: 50000, active_users: 8, active_users_30d: 30,
    returning_users: 3, profile_views: 90, chats_from_profile: 9, rating_count: 4, rating_sum: 17, new_followers: 2, users_total: 412,
    embed_tokens: 20000, updated_at: T0,
  },
  'stats/character-scenarios': { character_id: 'ch1', date: D, scenario: 'tavern', chats: 3, updated_at: T0 },
  'stats/character-models': { character_id: 'ch1', date: D, model: 'model-x', chats: 3, updated_at: T0 },
  'stats/character-chat-lengths': { character_id: 'ch1', date: D, length: '4-5', chats: 3, updated_at: T0 },
  'stats/character-topics': { character_id: 'ch1', date: D, topic: 'how-to', chats: 12, updated_at: T0 },
  'stats/activity-hourly': { date: D, hour: 0, chats_started: 1, messages: 2, updated_at: T0 },
  'stats/plugins': {
    plugin_id: 'pl1', date: D, installs: 3, uninstalls: 1, installs_total: 40, active_chats: 12, active_chats_7d: 30, chats: 15,
    rating_count: 2, rating_sum: 9, updated_at: T0,
  },
  'stats/stories': { story_id: 'st1', date: D, plays: 20, players: 15, replays: 5, playtime_seconds: 3600, completions: 4, updated_at: T0 },
  'stats/story-chapters': { story_id: 'st1', date: D, chapter: 1, reached: 12, dropped: 4, updated_at: T0 },
  'stats/story-milestones': { story_id: 'st1', date: D, milestone: 'm1', hits: 6, updated_at: T0 },
  'stats/story-identities': { story_id: 'st1', date: D, identity: 'i1', plays: 6, updated_at: T0 },
  'stats/audience': { date: D, followers_total: 1000, new_followers: 12, lost_followers: 3, updated_at: T0 },
  'stats/countries': { date: D, country: 'BR', active_users: 40, updated_at: T0 },
  'stats/hashtags': { date: D, hashtag: '#fantasy', impressions: 900, updated_at: T0 },
};

/** The money fields of each resource's rows (top level). */
export const MONEY_FIELDS: Partial<Record<ResourceName, string[]>> = {
  ledger: ['gross', 'fee', 'net'],
  payouts: ['amount', 'fee'],
  support: ['amount'],
};
