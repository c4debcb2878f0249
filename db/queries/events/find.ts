// An event found again by its id (list.ts makes the ids), for the before/after comparison of any
// marker: the id says where the event lives, so nothing but that row is read.
import type { Db } from '../../open';
import type { ItemKind, TimelineEvent } from '../types/events';
import { actedEvent, createdEvents, greetingEvents, noteEvents, PAYOUT_COLUMNS, payoutEvent, priceEvents, TICK_COLUMNS } from './list';
import { localDate } from '../timezone';

const EVER = { from: '1900-01-01', to: '2999-12-31' };
const KINDS: readonly string[] = ['character', 'plugin', 'story'];

export function findEvent(db: Db, id: string, zone: string): TimelineEvent | null {
  const [kind, ...parts] = id.split(':');
  const rest = parts.join(':');
  switch (kind) {
    case 'note': {
      const noteId = Number(rest);
      if (!Number.isSafeInteger(noteId)) return null;
      const day = db.prepare('SELECT day FROM timeline_notes WHERE id = ?').pluck().get(noteId) as string | undefined;
      return day === undefined ? null : (noteEvents(db, { from: day, to: day }, null).find((e) => e.noteId === noteId) ?? null);
    }
    case 'greeting':
      return greetingEvents(db, EVER, rest, zone)[0] ?? null;
    case 'price': {
      // 'price:<character id>:<instant>': the instant holds colons of its own; ids never do.
      const [characterId, ...instant] = parts;
      return priceEvents(db, EVER, characterId, zone, instant.join(':'))[0] ?? null;
    }
    case 'created':
      return KINDS.includes(parts[0]) ? (createdEvents(db, EVER, zone, { kind: parts[0] as ItemKind, id: parts.slice(1).join(':') })[0] ?? null) : null;
    case 'announcement': {
      const row = db.prepare('SELECT posted_at AS at, title FROM announcements WHERE id = ?').get(rest) as { at: string; title: string } | undefined;
      return row ? { id, kind: 'announcement', day: localDate(Date.parse(row.at), zone), title: `Announcement: ${row.title}`, detail: null, item: null, noteId: null } : null;
    }
    case 'payout': {
      const row = db.prepare(`SELECT ${PAYOUT_COLUMNS} FROM payouts WHERE id = ?`).get(rest) as Parameters<typeof payoutEvent>[0] | undefined;
      return row ? payoutEvent(row, zone) : null;
    }
    case 'acted': {
      const [periodKey, ...item] = parts;
      const row = db.prepare(`SELECT ${TICK_COLUMNS} FROM review_notes WHERE period_key = ? AND item = ? AND checked = 1 AND checked_at IS NOT NULL`).get(periodKey, item.join(':')) as
        | Parameters<typeof actedEvent>[1]
        | undefined;
      return row ? actedEvent(db, row, zone) : null;
    }
    default:
      return null;
  }
}
