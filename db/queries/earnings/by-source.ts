// Earned money per source over any span of instants, exactly: whole local quarters, months and days
// from the trigger-kept rollups, and the partial days at either edge from the ledger rows. Without
// rollups in the reporting zone, everything comes from the ledger rows.
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
  /** The local day 'YYYY-MM-DD', month or quarter 'YYYY-MM' (its first month) asked for; '' for the whole span. */
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
    sql: `${typeColumn} IN (${marks(f.sourceTypes)})${streams}${id}`,
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
     FROM ledger WHERE occurred_ms >= ? AND occurred_ms < ? AND ${EARNED} AND ${w.sql}
     GROUP BY source_type, source_id, currency, stream, day`,
    [...local.params, startMs, endMs, ...w.params],
  );
}

type Unit = 'quarter' | 'month' | 'day';

/** The trigger-kept rollups of earned character and plugin money, coarsest first (migrations 0006, 0007). */
const LEVELS: { unit: Unit; table: string }[] = [
  { unit: 'quarter', table: 'ledger_source_quarterly' },
  { unit: 'month', table: 'ledger_source_monthly' },
  { unit: 'day', table: 'ledger_source_daily' },
];

/** The name of the local day, month or quarter holding an instant: 'YYYY-MM-DD', or 'YYYY-MM' of the (quarter's first) month. */
function unitName(ms: number, zone: string, unit: Unit): string {
  return labelOf(DateTime.fromMillis(ms, { zone }).toISODate()!, unit);
}

/** The day, month or quarter a local day 'YYYY-MM-DD' (or month 'YYYY-MM') lies in. */
export function labelOf(day: string, unit: Unit): string {
  if (unit === 'day') return day;
  if (unit === 'month') return day.slice(0, 7);
  return `${day.slice(0, 5)}${String(Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}`;
}

/**
 * Each key's units in one row ('unit net,unit net,…'): a row per unit would cost three times the
 * query itself to turn into JavaScript values (tens of thousands of rows over all time).
 */
function perUnit(db: Db, table: string, unit: Unit, split: { first: string; last: string }, w: { sql: string; params: string[] }): SourceAmount[] {
  const keys = db
    .prepare(
      `SELECT source_type, source_id, currency, stream, group_concat(${unit} || ' ' || net) FROM ${table}
       WHERE ${unit} >= ? AND ${unit} <= ? AND ${w.sql} GROUP BY source_type, source_id, currency, stream`,
    )
    .raw(true)
    .all(split.first, split.last, ...w.params) as [SourceType, string, string, string, string][];
  const out: SourceAmount[] = [];
  for (const [sourceType, id, currency, stream, units] of keys)
    for (const pair of units.split(',')) {
      const space = pair.indexOf(' ');
      out.push({ sourceType, id, currency, stream, day: pair.slice(0, space), net: BigInt(pair.slice(space + 1)) });
    }
  return out;
}

/**
 * Reads whole units of `levels[0]` from its table, labelled by unit (or by `label` when one is given)
 * and goes down a level for the pieces at either edge, each inside one unit and so labelled by the
 * unit it lies in; the partial days left at the bottom come from the ledger rows.
 */
function descend(db: Db, span: SourceSpan, f: SourceFilter, levels: typeof LEVELS, detail: Unit | null, label?: string): SourceAmount[] {
  const { zone, startMs, endMs } = span;
  if (levels.length === 0) {
    if (detail === null || label !== undefined) return raw(db, zone, startMs, endMs, f, false).map((r) => ({ ...r, day: label ?? '' }));
    return raw(db, zone, startMs, endMs, f, true);
  }
  const [{ unit, table }, ...finer] = levels;
  const split = wholeUnits(zone, startMs, endMs, unit);
  if (!split) return descend(db, span, f, finer, detail, label);
  // One source reads its months through the month table's source index; all sources read a range of units.
  const w = where(f, f.id === undefined ? '+source_type' : 'source_type');
  const labelled = label === undefined && detail !== null;
  const rows = labelled
    ? perUnit(db, table, unit, split, w)
    : exactAll<SourceAmount>(
        db,
        `SELECT source_type AS sourceType, source_id AS id, currency, stream, ? AS day, sum(net) AS net
         FROM ${table} WHERE ${unit} >= ? AND ${unit} <= ? AND ${w.sql} GROUP BY source_type, source_id, currency, stream`,
        [label ?? '', split.first, split.last, ...w.params],
      );
  // One source's months stand in for quarters it has no rollup for.
  if (labelled && unit !== detail) for (const r of rows) r.day = labelOf(r.day, detail);
  const edge = ([s, e]: [number, number]) =>
    descend(db, { zone, startMs: s, endMs: e }, f, finer, detail, label ?? (detail === null ? '' : unitName(s, zone, detail)));
  return [...rows, ...split.edges.flatMap(edge)];
}

/**
 * Σ net per source, currency and stream over a span: over the whole span ('' in `day`) or per local
 * quarter or month ('YYYY-MM') or day ('YYYY-MM-DD'). Whole units come from the coarsest rollup that
 * has them; one source skips the quarter and day rollups (no index by source) for the month rollup's
 * index and the ledger's. Without rollups in the span's zone, everything comes from the ledger rows.
 * Pieces come as separate rows, so a key may repeat: callers add the rows up.
 */
export function earnedBySource(db: Db, span: SourceSpan, f: SourceFilter, detail: 'none' | Unit = 'none'): SourceAmount[] {
  const unit = detail === 'none' ? null : detail;
  if (rollupZone(db) !== span.zone) {
    const rows = raw(db, span.zone, span.startMs, span.endMs, f, unit !== null);
    return unit === null || unit === 'day' ? rows : rows.map((r) => ({ ...r, day: labelOf(r.day, unit) }));
  }
  const from = unit === null ? 0 : LEVELS.findIndex((l) => l.unit === unit);
  const levels = LEVELS.slice(from).filter((l) => f.id === undefined || l.unit === 'month');
  return descend(db, span, f, levels, unit);
}
