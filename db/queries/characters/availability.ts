// Why a figure of the platform's newer fields and collections is not available, in a creator's words.
// Older platforms send no embed prices, distinct users or embed tokens, and answer 404 for chat lengths
// and topics: every view then says so, never zero.
import type { Db } from '../../open';
import { dateLabel } from '../../words/dates';
import { statsExtent, type DayWindow } from '../content/aggregate';
import type { Unavailable } from '../types/content';

export const NOT_SENT = {
  embedPrice: 'The platform does not send embed prices (older platforms do not).',
  characterPrice: 'The platform sent no embed price for this character.',
  embedTokens: 'The platform did not send the embed part of the tokens for these days (older platforms do not).',
  users: 'The platform did not send its count of distinct users for these days (older platforms do not).',
} as const;

export type Collection = 'chat-lengths' | 'topics';

export const COLLECTIONS: Record<Collection, { resource: string; table: string; name: string }> = {
  'chat-lengths': { resource: 'stats/character-chat-lengths', table: 'stats_character_chat_lengths', name: 'chat lengths' },
  topics: { resource: 'stats/character-topics', table: 'stats_character_topics', name: 'topic counts' },
};

interface SyncRow {
  notOfferedAt: string | null;
  lastCompletedAt: string | null;
}

/**
 * Why a collection cannot answer for a window of stats days: the platform does not offer it, nothing
 * of it is synced yet, or its first day comes after the window's start (`whole`: the window must lie
 * inside what it covers, as a comparison must; otherwise only wholly before it is unavailable). Null:
 * it answers (a character without rows there had none of those chats).
 */
export function collectionUnavailable(db: Db, c: Collection, window: DayWindow | null, whole = false): Unavailable {
  const { resource, table, name } = COLLECTIONS[c];
  const sync = db.prepare('SELECT not_offered_at AS notOfferedAt, last_completed_at AS lastCompletedAt FROM sync_state WHERE resource = ?').get(resource) as SyncRow | undefined;
  if (sync?.notOfferedAt) return `The platform does not offer ${name}: it answered “not found” for them on ${dateLabel(sync.notOfferedAt.slice(0, 10))} (older platforms do not have them).`;
  const extent = statsExtent(db, table);
  if (!extent) return sync?.lastCompletedAt ? `The platform has sent no ${name} yet.` : `No ${name} have been synced yet.`;
  if (!window) return null;
  if (window.to < extent.first || (whole && window.from < extent.first)) return `The platform’s ${name} start on ${dateLabel(extent.first)}, after ${whole ? 'this comparison period began' : 'this period'}.`;
  return null;
}
