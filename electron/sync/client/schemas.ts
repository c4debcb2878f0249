// Row schemas for every endpoint of the platform contract (shared/platform-api.md).
// Parsed rows carry money as integer micro-units and instants/dates as the strings the platform sent.
import { z } from 'zod';
import { count, currency, day, feedRow, id, instant, label, money, optional, says, text, timezone } from './fields.js';
import { formatMicros } from '../../../db/money.js';
import * as stats from './stats-schemas.js';
import type { ResourceName } from './resource-names.js';

export * from './stats-schemas.js';

// ---- single objects ----

export const creatorSchema = z.object({
  id,
  handle: text,
  display_name: text,
  timezone,
  created_at: instant,
  payout: z.object({
    schedule: label,
    minimum: z.array(z.object({ currency, amount: money })),
  }),
});

export const balancesSchema = z.object({
  as_of: instant,
  balances: z.array(z.object({ currency, available: money, pending: money })),
});

// ---- catalogue ----

const tags = z.array(text);

/** What a business pays per million tokens when it uses the character through embed/API. */
const embedPrice = z.object({ currency, per_million_tokens: money });

export const characterRowSchema = feedRow(
  { id },
  { name: text, created_at: instant, tags, greeting_updated_at: optional(instant), embed_price: optional(embedPrice) },
);

export const pluginRowSchema = feedRow({ id }, { name: text, created_at: instant, tags });

export const storyRowSchema = feedRow(
  { id },
  {
    title: text,
    created_at: instant,
    tags,
    chapters: z.array(z.object({ index: count, title: text })),
    milestones: z.array(z.object({ key: id, title: text })),
    identities: z.array(z.object({ key: id, name: text })),
  },
);

export const announcementRowSchema = feedRow(
  { id },
  { posted_at: instant, title: text, delivered: count, opened: count, engaged: count },
);

// ---- money ----

/** Ledger statuses are a closed set: balances depend on them, so an unknown one must stop the sync. */
export const LEDGER_STATUSES = ['pending', 'available', 'reversed'] as const;
export const PAYOUT_STATUSES = ['pending', 'processing', 'paid', 'failed'] as const;

export const ledgerRowSchema = feedRow(
  { id },
  {
    occurred_at: instant,
    stream: label, // open vocabulary: new streams keep their own name
    source_type: label,
    source_id: id,
    currency,
    gross: money,
    fee: money,
    net: money,
    status: z.enum(LEDGER_STATUSES, says(`must be one of ${LEDGER_STATUSES.join(', ')}`)),
    available_on: optional(z.union([day, instant], says('must be a date YYYY-MM-DD or a UTC instant'))),
    payout_id: optional(id),
    description: optional(text),
  },
  (row, ctx) => {
    if (row.net !== row.gross - row.fee) {
      ctx.addIssue({
        code: 'custom',
        path: ['net'],
        message: `must equal gross - fee exactly (gross ${formatMicros(row.gross)}, fee ${formatMicros(row.fee)}, net ${formatMicros(row.net)})`,
      });
    }
  },
);

export const payoutRowSchema = feedRow(
  { id },
  {
    created_at: instant,
    period_start: day,
    period_end: day,
    currency,
    amount: money,
    fee: money,
    status: z.enum(PAYOUT_STATUSES, says(`must be one of ${PAYOUT_STATUSES.join(', ')}`)),
    method: label,
    network: optional(label),
    tx_hash: optional(text),
    arrival_date: optional(day),
    failure_reason: optional(text),
    breakdown: z.array(z.object({ source_type: label, source_id: id, amount: money })),
  },
);

export const supportRowSchema = feedRow(
  { id },
  {
    occurred_at: instant,
    supporter_name: text,
    message: text,
    amount: money,
    currency,
    source_type: optional(label),
    source_id: optional(id),
  },
);

// ---- the collection table ----

