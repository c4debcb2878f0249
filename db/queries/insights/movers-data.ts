// What the movers rule measures: per live character, plugin and story, its use (chats, plays) and
// its earnings (per currency) over the review period and over the same part of each of the 12
// periods before it, the history its typical band is made of.
import { DateTime } from 'luxon';
import type { Db } from '../../open';
import { addDays, dayCount, dayRange } from '../audience/stats-window';
import { EARNED, exactAll } from '../sums';
import { localDateSql, startOfLocalDay } from '../timezone';
import type { DayRange } from '../types/audience';
import { prepared } from '../../statements';

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
 *  A finished period is compared with whole periods; an unfinished one with their first days. */
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
      const start = DateTime.fromISO(from, { zone: 'UTC' }).minus({ months: k });
      const monthEnd = start.endOf('month').toISODate()!;
      const cut = addDays(start.toISODate()!, days - 1);
      out.push(dayRange(start.toISODate()!, whole || cut > monthEnd ? monthEnd : cut));
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
  const rows = prepared(db, `SELECT id, created_at AS createdAt FROM ${USE[kind].catalogue}`).all() as { id: string; createdAt: string }[];
  return new Map(rows.map((r) => [r.id, r.createdAt.slice(0, 10)]));
}

function measure(kind: WorkKind, id: string, metric: Measure['metric'], currency: string | null, periods: DayRange[], created: string): Measure {
  return { kind, id, metric, currency, values: periods.map((p) => (p.from < created ? null : 0)) };
}

export function useMeasures(db: Db, kind: WorkKind, periods: DayRange[]): Measure[] {
  const u = USE[kind];
  const live = liveWorks(db, kind);
  const index = indexByDate(periods);
  const rows = prepared(db, `SELECT ${u.id} AS id, date, sum(${u.metric}) AS n FROM ${u.table} WHERE date >= ? AND date <= ? GROUP BY ${u.id}, date`)
    .all(periods.at(-1)!.from, periods[0].to) as { id: string; date: string; n: number }[];
  const out = new Map<string, Measure>();
  for (const r of rows) {
    const k = index.get(r.date);
    if (k === undefined || !live.has(r.id)) continue;
    let m = out.get(r.id);
    if (!m) out.set(r.id, (m = measure(kind, r.id, 'use', null, periods, live.get(r.id)!)));
    if (m.values[k] !== null) m.values[k] = m.values[k]! + r.n;
  }
  return [...out.values()];
}

/** Streams that follow a work's use. Prizes (bounty, campaign), fan support and platform adjustments
 *  are one-offs: a bounty week is not a work "earning more than usual". */
const USE_STREAMS = `stream IN ('character', 'embed', 'plugin')`;

/** Earnings per work and currency by local day of the reporting timezone (money is bucketed by instant). */
export function earningMeasures(db: Db, periods: DayRange[], zone: string): Measure[] {
  const index = indexByDate(periods);
  const startMs = startOfLocalDay(periods.at(-1)!.from, zone);
  const endMs = startOfLocalDay(addDays(periods[0].to, 1), zone);
  const local = localDateSql('occurred_ms', zone, startMs, endMs);
  const rows = exactAll<{ kind: WorkKind; id: string; currency: string; day: string; net: bigint }>(
    db,
    `SELECT source_type AS kind, source_id AS id, currency, ${local.sql} AS day, sum(net) AS net FROM ledger
     WHERE occurred_ms >= ? AND occurred_ms < ? AND ${EARNED} AND ${USE_STREAMS} AND source_type IN ('character', 'plugin', 'story')
     GROUP BY source_type, source_id, currency, day`,
    [...local.params, startMs, endMs],
  );
  const live = { character: liveWorks(db, 'character'), plugin: liveWorks(db, 'plugin'), story: liveWorks(db, 'story') };
  const out = new Map<string, Measure>();
  for (const r of rows) {
    const k = index.get(r.day);
    const created = live[r.kind].get(r.id);
    if (k === undefined || created === undefined) continue;
    const key = `${r.kind}|${r.id}|${r.currency}`;
    let m = out.get(key);
    if (!m) out.set(key, (m = measure(r.kind, r.id, 'earnings', r.currency, periods, created)));
    // Micro-units as a number: exact below 2^53 (9 billion units), and only compared, never summed into money shown.
    if (m.values[k] !== null) m.values[k] = m.values[k]! + Number(r.net);
  }
  return [...out.values()];
}
