import { describe, expect, it } from 'vitest';
import { isYearStart, rangeTitle, taxYear, taxYearOf } from '../../db/tax-year';

describe('the tax year follows its first day', () => {
  it('1 January, 6 April (UK), 1 July (Australia), and a custom day', () => {
    expect(taxYear(2026, '01-01')).toEqual({ year: 2026, from: '2026-01-01', to: '2026-12-31', label: '2026' });
    expect(taxYear(2026, '04-06')).toEqual({ year: 2026, from: '2026-04-06', to: '2027-04-05', label: '2026–27' });
    expect(taxYear(2025, '07-01')).toEqual({ year: 2025, from: '2025-07-01', to: '2026-06-30', label: '2025–26' });
    // a year starting on 1 March ends on the last day of February, 29 in a leap year
    expect(taxYear(2027, '03-01').to).toBe('2028-02-29');
    expect(taxYearOf('2026-04-05', '04-06').label).toBe('2025–26');
    expect(taxYearOf('2026-04-06', '04-06').label).toBe('2026–27');
    expect(taxYearOf('2026-12-31', '01-01').label).toBe('2026');
  });

  it('names a range that is a tax year as one', () => {
    expect(rangeTitle('2026-04-06', '2027-04-05', '04-06')).toBe('tax year 2026–27 (6 April 2026 – 5 April 2027)');
    expect(rangeTitle('2026-01-01', '2026-12-31', '01-01')).toBe('tax year 2026 (1 January 2026 – 31 December 2026)');
    expect(rangeTitle('2026-10-01', '2026-11-30', '01-01')).toBe('1 October 2026 – 30 November 2026');
  });

  it('refuses a first day that not every year has', () => {
    expect(['01-01', '04-06', '07-01', '12-31', '02-28'].every(isYearStart)).toBe(true);
    expect(['02-29', '13-01', '04-31', '4-6', '00-10'].some(isYearStart)).toBe(false);
  });
});
