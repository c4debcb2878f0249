// The events on a timeline between two days: what the synced data says happened (greeting edits, embed
// price changes, announcements, new works, payouts paid or failed), the moves ticked in the review, and
// the creator's notes. The account's timeline holds everything but the greeting edits and price
// changes, which belong to their character; an item's holds what is about that item.
import type { Db } from '../../open';
import { formatMoney, formatMoneyMicros } from '../../words/money';
import { priceHistory } from '../characters/embed';
import { addDays } from '../../time/days';
import { localDate } from '../timezone';
import type { ItemKind, ItemRef, TimelineEvent, TimelineScope } from '../types/events';
import { actedMove } from './acted';
import { timelineNotesIn } from './notes';

const CATALOGUE: Record<ItemKind, { table: string; name: string; word: string }> = {
  character: { table: 'characters', name: 'name', word: 'Character' },
  plugin: { table: 'plugins', name: 'name', word: 'Plugin' },
  story: { table: 'stories', name: 'title', word: 'Story' },
};
const KINDS = Object.keys(CATALOGUE) as ItemKind[];

/** The order events of one day are listed in: what the creator did first, then what the platform did. */
const KIND_ORDER: Record<TimelineEvent['kind'], number> = { note: 0, 'acted-on': 1, greeting: 2, price: 3, created: 4, announcement: 5, 'payout-paid': 6, 'payout-failed': 7 };

export function byDay(a: TimelineEvent, b: TimelineEvent): number {
  return a.day.localeCompare(b.day) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id);
}

export interface Range {
  from: string;
  to: string;
}

const within = (day: string, r: Range) => day >= r.from && day <= r.to;
const dayOf = (iso: string, zone: string) => localDate(Date.parse(iso), zone);

/** Instants that can fall on the range's days in any zone (UTC−12 to UTC+14): ISO text from two days
 *  before its first day to two days after its last, compared as text. The local day is then worked out
 *  for those rows only, rather than for every work or announcement the account has. */
function instantBounds(r: Range): [string, string] {
  return [addDays(r.from, -2), addDays(r.to, 2)];
}

/** An item's name, or null when it is not (or no longer) in the catalogue. */
export function itemName(db: Db, item: ItemRef): string | null {
  const c = CATALOGUE[item.kind];
  return (db.prepare(`SELECT ${c.name} FROM ${c.table} WHERE id = ?`).pluck().get(item.id) as string | undefined) ?? null;
}

function named(db: Db, item: ItemRef | null): TimelineEvent['item'] {
  if (!item) return null;
  const name = itemName(db, item);
  return name === null ? null : { ...item, name };
}

export function noteEvents(db: Db, range: Range, item: ItemRef | null): TimelineEvent[] {
  return timelineNotesIn(db, range, item).map((n) => ({ id: `note:${n.id}`, kind: 'note', day: n.day, title: n.text, detail: null, item: named(db, n.item), noteId: n.id }));
}

export function greetingEvents(db: Db, range: Range, characterId: string, zone: string): TimelineEvent[] {
  const row = db.prepare('SELECT name, greeting_updated_at AS at FROM characters WHERE id = ?').get(characterId) as { name: string; at: string | null } | undefined;
  if (!row?.at) return [];
  const day = dayOf(row.at, zone);
  if (!within(day, range)) return [];
  return [{ id: `greeting:${characterId}`, kind: 'greeting', day, title: 'Greeting edited', detail: null, item: { kind: 'character', id: characterId, name: row.name }, noteId: null }];
}

/** A character's embed price changes (every price it had but the first seen), on the day of the version
 *  of its row that carried the new price. */
export function priceEvents(db: Db, range: Range, characterId: string, zone: string, at?: string): TimelineEvent[] {
  const name = db.prepare('SELECT name FROM characters WHERE id = ?').pluck().get(characterId) as string | undefined;
  if (name === undefined) return [];
  const item = { kind: 'character' as const, id: characterId, name };
  return priceHistory(db, characterId, zone)
    .filter((v) => v.change !== 'set' && within(v.day, range) && (at === undefined || v.at === at))
    .map((v) => ({
      id: `price:${characterId}:${v.at}`,
      kind: 'price',
      day: v.day,
      title: `Embed price ${v.change === 'rise' ? 'raised' : v.change === 'cut' ? 'lowered' : 'changed'} to ${formatMoney(v.perMillion, v.currency)} per million tokens`,
      detail: v.previous === null ? null : `From ${formatMoney(v.previous, v.currency)}.`,
      item,
      noteId: null,
    }));
}

function createdEvent(kind: ItemKind, id: string, name: string, day: string): TimelineEvent {
  return { id: `created:${kind}:${id}`, kind: 'created', day, title: `${CATALOGUE[kind].word} created`, detail: null, item: { kind, id, name }, noteId: null };
}

