// A chart's text alternative: the summary names the period, each flow's total and busiest bucket, each
// level's latest value and range, and the table holds every bucket as the tooltip says it.
import { describe, expect, it } from 'vitest';
import { chartRows, chartSummary } from '../../renderer/charts/chart-text';
import type { Series } from '../../renderer/charts/time-chart-config';

const LABELS = ['1 Dec', '2 Dec', '3 Dec', '4 Dec'];

describe('chartSummary', () => {
  it('names the period, a flow’s total and its busiest bucket, exactly as given', () => {
    const series: Series[] = [{ label: 'Chat share', values: [1.5, 4, -6, 2], exact: ['1.50 USDT', '4.00 USDT', '−6.00 USDT', '2.00 USDT'], total: '1.50 USDT', color: '#000' }];
    expect(chartSummary({ labels: LABELS, series })).toBe('1 Dec to 4 Dec, 4 points. Chat share: total 1.50 USDT, most −6.00 USDT (3 Dec).');
  });

  it('gives a level its latest value, highest and lowest, skipping unpublished days', () => {
    const series: Series[] = [{ label: 'Conversion', values: [0.2, 0.5, 0.1, null], color: '#000' }];
    const summary = chartSummary({ labels: LABELS, series, yFormat: (v) => `${Math.round(v * 100)}%` });
    expect(summary).toContain('Conversion: latest 10% (3 Dec), highest 50% (2 Dec), lowest 10% (3 Dec).');
  });

  it('leaves out the band, says when figures are provisional, and caps the series it names', () => {
    const many: Series[] = Array.from({ length: 7 }, (_, i) => ({ label: `S${i}`, values: [i, i, i, i], total: String(4 * i), color: '#000' }));
    const band: Series[] = [
      { label: 'Typical low', values: [1, 1, 1, 1], color: '#000', hideInLegend: true },
      { label: 'Typical range', values: [2, 2, 2, 2], color: '#000', fillToPrevious: true },
    ];
    const summary = chartSummary({ labels: LABELS, series: [...band, ...many], provisionalFrom: 3 });
    expect(summary).not.toContain('Typical');
    expect(summary).toContain('S4: total 16');
    expect(summary).not.toContain('S5:');
    expect(summary).toContain('2 more series in the table.');
    expect(summary).toContain('From 4 Dec the figures are provisional.');
  });

  it('says when there is nothing to show', () => {
    expect(chartSummary({ labels: [], series: [] })).toBe('Nothing to show for this period.');
    expect(chartSummary({ labels: LABELS, series: [{ label: 'Plays', values: [null, null, null, null], color: '#000' }] })).toContain('Plays: no data.');
  });
});

describe('chartRows', () => {
  it('has a row per bucket and a cell per series in the legend, as the tooltip words it', () => {
    const series: Series[] = [
      { label: 'Typical low', values: [1, 1, 1, 1], color: '#000', hideInLegend: true },
      { label: 'Typical range', values: [3, 3, 3, 3], exact: ['1 – 3', '1 – 3', null, '1 – 3'], color: '#000', fillToPrevious: true },
      { label: 'This period', values: [2, null, 4, 5], color: '#000' },
    ];
    const rows = chartRows({ labels: LABELS, series, yFormat: (v) => `${v} chats`, provisionalFrom: 3 });
    expect(rows.map((r) => r.label)).toEqual(['1 Dec', '2 Dec', '3 Dec', '4 Dec (provisional)']);
    expect(rows.map((r) => r.cells)).toEqual([
      ['1 – 3', '2 chats'],
      ['1 – 3', null],
      ['3 chats', '4 chats'],
      ['1 – 3', '5 chats'],
    ]);
  });
});
