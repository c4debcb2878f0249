// Unique users per character, from the platform's end-of-day count of distinct users who ever chatted
// (users_total): distinct users ever, at the end of a window, and new ones in it = the count at its end
// minus the count the day before it started (none before the character's first day: it started at 0).
// Distinct counts are never added up over days.
import type { Db } from '../../open';
import type { DayWindow } from '../content/aggregate';
import type { StatsWindows } from '../content/windows';
import type { UniqueUsers } from '../types/content';
import { NOT_SENT } from './availability';

/** A window's ends per character: [last day ≤ its end, its count (null: not sent)] and the count the
 *  day before it starts (undefined: no day before it; null: not sent). */
interface Ends {
  endDay: string | null;
  end: number | null;
  before: number | null | undefined;
}

/** Both ends of a window for every live character (or one): two seeks of its days each, through the key. */
function windowEnds(db: Db, w: DayWindow, id?: string): Map<string, Ends> {
  // -1 marks a day without the count, so that "no such day" (NULL) stays apart from it.
  const rows = db.prepare(
    `SELECT c.id,
       (SELECT s.date FROM stats_characters s WHERE s.character_id = c.id AND s.date <= ? ORDER BY s.date DESC LIMIT 1) AS endDay,
       (SELECT coalesce(s.users_total, -1) FROM stats_characters s WHERE s.character_id = c.id AND s.date <= ? ORDER BY s.date DESC LIMIT 1) AS endTotal,
       (SELECT coalesce(s.users_total, -1) FROM stats_characters s WHERE s.character_id = c.id AND s.date < ? ORDER BY s.date DESC LIMIT 1) AS beforeTotal
     FROM characters c ${id === undefined ? '' : 'WHERE c.id = ?'}`,
  )
    .raw()
    .all(w.to, w.to, w.from, ...(id === undefined ? [] : [id])) as [string, string | null, number | null, number | null][];
  const known = (v: number | null): number | null | undefined => (v === null ? undefined : v < 0 ? null : v);
  return new Map(rows.map(([cid, endDay, end, before]) => [cid, { endDay, end: endDay === null ? null : (known(end) ?? null), before: known(before) }]));
}

/** New distinct users over a window: null without a day in it, or where a count it needs was not sent. */
export function newUsers(e: Ends | undefined, w: DayWindow): number | null {
  if (!e || e.endDay === null || e.endDay < w.from || e.end === null || e.before === null) return null;
  return e.end - (e.before ?? 0);
}

function notSent(e: Ends | undefined): boolean {
  return !!e && e.endDay !== null && (e.end === null || e.before === null);
}

/** Unique users of every live character (or of one) over the period's stats windows. */
export function uniqueUsers(db: Db, w: StatsWindows, id?: string): Map<string, UniqueUsers> {
  const cur = w.current ? windowEnds(db, w.current, id) : null;
  const prev = w.previous ? windowEnds(db, w.previous, id) : null;
  const ids = cur ? [...cur.keys()] : (db.prepare(`SELECT id FROM characters ${id === undefined ? '' : 'WHERE id = ?'}`).pluck().all(...(id === undefined ? [] : [id])) as string[]);
  const out = new Map<string, UniqueUsers>();
  for (const cid of ids) {
    const e = cur?.get(cid);
    const p = prev?.get(cid);
    out.set(cid, {
      total: e?.end ?? null,
      asOf: e?.end === null || e?.end === undefined ? null : e.endDay,
      new: { value: w.current ? newUsers(e, w.current) : null, previous: w.previous ? newUsers(p, w.previous) : null },
      unavailable: notSent(e) ? NOT_SENT.users : null,
    });
  }
  return out;
}
