// The two numbers the creator guide calls actually useful per character, over the rule window:
// profile-to-chat conversion (does the greeting work?) and messages per chat (does it hold
// attention?), with the creator's own medians as the yardstick.
import type { Db } from '../../open';
import type { DayRange } from '../types/audience';
import { median } from './context';

export interface CharacterRates {
  id: string;
  name: string;
  greetingUpdatedAt: string | null;
  profileViews: number;
  chatsFromProfile: number;
  chats: number;
  messages: number;
  /** chats_from_profile / profile_views; null without profile views. */
  conversion: number | null;
  /** messages / chats_started; null without chats. */
  messagesPerChat: number | null;
}

export interface CharacterRateSet {
  window: DayRange;
  characters: CharacterRates[];
  /** Characters with enough profile views to judge their conversion. */
  judged: CharacterRates[];
  medianConversion: number | null;
  medianMessages: number | null;
}

/** Medians need a few characters to mean "usual for this creator". */
export const MIN_CHARACTERS = 3;

/** Each character's days through its key, walking the catalogue (the date index would cost a second search per row). */
export function characterRates(db: Db, window: DayRange, minProfileViews: number): CharacterRateSet {
  const rows = db.prepare(
    `SELECT c.id, c.name, c.greeting_updated_at AS greetingUpdatedAt,
       sum(s.profile_views) AS profileViews, sum(s.chats_from_profile) AS chatsFromProfile,
       sum(s.chats_started) AS chats, sum(s.messages) AS messages
     FROM characters c CROSS JOIN stats_characters s ON s.character_id = c.id AND s.date >= ? AND s.date <= ?
     GROUP BY c.id ORDER BY c.id`,
  )
    .all(window.from, window.to) as Omit<CharacterRates, 'conversion' | 'messagesPerChat'>[];
  const characters = rows.map((r) => ({
    ...r,
    conversion: r.profileViews > 0 ? r.chatsFromProfile / r.profileViews : null,
    messagesPerChat: r.chats > 0 ? r.messages / r.chats : null,
  }));
  const judged = characters.filter((c) => c.profileViews >= minProfileViews && c.conversion !== null && c.messagesPerChat !== null);
  const enough = judged.length >= MIN_CHARACTERS;
  return {
    window,
    characters,
    judged,
    medianConversion: enough ? median(judged.map((c) => c.conversion!)) : null,
    medianMessages: enough ? median(judged.map((c) => c.messagesPerChat!)) : null,
  };
}
