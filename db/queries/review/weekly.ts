// The weekly checklist's numbers: earnings trend, conversation metrics, new ratings and embed
// usage, this period against the last. Money reuses the Earnings dashboard's queries; stats count
// on their UTC date over the days both periods have.
import type { Db } from '../../open';
import type { Range } from '../period';
import { dec } from '../sums';
import type { DayRange } from '../types/audience';
import type { ReviewItem, ReviewListRow, ReviewMetric } from '../types/review';
import { countMetric, item, moneyMetric, percentOf, ratioOf } from './items';
import { netByStream as byStream, perCurrency } from './money';
import { eachEarnedBySource } from '../earnings/by-source';
import { currencyName, streamName } from '../../words/vocabulary';

type Window = DayRange | null;

export function earningsTrend(db: Db, cur: Range, prev: Range | null, zone: string): ReviewItem {
  const now = byStream(db, cur, zone);
  const before = prev ? byStream(db, prev, zone) : null;
  const totalsNow = perCurrency(now);
  const totalsBefore = before ? perCurrency(before) : null;
  const currencies = [...new Set([...totalsNow.keys(), ...(totalsBefore?.keys() ?? [])])].sort();
  const metrics = currencies.map((c) => moneyMetric(`earned-${c}`, `Earned (${currencyName(c)})`, c, dec(totalsNow.get(c)), totalsBefore ? dec(totalsBefore.get(c)) : null));
  const keys = [...new Set([...now.keys(), ...(before?.keys() ?? [])])].sort();
  // One list per currency: amounts of different currencies never share a column.
  const lists = currencies.map((c) => ({
    id: `by-stream-${c}`,
    title: `By stream (${currencyName(c)})`,
    rows: keys
      .filter((k) => k.startsWith(`${c}|`))
      .map((k): ReviewListRow => ({ key: k, label: streamName(k.slice(c.length + 1)), href: null, kind: c, metrics: [moneyMetric('net', 'Net', c, dec(now.get(k)), before ? dec(before.get(k)) : null)] }))
      .sort((a, b) => Math.abs(Number(b.metrics[0].value)) - Math.abs(Number(a.metrics[0].value)) || a.label.localeCompare(b.label)),
  }));
  return item('earnings-trend', metrics, lists);
}

interface CharacterSums {
  id: string;
  name: string;
  chats: number;
  messages: number;
  tokens: number;
  active: number;
  returning: number;
  views: number;
  fromProfile: number;
  ratings: number;
  stars: number;
}

/** Each character's days through its key, walking the catalogue (the date index would cost a second search per row). */
function characterSums(db: Db, w: Window): Map<string, CharacterSums> {
  if (!w) return new Map();
  const rows = db.prepare(
    `SELECT c.id, c.name, sum(chats_started) AS chats, sum(messages) AS messages, sum(tokens) AS tokens, sum(active_users) AS active,
       sum(returning_users) AS "returning", sum(profile_views) AS views, sum(chats_from_profile) AS fromProfile,
       sum(rating_count) AS ratings, sum(rating_sum) AS stars
     FROM characters c CROSS JOIN stats_characters s ON s.character_id = c.id AND s.date >= ? AND s.date <= ? GROUP BY c.id`,
  )
    .all(w.from, w.to) as CharacterSums[];
  return new Map(rows.map((r) => [r.id, r]));
}

function total(m: Map<string, CharacterSums>): Omit<CharacterSums, 'id' | 'name'> {
  const t = { chats: 0, messages: 0, tokens: 0, active: 0, returning: 0, views: 0, fromProfile: 0, ratings: 0, stars: 0 };
  for (const r of m.values()) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += r[k];
  return t;
}

export function conversationMetrics(db: Db, cur: Window, prev: Window): ReviewItem {
  const now = characterSums(db, cur);
  const before = prev ? characterSums(db, prev) : null;
  const a = total(now);
  const b = before ? total(before) : null;
  const metric = (id: string, label: string, unit: ReviewMetric['unit'], f: (t: typeof a) => number | null, hint?: string): ReviewMetric => ({
    id,
    label,
    unit,
    value: f(a),
    previous: b ? f(b) : null,
    hint,
  });
  const metrics = [
    metric('chats', 'Conversations started', 'count', (t) => t.chats),
    metric('messages', 'Messages', 'count', (t) => t.messages),
    metric('messages-per-chat', 'Messages per chat', 'decimal', (t) => ratioOf(t.messages, t.chats)),
    metric('tokens', 'Tokens', 'count', (t) => t.tokens),
    metric('conversion', 'Profile-to-chat conversion', 'percent', (t) => percentOf(t.fromProfile, t.views)),
    metric('return-rate', 'Return user rate', 'percent', (t) => percentOf(t.returning, t.active), 'returning / active users, day by day'),
  ];
  const rows: ReviewListRow[] = [...now.values()]
    .sort((x, y) => y.chats - x.chats || x.name.localeCompare(y.name))
    .map((r) => {
      const p = before?.get(r.id);
      return {
        key: r.id,
        label: r.name,
        href: `#/characters/${encodeURIComponent(r.id)}`,
        metrics: [
          countMetric('chats', 'Chats', r.chats, before ? (p?.chats ?? 0) : null),
          { id: 'messages-per-chat', label: 'Messages per chat', unit: 'decimal', value: ratioOf(r.messages, r.chats), previous: p ? ratioOf(p.messages, p.chats) : null },
          { id: 'conversion', label: 'Conversion', unit: 'percent', value: percentOf(r.fromProfile, r.views), previous: p ? percentOf(p.fromProfile, p.views) : null },
        ],
      };
    });
  return item(
    'conversation-metrics',
    metrics,
    [{ id: 'by-character', title: 'By character', rows }],
    'Aggregates only. Popular questions and where inside a conversation people stop would need chat contents: Creator Studio never sees them (the platform never sends them, and your users’ privacy wins).',
  );
}

