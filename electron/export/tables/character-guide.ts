// A character page's embed pricing, unique users, drop-off curve, chat lengths and topics as CSV tables:
// the figures and rows the page shows, from the same payload. A figure the platform does not send is an
// empty cell with its reason in `not_available`, never 0.
import type { ItemTableOf } from '../../../db/dashboards';
import type { CharacterDetail } from '../../../db/queries/types/content';
import { addDays } from '../../../db/time/days';
import { chatLengthName, priceChangeName } from '../../../db/words/vocabulary';
import { table, type Cell, type CsvTable } from './types';

const pct = (v: number | null): number | null => (v === null ? null : Math.round(v * 10_000) / 100);
const change = (value: number | null, previous: number | null): number | null =>
  value === null || previous === null || previous === 0 ? null : Math.round(((value - previous) / Math.abs(previous)) * 1000) / 10;
const share = (v: number | null) => (v === null ? null : v.toFixed(1));

type GuideTable = Extract<ItemTableOf<'characters'>, 'embed' | 'price-history' | 'users' | 'drop-off' | 'chat-lengths' | 'topics'>;

export function characterGuideTables(d: CharacterDetail): Record<GuideTable, CsvTable> {
  const { embed, users, chatLengths, topics } = d;
  const tokens = d.kpis.embedTokens;
  const figure = (key: string, cells: Cell[]) => ({ key, cells });
  const a30 = d.kpis.activeUsers30d;
  // As on the page: no rows without chats that ended in the period (its table says so instead).
  const noLengths = chatLengths.unavailable !== null || chatLengths.total === 0;
  return {
    embed: table(
      ['figure', 'currency', 'value', 'previous', 'change_pct', 'since', 'at_minimum', 'not_available'],
      [
        figure('embed_price', ['embed_price_per_million_tokens', embed.price?.currency ?? null, embed.price?.perMillion ?? null, null, null, embed.price?.since ?? null, embed.price?.atMinimum ? 'yes' : '', embed.unavailable.price]),
        figure('embed_tokens', ['embed_tokens', null, tokens.value, tokens.previous, change(tokens.value, tokens.previous), null, '', embed.unavailable.tokens]),
        ...d.money.filter((m) => embed.currencies.includes(m.currency)).map((m) =>
          figure(`per_million:${m.currency}`, ['earned_per_million_embed_tokens', m.currency, m.embedPerMillion.value, m.embedPerMillion.previous, null, null, '', embed.unavailable.tokens]),
        ),
      ],
    ),
    'price-history': table(
      ['day', 'changed_at', 'currency', 'per_million_tokens', 'previous', 'change'],
      [...embed.history].reverse().map((v) => ({ key: v.at, cells: [v.day, v.at, v.currency, v.perMillion, v.previous, priceChangeName(v.change)] })),
    ),
    users: table(
      ['figure', 'from', 'to', 'value', 'previous', 'change_pct', 'not_available'],
      [
        figure('unique_users', ['unique_users', null, users.asOf, users.total, null, null, users.unavailable]),
        figure('new_unique_users', ['new_unique_users', d.stats.current?.from ?? null, d.stats.current?.to ?? null, users.new.value, users.new.previous, change(users.new.value, users.new.previous), users.unavailable]),
        figure('active_users_30d', ['active_users_30d', d.stats.current ? addDays(d.stats.current.to, -29) : null, d.stats.current?.to ?? null, a30.value, a30.previous, change(a30.value, a30.previous), null]),
      ],
    ),
    'drop-off': table(
      ['after_messages', 'still_going_pct', 'previous_still_going_pct'],
      noLengths ? [] : chatLengths.curve.map((p) => ({ key: String(p.after), cells: [p.after, pct(p.share), pct(p.previous)] })),
    ),
    'chat-lengths': table(
      ['length', 'messages', 'chats', 'share_pct', 'previous_chats', 'change_pct'],
      noLengths ? [] : chatLengths.buckets.map((b) => ({ key: b.length, cells: [b.length, chatLengthName(b.length), b.chats, share(b.sharePct), b.previous, change(b.chats, b.previous)] })),
    ),
    topics: table(
      ['rank', 'topic', 'chats', 'share_pct', 'previous_chats', 'change_pct', 'previous_rank'],
      topics.rows.map((t) => ({ key: t.topic, cells: [t.rank, t.topic, t.chats, share(t.sharePct), t.previous, change(t.chats, t.previous), t.previousRank] })),
    ),
  };
}
