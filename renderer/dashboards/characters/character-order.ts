import type { CharacterMetric } from '../../../electron/api/types';

/** The order a character's metrics are shown in, on its page and side by side with another. */
export const CHARACTER_ORDER: CharacterMetric[] = [
  'chatsStarted',
  'conversion',
  'chatsFromProfile',
  'avgMessagesPerChat',
  'activeUsers30d',
  'returnRate',
  'avgRating',
  'messages',
  'tokens',
  'embedTokens',
  'profileViews',
  'ratingCount',
];
