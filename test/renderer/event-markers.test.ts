// Event markers on a time chart: each event on the bucket holding its day, named in the chart's text
// alternative and table, in the tooltip of its bucket, and drawn as a line at that bucket's x.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../electron/api/types';
import { bucketAxis } from '../../renderer/charts/bucket-axis';
import { chartRows, chartSummary } from '../../renderer/charts/chart-text';
import { dayOfBucket, markerPlugin, markersOn } from '../../renderer/charts/markers';
import { Chart } from '../../renderer/charts/register';
import { timeChartConfig, type Series } from '../../renderer/charts/time-chart-config';
import { stubCanvas } from '../helpers/stub-canvas';

const event = (id: string, kind: TimelineEvent['kind'], day: string, title: string, item: TimelineEvent['item'] = null): TimelineEvent => ({
  id,
  kind,
  day,
  title,
  detail: null,
  item,
  noteId: kind === 'note' ? 1 : null,
});

const EVENTS = [
  event('announcement:a0', 'announcement', '2026-10-31', 'Announcement: before the chart'),
  event('greeting:c1', 'greeting', '2026-11-03', 'Greeting edited', { kind: 'character', id: 'c1', name: 'Luna Vale' }),
  event('note:1', 'note', '2026-11-04', 'Rewrote the greeting', { kind: 'character', id: 'c1', name: 'Luna Vale' }),
  event('payout:p1', 'payout-paid', '2026-11-12', 'Payout paid: 12.00 USDT'),
  event('announcement:a9', 'announcement', '2026-11-21', 'Announcement: after the chart'),
];

describe('event markers', () => {
  // Weeks from Monday over 1–20 Nov 2026 (a Sunday to a Friday): the first bucket, 26 Oct, starts before the period.
  const axis = bucketAxis(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'], 'week', { from: '2026-11-01', to: '2026-11-20', partial: false });

  it('puts each event of the chart’s days on the bucket holding it, leaving out days outside the chart', () => {
    expect(markersOn(EVENTS, axis.timeline).map((m) => [m.index, m.events.map((e) => e.id), m.own])).toEqual([
      [1, ['greeting:c1', 'note:1'], true],
      [2, ['payout:p1'], false],
    ]);
    const days = bucketAxis(['2026-11-03', '2026-11-04'], 'day', { from: '2026-11-03', to: '2026-11-04', partial: false });
    expect(markersOn(EVENTS, days.timeline).map((m) => [m.index, m.own])).toEqual([
      [0, false],
      [1, true],
    ]);
  });

  it('adds a note clicked on a bucket on its first day on the chart', () => {
    expect([0, 1, 3, 4].map((i) => dayOfBucket(axis.timeline, i))).toEqual(['2026-11-01', '2026-11-02', '2026-11-16', null]);
  });

  const series: Series[] = [{ label: 'Chats', values: [10, 20, 30, 40], total: '100', color: '#5b5bd6' }];
  const markers = markersOn(EVENTS, axis.timeline);

  it('names the events in the chart’s summary (the creator’s own first) and in its table’s rows', () => {
    expect(chartSummary({ labels: axis.labels, series, markers })).toBe(
      '1 Nov to 16 Nov (to 20 Nov), 4 points. Chats: total 100, most 40 (16 Nov (to 20 Nov)). 3 events: 4 Nov: Note: Rewrote the greeting (Luna Vale); 3 Nov: Greeting edited (Luna Vale); 12 Nov: Payout paid: 12.00 USDT.',
    );
    expect(chartRows({ labels: axis.labels, series, markers }).map((r) => r.events)).toEqual([
      null,
      '3 Nov: Greeting edited (Luna Vale); 4 Nov: Note: Rewrote the greeting (Luna Vale)',
      '12 Nov: Payout paid: 12.00 USDT',
      null,
    ]);
    expect(chartSummary({ labels: axis.labels, series })).not.toContain('event');
  });

  it('closes the tooltip of a bucket with its events, and draws each marker at its bucket', () => {
    const config = timeChartConfig({ labels: axis.labels, series, markers }, { text: '#000', muted: '#666', grid: '#ddd', marker: '#b45309', markerOwn: '#7c3aed', surface: '#fff' });
    const footer = config.options.plugins!.tooltip!.callbacks!.footer as unknown as (items: { dataIndex: number }[]) => string[];
    expect(footer([{ dataIndex: 1 }])).toEqual(['⚑ 3 Nov: Greeting edited (Luna Vale)', '⚑ 4 Nov: Note: Rewrote the greeting (Luna Vale)']);
    expect(footer([{ dataIndex: 0 }])).toEqual([]);
    // The flags keep room above the plot.
    expect(config.options.layout).toEqual({ padding: { top: 16 } });

    const strokes: { x: number; style: string }[] = [];
    const canvas = stubCanvas(600, 260);
    const ctx = (canvas.getContext as () => Record<string, unknown>)();
    ctx.moveTo = (x: number) => strokes.push({ x, style: String(ctx.strokeStyle) });
    const chart = new Chart(canvas as never, { type: 'bar', data: config.data as never, options: { ...(config.options as object), responsive: false, animation: false } as never, plugins: [markerPlugin as never] });
    const x = (i: number) => Math.round(chart.scales.x.getPixelForValue(i)) + 0.5;
    const lines = strokes.filter((s) => s.style === '#7c3aed' || s.style === '#b45309');
    expect(lines.slice(0, 2)).toEqual([
      { x: x(1), style: '#7c3aed' },
      { x: x(2), style: '#b45309' },
    ]);
    chart.destroy();
  });
});
