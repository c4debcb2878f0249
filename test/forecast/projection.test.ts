// The projection's arithmetic on hand-made histories, every expected figure worked out by hand.
import { describe, expect, it } from 'vitest';
import { bandOf, percentile } from '../../db/forecast/band';
import { closestMonth } from '../../db/forecast/lumps';
import { dayNumber, projectGroup, projectSeries } from '../../db/forecast/project';
import { rateModel } from '../../db/forecast/run-rate';
import { weekdayOf } from '../../db/time/days';
import { addDays } from '../../db/time/days';

const M = 1_000_000n;
/** A history of `days` complete days ending the day before `today`, each day's amount from `f(day)`. */
function history(today: string, days: number, f: (day: string, i: number) => bigint) {
  const first = addDays(today, -days);
  return { first: dayNumber(first), values: Array.from({ length: days }, (_, i) => f(addDays(first, i), i)) };
}
/** 10.00 on weekdays, 20.00 on Saturdays and Sundays. */
const weekendsDouble = (day: string) => (weekdayOf(day) >= 5 ? 20n * M : 10n * M);

describe('the run-rate', () => {
  it('reads each weekday against the week: four weeks of 10 on weekdays and 20 at weekends expect exactly that again', () => {
    const h = history('2026-12-16', 28, weekendsDouble);
    const model = rateModel(h, dayNumber('2026-12-16'));
    expect(model.sparse).toBe(false);
    // Wednesday 16 December, Saturday 19, Sunday 20, Monday 21.
    expect([16, 19, 20, 21].map((d) => model.expected(dayNumber(`2026-12-${d}`)))).toEqual([10n * M, 20n * M, 20n * M, 10n * M]);
  });

  it('follows the trend of the last twelve weeks against the twelve before, for at most 62 days ahead', () => {
    // 84 days at 10.00, then 84 days at 12.00: g = (1008 - 840) / (84 × 840) = 1/420 a day. The recent
    // level 12.00 stands 14.5 days back, so the first day ahead is 12 × (1 + 14.5/420) = 12.414285714…
    const today = '2026-12-16';
    const h = history(today, 168, (day) => (day < addDays(today, -84) ? 10n * M : 12n * M));
    const model = rateModel(h, dayNumber(today));
    expect(model.expected(dayNumber(today))).toBe(12_414_286n);
    // Ten days on: 12 × (1 + 24.5/420) = 12.7; beyond 62 days the level stays at 12 × (1 + 76.5/420) = 14.185714…
    expect(model.expected(dayNumber(today) + 10)).toBe(12_700_000n);
    expect(model.expected(dayNumber(today) + 100)).toBe(14_185_714n);
  });

  it('expects the plain mean every day of a series with money on fewer than half its days', () => {
    // 84 days, money on 10 of them (8.40 each): 84.00 / 84 = 1.00 a day.
    const today = '2026-12-16';
    const h = history(today, 84, (_, i) => (i % 9 === 0 ? 8_400_000n : 0n));
    expect(h.values.filter((v) => v !== 0n)).toHaveLength(10);
    const model = rateModel(h, dayNumber(today));
    expect(model.sparse).toBe(true);
    expect(model.expected(dayNumber(today))).toBe(M);
    expect(model.expected(dayNumber(today) + 3)).toBe(M);
  });
});

