import { describe, expect, it } from 'vitest';
import { againstBand, percentile, typicalBand } from '../../db/queries/typical-band';

describe('typical band', () => {
  it('is the 10th to 90th percentile of the history, interpolated', () => {
    // 1..11: rank for p10 = 10 * 0.1 = 1 -> 2; p90 -> rank 9 -> 10; median 6
    expect(typicalBand([5, 1, 9, 3, 7, 11, 2, 4, 6, 8, 10])).toEqual({ low: 2, median: 6, high: 10, samples: 11 });
    // 12 weeks 10,20,...,120: p10 rank 1.1 -> 21; p90 rank 9.9 -> 109
    const band = typicalBand(Array.from({ length: 12 }, (_, i) => (i + 1) * 10))!;
    expect(band.low).toBeCloseTo(21, 10);
    expect(band.high).toBeCloseTo(109, 10);
    expect(band.median).toBe(65);
  });

  it('needs enough history and ignores gaps', () => {
    expect(typicalBand([1, 2, 3])).toBeNull();
    expect(typicalBand([1, Number.NaN, 2, 3, 4])!.samples).toBe(4);
    expect(() => percentile([], 0.5)).toThrow();
  });

  it('says where a value sits', () => {
    const band = { low: 10, median: 15, high: 20, samples: 12 };
    expect([againstBand(25, band), againstBand(5, band), againstBand(15, band), againstBand(1, null)]).toEqual(['above', 'below', 'usual', 'unknown']);
  });
});
