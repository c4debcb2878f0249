// Playtime axes tick on whole minutes ("10m", "20m"), not on Chart.js's own tenths of the range
// ("8m 20s", "16m 40s"), which nobody reads as a round figure.
import { describe, expect, it } from 'vitest';
import { Chart } from '../../renderer/charts/register';
import { timeChartConfig } from '../../renderer/charts/time-chart-config';
import { axisFormat, durationStep } from '../../renderer/dashboards/content/metric-meta';
import { stubCanvas } from '../helpers/stub-canvas';

function ticksOf(values: number[]): string[] {
  const config = timeChartConfig(
    { labels: values.map((_, i) => `d${i}`), series: [{ label: 'Average playtime', values, color: '#5b5bd6', kind: 'line' }], yFormat: axisFormat('seconds'), yStep: durationStep(values) },
    { text: '#000', muted: '#666', grid: '#ddd' },
  );
  const chart = new Chart(stubCanvas(600, 260) as never, { type: 'line', data: config.data as never, options: { ...(config.options as object), responsive: false, animation: false } as never });
  const labels = chart.scales.y.ticks.map((t) => String(t.label));
  chart.destroy();
  return labels;
}

describe('duration axes', () => {
  it('step by whole minutes and read as minutes', () => {
    // 35m 06s – 40m 42s: ten-minute steps up to the first above the largest value.
    expect(durationStep([2106, 2442, null])).toBe(600);
    expect(ticksOf([2106, 2200, 2442])).toEqual(['0', '10m', '20m', '30m', '40m', '50m']);
    // Short plays: 45 s steps would be odd; 15 s steps up to 1m 15s.
    expect(durationStep([40, 70])).toBe(15);
    expect(durationStep([])).toBeUndefined();
    expect(durationStep([3 * 3600])).toBe(1800);
  });
});