describe('the month and year estimate', () => {
  it('adds the part already earned, the rest of today in proportion to its time left, and the run-rate of every remaining day', () => {
    // Wednesday 16 December 2026, at noon, 4.00 so far today. 1–15 December: 11 weekdays and 4 weekend
    // days = 190.00, so 194.00 earned. Still to come: half of Wednesday (5.00), then 17–31 December:
    // 11 weekdays and 4 weekend days = 190.00. Base 389.00. The history is only four weeks, all alike:
    // no month can be replayed, the weeks' spread is nil, so low = base = high.
    const p = projectSeries({ history: history('2026-12-16', 28, weekendsDouble), today: 4n * M }, { today: dayNumber('2026-12-16'), left: { n: 1n, d: 2n } });
    expect(p.month).toEqual({ actual: 194n * M, base: 389n * M, low: 389n * M, high: 389n * M });
    expect(p.days).toHaveLength(16);
    expect(p.days.slice(0, 5)).toEqual([5n * M, 10n * M, 10n * M, 20n * M, 20n * M]);
    // The year: the history holds 4 weeks of 90.00 in 2026, plus 4.00 today; December is its last month.
    expect(p.year).toEqual({ actual: 364n * M, base: 559n * M, low: 559n * M, high: 559n * M });
    expect(p.band).toBe('weeks');
  });

  it('gives a group’s total the exact sum of its parts’ bases', () => {
    const clock = { today: dayNumber('2026-12-16'), left: { n: 1n, d: 3n } };
    const parts = new Map([
      ['character', { history: history('2026-12-16', 28, weekendsDouble), today: 4n * M }],
      ['plugin', { history: history('2026-12-16', 28, () => 3n * M), today: M }],
    ]);
    const { parts: out, total } = projectGroup(parts, clock);
    // Plugin: 15 days × 3.00 + 1.00 = 46.00 earned; a third of today (1.00) and 15 days (45.00) to come.
    expect(out.get('plugin')!.month).toMatchObject({ actual: 46n * M, base: 92n * M });
    // Character: 194.00 earned; a third of Wednesday rounds 3.333333… to 3.333333, then 190.00.
    expect(out.get('character')!.month).toMatchObject({ actual: 194n * M, base: 387_333_333n });
    expect(total.month).toMatchObject({ actual: 240n * M, base: 479_333_333n });
    expect(total.days[0]).toBe(4_333_333n);
  });

  it('a group of prizes only expects the rest of the recent month closest to all of them in proportion to their totals', () => {
    // One prize a month, on the 20th, cycling 5, 10 and 50 units over 15 months; today is 10 October
    // 2026, nothing in so far. The last twelve months' rests (from the 10th) are four each of 5, 10 and
    // 50, each month weighing 1/its total: the four 5s weigh 4/5 of 4/5 + 4/10 + 4/50 = 1.28, past half
    // of it: the rest expected is 5 (the plain median would have been 10).
    const today = '2026-10-10';
    const prizes = [5n, 10n, 50n];
    const h = history(today, 460, (day) => (day.slice(8) === '20' ? prizes[(Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7))) % 3] * M : 0n));
    const { total, lumpy } = projectGroup(new Map([['bounty', { history: h, today: 0n }]]), { today: dayNumber(today), left: { n: 1n, d: 1n } });
    expect(lumpy).toBe(true);
    expect(total.month.actual).toBe(0n);
    expect(total.month.base).toBe(5n * M);
    // Spread over the 22 days left as evenly as whole micro-units allow: 5,000,000 / 22 = 227,272 a day.
    expect(total.days).toHaveLength(22);
    expect(total.days[0]).toBe(227_272n);
    expect(total.days[21]).toBe(5n * M - 21n * 227_272n);
    expect(total.band).toBe('months');
    // No day lost money: the low figure never falls below what is earned.
    expect(total.month.low).toBeGreaterThanOrEqual(0n);
    expect(total.month.high).toBeGreaterThan(total.month.base);
  });

  it('each stream of a lumpy group brings what it brought in the rest of the month chosen for the group', () => {
    // 10 units of bounty on the 20th of even months, 10 of campaign prizes on the 25th of odd months.
    // From the 10th every month's rest is 10: all weigh alike, the rest expected is 10, and the month
    // it repeats is the most recent, September: campaign 10, bounty nothing.
    const today = '2026-10-10';
    const on = (parity: number, date: string) => (day: string) => (day.slice(8) === date && Number(day.slice(5, 7)) % 2 === parity ? 10n * M : 0n);
    const parts = new Map([
      ['bounty', { history: history(today, 460, on(0, '20')), today: 0n }],
      ['campaign', { history: history(today, 460, on(1, '25')), today: 0n }],
    ]);
    const { parts: out, total } = projectGroup(parts, { today: dayNumber(today), left: { n: 1n, d: 1n } });
    expect(out.get('campaign')!.month.base).toBe(10n * M);
    expect(out.get('bounty')!.month.base).toBe(0n);
    expect(total.month.base).toBe(10n * M);
  });
});

