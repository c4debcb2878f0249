// A TimeChart series longer than DECIMATE_ABOVE points is drawn decimated: checked on the options the
// chart is built from, and on what Chart.js itself lays out from them (a real Chart on a stub canvas).
import { describe, expect, it } from 'vitest';
import { Chart } from '../../renderer/charts/register';
import { DECIMATE_ABOVE, DECIMATED_SAMPLES, timeChartConfig, type Series } from '../../renderer/charts/time-chart-config';
import { stubCanvas } from '../helpers/stub-canvas';

const COLORS = { text: '#000', muted: '#666', grid: '#ddd' };

function days(n: number): string[] {
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(2021, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
}

function series(n: number): Series[] {
  const wave = (k: number) => Array.from({ length: n }, (_, i) => Math.round(100 + 50 * Math.sin(i / (7 + k)) + ((i * 37) % 11)));
  return [
    { label: 'Chats', values: wave(0), color: '#5b5bd6' },
    { label: 'Tips', values: wave(1), color: '#12a4a4' },
    { label: 'Previous', values: wave(2), color: '#8a93a8', kind: 'line', dashed: true },
  ];
}

/** Draws a fresh config (Chart.js swaps a decimated dataset's data in place) and counts the points laid out per series. */
function draw(n: number, width = 1200) {
  const config = timeChartConfig({ labels: days(n), series: series(n), stacked: true }, COLORS);
  const chart = new Chart(stubCanvas(width, 260) as never, {
    type: 'bar',
    data: config.data as never,
    options: { ...(config.options as object), responsive: false, animation: false } as never,
  });
  const drawn = chart.data.datasets.map((_, i) => chart.getDatasetMeta(i).data.length);
  chart.destroy();
  return drawn;
}

const configOf = (n: number) => timeChartConfig({ labels: days(n), series: series(n), stacked: true }, COLORS);

describe('TimeChart decimation', () => {
  it('keeps short series as they are (category axis, Chart.js parsing, no decimation)', () => {
    const config = configOf(365);
    const drawn = draw(365);
    expect(config.decimated).toBe(false);
    expect(config.options.parsing).toBeUndefined();
    expect(config.options.plugins?.decimation).toBeUndefined();
    expect(drawn).toEqual([365, 365, 365]);
  });

  it(`decimates every series of more than ${DECIMATE_ABOVE} points`, () => {
    const n = 5 * 365 + 1; // five years of days
    const config = configOf(n);
    const drawn = draw(n);
    expect(config.decimated).toBe(true);
    // What Chart.js's decimation plugin requires: parsing off, a linear x axis, numeric x, line datasets, indexAxis x.
    expect(config.options.parsing).toBe(false);
    expect(config.options.indexAxis ?? 'x').toBe('x');
    expect(config.options.scales?.x?.type).toBe('linear');
    expect(config.options.plugins?.decimation).toMatchObject({ enabled: true, threshold: DECIMATE_ABOVE });
    for (const ds of config.data.datasets) {
      expect(ds.type).toBe('line');
      expect(ds.data).toHaveLength(n);
      expect(ds.data[0]).toEqual({ x: 0, y: expect.any(Number) });
    }
    // And Chart.js lays out at most DECIMATED_SAMPLES points per series instead of n.
    for (const count of drawn) {
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(DECIMATED_SAMPLES);
    }
  });

  it('draws stacked series as a stacked area (running sums) and keeps tooltips on the original bucket', () => {
    const n = 1500;
    const input = { labels: days(n), series: series(n), stacked: true };
    const { data, options } = timeChartConfig(input, COLORS);
    const [a, b, line] = data.datasets as unknown as { data: { x: number; y: number }[]; fill: unknown }[];
    expect(b.data[10].y).toBe(input.series[0].values[10]! + input.series[1].values[10]!);
    expect(a.fill).toBe('origin');
    expect(b.fill).toBe(0);
    expect(line.data[10].y).toBe(input.series[2].values[10]);
    // A decimated point keeps its bucket index in x: the tooltip shows that bucket's label and own value.
    const label = options.plugins!.tooltip!.callbacks!.label as unknown as (ctx: object) => string;
    const title = options.plugins!.tooltip!.callbacks!.title as unknown as (items: object[]) => string;
    const point = { datasetIndex: 1, dataIndex: 3, raw: { x: 1234, y: 0 } };
    expect(label(point)).toBe(`Tips: ${input.series[1].values[1234]}`);
    expect(title([point])).toBe(input.labels[1234]);
  });
});
