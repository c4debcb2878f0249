// One character's, plugin's or story's month ahead, on its own page: its money per currency (read from
// the per-source day rollup where it is in the reporting zone, else from its own ledger rows) and its
// chats or plays (daily stats, by UTC day). Stats come a day late: the days after the newest published
// one are estimated as the month's days still to come.
import type { Db } from '../../open';
import { COMPARABLE_MONTHS, dayNumber, fromFirstKnown, projectGroup, projectSeries, type SeriesInput } from '../../forecast/project';
import { rollupZone } from '../../rollup-zone';
import { addDays, addMonths } from '../../time/days';
import { lastStatsDay } from '../content/windows';
import { EARNED, exactAll } from '../sums';
import { localDateSql } from '../timezone';
import type { ItemOutlook } from '../types/outlook';
import { outlookClock, type OutlookClock } from './clock';
import { rangeOf } from './projections';
import { PROFILE_DAYS } from '../../forecast/run-rate';

export type ItemKind = 'character' | 'plugin' | 'story';

const COUNTS: Record<ItemKind, { table: string; id: string; column: string; label: string }> = {
  character: { table: 'stats_characters', id: 'character_id', column: 'chats_started', label: 'Chats' },
  plugin: { table: 'stats_plugins', id: 'plugin_id', column: 'chats', label: 'Chats' },
  story: { table: 'stats_stories', id: 'story_id', column: 'plays', label: 'Plays' },
};

type Row = { day: string; currency: string; stream: string; net: bigint };

/** The source's earned money per local day, currency and stream in [startMs, endMs). */
function sourceDays(db: Db, zone: string, kind: ItemKind, id: string, clock: OutlookClock): Row[] {
  if (kind !== 'story' && rollupZone(db) === zone)
    return exactAll<Row>(
      db,
      `SELECT d.day AS day, k.currency AS currency, k.stream AS stream, d.net AS net FROM ledger_source_keys k
       JOIN ledger_source_daily d ON d.k = k.k AND d.day >= ? AND d.day < ?
       WHERE k.source_type = ? AND k.source_id = ?`,
      [clock.historyFrom, clock.day, kind, id],
    );
  const local = localDateSql('occurred_ms', zone, clock.historyFromMs, clock.todayStartMs);
  return exactAll<Row>(
    db,
    `SELECT ${local.sql} AS day, currency, stream, sum(net) AS net FROM ledger
     WHERE source_type = ? AND source_id = ? AND occurred_ms >= ? AND occurred_ms < ? AND ${EARNED} GROUP BY 1, currency, stream`,
    [...local.params, kind, id, clock.historyFromMs, clock.todayStartMs],
  );
}

function moneyOutlook(db: Db, zone: string, kind: ItemKind, id: string, clock: OutlookClock): ItemOutlook['money'] {
  const first = dayNumber(clock.historyFrom);
  const length = clock.today - first;
  const byCurrency = new Map<string, Map<string, SeriesInput>>();
  const series = (currency: string, stream: string) => {
    let streams = byCurrency.get(currency);
    if (!streams) byCurrency.set(currency, (streams = new Map()));
    let s = streams.get(stream);
    if (!s) streams.set(stream, (s = { history: { first, values: Array.from({ length }, () => 0n) }, today: 0n }));
    return s;
  };
  for (const r of sourceDays(db, zone, kind, id, clock)) {
    const i = dayNumber(r.day) - first;
    if (i >= 0 && i < length) series(r.currency, r.stream).history.values[i] += r.net;
  }
  const today = exactAll<{ currency: string; stream: string; net: bigint }>(
    db,
    `SELECT currency, stream, sum(net) AS net FROM ledger WHERE source_type = ? AND source_id = ? AND occurred_ms >= ? AND occurred_ms < ? AND ${EARNED} GROUP BY currency, stream`,
    [kind, id, clock.todayStartMs, clock.nowMs],
  );
  for (const r of today) series(r.currency, r.stream).today += r.net;
  // The work's history starts with its first money, in any currency.
  const all = new Map([...byCurrency].flatMap(([c, streams]) => [...streams].map(([stream, s]) => [`${c}|${stream}`, s] as const)));
  const known = fromFirstKnown(all);
  return [...byCurrency.keys()].sort().map((currency) => {
    const streams = new Map([...byCurrency.get(currency)!.keys()].map((stream) => [stream, known.get(`${currency}|${stream}`)!]));
    const { total, lumpy } = projectGroup(streams, clock);
    return { currency, month: rangeOf(total.month), basis: lumpy ? 'lumps' : 'run-rate', band: total.band, comparable: total.comparable };
  });
}

/** Chats (or plays) by UTC day: the published days are known, the rest of the UTC month is estimated. */
function countOutlook(db: Db, kind: ItemKind, id: string, nowMs: number): ItemOutlook['count'] {
  const spec = COUNTS[kind];
  const last = lastStatsDay(db, spec.table);
  if (!last) return null;
  // The first day without stats stands for "today": nothing of it is known yet.
  const todayDay = addDays(last, 1);
  const utcToday = new Date(nowMs).toISOString().slice(0, 10);
  const from = addDays(`${addMonths(todayDay.slice(0, 7), -COMPARABLE_MONTHS)}-01`, -2 * PROFILE_DAYS);
  const first = dayNumber(from);
  const today = dayNumber(todayDay);
  const values = Array.from({ length: Math.max(0, today - first) }, () => 0n);
  const rows = db.prepare(`SELECT date, ${spec.column} AS n FROM ${spec.table} WHERE ${spec.id} = ? AND date >= ? AND date <= ? ORDER BY date`).all(id, from, last) as { date: string; n: number }[];
  if (rows.length === 0) return null;
  for (const r of rows) values[dayNumber(r.date) - first] += BigInt(r.n);
  // Its stats begin on its first published day (a day with a row, even of zeros).
  const series = fromFirstKnown(new Map([['count', { history: { first, values }, today: 0n }]]), dayNumber(rows[0].date)).get('count')!;
  const p = projectSeries(series, { today, left: { n: 1n, d: 1n } });
  const n = (v: bigint) => Number(v);
  return {
    label: spec.label,
    month: todayDay.slice(0, 7),
    through: last,
    behind: todayDay < utcToday,
    estimate: { actual: n(p.month.actual), low: n(p.month.low), base: n(p.month.base), high: n(p.month.high) },
    band: p.band,
    comparable: p.comparable,
  };
}

export function itemOutlook(db: Db, zone: string, nowMs: number, kind: ItemKind, id: string): ItemOutlook {
  const clock = outlookClock(zone, nowMs);
  return { month: clock.day.slice(0, 7), today: clock.day, asOfMs: nowMs, money: moneyOutlook(db, zone, kind, id, clock), count: countOutlook(db, kind, id, nowMs) };
}