export function createdEvents(db: Db, range: Range, zone: string, only: ItemRef | null): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const kind of only ? [only.kind] : KINDS) {
    const c = CATALOGUE[kind];
    const rows = (only
      ? db.prepare(`SELECT id, ${c.name} AS name, created_at AS at FROM ${c.table} WHERE id = ?`).all(only.id)
      : db.prepare(`SELECT id, ${c.name} AS name, created_at AS at FROM ${c.table} WHERE created_at >= ? AND created_at < ?`).all(...instantBounds(range))) as {
      id: string;
      name: string;
      at: string;
    }[];
    for (const r of rows) {
      const day = dayOf(r.at, zone);
      if (within(day, range)) out.push(createdEvent(kind, r.id, r.name, day));
    }
  }
  return out;
}

export function announcementEvents(db: Db, range: Range, zone: string): TimelineEvent[] {
  const rows = db.prepare('SELECT id, posted_at AS at, title FROM announcements WHERE posted_at >= ? AND posted_at < ?').all(...instantBounds(range)) as { id: string; at: string; title: string }[];
  return rows
    .map((r): TimelineEvent => ({ id: `announcement:${r.id}`, kind: 'announcement', day: dayOf(r.at, zone), title: `Announcement: ${r.title}`, detail: null, item: null, noteId: null }))
    .filter((e) => within(e.day, range));
}

interface PayoutRow {
  id: string;
  status: string;
  updatedAt: string;
  arrival: string | null;
  currency: string;
  amount: number;
  fee: number;
  reason: string | null;
}

/** A paid payout on the day it arrived; a failed one on the day it was last updated (when it failed). */
export function payoutEvent(r: PayoutRow, zone: string): TimelineEvent | null {
  const received = formatMoneyMicros(r.amount - r.fee, r.currency);
  if (r.status === 'paid')
    return { id: `payout:${r.id}`, kind: 'payout-paid', day: r.arrival ?? dayOf(r.updatedAt, zone), title: `Payout paid: ${received}`, detail: null, item: null, noteId: null };
  if (r.status === 'failed')
    return { id: `payout:${r.id}`, kind: 'payout-failed', day: dayOf(r.updatedAt, zone), title: `Payout failed: ${formatMoneyMicros(r.amount, r.currency)}`, detail: r.reason, item: null, noteId: null };
  return null;
}

export const PAYOUT_COLUMNS = 'id, status, updated_at AS updatedAt, arrival_date AS arrival, currency, amount, fee, failure_reason AS reason';

export function payoutEvents(db: Db, range: Range, zone: string): TimelineEvent[] {
  // A paid payout is on its arrival date, a failed one on its last update: both within the bounds.
  const [low, high] = instantBounds(range);
  const rows = db.prepare(`SELECT ${PAYOUT_COLUMNS} FROM payouts WHERE (status = 'paid' AND coalesce(arrival_date, updated_at) >= ? AND coalesce(arrival_date, updated_at) < ?) OR (status = 'failed' AND updated_at >= ? AND updated_at < ?)`,
  ).all(low, high, low, high) as PayoutRow[];
  return rows.map((r) => payoutEvent(r, zone)).filter((e): e is TimelineEvent => e !== null && within(e.day, range));
}

interface TickRow {
  periodKey: string;
  item: string;
  note: string;
  checkedAt: string;
}

export function actedEvent(db: Db, r: TickRow, zone: string): TimelineEvent | null {
  const move = actedMove(r.item);
  if (!move) return null;
  const item = named(db, move.item);
  // A move about a work that has since been deleted has no timeline left to sit on.
  if (move.item && !item) return null;
  const title = item ? `${move.title} (${item.name})` : move.title;
  return { id: `acted:${r.periodKey}:${r.item}`, kind: 'acted-on', day: dayOf(r.checkedAt, zone), title, detail: r.note || null, item, noteId: null };
}

export const TICK_COLUMNS = 'period_key AS periodKey, item, note, checked_at AS checkedAt';

/** Moves ticked in any review, on the day they were ticked: the account's, or those about one item. */
export function actedEvents(db: Db, range: Range, zone: string, only: ItemRef | null): TimelineEvent[] {
  const rows = db.prepare(`SELECT ${TICK_COLUMNS} FROM review_notes WHERE checked = 1 AND checked_at IS NOT NULL AND item LIKE 'insight:%'`).all() as TickRow[];
  return rows
    .filter((r) => {
      if (!only) return true;
      const move = actedMove(r.item);
      return move?.item?.kind === only.kind && move.item.id === only.id;
    })
    .map((r) => actedEvent(db, r, zone))
    .filter((e): e is TimelineEvent => e !== null && within(e.day, range));
}

/** Every event of a timeline from `range.from` to `range.to`, oldest first. */
export function timelineEvents(db: Db, scope: TimelineScope, range: Range, zone: string): TimelineEvent[] {
  if (scope.kind === 'account')
    return [
      ...noteEvents(db, range, null),
      ...actedEvents(db, range, zone, null),
      ...createdEvents(db, range, zone, null),
      ...announcementEvents(db, range, zone),
      ...payoutEvents(db, range, zone),
    ].sort(byDay);
  return [
    ...noteEvents(db, range, scope),
    ...actedEvents(db, range, zone, scope),
    ...(scope.kind === 'character' ? [...greetingEvents(db, range, scope.id, zone), ...priceEvents(db, range, scope.id, zone)] : []),
    ...createdEvents(db, range, zone, scope),
  ].sort(byDay);
}
