// Ticks and short notes of a review, kept per period key in the local database (review_notes), so
// last week's review can be reopened and set next to this week's.
import type { Db } from '../../open';
import type { ReviewCadence, ReviewHistoryEntry, ReviewNote } from '../types/review';

/** Notes are short by design: a line or two of what to do, not a journal. */
export const MAX_NOTE = 500;

export function readNotes(db: Db, key: string): ReviewNote[] {
  return db.prepare(`SELECT item, checked, note, updated_at AS updatedAt FROM review_notes WHERE period_key = ? ORDER BY item`)
    .all(key)
    .map((r) => {
      const row = r as { item: string; checked: number; note: string; updatedAt: string };
      return { item: row.item, checked: row.checked === 1, note: row.note, updatedAt: row.updatedAt };
    });
}

export function saveNote(db: Db, input: { key: string; item: string; checked: boolean; note: string }, now: Date): ReviewNote {
  const note = input.note.trim().slice(0, MAX_NOTE);
  const updatedAt = now.toISOString();
  // checked_at is when the item was ticked: kept while it stays ticked (editing the note later does not
  // move a ticked move on the timeline), cleared when it is unticked.
  db.prepare(
    `INSERT INTO review_notes (period_key, item, checked, note, updated_at, checked_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(period_key, item) DO UPDATE SET checked = excluded.checked, note = excluded.note, updated_at = excluded.updated_at,
       checked_at = CASE WHEN excluded.checked = 0 THEN NULL WHEN review_notes.checked = 1 THEN review_notes.checked_at ELSE excluded.checked_at END`,
  ).run(input.key, input.item, input.checked ? 1 : 0, note, updatedAt, input.checked ? updatedAt : null);
  return { item: input.item, checked: input.checked, note, updatedAt };
}

/** Periods of a cadence with ticks or notes, newest first. */
export function reviewHistory(db: Db, cadence: ReviewCadence): ReviewHistoryEntry[] {
  const pattern = cadence === 'week' ? '____-W__' : '____-__';
  return db.prepare(
    `SELECT period_key AS key, sum(checked) AS checked, sum(note <> '') AS notes, max(updated_at) AS updatedAt FROM review_notes
     WHERE period_key LIKE ? GROUP BY period_key HAVING sum(checked) > 0 OR sum(note <> '') > 0 ORDER BY period_key DESC`,
  )
    .all(pattern) as ReviewHistoryEntry[];
}
