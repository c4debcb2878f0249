// A fast instant -> local calendar date for SQLite: the zone's UTC offsets from 1970 to 2100 are
// found once (luxon), then each call is a binary search and integer arithmetic. It runs inside the
// ledger triggers for every synced row, where a luxon call per row would cost seconds per million.
import { pieceAt, zonePieces } from './zone-offsets';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 -> 'YYYY-MM-DD' (Howard Hinnant's civil_from_days). */
export function civilDate(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function localDateFunction(zone: string): (ms: number | bigint) => string {
  const pieces = zonePieces(zone);
  const starts = pieces.map((p) => p.fromMs);
  const offsets = pieces.map((p) => p.offsetMs);
  return (value) => {
    const ms = Number(value);
    return civilDate(Math.floor((ms + offsets[pieceAt(starts, ms)]) / DAY_MS));
  };
}
