// Earned money per source over any span of instants, exactly: whole local quarters, months and days
// from the trigger-kept rollups, and the partial days at either edge from the ledger rows. Without
// rollups in the reporting zone, everything comes from the ledger rows.
import { DateTime } from 'luxon';
import type { Db } from '../../open';
import { rollupZone } from '../../rollup-zone';
import { EARNED, exactAll } from '../sums';
import { fastZone, localDateSql } from '../timezone';
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

function where(f: SourceFilter, typeColumn: string, table = ''): { sql: string; params: string[] } {
  const streams = f.streams ? ` AND ${table}stream IN (${marks(f.streams)})` : '';
  const id = f.id === undefined ? '' : ` AND ${table}source_id = ?`;
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

/** The trigger-kept rollups of earned character and plugin money, coarsest first (migration 0008). */
const LEVELS: { unit: Unit; table: string }[] = [
  { unit: 'quarter', table: 'ledger_source_quarterly' },
  { unit: 'month', table: 'ledger_source_monthly' },
  { unit: 'day', table: 'ledger_source_daily' },
];

/** The name of the local day, month or quarter holding an instant: 'YYYY-MM-DD', or 'YYYY-MM' of the (quarter's first) month. */
function unitName(ms: number, zone: string, unit: Unit): string {
  return labelOf(DateTime.fromMillis(ms, { zone: fastZone(zone) }).toISODate()!, unit);
}

/** The day, month or quarter a local day 'YYYY-MM-DD' (or month 'YYYY-MM') lies in. */
export function labelOf(day: string, unit: Unit): string {
  if (unit === 'day') return day;
  if (unit === 'month') return day.slice(0, 7);
  return `${day.slice(0, 5)}${String(Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}`;
}

/** Takes each piece of earned money of read number `part`: pieces may share a key, and the taker adds them up. */
export type Sink = (part: number, sourceType: SourceType, id: string, currency: string, stream: string, day: string, net: bigint) => void;

/** One span to read: as a whole, or per local day, month or quarter. */
export interface SpanRead {
  span: SourceSpan;
  detail?: 'none' | Unit;
}

/** A range of whole units of one rollup, summed under `label`, or per unit (named by the detail's unit) without one. */
interface Piece {
  part: number;
  detail: Unit | null;
  table: string;
  unit: Unit;
  first: string;
  last: string;
  label?: string;
}

/** The partial days left at the bottom, read from the ledger rows; per local day without a label. */
interface RawPiece {
  part: number;
  detail: Unit | null;
  span: SourceSpan;
  label?: string;
}

/**
 * Cuts a span into whole units of `levels[0]` and pieces of finer levels at either edge, each inside
 * one unit of the detail and so labelled by it; the partial days left at the bottom go to the ledger.
 */
function cut(part: number, span: SourceSpan, levels: typeof LEVELS, detail: Unit | null, out: { rollup: Piece[]; raw: RawPiece[] }, label?: string): void {
  const { zone, startMs, endMs } = span;
  const named = label ?? (detail === null ? '' : undefined);
  if (levels.length === 0) {
    if (endMs > startMs) out.raw.push({ part, detail, span, label: named });
    return;
  }
  const [{ unit, table }, ...finer] = levels;
  const split = wholeUnits(zone, startMs, endMs, unit);
  if (!split) return cut(part, span, finer, detail, out, label);
  out.rollup.push({ part, detail, table, unit, first: split.first, last: split.last, label: named });
  for (const [s, e] of split.edges) cut(part, { zone, startMs: s, endMs: e }, finer, detail, out, named ?? unitName(s, zone, detail!));
}

/**
 * All rollup pieces of all reads in one walk over the keys, each piece a seek into its own key's range:
 * a query per piece walked the keys once each and turned as many rows into JavaScript values. A piece
 * read per unit comes as one string per key ('unit net,unit net,…'): a row per unit would cost three
 * times the query itself to turn into values (tens of thousands of rows over all time).
 */
function fromRollups(db: Db, pieces: Piece[], f: SourceFilter, sink: Sink): void {
  if (pieces.length === 0) return;
  // One source finds its keys through their index; all sources read every key ('+').
  const w = where(f, f.id === undefined ? '+keys.source_type' : 'keys.source_type', 'keys.');
  const columns = pieces.map(
    (p) => `(SELECT ${p.label === undefined ? `group_concat(${p.unit} || ' ' || net)` : 'sum(net)'} FROM ${p.table} t
             WHERE t.k = keys.k AND ${p.unit} >= ? AND ${p.unit} <= ?)`,
  );
  const rows = db.prepare(`SELECT keys.source_type, keys.source_id, keys.currency, keys.stream, ${columns.join(', ')} FROM ledger_source_keys keys WHERE ${w.sql}`)
    .raw(true)
    .safeIntegers(true)
    .all(...pieces.flatMap((p) => [p.first, p.last]), ...w.params) as [SourceType, string, string, string, ...(bigint | string | null)[]][];
  for (const [sourceType, id, currency, stream, ...values] of rows)
    values.forEach((v, i) => {
      if (v === null) return;
      const { part, label, detail } = pieces[i];
      if (label !== undefined) return sink(part, sourceType, id, currency, stream, label, v as bigint);
      for (const pair of (v as string).split(',')) {
        const space = pair.indexOf(' ');
        sink(part, sourceType, id, currency, stream, labelOf(pair.slice(0, space), detail!), BigInt(pair.slice(space + 1)));
      }
    });
}

function fromLedger(db: Db, pieces: RawPiece[], f: SourceFilter, sink: Sink): void {
  for (const { part, detail, span, label } of pieces)
    for (const r of raw(db, span.zone, span.startMs, span.endMs, f, label === undefined))
      sink(part, r.sourceType, r.id, r.currency, r.stream, label ?? labelOf(r.day, detail!), r.net);
}

/**
 * Σ net per source, currency and stream over each span read: over the whole span ('' in `day`) or per
 * local quarter or month ('YYYY-MM') or day ('YYYY-MM-DD'), given piece by piece to `sink` with the
 * read's index. Whole units come from the coarsest rollup that has them, for all reads in one query.
 * A span outside the rollups' zone comes from the ledger rows.
 */
export function eachEarnedBySource(db: Db, reads: SpanRead[], f: SourceFilter, sink: Sink): void {
  const zone = rollupZone(db);
  const pieces = { rollup: [] as Piece[], raw: [] as RawPiece[] };
  reads.forEach(({ span, detail = 'none' }, part) => {
    const unit = detail === 'none' ? null : detail;
    if (span.zone !== zone) pieces.raw.push({ part, detail: unit, span, label: unit === null ? '' : undefined });
    else cut(part, span, LEVELS.slice(unit === null ? 0 : LEVELS.findIndex((l) => l.unit === unit)), unit, pieces);
  });
  fromRollups(db, pieces.rollup, f, sink);
  fromLedger(db, pieces.raw, f, sink);
}

/** One span's pieces as rows: a key may repeat, and callers add the rows up. */
export function earnedBySource(db: Db, span: SourceSpan, f: SourceFilter, detail: 'none' | Unit = 'none'): SourceAmount[] {
  const out: SourceAmount[] = [];
  eachEarnedBySource(db, [{ span, detail }], f, (_, sourceType, id, currency, stream, day, net) => out.push({ sourceType, id, currency, stream, day, net }));
  return out;
}
