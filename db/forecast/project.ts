// Where a month (and its year) will end, for a group of series that add up (a currency's streams, say):
// the part already earned, plus what the rest is expected to bring, with a low and a high figure from
// how the same estimate fared at the same point of each of the last twelve months (the replays).
// The unfinished current day never feeds the run-rate: its amount so far counts as earned, and the part
// of it still to come is expected in proportion to its remaining time.
// A group with regular income expects each series' run-rate (run-rate.ts) for every day left. A group
// whose money comes in lumps (on fewer than half its days: prizes only, say) expects what the rest of
// one recent month brought at the same point, the month closest to all of them in proportion to their
// totals (lumps.ts), each series what it brought then: the next lump may come tomorrow or next month,
// and a mean spread over every day would promise part of a lump that usually does not come. The band
// is band.ts's.
import { addMonths, civilDate, daysInMonth } from '../time/days';
import { bandOf, MIN_COMPARABLE, type BandSource, type Replay } from './band';
import { divRound, sum, type Ratio } from './exact';
import { closestMonth } from './lumps';
import { rateModel, sumDays, type DailyHistory } from './run-rate';

/** The months before this one whose same point is replayed for the band. */
export const COMPARABLE_MONTHS = 12;
/** A replay needs at least this many days of history before its point. */
const MIN_REPLAY_HISTORY = 28;

export interface Estimate {
  /** Earned so far (today's part included). */
  actual: bigint;
  /** actual + what the rest is expected to bring. */
  base: bigint;
  low: bigint;
  high: bigint;
}

export interface SeriesProjection {
  month: Estimate;
  year: Estimate;
  /** What each remaining day of the month is expected to bring, today's remaining part first. */
  days: bigint[];
  band: BandSource;
  /** How many recent months the band was measured on. */
  comparable: number;
}

export interface SeriesInput {
  /** Complete days before today (the only source of what is expected). */
  history: DailyHistory;
  /** Today's amount so far. */
  today: bigint;
}

export interface ProjectionClock {
  /** Today's day number (days since 1970-01-01, the local calendar day). */
  today: number;
  /** The part of today still to come (1/1 at its start). */
  left: Ratio;
}

export const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const monthOfDay = (day: number): string => civilDate(day).slice(0, 7);
const monthStart = (month: string): number => dayNumber(`${month}-01`);
const monthEnd = (month: string): number => monthStart(month) + daysInMonth(month) - 1;

/** Σ of expected(d) for d in [from, to]. */
function expectedOver(expected: (day: number) => bigint, from: number, to: number): bigint {
  let s = 0n;
  for (let d = from; d <= to; d++) s += expected(d);
  return s;
}

/** The first day the series holds money (history.first + its length when it never did). */
function firstBusy(h: DailyHistory): number {
  const i = h.values.findIndex((v) => v !== 0n);
  return h.first + (i < 0 ? h.values.length : i);
}

/**
 * The same point of month `month - k`: its elapsed day and last day, or null where it cannot be
 * replayed: a shorter month, or a point with fewer than `before` days of the series' money behind it
 * (months before a series began are no measure of it).
 */
function pointOf(h: DailyHistory, month: string, elapsed: number, k: number, before = 0): { pivot: number; end: number } | null {
  const m = addMonths(month, -k);
  const pivot = monthStart(m) + elapsed;
  const end = monthEnd(m);
  return pivot > end || pivot - before < firstBusy(h) ? null : { pivot, end };
}

/** What the rest of the month brought at the same point of month `month - k` (null where unknown). */
function restAt(h: DailyHistory, month: string, elapsed: number, k: number): bigint | null {
  const p = pointOf(h, month, elapsed, k);
  return p && sumDays(h, p.pivot, p.end + 1);
}

/**
 * For a group whose money comes in lumps, at the point of month `month - k`: the month before it (as an
 * offset from `month`) whose rest the rest is expected to repeat: of the twelve months before, the one
 * whose rest comes closest to all of theirs in proportion to their totals, the group's so far at
 * that point plus each one's rest (lumps.ts). Null with fewer than MIN_COMPARABLE of them (the
 * run-rate's mean then stands in, as it does for the band's replays).
 */
function lumpMonth(group: DailyHistory, month: string, elapsed: number, k: number): number | null {
  const start = monthStart(addMonths(month, -k));
  const soFar = sumDays(group, start, start + elapsed);
  const offsets: number[] = [];
  const rests: bigint[] = [];
  for (let j = k + 1; j <= k + COMPARABLE_MONTHS; j++) {
    const r = restAt(group, month, elapsed, j);
    if (r === null) continue;
    offsets.push(j);
    rests.push(r);
  }
  if (offsets.length < MIN_COMPARABLE) return null;
  return offsets[closestMonth(rests, rests.map((r) => soFar + r))!];
}

