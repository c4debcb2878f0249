// A fast instant -> local calendar date for SQLite: the zone's UTC offsets from 1970 to 2100 are
// found once (luxon), then each call is a binary search and integer arithmetic. It runs inside the
// ledger triggers for every synced row, where a luxon call per row would cost seconds per million.
import { pieceAt, zonePieces } from './zone-offsets';
import { civilDate, DAY_MS } from './time/days';

export function localDateFunction(zone: string): (ms: number | bigint) => string {
  const pieces = zonePieces(zone);
  const starts = pieces.map((p) => p.fromMs);
  const offsets = pieces.map((p) => p.offsetMs);
  return (value) => {
    const ms = Number(value);
    return civilDate(Math.floor((ms + offsets[pieceAt(starts, ms)]) / DAY_MS));
  };
}
