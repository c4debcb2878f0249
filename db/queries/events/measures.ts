// What a before/after comparison measures, per kind of event: the figures its kind of change should
// move (a greeting: profile-to-chat conversion and messages per chat; a chapter revision: the drop at
// that chapter; an announcement: new followers and chats). Each figure is read from the daily stats
// tables through their keys (one item's days, or one table's days for the account), summed per day.
import type { Db } from '../../open';
import { countryName } from '../audience/countries';
import { statsExtent } from '../content/aggregate';
import type { BeforeAfterMetric, ItemKind, ItemRef } from '../types/events';

/** Daily sums of one table's rows: `fields` are SQL aggregates over the rows of a day, named. */
export interface Source {
  table: string;
  /** Conditions on the rows (an item's id, a chapter), with their parameters. */
  where: string[];
  params: (string | number)[];
  fields: Record<string, string>;
  /** Parameters the field expressions take, before the where's. */
  fieldParams?: (string | number)[];
}

export interface MetricSpec {
  id: string;
  label: string;
  unit: BeforeAfterMetric['unit'];
  /** A field of a source; divided by `den`, a field or the window's days. */
  num: string;
  den: string | 'days';
}

export interface Plan {
  subject: string;
  sources: Source[];
  metrics: MetricSpec[];
  /** Said with the comparison (what a chapter metric is about, why a payout is set against activity). */
  note?: string;
}

const ID: Record<ItemKind, { table: string; id: string }> = {
  character: { table: 'stats_characters', id: 'character_id' },
  plugin: { table: 'stats_plugins', id: 'plugin_id' },
  story: { table: 'stats_stories', id: 'story_id' },
};

const sums = (...fields: [string, string][]) => Object.fromEntries(fields.map(([name, column]) => [name, `sum(${column})`]));

export function itemSource(item: ItemRef): Source {
  const t = ID[item.kind];
  const fields =
    item.kind === 'character'
      ? sums(['chats', 'chats_started'], ['messages', 'messages'], ['views', 'profile_views'], ['fromProfile', 'chats_from_profile'], ['embedTokens', 'embed_tokens'])
      : item.kind === 'plugin'
        ? sums(['pluginChats', 'chats'], ['active7d', 'active_chats_7d'], ['installsTotal', 'installs_total'])
        : sums(['plays', 'plays'], ['completions', 'completions']);
  return { table: t.table, where: [`${t.id} = ?`], params: [item.id], fields };
}

export const M = {
  conversion: { id: 'conversion', label: 'Profile-to-chat conversion', unit: 'ratio', num: 'fromProfile', den: 'views' },
  messagesPerChat: { id: 'messagesPerChat', label: 'Messages per chat', unit: 'decimal', num: 'messages', den: 'chats' },
  chats: { id: 'chatsPerDay', label: 'Chats started a day', unit: 'per-day', num: 'chats', den: 'days' },
  pluginChats: { id: 'chatsPerDay', label: 'Chats with it a day', unit: 'per-day', num: 'pluginChats', den: 'days' },
  activeRatio: { id: 'activeRatio', label: 'Installs active in a chat (7 days)', unit: 'ratio', num: 'active7d', den: 'installsTotal' },
  plays: { id: 'playsPerDay', label: 'Plays a day', unit: 'per-day', num: 'plays', den: 'days' },
  completion: { id: 'completionRate', label: 'Completion rate', unit: 'ratio', num: 'completions', den: 'plays' },
  newFollowers: { id: 'newFollowersPerDay', label: 'New followers a day', unit: 'per-day', num: 'newFollowers', den: 'days' },
  accountChats: { id: 'accountChatsPerDay', label: 'Chats started a day (all characters)', unit: 'per-day', num: 'accountChats', den: 'days' },
  embedTokens: { id: 'embedTokensPerDay', label: 'Embed tokens a day', unit: 'per-day', num: 'embedTokens', den: 'days' },
} as const satisfies Record<string, MetricSpec>;

/** The figures an item's own events (a note about it, a created day, an unusual move) are read on. */
export const ITEM_METRICS: Record<ItemKind, MetricSpec[]> = {
  character: [M.chats, M.conversion, M.messagesPerChat],
  plugin: [M.pluginChats, M.activeRatio],
  story: [M.plays, M.completion],
};

export function itemPlan(item: ItemRef, name: string, metrics: MetricSpec[] = ITEM_METRICS[item.kind]): Plan {
  return { subject: name, sources: [itemSource(item)], metrics };
}

