// A zone's UTC offsets from 1970 to 2100 as a piecewise-constant function, found once per zone from
// Intl alone. Opening a database needs them (the ledger triggers' local date), and so do the
// queries' calendar arithmetic (queries/timezone.ts), which builds on them.

export interface OffsetPiece {
  /** The piece starts at this instant (epoch ms); the first piece starts at -Infinity. */
  fromMs: number;
  offsetMs: number;
}

const DAY_MS = 86_400_000;
export const SPAN_FROM = Date.UTC(1970, 0, 1);
export const SPAN_TO = Date.UTC(2100, 0, 1);
const zones = new Map<string, OffsetPiece[]>();

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone's UTC offset at an instant, in ms, from Intl's "GMT+05:45" text: six times faster than
 * luxon's offset (formatToParts of the whole local time), which made finding a zone's pieces cost
 * 90 ms of every start. Offsets of whole seconds (Monrovia's GMT-00:44:30 until 1972) keep them.
 */
export function offsetAt(zone: string, ms: number): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const text = format.format(ms);
  const match = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(text);
  if (!match) throw new Error(`unexpected UTC offset for ${zone}: ${text}`);
  if (!match[1]) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0);
  return (match[1] === '-' ? -seconds : seconds) * 1000;
}

/**
 * Every offset a zone has from 1970 to 2100, found once per zone (about 8,000 offsets) and then
 * sliced for each range, which is a binary search: a dashboard asks for dozens of ranges. Weekly
 * probes: no zone changes its offset twice within a week. Offsets change on a whole second, and each
 * change is found to that second, so the pieces give luxon's offset for every instant.
 */
export function zonePieces(zone: string): OffsetPiece[] {
  const known = zones.get(zone);
  if (known) return known;
  const step = 7 * DAY_MS;
  const pieces: OffsetPiece[] = [{ fromMs: -Infinity, offsetMs: offsetAt(zone, SPAN_FROM) }];
  for (let t = SPAN_FROM; t < SPAN_TO; t += step) {
    const next = Math.min(t + step, SPAN_TO);
    const current = pieces[pieces.length - 1].offsetMs;
    if (offsetAt(zone, next) === current) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetAt(zone, mid) === current) lo = mid;
      else hi = mid;
    }
    pieces.push({ fromMs: hi, offsetMs: offsetAt(zone, hi) });
  }
  zones.set(zone, pieces);
  return pieces;
}

/** The index of the piece holding `ms`, given the pieces' starts (ascending, the first -Infinity). */
export function pieceAt(starts: readonly number[], ms: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