function pluginRatings(db: Db, w: Window): Map<string, { name: string; ratings: number; stars: number }> {
  if (!w) return new Map();
  const rows = db.prepare(
    `SELECT p.id, p.name, sum(rating_count) AS ratings, sum(rating_sum) AS stars FROM stats_plugins s
     JOIN plugins p ON p.id = s.plugin_id WHERE s.date >= ? AND s.date <= ? GROUP BY p.id`,
  )
    .all(w.from, w.to) as { id: string; name: string; ratings: number; stars: number }[];
  return new Map(rows.map((r) => [r.id, r]));
}

export function newRatings(db: Db, cur: Window, prev: Window): ReviewItem {
  const works = (w: Window) => {
    const m = new Map<string, { kind: 'characters' | 'plugins'; id: string; name: string; ratings: number; stars: number }>();
    for (const c of characterSums(db, w).values()) m.set(`characters|${c.id}`, { kind: 'characters', id: c.id, name: c.name, ratings: c.ratings, stars: c.stars });
    for (const [id, p] of pluginRatings(db, w)) m.set(`plugins|${id}`, { kind: 'plugins', id, ...p });
    return m;
  };
  const now = works(cur);
  const before = prev ? works(prev) : null;
  const sum = (m: typeof now) => [...m.values()].reduce((t, r) => ({ ratings: t.ratings + r.ratings, stars: t.stars + r.stars }), { ratings: 0, stars: 0 });
  const a = sum(now);
  const b = before ? sum(before) : null;
  const rows: ReviewListRow[] = [...now.entries()]
    .filter(([, r]) => r.ratings > 0)
    .sort(([, x], [, y]) => y.ratings - x.ratings || x.name.localeCompare(y.name))
    .map(([key, r]) => {
      const p = before?.get(key);
      return {
        key,
        label: r.name,
        href: `#/${r.kind}/${encodeURIComponent(r.id)}`,
        kind: r.kind === 'characters' ? 'character' : 'plugin',
        metrics: [
          countMetric('ratings', 'New ratings', r.ratings, before ? (p?.ratings ?? 0) : null),
          { id: 'average', label: 'Average', unit: 'stars', value: ratioOf(r.stars, r.ratings, 2), previous: p ? ratioOf(p.stars, p.ratings, 2) : null },
        ],
      };
    });
  return item(
    'new-ratings',
    [
      countMetric('ratings', 'New ratings', a.ratings, b?.ratings ?? null),
      { id: 'average', label: 'Average of new ratings', unit: 'stars', value: ratioOf(a.stars, a.ratings, 2), previous: b ? ratioOf(b.stars, b.ratings, 2) : null },
    ],
    [{ id: 'by-work', title: 'Works with new ratings', rows }],
    'The platform sends star counts only; read and answer the reviews themselves on the platform.',
  );
}

function compareIdThenCurrency(a: string, b: string): number {
  const [ca, ia] = a.split('|');
  const [cb, ib] = b.split('|');
  return ia < ib ? -1 : ia > ib ? 1 : ca < cb ? -1 : ca > cb ? 1 : 0;
}

export function embedUsage(db: Db, cur: Range, prev: Range | null, zone: string): ReviewItem {
  const sql = `stream = 'embed' AND status <> 'reversed'`;
  const now = perCurrency(byStream(db, cur, zone, sql));
  const before = prev ? perCurrency(byStream(db, prev, zone, sql)) : null;
  const currencies = [...new Set([...now.keys(), ...(before?.keys() ?? [])])].sort();
  // Per character from the per-source rollups (their rows are the non-reversed ones, as here): the
  // ledger's source index walked every character row of all time (260 ms on the largest accounts).
  const perCharacter = [new Map<string, bigint>(), new Map<string, bigint>()];
  eachEarnedBySource(
    db,
    [cur, ...(prev ? [prev] : [])].map((r) => ({ span: { zone, startMs: r.startMs, endMs: r.endMs } })),
    { sourceTypes: ['character'], streams: ['embed'] },
    (part, _type, id, currency, _stream, _day, net) => {
      const key = `${currency}|${id}`;
      perCharacter[part].set(key, (perCharacter[part].get(key) ?? 0n) + net);
    },
  );
  const [a, b] = [perCharacter[0], prev ? perCharacter[1] : null];
  const live = new Map((db.prepare('SELECT id, name FROM characters').all() as { id: string; name: string }[]).map((c) => [c.id, c.name]));
  const rows: ReviewListRow[] = [...a.entries()]
    // Ties by character, then currency, in SQLite's binary order (as the ledger query grouped them).
    .sort(([j, x], [k, y]) => (y > x ? 1 : y < x ? -1 : compareIdThenCurrency(j, k)))
    .map(([key, net]) => {
      const [currency, id] = key.split('|');
      const name = live.get(id);
      return {
        key,
        label: name ?? `${id} (removed)`,
        href: name ? `#/characters/${encodeURIComponent(id)}` : null,
        kind: currency,
        metrics: [moneyMetric('embed', 'Embed / API', currency, dec(net), b ? dec(b.get(key)) : null)],
      };
    });
  return item(
    'embed-usage',
    currencies.map((c) => moneyMetric(`embed-${c}`, `${streamName('embed')} (${currencyName(c)})`, c, dec(now.get(c)), before ? dec(before.get(c)) : null)),
    [{ id: 'by-character', title: 'By character', rows }],
    'Businesses using your characters through embed or the API, paid per token.',
  );
}
