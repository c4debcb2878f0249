// A move ticked in the review ("Acted on" an insight card) is an event on the timeline of what the card
// was about. The card's key names its rule and its subject ('insight:greeting:chr_0002',
// 'insight:movers:story:sty_0001', 'insight:country:BR'); this module reads them back.
import { countryName } from '../audience/countries';
import type { InsightRule } from '../types/insights';
import type { ItemKind, ItemRef } from '../types/events';

export interface ActedMove {
  rule: InsightRule;
  /** The character, plugin or story the move was about; null for the account (a country, a hashtag). */
  item: ItemRef | null;
  /** A country code or a hashtag, for the account's moves. */
  subject: string | null;
  /** What the creator did, in a few words. */
  title: string;
}

const ITEM_RULES: Partial<Record<InsightRule, { kind: ItemKind; title: string }>> = {
  greeting: { kind: 'character', title: 'Rewrote the greeting' },
  sticking: { kind: 'character', title: 'Worked on what follows the greeting' },
  'embed-minimum': { kind: 'character', title: 'Changed the embed price' },
  'embed-rise': { kind: 'character', title: 'Reconsidered the embed price' },
  'story-dropoff': { kind: 'story', title: 'Revised the chapter before the drop' },
  'plugin-churn': { kind: 'plugin', title: 'Fixed the plugin or its description' },
};

const KINDS: readonly string[] = ['character', 'plugin', 'story'];

/** The move behind a review item key, or null when the key is a checklist item or unknown. */
export function actedMove(reviewItem: string): ActedMove | null {
  const [prefix, rule, ...rest] = reviewItem.split(':');
  if (prefix !== 'insight' || rest.length === 0) return null;
  const subject = rest.join(':');
  const own = ITEM_RULES[rule as InsightRule];
  if (own) return { rule: rule as InsightRule, item: { kind: own.kind, id: subject }, subject: null, title: own.title };
  if (rule === 'movers' && rest.length >= 2 && KINDS.includes(rest[0]))
    return { rule: 'movers', item: { kind: rest[0] as ItemKind, id: rest.slice(1).join(':') }, subject: null, title: 'Acted on an unusual move' };
  if (rule === 'country') return { rule: 'country', item: null, subject, title: `Acted on the audience in ${countryName(subject)}` };
  if (rule === 'hashtag') return { rule: 'hashtag', item: null, subject, title: `Acted on #${subject}` };
  return null;
}