describe('the rest of a month of lumps', () => {
  it('weighs each month by 1 / its total: the weighted median rest, the most recent month holding it', () => {
    // Nothing in so far: weights 1/10, 1/60, 1/70, 1/80, 1/90 (×30,240,000: 3,024,000, 504,000, 432,000,
    // 378,000, 336,000 of 4,674,000): the 10 alone is past half. The plain median is 70.
    expect(closestMonth([60n, 10n, 70n, 80n, 90n], [60n, 10n, 70n, 80n, 90n])).toBe(1);
    // 1,000 in so far: the totals 1,010 to 1,090 weigh almost alike, and the median rest, 70, is chosen.
    expect(closestMonth([60n, 10n, 70n, 80n, 90n], [1060n, 1010n, 1070n, 1080n, 1090n])).toBe(2);
    // Equal rests: the first listed, the most recent month.
    expect(closestMonth([50n, 5n, 5n], [50n, 5n, 5n])).toBe(1);
    // A month that ended at nothing has no proportion and no weight; a loss weighs by its size.
    expect(closestMonth([0n, 40n, -10n], [0n, 40n, -10n])).toBe(2);
    // Every month ended at nothing: the lower middle.
    expect(closestMonth([0n, 0n], [0n, 0n])).toBe(0);
    expect(closestMonth([], [])).toBeNull();
  });
});

describe('the band', () => {
  it('with nine months or fewer, scales the rest by the smallest and largest ratio of what came to what was expected, rounding halves away from zero', () => {
    // Ratios 0.9, 1.2 and 1.05. A rest of 35 micro-units: 31.5 → 32 and 42.
    const band = bandOf(
      [
        { expected: 100n, actual: 90n },
        { expected: 100n, actual: 120n },
        { expected: 200n, actual: 210n },
      ],
      [],
    );
    expect(band.source).toBe('months');
    expect(band.low(1000n, 35n)).toBe(1032n);
    expect(band.high(1000n, 35n)).toBe(1042n);
  });

  it('adds the smallest and largest difference where a replay expected nothing or less', () => {
    const band = bandOf(
      [
        { expected: 0n, actual: 5n },
        { expected: 10n, actual: 4n },
        { expected: -5n, actual: -5n },
      ],
      [],
    );
    expect(band.low(1000n, 20n)).toBe(1014n);
    expect(band.high(1000n, 20n)).toBe(1025n);
  });

  it('with fewer than three months, takes the recent weeks around their mean', () => {
    // Weeks 80, 100, 120: mean 100, so 0.8 and 1.2 of the rest.
    const band = bandOf([{ expected: 10n, actual: 10n }], [80n, 100n, 120n]);
    expect(band.source).toBe('weeks');
    expect(band.low(0n, 50n)).toBe(40n);
    expect(band.high(0n, 50n)).toBe(60n);
  });
});

describe('the band of twelve months', () => {
  it('scales the rest by the 10th and 90th percentile of the ratios, between neighbours in proportion', () => {
    // Ratios 0.80 … 2.00 (sorted: 0.80 0.85 0.90 0.95 1 1 1 1.05 1.10 1.15 1.20 2.00). The 10th
    // percentile sits at 0.1 × 13 = 1.3: 0.80 + 0.3 × 0.05 = 0.815; the 90th at 11.7: 1.20 + 0.7 × 0.80
    // = 1.76. One unusual month (2.00) no longer sets the high figure alone.
    const actuals = [100n, 200n, 85n, 90n, 120n, 95n, 100n, 80n, 105n, 110n, 115n, 100n];
    const band = bandOf(actuals.map((actual) => ({ expected: 100n, actual })), []);
    expect(band.comparable).toBe(12);
    expect(band.low(0n, 1000n)).toBe(815n);
    expect(band.high(0n, 1000n)).toBe(1760n);
  });

  it('adds the percentiles of the differences where a replay expected nothing', () => {
    // Differences 10, 20 … 120: 10 + 0.3 × 10 = 13 and 110 + 0.7 × 10 = 117.
    const band = bandOf(Array.from({ length: 12 }, (_, i) => ({ expected: 0n, actual: BigInt(10 * (i + 1)) })), []);
    expect(band.low(1000n, 20n)).toBe(1033n);
    expect(band.high(1000n, 20n)).toBe(1137n);
  });

  it('takes a percentile between two values in proportion, and the ends beyond them', () => {
    const between = (a: bigint, b: bigint, f: { n: bigint; d: bigint }) => a + ((b - a) * f.n) / f.d;
    const ten = Array.from({ length: 10 }, (_, i) => BigInt(100 * (i + 1)));
    // Ten values: positions 1.1 and 9.9.
    expect(percentile(ten, 1n, between)).toBe(110n);
    expect(percentile(ten, 9n, between)).toBe(990n);
    // Nine: positions 1.0 and 9.0, the smallest and the largest.
    expect(percentile(ten.slice(0, 9), 1n, between)).toBe(100n);
    expect(percentile(ten.slice(0, 9), 9n, between)).toBe(900n);
  });
});
