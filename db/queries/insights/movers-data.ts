// What the movers rule measures: per live character, plugin and story, its use (chats, plays) and
// its earnings (per currency) over the review period and over the same part of each of the 12
// periods before it, the history its typical band is made of.
import type { Db } from '../../open';
import { dayRange } from '../audience/stats-window';
import { addDays, addMonths, dayCount, endOfMonth } from '../../time/days';
import { EARNED, exactAll } from '../sums';
import { localDateSql, startOfLocalDay } from '../timezone';
import type { DayRange } from '../types/audience';
import { eachEarnedBySource } from '../earnings/by-source';

export const HISTORY_PERIODS = 12;

export type WorkKind = 'character' | 'plugin' | 'story';

export interface Measure {
  kind: WorkKind;
  id: string;
  metric: 'use' | 'earnings';
  /** For earnings: amounts of different currencies are never compared or added. */
  currency: string | null;
  /** [current, 1 period ago, …, 12 periods ago]; null where the work did not exist yet. */
  values: (number | null)[];
}

/** The period's counted days (from its start to `end`) and the same part of each earlier period.
 *  A finished period is compared with whole periods; an unfinished one with their first days. A month
 *  period starts on the first of its month. */
export function comparablePeriods(cadence: 'week' | 'month', from: string, to: string, end: string): DayRange[] {
  const last = end < to ? end : to;
  const days = dayCount(from, last);
  const whole = last === to;
  const out: DayRange[] = [dayRange(from, last)];
  for (let k = 1; k <= HISTORY_PERIODS; k++) {
    if (cadence === 'week') {
      const start = addDays(from, -7 * k);
      out.push(dayRange(start, addDays(start, days - 1)));
    } else {
      const month = addMonths(from.slice(0, 7), -k);
      const monthEnd = endOfMonth(month);
      const cut = addDays(`${month}-01`, days - 1);
      out.push(dayRange(`${month}-01`, whole || cut > monthEnd ? monthEnd : cut));
    }
  }
  return out;
}

function indexByDate(periods: DayRange[]): Map<string, number> {
  const map = new Map<string, number>();
  periods.forEach((p, k) => {
    for (let d = p.from; d <= p.to; d = addDays(d, 1)) map.set(d, k);
  });
  return map;
}

const USE: Record<WorkKind, { table: string; id: string; metric: string; catalogue: string }> = {
  character: { table: 'stats_characters', id: 'character_id', metric: 'chats_started', catalogue: 'characters' },
  plugin: { table: 'stats_plugins', id: 'plugin_id', metric: 'chats', catalogue: 'plugins' },
  story: { table: 'stats_stories', id: 'story_id', metric: 'plays', catalogue: 'stories' },
};

/** Live works with the first day they existed (history before it is not "usual", it is absence). */
function liveWorks(db: Db, kind: WorkKind): Map<string, string> {
  const rows = db.prepare(`SELECT id, created_at AS createdAt FROM ${USE[kind].catalogue}`).all() as { id: string; createdAt: string }[];
  return new Map(rows.map((r) => [r.id, r.createdAt.slice(0, 10)]));
}

function measure(kind: WorkKind, id: string, metric: Measure['metric'], currency: string | null, periods: DayRange[], created: string): Measure {
  return { kind, id, metric, currency, values: periods.map((p) => (p.from < created ? null : 0)) };
}

/**
 * Use per live work in each period, summed in SQL: one seek into each work's days per period (the
 * character stats are stored by work and date), instead of a row per work and day to JavaScript.
 */
export function useMeasures(db: Db, kind: WorkKind, periods: DayRange[]): Measure[] {
  const u = USE[kind];
  const live = liveWorks(db, kind);
  // CROSS JOIN keeps the order: period, work, then the work's days in that period.
  const rows = db.prepare(
    `WITH periods(k, first, last) AS (VALUES ${periods.map(() => '(?, ?, ?)').join(', ')})
     SELECT s.${u.id} AS id, periods.k AS k, sum(s.${u.metric}) AS n
     FROM periods CROSS JOIN ${u.catalogue} c CROSS JOIN ${u.table} s ON s.${u.id} = c.id AND s.date >= periods.first AND s.date <= periods.last
     GROUP BY periods.k, c.id`,
  ).all(...periods.flatMap((p, k) => [k, p.from, p.to])) as { id: string; k: number; n: number }[];
  const out = new Map<string, Measure>();
  for (const r of rows) {
    let m = out.get(r.id);
    if (!m) out.set(r.id, (m = measure(kind, r.id, 'use', null, periods, live.get(r.id)!)));
    if (m.values[r.k] !== null) m.values[r.k] = m.values[r.k]! + r.n;
  }
  return [...out.values()];
}

/** Streams that follow a work's use. Prizes (bounty, campaign), fan support and platform adjustments
 *  are one-offs: a bounty week is not a work "earning more than usual". */
const USE_STREAMS = ['character', 'embed', 'plugin'] as const;

/**
 * Earnings per work and currency in each period (whole local days of the reporting timezone: money is
 * bucketed by instant). Characters and plugins come from the per-source rollups, one span per period:
 * grouping every ledger row of thirteen months by local day took 1.4 s on the largest accounts.
 * Stories have no rollup; their few rows come from the ledger.
 */
export function earningMeasures(db: Db, periods: DayRange[], zone: string): Measure[] {
  const live = { character: liveWorks(db, 'character'), plugin: liveWorks(db, 'plugin'), story: liveWorks(db, 'story') };
  const out = new Map<string, Measure>();
  const add = (k: number, kind: WorkKind, id: string, currency: string, net: bigint) => {
    const created = live[kind].get(id);
    if (created === undefined) return;
    const key = `${kind}|${id}|${currency}`;
    let m = out.get(key);
    if (!m) out.set(key, (m = measure(kind, id, 'earnings', currency, periods, created)));
    // Micro-units as a number: exact below 2^53 (9 billion units), and only compared, never summed into money shown.
    if (m.values[k] !== null) m.values[k] = m.values[k]! + Number(net);
  };
  const spans = periods.map((p) => ({ span: { zone, startMs: startOfLocalDay(p.from, zone), endMs: startOfLocalDay(addDays(p.to, 1), zone) } }));
  eachEarnedBySource(db, spans, { sourceTypes: ['character', 'plugin'], streams: USE_STREAMS }, (k, kind, id, currency, _stream, _day, net) => add(k, kind, id, currency, net));

  const index = indexByDate(periods);
  const startMs = startOfLocalDay(periods.at(-1)!.from, zone);
  const endMs = startOfLocalDay(addDays(periods[0].to, 1), zone);
  const local = localDateSql('occurred_ms', zone, startMs, endMs);
  // Through the source index: a story's rows, not every row of the span.
  const stories = exactAll<{ id: string; currency: string; day: string; net: bigint }>(
    db,
    `SELECT source_id AS id, currency, ${local.sql} AS day, sum(net) AS net FROM ledger INDEXED BY ledger_source
     WHERE source_type = 'story' AND occurred_ms >= ? AND occurred_ms < ? AND ${EARNED} AND stream IN (${USE_STREAMS.map(() => '?').join(', ')})
     GROUP BY source_id, currency, day`,
    [...local.params, startMs, endMs, ...USE_STREAMS],
  );
  for (const r of stories) {
    const k = index.get(r.day);
    if (k !== undefined) add(k, 'story', r.id, r.currency, r.net);
  }
  return [...out.values()];
}
