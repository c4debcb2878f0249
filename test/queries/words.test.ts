import { describe, expect, it } from 'vitest';
import { monthName, percentText, shareTenths } from '../../db/words/format';
import { compareStreams, currencyName, sourceTypeName, streamName } from '../../db/words/vocabulary';

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
    const { dayRangeText } = await import('../../db/words/format');
    expect(dayRangeText('2026-11-01', '2026-11-20')).toBe('1–20 November');
    expect(dayRangeText('2026-10-28', '2026-11-03')).toBe('28 October – 3 November');
    expect(dayRangeText('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
    expect(dayRangeText('2026-12-06', '2026-12-06')).toBe('6 December');
  });
});
