// Announcement engagement: engaged / delivered (and opened / delivered) per announcement, and for
// a period the ratio of the sums, so a big announcement weighs what it reached. Nothing delivered
// means no rate (null), never 0%.
import type { Db } from '../../open';
import type { Range } from '../period';
import type { AnnouncementRow, AnnouncementSummary } from '../types/audience';
import { round1 } from './countries';

/** The platform keeps counting opens and engagement for about a week after posting. */
const SETTLE_MS = 7 * 86_400_000;

export const ratePct = (part: number, whole: number): number | null => (whole > 0 ? round1((part / whole) * 100) : null);

interface Stored {
  id: string;
  title: string;
  postedAt: string;
  delivered: number;
  opened: number;
  engaged: number;
}

function rows(db: Db): (Stored & { postedMs: number })[] {
  const all = db.prepare(`SELECT id, title, posted_at AS postedAt, delivered, opened, engaged FROM announcements`)
    .all() as Stored[];
  return all.map((a) => ({ ...a, postedMs: Date.parse(a.postedAt) })).sort((a, b) => a.postedMs - b.postedMs || a.id.localeCompare(b.id));
}

function row(a: Stored & { postedMs: number }, asOfMs: number): AnnouncementRow {
  return {
    id: a.id,
    title: a.title,
    postedAt: a.postedAt,
    delivered: a.delivered,
    opened: a.opened,
    engaged: a.engaged,
    openRatePct: ratePct(a.opened, a.delivered),
    engagementRatePct: ratePct(a.engaged, a.delivered),
    settling: asOfMs - a.postedMs < SETTLE_MS,
  };
}

function summarise(list: AnnouncementRow[]): { count: number; engagement: number | null; open: number | null } {
  const delivered = list.reduce((n, a) => n + a.delivered, 0);
  return {
    count: list.length,
    engagement: ratePct(list.reduce((n, a) => n + a.engaged, 0), delivered),
    open: ratePct(list.reduce((n, a) => n + a.opened, 0), delivered),
  };
}

export function announcementsView(
  db: Db,
  current: Range,
  previous: Range | null,
  asOfMs: number,
  historyCount = 24,
): { inPeriod: AnnouncementRow[]; summary: AnnouncementSummary; history: AnnouncementRow[] } {
  const all = rows(db);
  const within = (r: Range) => all.filter((a) => a.postedMs >= r.startMs && a.postedMs < r.endMs).map((a) => row(a, asOfMs));
  const inPeriod = within(current);
  const now = summarise(inPeriod);
  const before = previous ? summarise(within(previous)) : null;
  return {
    inPeriod: [...inPeriod].reverse(),
    summary: {
      count: { value: now.count, previous: before?.count ?? null },
      engagementRatePct: { value: now.engagement, previous: before ? before.engagement : null },
      openRatePct: { value: now.open, previous: before ? before.open : null },
    },
    history: all.filter((a) => a.postedMs < current.endMs).slice(-historyCount).map((a) => row(a, asOfMs)),
  };
}