/** The account: new followers and chats started over all characters (the hourly activity, a day at a time). */
export function accountPlan(note?: string): Plan {
  return {
    subject: 'your account',
    sources: [
      { table: 'stats_audience', where: [], params: [], fields: sums(['newFollowers', 'new_followers']) },
      { table: 'stats_activity_hourly', where: [], params: [], fields: sums(['accountChats', 'chats_started']) },
    ],
    metrics: [M.newFollowers, M.accountChats],
    note,
  };
}

export function countryPlan(code: string): Plan {
  const name = countryName(code);
  return {
    subject: `your audience in ${name}`,
    sources: [
      {
        table: 'stats_countries',
        where: [],
        params: [],
        fields: { mine: 'sum(CASE WHEN country = ? THEN active_users ELSE 0 END)', everyone: 'sum(active_users)' },
        fieldParams: [code],
      },
    ],
    metrics: [
      { id: 'countryShare', label: `${name}’s share of your active users`, unit: 'ratio', num: 'mine', den: 'everyone' },
      { id: 'countryUsersPerDay', label: `Active users a day in ${name}`, unit: 'per-day', num: 'mine', den: 'days' },
    ],
  };
}

export function hashtagPlan(tag: string): Plan {
  return {
    subject: `#${tag}`,
    sources: [{ table: 'stats_hashtags', where: ['hashtag = ?'], params: [tag], fields: sums(['impressions', 'impressions']) }],
    metrics: [{ id: 'impressionsPerDay', label: `Impressions of #${tag} a day`, unit: 'per-day', num: 'impressions', den: 'days' }],
  };
}

/** The chapter where most players stopped over the days before the move (on a tie the earlier one): the
 *  chapter the creator revised the one before of, and whose drop should shrink. */
export function dropChapter(db: Db, storyId: string, from: string, to: string): number | null {
  const row = db.prepare(`SELECT chapter FROM stats_story_chapters WHERE story_id = ? AND date >= ? AND date <= ?
     GROUP BY chapter HAVING sum(reached) > 0 ORDER BY sum(dropped) DESC, chapter LIMIT 1`,
  ).pluck().get(storyId, from, to) as number | undefined;
  return row ?? null;
}

export function chapterPlan(story: ItemRef, name: string, chapter: number): Plan {
  return {
    subject: name,
    sources: [
      { table: 'stats_story_chapters', where: ['story_id = ?', 'chapter = ?'], params: [story.id, chapter], fields: sums(['reached', 'reached'], ['dropped', 'dropped']) },
      itemSource(story),
    ],
    metrics: [{ id: 'chapterDrop', label: `Players lost at chapter ${chapter}`, unit: 'ratio', num: 'dropped', den: 'reached' }, M.completion],
    note: `Chapter ${chapter} is where most players stopped in the weeks before the move.`,
  };
}

const whereOf = (s: Source) => (s.where.length > 0 ? `WHERE ${s.where.join(' AND ')}` : '');

/** The first and last day the plan's figures can be read on: from the first day every source has a row
 *  (an item's own first stats day) to the last day its tables are published through. */
export function planExtent(db: Db, plan: Plan): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const s of plan.sources) {
    const own = db.prepare(`SELECT min(date) FROM ${s.table} ${whereOf(s)}`).pluck().get(...s.params) as string | null;
    // The table's own last day: an item with no row on the last days had none of that activity, which is 0, not unknown.
    const through = statsExtent(db, s.table)?.last ?? (db.prepare(`SELECT max(date) FROM ${s.table}`).pluck().get() as string | null);
    if (own === null || through === null) return null;
    if (first === null || own > first) first = own;
    if (last === null || through < last) last = through;
  }
  return first !== null && last !== null && first <= last ? { first, last } : null;
}

/** Each source's named sums per stats day from `from` to `to`, merged into one record per day. */
export function dailySums(db: Db, plan: Plan, from: string, to: string): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const s of plan.sources) {
    const names = Object.keys(s.fields);
    const where = [...s.where, 'date >= ?', 'date <= ?'];
    const rows = db.prepare(`SELECT date, ${names.map((n) => `${s.fields[n]} AS ${n}`).join(', ')} FROM ${s.table} WHERE ${where.join(' AND ')} GROUP BY date`)
      .all(...(s.fieldParams ?? []), ...s.params, from, to) as Record<string, string | number>[];
    for (const r of rows) {
      const date = String(r.date);
      let day = out.get(date);
      if (!day) out.set(date, (day = {}));
      for (const n of names) day[n] = Number(r[n] ?? 0);
    }
  }
  return out;
}