/** A lumpy series' expected rest at the point of month `month - k`: what it brought in the rest of the
 *  group's chosen month (lumpMonth), so that the parts add up to the group's; null without one. */
function sparseRest(h: DailyHistory, group: DailyHistory, month: string, elapsed: number, k: number): bigint | null {
  const j = lumpMonth(group, month, elapsed, k);
  if (j === null) return null;
  const m = addMonths(month, -j);
  return sumDays(h, monthStart(m) + elapsed, monthEnd(m) + 1);
}

/** The sum of some series sharing their first day, over the days before today. */
function sumOf(histories: DailyHistory[], today: number): DailyHistory {
  const first = histories[0]?.first ?? today;
  return { first, values: Array.from({ length: Math.max(0, today - first) }, (_, i) => sum(histories.map((h) => h.values[i] ?? 0n))) };
}

/** The group's sum when it has money on fewer than half its recent days (it comes in lumps), else null. */
function lumpsOf(histories: DailyHistory[], today: number): DailyHistory | null {
  const group = sumOf(histories, today);
  return rateModel(group, today).sparse ? group : null;
}

function replays(h: DailyHistory, month: string, elapsed: number, lumps: DailyHistory | null): (Replay | null)[] {
  const out: (Replay | null)[] = [];
  for (let k = 1; k <= COMPARABLE_MONTHS; k++) {
    const p = pointOf(h, month, elapsed, k, MIN_REPLAY_HISTORY);
    if (!p) {
      out.push(null);
      continue;
    }
    const model = rateModel(h, p.pivot);
    const expected = (lumps && model.sparse ? sparseRest(h, lumps, month, elapsed, k) : null) ?? expectedOver(model.expected, p.pivot, p.end);
    out.push({ expected, actual: sumDays(h, p.pivot, p.end + 1) });
  }
  return out;
}

/** The last (up to) eight whole weeks before today. */
function recentWeeks(h: DailyHistory, today: number): bigint[] {
  const out: bigint[] = [];
  for (let w = 1; w <= 8 && today - 7 * w >= h.first; w++) out.push(sumDays(h, today - 7 * w, today - 7 * (w - 1)));
  return out;
}

/** `total` over `n` days, as even as whole micro-units allow (the remainder on the last day). */
function spread(total: bigint, n: number): bigint[] {
  const each = total / BigInt(n);
  const out = Array.from({ length: n }, () => each);
  out[n - 1] += total - each * BigInt(n);
  return out;
}

interface Core {
  actualMonth: bigint;
  actualYear: bigint;
  days: bigint[];
  restMonth: bigint;
  restYear: bigint;
  replays: (Replay | null)[];
  weeks: bigint[];
  /** No day of the history lost money: the rest cannot take anything away from what is earned. */
  neverNegative: boolean;
}

/** What a series' estimate takes from its complete days alone, before today's part and its time left. */
interface Prepared {
  expectedToday: bigint;
  /** The days after today to the month's end, at the run-rate (null when the rest is a lumpy month's, lumps.ts). */
  after: bigint[] | null;
  sparse: bigint | null;
  monthSoFar: bigint;
  yearSoFar: bigint;
  afterMonth: bigint;
  replays: (Replay | null)[];
  weeks: bigint[];
  neverNegative: boolean;
}

/**
 * Replaying twelve months costs most of an estimate and depends only on the complete days: it is kept
 * per history (the same array while its days do not change: earned-history.ts keeps them until the
 * ledger changes) and day, so only today's part is worked out again on each read.
 */
const preparedKept = new WeakMap<bigint[], Map<string, Prepared>>();

/** A lumpy series' estimate depends on its group too: the group is named by its members' histories. */
const historyIds = new WeakMap<bigint[], number>();
let nextHistoryId = 0;
function groupKey(members: DailyHistory[]): string {
  return members
    .map((m) => {
      let id = historyIds.get(m.values);
      if (id === undefined) historyIds.set(m.values, (id = nextHistoryId++));
      return id;
    })
    .join(',');
}

function prepare(h: DailyHistory, today: number, lumps: DailyHistory | null, group: string): Prepared {
  const key = `${h.first}|${today}|${lumps ? group : ''}`;
  let byKey = preparedKept.get(h.values);
  const known = byKey?.get(key);
  if (known) return known;
  const month = monthOfDay(today);
  const first = monthStart(month);
  const last = monthEnd(month);
  const elapsed = today - first;
  const model = rateModel(h, today);
  const sparse = lumps && model.sparse ? sparseRest(h, lumps, month, elapsed, 0) : null;
  const after: bigint[] = [];
  if (sparse === null) for (let d = today + 1; d <= last; d++) after.push(model.expected(d));
  const prepared: Prepared = {
    expectedToday: model.expected(today),
    after: sparse === null ? after : null,
    sparse,
    monthSoFar: sumDays(h, first, today),
    yearSoFar: sumDays(h, dayNumber(`${month.slice(0, 4)}-01-01`), today),
    afterMonth: expectedOver(model.expected, last + 1, dayNumber(`${month.slice(0, 4)}-12-31`)),
    replays: replays(h, month, elapsed, lumps),
    weeks: recentWeeks(h, today),
    neverNegative: h.values.every((v) => v >= 0n),
  };
  if (!byKey) preparedKept.set(h.values, (byKey = new Map()));
  byKey.set(key, prepared);
  return prepared;
}

