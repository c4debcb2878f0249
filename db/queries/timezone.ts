// Calendar days in the reporting timezone, computed from instants. SQLite knows no IANA zones, so a
// query gets the zone's UTC offsets as a piecewise-constant function: the offset changes only at
// DST transitions, which are found here once per range and passed to SQL as parameters.
import { DateTime } from 'luxon';

export interface OffsetPiece {
  /** The piece starts at this instant (epoch ms); the first piece starts at -Infinity. */
  fromMs: number;
  offsetMs: number;
}

const DAY_MS = 86_400_000;
const cache = new Map<string, OffsetPiece[]>();

function offsetAt(zone: string, ms: number): number {
  return DateTime.fromMillis(ms, { zone }).offset * 60_000;
}

/** The offsets in force between startMs and endMs, with exact transition instants (to the minute). */
export function offsetPieces(zone: string, startMs: number, endMs: number, stepMs = DAY_MS): OffsetPiece[] {
  const key = `${zone}|${startMs}|${endMs}|${stepMs}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const pieces: OffsetPiece[] = [{ fromMs: -Infinity, offsetMs: offsetAt(zone, startMs) }];
  for (let t = startMs; t < endMs; t += stepMs) {
    const next = Math.min(t + stepMs, endMs);
    const current = pieces[pieces.length - 1].offsetMs;
    if (offsetAt(zone, next) === current) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (offsetAt(zone, mid) === current) lo = mid;
      else hi = mid;
    }
    pieces.push({ fromMs: hi, offsetMs: offsetAt(zone, hi) });
  }
  if (cache.size > 200) cache.clear();
  cache.set(key, pieces);
  return pieces;
}

/** SQL for the local calendar date ('YYYY-MM-DD') of an epoch-ms column, with its parameters. */
export function localDateSql(column: string, zone: string, startMs: number, endMs: number): { sql: string; params: number[] } {
  const pieces = offsetPieces(zone, startMs, endMs);
  if (pieces.length === 1) return { sql: `date((${column} + ?) / 1000, 'unixepoch')`, params: [pieces[0].offsetMs] };
  const params: number[] = [];
  const branches = pieces.slice(1).map((piece, i) => {
    params.push(piece.fromMs, pieces[i].offsetMs);
    return `WHEN ${column} < ? THEN ?`;
  });
  params.push(pieces[pieces.length - 1].offsetMs);
  return { sql: `date((${column} + CASE ${branches.join(' ')} ELSE ? END) / 1000, 'unixepoch')`, params };
}

/** The local calendar date of an instant. */
export function localDate(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate()!;
}

/** The instant a local calendar date starts in the zone. */
export function startOfLocalDay(date: string, zone: string): number {
  return DateTime.fromISO(date, { zone }).startOf('day').toMillis();
}
