// Feeds of the catalogue (characters, plugins, stories, announcements): small lists of whole rows,
// rebuilt when the dataset changes, tombstones included.
import type { Extra, Feed, Row } from './feed';
import { sortExtras } from './feed';
import type { AnnouncementDef, CharacterDef, Entity, PluginDef, StoryDef } from './catalogue';
import type { Clock } from './model';
import { count } from './model';
import { DAY_MS, HOUR_MS, iso } from './time';
import { formatMicros } from '../../db/money';
import { priceAt, PRICE_CURRENCY } from './embed-prices';

/** A feed made only of extras: every row is kept whole, sorted by (updated_at, ordinal). */
export class ListFeed implements Feed {
  readonly stats = false;
  readonly name: string;
  private readonly build: () => Extra[];
  private list: Extra[] = [];

  constructor(name: string, build: () => Extra[]) {
    this.name = name;
    this.build = build;
    this.refresh();
  }

  refresh(): void {
    this.list = sortExtras(this.build());
  }

  baseSize(): number {
    return 0;
  }

  baseU(): number {
    return 0;
  }

  baseRow(): Row {
    throw new Error(`${this.name} has no base rows`);
  }

  overridden(): boolean {
    return false;
  }

  overriddenCount(): number {
    return 0;
  }

  extras(): readonly Extra[] {
    return this.list;
  }
}

/** Row of a catalogue entity at the clock, or null before it exists. */
function entityExtra(e: Entity, clock: Clock, fields: Row, changes: number[] = []): Extra | null {
  if (e.createdMs > clock.asOfMs) return null;
  const deleted = e.deletedMs !== null && e.deletedMs <= clock.asOfMs;
  const u = Math.max(e.createdMs, ...changes, deleted ? (e.deletedMs as number) : 0);
  const row: Row = { id: e.id, ...fields, created_at: iso(e.createdMs), updated_at: iso(u) };
  if (e.extra) Object.assign(row, e.extra);
  if (deleted) row.deleted = true;
  return { u, ord: e.idx, id: e.id, deleted, row: () => row };
}

function present<T>(items: (T | null)[]): T[] {
  return items.filter((x): x is T => x !== null);
}

/**
 * Characters as of the clock; with `embed`, each carries its embed price, and every earlier price of it
 * is delivered too, as the version of the row at the instant the price was set (a price change is a new
 * version of the row): a client that syncs now sees the history a client syncing all along would have.
 */
export function characterExtras(list: CharacterDef[], clock: Clock, embed: boolean): Extra[] {
  const out: Extra[] = [];
  for (const c of list) {
    const alive = (ms: number) => ms <= clock.asOfMs && (c.deletedMs === null || ms < c.deletedMs);
    const edits = c.greetingEdits.filter(alive);
    const prices = embed ? c.prices.filter((p) => alive(p.ms)) : [];
    const fieldsAt = (ms: number): Row => {
      const fields: Row = { name: c.name, tags: c.tags };
      const before = edits.filter((e) => e <= ms);
      if (before.length > 0) fields.greeting_updated_at = iso(before[before.length - 1]!);
      if (embed) fields.embed_price = { currency: PRICE_CURRENCY, per_million_tokens: formatMicros(priceAt(c.prices, ms)) };
      return fields;
    };
    const current = entityExtra(c, clock, fieldsAt(clock.asOfMs), [...edits, ...prices.map((p) => p.ms)]);
    if (!current) continue;
    out.push(current);
    for (const p of prices) {
      if (p.ms >= current.u) continue;
      const row: Row = { id: c.id, ...fieldsAt(p.ms), created_at: iso(c.createdMs), updated_at: iso(p.ms) };
      if (c.extra) Object.assign(row, c.extra);
      out.push({ u: p.ms, ord: c.idx, id: c.id, deleted: false, superseded: true, row: () => row });
    }
  }
  return out;
}

export function pluginExtras(list: PluginDef[], clock: Clock): Extra[] {
  return present(list.map((p) => entityExtra(p, clock, { name: p.name, tags: p.tags })));
}

export function storyExtras(list: StoryDef[], clock: Clock): Extra[] {
  return present(
    list.map((s) =>
      entityExtra(s, clock, {
        title: s.title,
        tags: s.tags,
        chapters: s.chapters.map((c) => ({ index: c.index, title: c.title })),
        milestones: s.milestones.map((m) => ({ key: m.key, title: m.title })),
        identities: s.identities.map((i) => ({ key: i.key, name: i.name })),
      }),
    ),
  );
}

/** Announcements: delivered at once, opened and engaged over the following week (recounted daily at 01:00). */
export function announcementExtras(list: AnnouncementDef[], clock: Clock, followersTotal: (day: number) => number): Extra[] {
  const week = 7 * DAY_MS;
  return present(
    list.map((a) => {
      if (a.postedMs > clock.asOfMs) return null;
      const deleted = a.deletedMs !== null && a.deletedMs <= clock.asOfMs;
      const recount = a.postedMs + week <= clock.asOfMs ? a.postedMs + week : Math.max(a.postedMs, clock.today * DAY_MS + HOUR_MS);
      const u = deleted ? (a.deletedMs as number) : recount;
      const f = Math.sqrt(Math.min(1, (Math.min(u, a.postedMs + week) - a.postedMs) / week));
      const delivered = count(followersTotal(a.postedDay) * 0.96);
      const opened = count(delivered * a.openRate * f);
      const row: Row = {
        id: a.id,
        posted_at: iso(a.postedMs),
        title: a.title,
        delivered,
        opened,
        engaged: count(opened * a.engageRate * f),
        updated_at: iso(u),
      };
      if (deleted) row.deleted = true;
      return { u, ord: a.idx, id: a.id, deleted, row: () => row };
    }),
  );
}
