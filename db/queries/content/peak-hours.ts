// Peak hours: the platform's hourly activity (UTC hours of UTC dates, across the whole account) moved
// into the reporting timezone and folded into an hour × weekday grid. Each hour is shifted by the
// zone's offset at that instant, so days around a DST change land where the creator lived them.
import type { Db } from '../../open';
import { offsetPieces } from '../timezone';
import type { PeakHours } from '../types/content';
import type { DayWindow } from './aggregate';
import { addDays, dayCount, utcMidnight } from '../../time/days';

const HOUR_MS = 3_600_000;

/** Days a heatmap reads at least: four of each weekday, so a quiet week or a short period leaves no
 *  weekday empty by accident. */
export const PEAK_MIN_DAYS = 28;

/** A period's days, reaching back to at least PEAK_MIN_DAYS ending on its last day. */
export function peakWindow(w: DayWindow): DayWindow {
  const earliest = addDays(w.to, -(PEAK_MIN_DAYS - 1));
  return { from: w.from < earliest ? w.from : earliest, to: w.to };
}

export function peakHours(db: Db, w: DayWindow | null, zone: string): PeakHours {
  const grid = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  let total = 0;
  if (w) {
    // A date's hours in one string ('hour chats,…'): a row per stats hour cost 21 ms over five years.
    const days = db.prepare(`SELECT date, group_concat(hour || ' ' || chats_started) FROM stats_activity_hourly WHERE date >= ? AND date <= ? GROUP BY date`)
      .raw()
      .all(w.from, w.to) as [string, string][];
    const startMs = utcMidnight(w.from);
    const pieces = offsetPieces(zone, startMs, utcMidnight(w.to) + 24 * HOUR_MS);
    for (const [date, hours] of days) {
      const dayMs = utcMidnight(date);
      for (const pair of hours.split(',')) {
        const space = pair.indexOf(' ');
        const hour = Number(pair.slice(0, space));
        const chats = Number(pair.slice(space + 1));
        const ms = dayMs + hour * HOUR_MS;
        // The offset in force in the middle of the hour: transitions fall on whole hours (or half
        // hours), and the pieces locate them only to the minute.
        const mid = ms + HOUR_MS / 2 - 1;
        let offset = pieces[0].offsetMs;
        for (const p of pieces) if (mid >= p.fromMs) offset = p.offsetMs;
        const local = new Date(ms + offset);
        // getUTCDay: 0 = Sunday; the grid starts on Monday.
        const weekday = (local.getUTCDay() + 6) % 7;
        grid[weekday][local.getUTCHours()] += chats;
        total += chats;
      }
    }
  }
  let peak: PeakHours['peak'] = null;
  for (let d = 0; d < 7; d++)
    for (let h = 0; h < 24; h++) if (grid[d][h] > 0 && (!peak || grid[d][h] > peak.chats)) peak = { weekday: d, hour: h, chats: grid[d][h] };
  const days = w ? dayCount(w.from, w.to) : 0;
  return { zone, grid, total, peak, from: w?.from ?? null, to: w?.to ?? null, days };
}