function resource<const P extends string, const K extends readonly string[], S extends z.ZodType>(
  path: P,
  keys: K,
  schema: S,
  isStats = false,
) {
  return { path, keys, schema, stats: isStats };
}

/** Every collection resource: its path, its key fields (what a re-delivered row replaces), its row schema. */
export const RESOURCES = {
  characters: resource('/v1/characters', ['id'], characterRowSchema),
  plugins: resource('/v1/plugins', ['id'], pluginRowSchema),
  stories: resource('/v1/stories', ['id'], storyRowSchema),
  announcements: resource('/v1/announcements', ['id'], announcementRowSchema),
  ledger: resource('/v1/ledger', ['id'], ledgerRowSchema),
  payouts: resource('/v1/payouts', ['id'], payoutRowSchema),
  support: resource('/v1/support', ['id'], supportRowSchema),
  'stats/characters': resource('/v1/stats/characters', ['character_id', 'date'], stats.statsCharacterRowSchema, true),
  'stats/character-scenarios': resource('/v1/stats/character-scenarios', ['character_id', 'date', 'scenario'], stats.statsCharacterScenarioRowSchema, true),
  'stats/character-models': resource('/v1/stats/character-models', ['character_id', 'date', 'model'], stats.statsCharacterModelRowSchema, true),
  'stats/character-chat-lengths': resource('/v1/stats/character-chat-lengths', ['character_id', 'date', 'length'], stats.statsCharacterChatLengthRowSchema, true),
  'stats/character-topics': resource('/v1/stats/character-topics', ['character_id', 'date', 'topic'], stats.statsCharacterTopicRowSchema, true),
  'stats/activity-hourly': resource('/v1/stats/activity-hourly', ['date', 'hour'], stats.statsActivityHourlyRowSchema, true),
  'stats/plugins': resource('/v1/stats/plugins', ['plugin_id', 'date'], stats.statsPluginRowSchema, true),
  'stats/stories': resource('/v1/stats/stories', ['story_id', 'date'], stats.statsStoryRowSchema, true),
  'stats/story-chapters': resource('/v1/stats/story-chapters', ['story_id', 'date', 'chapter'], stats.statsStoryChapterRowSchema, true),
  'stats/story-milestones': resource('/v1/stats/story-milestones', ['story_id', 'date', 'milestone'], stats.statsStoryMilestoneRowSchema, true),
  'stats/story-identities': resource('/v1/stats/story-identities', ['story_id', 'date', 'identity'], stats.statsStoryIdentityRowSchema, true),
  'stats/audience': resource('/v1/stats/audience', ['date'], stats.statsAudienceRowSchema, true),
  'stats/countries': resource('/v1/stats/countries', ['date', 'country'], stats.statsCountryRowSchema, true),
  'stats/hashtags': resource('/v1/stats/hashtags', ['date', 'hashtag'], stats.statsHashtagRowSchema, true),
} as const satisfies Record<ResourceName, unknown>;

/** The parsed row type of a resource (live rows and tombstones). */
export type RowOf<N extends ResourceName> = z.output<(typeof RESOURCES)[N]['schema']>;

// ---- types ----

export type Creator = z.output<typeof creatorSchema>;
export type Balances = z.output<typeof balancesSchema>;
export type CharacterRow = z.output<typeof characterRowSchema>;
export type PluginRow = z.output<typeof pluginRowSchema>;
export type StoryRow = z.output<typeof storyRowSchema>;
export type AnnouncementRow = z.output<typeof announcementRowSchema>;
export type LedgerRow = z.output<typeof ledgerRowSchema>;
export type PayoutRow = z.output<typeof payoutRowSchema>;
export type SupportRow = z.output<typeof supportRowSchema>;
/** A feed row without its tombstone variant: `Live<LedgerRow>` has every field. */
export type Live<R> = Extract<R, { deleted: false }>;
/** The tombstone variant: key fields + updated_at. */
export type Tombstone<R> = Extract<R, { deleted: true }>;
