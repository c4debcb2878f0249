// Calendar days in the reporting timezone, computed from instants. SQLite knows no IANA zones, so a
// query gets the zone's UTC offsets as a piecewise-constant function: the offset changes only at
// DST transitions, which are found once per zone (zone-offsets.ts) and passed to SQL as parameters. The same
// pieces back a luxon zone for the dashboards' calendar arithmetic (see fastZone).
import { DateTime, IANAZone, Zone } from 'luxon';
import { pieceAt, SPAN_FROM, SPAN_TO, zonePieces, type OffsetPiece } from '../zone-offsets';

/** The offsets in force between startMs and endMs: the first piece starts at -Infinity. */
export function offsetPieces(zone: string, startMs: number, endMs: number): OffsetPiece[] {
  const all = zonePieces(zone);
  let lo = 0;
  let hi = all.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (all[mid].fromMs <= startMs) lo = mid;
    else hi = mid - 1;
  }
  const out: OffsetPiece[] = [{ fromMs: -Infinity, offsetMs: all[lo].offsetMs }];
  for (let i = lo + 1; i < all.length && all[i].fromMs < endMs; i++) out.push(all[i]);
  return out;
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
  return DateTime.fromMillis(ms, { zone: fastZone(zone) }).toISODate()!;
}

/** The local date and time of an instant, to the minute: "2026-11-20 14:05" (display exports). */
export function localDateTime(iso: string, zone: string): string {
  return DateTime.fromMillis(Date.parse(iso), { zone: fastZone(zone) }).toFormat('yyyy-MM-dd HH:mm');
}

/** The instant a local calendar date starts in the zone. */
export function startOfLocalDay(date: string, zone: string): number {
  return DateTime.fromISO(date, { zone: fastZone(zone) }).startOf('day').toMillis();
}

/**
 * A luxon zone answering offsets from the zone's pieces: luxon asks the zone for an offset on every
 * DateTime it makes (startOf, plus, fromISO), and the IANA zone answers each through Intl's
 * formatToParts, which cost 4-5 ms of every Earnings payload. Same offsets, so the same DateTimes;
 * names and anything outside 1970-2100 come from the IANA zone itself.
 */
class PiecewiseZone extends Zone {
  private readonly starts: number[];
  private readonly minutes: number[];

  constructor(private readonly iana: IANAZone) {
    super();
    const pieces = zonePieces(iana.name);
    this.starts = pieces.map((p) => p.fromMs);
    this.minutes = pieces.map((p) => p.offsetMs / 60_000);
  }

  override get type(): string {
    return 'iana';
  }
  override get name(): string {
    return this.iana.name;
  }
  override get isUniversal(): boolean {
    return false;
  }
  override get isValid(): boolean {
    return true;
  }
  override offsetName(ts: number, options: Parameters<Zone['offsetName']>[1]): string | null {
    return this.iana.offsetName(ts, options);
  }
  override formatOffset(ts: number, format: Parameters<Zone['formatOffset']>[1]): string {
    return this.iana.formatOffset(ts, format);
  }
  override offset(ts: number): number {
    if (!(ts >= SPAN_FROM && ts < SPAN_TO)) return this.iana.offset(ts);
    return this.minutes[pieceAt(this.starts, ts)];
  }
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
}

const fastZones = new Map<string, Zone>();

/** The zone for luxon, by IANA name: the fast one for a valid name, luxon's own (invalid) zone otherwise. */
export function fastZone(name: string): Zone {
  let zone = fastZones.get(name);
  if (!zone) {
    const iana = IANAZone.create(name);
    zone = iana.isValid ? new PiecewiseZone(iana) : iana;
    fastZones.set(name, zone);
  }
  return zone;
}
