import { describe, expect, it } from 'vitest';
import { compareStreams, currencyName, sourceTypeName, streamName } from '../../db/words/vocabulary';
import { monthName } from '../../db/words/dates';
import { percentText, shareTenths } from '../../db/words/numbers';

describe('one vocabulary for the platform’s codes', () => {
  it('names every known stream once, and a stream it has never seen by its own name', () => {
    expect(['character', 'embed', 'plugin', 'support', 'campaign', 'bounty', 'referral', 'adjustment'].map(streamName)).toEqual([
      'Chat share',
      'Embed / API',
      'Plugin commission',
      'Fan support',
      'Campaign prizes',
      'Bounties',
      'Referrals',
      'Adjustments',
    ]);
    expect(streamName('merch_sales')).toBe('Merch sales');
    expect(streamName('constructor')).toBe('Constructor');
    expect(['merch', 'adjustment', 'embed', 'character', 'aaa'].sort(compareStreams)).toEqual(['character', 'embed', 'adjustment', 'aaa', 'merch']);
    expect(sourceTypeName('support')).toBe('Fan support');
    expect(currencyName('CREDITS')).toBe('Credits');
    expect(currencyName('USDT')).toBe('USDT');
  });
});

describe('numbers as they read', () => {
  it('shares add up to exactly 100.0%, rounded not truncated', () => {
    // 41.46% / 33.33% / 25.21%: truncated, 41.4 + 33.3 + 25.2 = 99.9.
    const tenths = shareTenths([4146n, 3333n, 2521n]);
    expect(tenths).toEqual([415, 333, 252]);
    expect(tenths.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(shareTenths([1n, 1n, 1n])).toEqual([334, 333, 333]);
    expect(shareTenths([0n, -5n, 10n])).toEqual([0, 0, 1000]);
    expect(shareTenths([0n, 0n])).toEqual([0, 0]);
  });

  it('percentages with a typographic minus, months by name', () => {
    expect(percentText(-11.14)).toBe('−11.1%');
    expect(percentText(-0.04)).toBe('0.0%');
    expect(monthName('2026-12')).toBe('December 2026');
  });
});

describe('breakdowns', () => {
  it('parts of one whole add up to 100.0%; shares of another total are rounded one by one', async () => {
    const { breakdown } = await import('../../db/queries/content/breakdown');
    const parts = breakdown(new Map([['a', 1], ['b', 1], ['c', 1]]), null);
    expect(parts.map((p) => p.sharePct)).toEqual([33.4, 33.3, 33.3]);
    const hits = breakdown(new Map([['m1', 2], ['m2', 1]]), null, undefined, 3);
    expect(hits.map((p) => p.sharePct)).toEqual([66.7, 33.3]);
    expect(breakdown(new Map([['a', 0]]), null).map((p) => p.sharePct)).toEqual([null]);
  });
});

describe('spans of days', () => {
  it('reads as people say them', async () => {
    const { dayRangeText } = await import('../../db/words/dates');
    expect(dayRangeText('2026-11-01', '2026-11-20')).toBe('1–20 November');
    expect(dayRangeText('2026-10-28', '2026-11-03')).toBe('28 October – 3 November');
    expect(dayRangeText('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
    expect(dayRangeText('2026-12-06', '2026-12-06')).toBe('6 December');
  });
});

describe('one home for how numbers and dates read', () => {
  it('counts, decimals, rates and changes with separators and a typographic minus', async () => {
    const n = await import('../../db/words/numbers');
    expect(n.formatCount(1234567)).toBe('1,234,567');
    expect(n.formatCount(-12.6)).toBe('−13');
    expect(n.decimalText(41.66)).toBe('41.7');
    expect(n.decimalText(0.194, 2)).toBe('0.19');
    expect(n.decimalText(-0.04)).toBe('0.0');
    expect(n.decimalText(-1234.5)).toBe('−1,234.5');
    expect(n.ratioText(0.4126)).toBe('41.3%');
    expect(n.ratioText(0.25, 0)).toBe('25%');
    expect(n.ratioText(null)).toBe('–');
    expect(n.signedPct(9.84)).toBe('+9.8%');
    expect(n.signedPct(-19.3)).toBe('−19.3%');
    expect(n.signedPct(0)).toBe('±0.0%');
    expect(n.signedPct(null)).toBe('from zero');
    expect(n.signedPoints(-2.46, 'points')).toBe('−2.5 points');
    expect(n.plainNumber(25000)).toBe('25,000');
    expect(n.compactNumber(25000)).toBe('25K');
    expect(n.formatDuration(200)).toBe('3m 20s');
    expect(n.formatDuration(3720)).toBe('1h 02m');
    expect(n.formatWait(150_000)).toBe('2 min 30 s');
    expect(n.ratingText(4.625)).toBe('4.63 ★');
  });

  it('days, ranges, months and instants in one fixed locale', async () => {
    const d = await import('../../db/words/dates');
    expect(d.dateLabel('2026-11-21')).toBe('21 Nov 2026');
    expect(d.rangeLabel({ from: '2026-10-25', to: '2026-11-21' })).toBe('25 Oct – 21 Nov 2026');
    expect(d.rangeLabel({ from: '2025-12-30', to: '2026-01-02' })).toBe('30 Dec 2025 – 2 Jan 2026');
    expect(d.rangeLabel({ from: '2026-11-21', to: '2026-11-21' })).toBe('21 Nov 2026');
    expect(d.bucketLabel('2026-11-01', 'month')).toBe('Nov 2026');
    expect(d.monthLabel('2026-12')).toBe('Dec 26');
    expect(d.instantLabel('2026-11-21T13:05:00Z', 'America/Sao_Paulo')).toBe('21 Nov 2026, 10:05');
    expect(d.timeAgo('2026-11-21T10:00:00Z', Date.parse('2026-11-21T13:00:00Z'))).toBe('3 h ago');
  });

  it('money exact to the cent, whatever the magnitude', async () => {
    const m = await import('../../db/words/money');
    expect(m.formatMoney('1234.505', 'USD')).toBe('$1,234.51');
    expect(m.formatMoney('-0.004', 'USD')).toBe('$0.00');
    expect(m.formatMoney('-978.8', 'USD')).toBe('−$978.80');
    expect(m.formatMoney('80', 'CREDITS')).toBe('80.00 credits');
    expect(m.formatMoneyMicros(123_456_789_012_345n, 'USDT')).toBe('123,456,789.01 USDT');
    expect(m.sumDecimals(['0.1', '0.2', '-0.3'])).toBe('0.00');
  });
});

describe('nothing formats numbers or dates on its own', () => {
  it('every module outside db/words leaves locale formatting to it', async () => {
    const { execFileSync } = await import('node:child_process');
    // Time-zone arithmetic and zone validation use Intl for what it knows of zones, not for text.
    const allowed = new Set(['db/zone-offsets.ts', 'electron/api/schemas.ts']);
    const hits = execFileSync('git', ['grep', '-nE', 'toLocaleString|Intl\\.(NumberFormat|DateTimeFormat)\\(', '--', 'renderer', 'db', 'electron'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l && !l.startsWith('db/words/') && !allowed.has(l.split(':')[0]));
    expect(hits).toEqual([]);
  });
});
