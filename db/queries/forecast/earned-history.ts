// The earned money an estimate of this month reads: every complete local day of the history window per
// currency and stream (whole days from the day rollup), and today's part so far (today's rows).
// The complete days (some 7,000 rollup rows over 19 months on a large account, 5-10 ms to read) change
// only when the ledger does or the day turns, so they are kept per connection until one of those
// happens: switching Earnings' period reads them once. Today's part is read every time.
import type { Db } from '../../open';
import { dayNumber, fromFirstKnown, type SeriesInput } from '../../forecast/project';
import { dataVersion } from '../data-version';
import { earnedDaily } from '../earnings/earned';
import type { OutlookClock } from './clock';

/** currency -> stream -> its complete days and today's part. */
export type EarnedHistory = Map<string, Map<string, SeriesInput>>;

type Days = Map<string, Map<string, bigint[]>>;

/** What the complete days depend on: the window, the zone, and the data (data-version.ts). */
function versionOf(db: Db, zone: string, clock: OutlookClock): string {
  return [zone, clock.historyFrom, clock.day, dataVersion(db)].join('|');
}

const kept = new WeakMap<Db, { version: string; days: Days }>();

function completeDays(db: Db, zone: string, clock: OutlookClock): Days {
  const version = versionOf(db, zone, clock);
  const known = kept.get(db);
  if (known?.version === version) return known.days;
  const first = dayNumber(clock.historyFrom);
  const length = clock.today - first;
  const days: Days = new Map();
  for (const r of earnedDaily(db, zone, clock.historyFromMs, clock.todayStartMs, 'day')) {
    const i = dayNumber(r.day) - first;
    if (i < 0 || i >= length) continue;
    let streams = days.get(r.currency);
    if (!streams) days.set(r.currency, (streams = new Map()));
    let values = streams.get(r.stream);
    if (!values) streams.set(r.stream, (values = Array.from({ length }, () => 0n)));
    values[i] += r.net;
  }
  kept.set(db, { version, days });
  return days;
}

export function earnedHistory(db: Db, zone: string, clock: OutlookClock): EarnedHistory {
  const first = dayNumber(clock.historyFrom);
  const length = clock.today - first;
  const out: EarnedHistory = new Map();
  for (const [currency, streams] of completeDays(db, zone, clock))
    out.set(currency, new Map([...streams].map(([stream, values]) => [stream, { history: { first, values }, today: 0n }])));
  for (const r of earnedDaily(db, zone, clock.todayStartMs, clock.nowMs, 'none')) {
    let streams = out.get(r.currency);
    if (!streams) out.set(r.currency, (streams = new Map()));
    let s = streams.get(r.stream);
    if (!s) streams.set(r.stream, (s = { history: { first, values: Array.from({ length }, () => 0n) }, today: 0n }));
    s.today += r.net;
  }
  // A new account: its history starts with its first money, in any currency.
  const flat = new Map([...out].flatMap(([c, streams]) => [...streams].map(([stream, s]) => [`${c}|${stream}`, s] as const)));
  const known = fromFirstKnown(flat);
  if (known === flat) return out;
  return new Map([...out].map(([c, streams]) => [c, new Map([...streams.keys()].map((stream) => [stream, known.get(`${c}|${stream}`)!]))]));
}
