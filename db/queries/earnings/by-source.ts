// Earned money per source over any span of instants, exactly: whole local months from the
// trigger-kept ledger_source_monthly rollup, whole local days of the partial months from
// ledger_source_daily, and the partial days at either edge from the ledger rows. Without rollups in
// the reporting zone, everything comes from the ledger rows.
import { DateTime } from 'luxon';
import type { Db } from '../../open';
import { rollupZone } from '../../rollups';
import { EARNED, exactAll } from '../sums';
import { localDateSql } from '../timezone';
import { wholeUnits } from './earned';

export type SourceType = 'character' | 'plugin';

export interface SourceAmount {
  sourceType: SourceType;
  id: string;
  currency: string;
  stream: string;
  /** The local day 'YYYY-MM-DD' or month 'YYYY-MM' asked for; '' for the whole span. */
  day: string;
  net: bigint;
}

export interface SourceFilter {
  sourceTypes: readonly SourceType[];
  streams?: readonly string[];
  id?: string;
}

export interface SourceSpan {
  zone: string;
  startMs: number;
  endMs: number;
}

const marks = (xs: readonly unknown[]) => xs.map(() => '?').join(', ');

function where(f: SourceFilter, typeColumn: string): { sql: string; params: string[] } {
  const streams = f.streams ? ` AND stream IN (${marks(f.streams)})` : '';
  const id = f.id === undefined ? '' : ' AND source_id = ?';
  return {
    sql: `${EARNED} AND ${typeColumn} IN (${marks(f.sourceTypes)})${streams}${id}`,
    params: [...f.sourceTypes, ...(f.streams ?? []), ...(f.id === undefined ? [] : [f.id])],
  };
}

/**
 * From the ledger rows. One source is found through its (type, id, time) index; all sources through the
 * time index ('+' keeps the planner off the type index, which would walk every row of that type).
 */
function raw(db: Db, zone: string, startMs: number, endMs: number, f: SourceFilter, perDay: boolean): SourceAmount[] {
  if (endMs <= startMs) return [];
  const local = perDay ? localDateSql('occurred_ms', zone, startMs, endMs) : { sql: "''", params: [] };
  const w = where(f, f.id === undefined ? '+source_type' : 'source_type');
  return exactAll<SourceAmount>(
    db,
    `SELECT source_type AS sourceType, source_id AS id, currency, stream, ${local.sql} AS day, sum(net) AS net
     FROM ledger WHERE occurred_ms >= ? AND occurred_ms < ? AND ${w.sql}
     GROUP BY source_type, source_id, currency, stream, day`,
    [...local.params, startMs, endMs, ...w.params],
  );
}

/**
 * All sources over a span: whole local days from the trigger-kept ledger_source_daily (earned rows of
 * characters and plugins), the partial days at either edge from the rows. One source keeps to its own
 * index on the ledger, which finds its few rows directly.
 */
function daily(db: Db, zone: string, startMs: number, endMs: number, f: SourceFilter, perDay: boolean): SourceAmount[] {
  const split = f.id === undefined && rollupZone(db) === zone ? wholeUnits(zone, startMs, endMs) : null;
  if (!split) return raw(db, zone, startMs, endMs, f, perDay);
  const streams = f.streams ? ` AND stream IN (${marks(f.streams)})` : '';
  const days = exactAll<SourceAmount>(
    db,
    `SELECT source_type AS sourceType, source_id AS id, currency, stream, ${perDay ? 'day' : "''"} AS day, sum(net) AS net
     FROM ledger_source_daily WHERE day >= ? AND day <= ? AND source_type IN (${marks(f.sourceTypes)})${streams}
     GROUP BY ${perDay ? 'day, ' : ''}source_type, source_id, currency, stream`,
    [split.first, split.last, ...f.sourceTypes, ...(f.streams ?? [])],
  );
  return [...days, ...split.edges.flatMap(([s, e]) => raw(db, zone, s, e, f, perDay))];
}

/**
 * Σ net per source, currency and stream over a span. `detail` 'day': per local day, from the rows;
 * 'month': per local month ('YYYY-MM'); 'none': over the whole span (''). Whole months and edges come
 * as separate rows, so a key may repeat: callers add the rows up.
 */
export function earnedBySource(db: Db, span: SourceSpan, f: SourceFilter, detail: 'none' | 'month' | 'day' = 'none'): SourceAmount[] {
  const { zone, startMs, endMs } = span;
  const perDay = detail !== 'none';
  const split = detail !== 'day' && rollupZone(db) === zone ? wholeUnits(zone, startMs, endMs, 'month') : null;
  if (!split) {
    const rows = daily(db, zone, startMs, endMs, f, perDay);
    return detail === 'month' ? rows.map((r) => ({ ...r, day: r.day.slice(0, 7) })) : rows;
  }
  const w = where(f, 'source_type');
  const months = exactAll<SourceAmount>(
    db,
    `SELECT source_type AS sourceType, source_id AS id, currency, stream, ${perDay ? 'month' : "''"} AS day, sum(net) AS net
     FROM ledger_source_monthly WHERE month >= ? AND month <= ? AND ${w.sql}
     GROUP BY source_type, source_id, currency, stream, day`,
    [split.first, split.last, ...w.params],
  );
  // Each edge lies within one local month, so it needs no day either: it is labelled with its month.
  const edge = ([s, e]: [number, number]) =>
    daily(db, zone, s, e, f, false).map((r) => ({ ...r, day: perDay ? DateTime.fromMillis(s, { zone }).toFormat('yyyy-MM') : '' }));
  return [...months, ...split.edges.flatMap(edge)];
}