function core(input: SeriesInput, clock: ProjectionClock, lumps: DailyHistory | null, group: string): Core {
  const p = prepare(input.history, clock.today, lumps, group);
  const last = monthEnd(monthOfDay(clock.today));
  const days = p.after ? [divRound(p.expectedToday * clock.left.n, clock.left.d), ...p.after] : spread(p.sparse!, last - clock.today + 1);
  const restMonth = sum(days);
  return {
    actualMonth: p.monthSoFar + input.today,
    actualYear: p.yearSoFar + input.today,
    days,
    restMonth,
    restYear: restMonth + p.afterMonth,
    replays: p.replays,
    weeks: p.weeks,
    neverNegative: p.neverNegative,
  };
}

function finish(c: Core): SeriesProjection {
  const band = bandOf(
    c.replays.filter((r): r is Replay => r !== null),
    c.weeks,
  );
  const estimate = (actual: bigint, rest: bigint): Estimate => {
    const base = actual + rest;
    let low = band.low(actual, rest);
    const high = band.high(actual, rest);
    if (c.neverNegative && low < actual) low = actual;
    return { actual, base, low: low < base ? low : base, high: high > base ? high : base };
  };
  return { month: estimate(c.actualMonth, c.restMonth), year: estimate(c.actualYear, c.restYear), days: c.days, band: band.source, comparable: band.comparable };
}

/**
 * Projects each series of a group and their total. The total's base is the exact sum of the parts'
 * bases; its band is measured on the total itself (the parts' replays added up), since the parts'
 * errors partly cancel.
 */
export function projectGroup<K>(parts: Map<K, SeriesInput>, clock: ProjectionClock): { parts: Map<K, SeriesProjection>; total: SeriesProjection; lumpy: boolean } {
  const histories = [...parts.values()].map((p) => p.history);
  const lumps = lumpsOf(histories, clock.today);
  const group = lumps ? groupKey(histories) : '';
  const cores = new Map([...parts].map(([k, input]) => [k, core(input, clock, lumps, group)]));
  const all = [...cores.values()];
  const length = monthEnd(monthOfDay(clock.today)) - clock.today + 1;
  const total: Core = {
    actualMonth: sum(all.map((c) => c.actualMonth)),
    actualYear: sum(all.map((c) => c.actualYear)),
    days: Array.from({ length }, (_, i) => sum(all.map((c) => c.days[i]))),
    restMonth: sum(all.map((c) => c.restMonth)),
    restYear: sum(all.map((c) => c.restYear)),
    // A part that cannot be replayed at a month (it had not begun) adds nothing to the total's replay there.
    replays: Array.from({ length: COMPARABLE_MONTHS }, (_, k) => {
      const rs = all.map((c) => c.replays[k]).filter((r): r is Replay => r !== null);
      if (rs.length === 0) return null;
      return { expected: sum(rs.map((r) => r.expected)), actual: sum(rs.map((r) => r.actual)) };
    }),
    weeks: (all[0]?.weeks ?? []).map((_, i) => sum(all.map((c) => c.weeks[i] ?? 0n))),
    neverNegative: all.every((c) => c.neverNegative),
  };
  return { parts: new Map([...cores].map(([k, c]) => [k, finish(c)])), total: finish(total), lumpy: lumps !== null };
}

/**
 * The histories from the first day any of them holds anything: days before a creator (or a work) had
 * any money or stats are unknown, not days that brought nothing. Quiet days after that first one are zeros.
 */
export function fromFirstKnown<K>(parts: Map<K, SeriesInput>, known?: number): Map<K, SeriesInput> {
  const all = [...parts.values()];
  if (all.length === 0) return parts;
  const first = all[0].history.first;
  const start = known ?? Math.min(...all.map((p) => firstBusy(p.history)));
  const cut = Math.max(0, Math.min(start - first, all[0].history.values.length));
  if (cut === 0) return parts;
  return new Map([...parts].map(([k, p]) => [k, { ...p, history: { first: first + cut, values: p.history.values.slice(cut) } }]));
}

/** One series on its own (a character's chats, say). */
export function projectSeries(input: SeriesInput, clock: ProjectionClock): SeriesProjection {
  const lumps = lumpsOf([input.history], clock.today);
  return finish(core(input, clock, lumps, lumps ? groupKey([input.history]) : ''));
}
