// Provisional buckets are drawn lighter; without any, a series' bars share one set of resolved options
// (Chart.js resolves per-point colours bar by bar, which was most of a chart's creation time).
import { describe, expect, it } from 'vitest';
import { Chart } from '../../renderer/charts/register';
import { timeChartConfig, type Series } from '../../renderer/charts/time-chart-config';
import { stubCanvas } from '../helpers/stub-canvas';

const COLORS = { text: '#000', muted: '#666', grid: '#ddd' };
const LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
const SERIES: Series[] = [
  { label: 'Chats', values: [5, 6, 7, 8, 9], color: '#5b5bd6' },
  { label: 'Previous', values: [4, 4, 4, 4, 4], color: '#8a93a8', kind: 'line', dashed: true },
];

function drawn(provisionalFrom?: number) {
  const config = timeChartConfig({ labels: LABELS, series: SERIES, stacked: true, provisionalFrom }, COLORS);
  const chart = new Chart(stubCanvas(600, 260) as never, {
    type: 'bar',
    data: config.data as never,
    options: { ...(config.options as object), responsive: false, animation: false } as never,
  });
  const bars = chart.getDatasetMeta(0).data.map((bar) => bar.options as unknown as { backgroundColor: string });
  const segment = (config.data.datasets[1] as { segment?: { borderColor: (ctx: { p1DataIndex: number }) => string | undefined } }).segment;
  chart.destroy();
  return { bars, segment };
}

describe('TimeChart provisional buckets', () => {
  it('draws bars and line segments from the first provisional bucket lighter', () => {
    const { bars, segment } = drawn(3);
    expect(bars.map((o) => o.backgroundColor)).toEqual(['#5b5bd6', '#5b5bd6', '#5b5bd6', '#5b5bd666', '#5b5bd666']);
    expect([2, 3, 4].map((i) => segment!.borderColor({ p1DataIndex: i }))).toEqual([undefined, '#8a93a866', '#8a93a866']);
  });

  it('shares one resolved set of options among a series’ bars when no bucket is provisional', () => {
    for (const from of [undefined, LABELS.length]) {
      const { bars, segment } = drawn(from);
      expect(bars.map((o) => o.backgroundColor)).toEqual(Array(5).fill('#5b5bd6'));
      expect(new Set(bars).size).toBe(1);
      expect(segment).toBeUndefined();
    }
  });
});

describe('TimeChart partial buckets', () => {
  it('draws a partial first and last bucket lighter, the whole ones in full', () => {
    const config = timeChartConfig({ labels: LABELS, series: SERIES, stacked: true, partial: [0, 4] }, COLORS);
    const chart = new Chart(stubCanvas(600, 260) as never, { type: 'bar', data: config.data as never, options: { ...(config.options as object), responsive: false, animation: false } as never });
    const bars = chart.getDatasetMeta(0).data.map((bar) => (bar.options as unknown as { backgroundColor: string }).backgroundColor);
    // Thousands separators on an axis without a format of its own.
    const tick = (chart.options.scales!.y!.ticks as { callback: (v: number) => string }).callback(25000);
    const legend = chart.legend!.legendItems!.map((i) => [i.text, i.fillStyle]);
    chart.destroy();
    expect(bars).toEqual(['#5b5bd666', '#5b5bd6', '#5b5bd6', '#5b5bd6', '#5b5bd666']);
    // The legend keeps each series' own colour, not its partial first bar's.
    expect(new Map(legend as [string, string][])).toEqual(new Map([['Chats', '#5b5bd6'], ['Previous', '#8a93a8']]));
    expect(tick).toBe('25,000');
  });

  it('smooths rates and amounts without overshooting (monotone); draws whole counts straight on whole ticks', () => {
    const smooth = timeChartConfig({ labels: LABELS, series: SERIES }, COLORS);
    expect((smooth.data.datasets[1] as { cubicInterpolationMode?: string }).cubicInterpolationMode).toBe('monotone');
    // Uninstalls 2, 2, 2, 1, 1: a curve would pass through 1.5, and an axis of 0.5 steps reads as half uninstalls.
    const counts: Series[] = [{ label: 'Uninstalls', values: [2, 2, 2, 1, 1], color: '#5b5bd6', kind: 'line' }];
    const config = timeChartConfig({ labels: LABELS, series: counts, integer: true }, COLORS);
    const chart = new Chart(stubCanvas(600, 260) as never, {
      type: 'line',
      data: config.data as never,
      options: { ...(config.options as object), responsive: false, animation: false } as never,
    });
    const ticks = chart.scales.y.ticks.map((t) => t.value);
    const points = chart.getDatasetMeta(0).data as unknown as { x: number; y: number; cp1x?: number; cp1y?: number; cp2x?: number; cp2y?: number }[];
    chart.destroy();
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every(Number.isInteger)).toBe(true);
    const line = config.data.datasets[0] as { cubicInterpolationMode?: string; tension?: number };
    expect(line.cubicInterpolationMode).toBe('default');
    expect(line.tension).toBe(0);
    // Straight: no control point leaves its own point's height.
    for (const p of points) for (const cy of [p.cp1y, p.cp2y]) if (cy !== undefined) expect(cy).toBeCloseTo(p.y, 6);
  });
});
