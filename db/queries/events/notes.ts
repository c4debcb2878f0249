// The creator's own notes on the timeline (timeline_notes): a day, a line of text and, optionally, the
// character, plugin or story it is about. Kept in the local database only; the platform never sees them.
import type { Db } from '../../open';
import type { ItemKind, ItemRef, TimelineNote } from '../types/events';

/** A note is a line or two, like a review note. */
export const MAX_TIMELINE_NOTE = 500;

const CATALOGUE: Record<ItemKind, string> = { character: 'characters', plugin: 'plugins', story: 'stories' };

interface NoteRow {
  id: number;
  day: string;
  text: string;
  itemKind: string | null;
  itemId: string | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = 'id, day, text, item_kind AS itemKind, item_id AS itemId, created_at AS createdAt, updated_at AS updatedAt';

function toNote(r: NoteRow): TimelineNote {
  const item = r.itemKind && r.itemId ? { kind: r.itemKind as ItemKind, id: r.itemId } : null;
  return { id: r.id, day: r.day, text: r.text, item, createdAt: r.createdAt, updatedAt: r.updatedAt };
}

/** True when the item is in the synced catalogue (a deleted one is gone from every view). */
export function itemExists(db: Db, item: ItemRef): boolean {
  return db.prepare(`SELECT 1 FROM ${CATALOGUE[item.kind]} WHERE id = ?`).get(item.id) !== undefined;
}

export function readTimelineNote(db: Db, id: number): TimelineNote | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM timeline_notes WHERE id = ?`).get(id) as NoteRow | undefined;
  return row ? toNote(row) : null;
}

/** Notes on days from `from` to `to`: all of them for the account, or those about one item. */
export function timelineNotesIn(db: Db, range: { from: string; to: string }, item: ItemRef | null): TimelineNote[] {
  const rows = item
    ? db.prepare(`SELECT ${COLUMNS} FROM timeline_notes WHERE item_kind = ? AND item_id = ? AND day >= ? AND day <= ? ORDER BY day, id`).all(item.kind, item.id, range.from, range.to)
    : db.prepare(`SELECT ${COLUMNS} FROM timeline_notes WHERE day >= ? AND day <= ? ORDER BY day, id`).all(range.from, range.to);
  return (rows as NoteRow[]).map(toNote);
}

/** Adds a note, or replaces the day, text and item of note `id`; null when note `id` does not exist. */
export function saveTimelineNote(db: Db, input: { id?: number; day: string; text: string; item: ItemRef | null }, now: Date): TimelineNote | null {
  const text = input.text.trim().slice(0, MAX_TIMELINE_NOTE);
  const at = now.toISOString();
  const kind = input.item?.kind ?? null;
  const itemId = input.item?.id ?? null;
  if (input.id === undefined) {
    const { lastInsertRowid } = db.prepare(`INSERT INTO timeline_notes (day, text, item_kind, item_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
      input.day,
      text,
      kind,
      itemId,
      at,
      at,
    );
    return readTimelineNote(db, Number(lastInsertRowid));
  }
  const { changes } = db.prepare(`UPDATE timeline_notes SET day = ?, text = ?, item_kind = ?, item_id = ?, updated_at = ? WHERE id = ?`).run(input.day, text, kind, itemId, at, input.id);
  return changes === 0 ? null : readTimelineNote(db, input.id);
}

/** Removes a note; false when there was none with that id. */
export function deleteTimelineNote(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM timeline_notes WHERE id = ?').run(id).changes > 0;
}
