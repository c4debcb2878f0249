// Event markers on a time chart: each event on the bucket that holds its day, drawn as a dashed line
// with a flag over the plot. A small plugin of our own rather than chartjs-plugin-annotation: a marker
// is a line at a bucket's index on either x axis a TimeChart has (categories, or a numeric index once
// decimated), which the plugin gets from the scale in a few lines; the annotation plugin would add a
// dependency and its own box/label model for that one shape. Pure placement is kept apart from drawing
// so tests read it without a canvas.
import type { Chart, ChartType, Plugin } from 'chart.js';
import type { TimelineEvent } from '../../electron/api/types';
import { bucketOf } from '../../db/time/buckets';
import { shortDayLabel } from '../../db/words/dates';
import type { ChartTimeline } from './bucket-axis';

export interface ChartMarker {
  /** The bucket's index on the chart. */
  index: number;
  events: TimelineEvent[];
  /** True when the bucket holds one of the creator's own events (a note, a ticked move): drawn in their colour, as what they did comes first. */
  own: boolean;
}

const OWN: ReadonlySet<TimelineEvent['kind']> = new Set(['note', 'acted-on']);

export const isOwn = (e: TimelineEvent) => OWN.has(e.kind);

/** The events that fall on the chart's days, grouped on the buckets that hold them, in bucket order. */
export function markersOn(events: readonly TimelineEvent[], timeline: ChartTimeline): ChartMarker[] {
  const index = new Map(timeline.buckets.map((b, i) => [b, i]));
  const byIndex = new Map<number, TimelineEvent[]>();
  for (const e of events) {
    if (e.day < timeline.from || e.day > timeline.to) continue;
    const i = index.get(bucketOf(e.day, timeline.granularity));
    if (i === undefined) continue;
    byIndex.set(i, [...(byIndex.get(i) ?? []), e]);
  }
  return [...byIndex]
    .sort(([a], [b]) => a - b)
    .map(([i, list]) => ({ index: i, events: list, own: list.some(isOwn) }));
}

/** An event as one line of text: "11 Sept: Greeting edited (Luna Vale)". */
export function eventLine(e: TimelineEvent, withItem: boolean, withYear = false): string {
  const about = withItem && e.item && !e.title.includes(e.item.name) ? ` (${e.item.name})` : '';
  return `${shortDayLabel(e.day, withYear)}: ${e.kind === 'note' ? `Note: ${e.title}` : e.title}${about}`;
}

/** The first day of a bucket that lies on the chart (a partial first bucket starts later): where a click on it adds a note. */
export function dayOfBucket(timeline: ChartTimeline, index: number): string | null {
  const bucket = timeline.buckets[index];
  if (bucket === undefined) return null;
  return bucket < timeline.from ? timeline.from : bucket;
}

export interface MarkerOptions {
  markers: ChartMarker[];
  color: string;
  ownColor: string;
  surface: string;
}

declare module 'chart.js' {
  // The plugin's options, typed where a chart's options name them.
  interface PluginOptionsByType<TType extends ChartType> {
    eventMarkers?: MarkerOptions;
  }
}

/** The flag's half width; it sits in the room the chart keeps above the plot (layout padding). */
const FLAG = 6;

/** Draws each marker: a dashed line down the plot and a flag above it, with the number of events when
 *  the bucket holds more than one. */
export const markerPlugin: Plugin<'bar' | 'line'> = {
  id: 'eventMarkers',
  // The line goes behind the bars and lines, so the figures stay readable; the flag above the plot, after them.
  beforeDatasetsDraw(chart: Chart, _args, options: MarkerOptions) {
    const { markers, color, ownColor } = options;
    if (!markers?.length) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.lineWidth = 1;
    ctx.setLineDash([3, 3]);
    for (const m of markers) {
      const px = pixelOf(chart, m.index);
      if (px === null) continue;
      ctx.strokeStyle = m.own ? ownColor : color;
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
    }
    ctx.restore();
  },
  afterDatasetsDraw(chart: Chart, _args, options: MarkerOptions) {
    const { markers, color, ownColor, surface } = options;
    if (!markers?.length) return;
    const { ctx, chartArea } = chart;
    const top = chartArea.top - 2 * FLAG - 1;
    ctx.save();
    for (const m of markers) {
      const px = pixelOf(chart, m.index);
      if (px === null) continue;
      const c = m.own ? ownColor : color;
      // A triangle pointing down at the line for the platform's events, a diamond for the creator's own:
      // told apart by shape as well as colour.
      ctx.fillStyle = c;
      ctx.strokeStyle = surface;
      ctx.lineWidth = 1;
      ctx.beginPath();
      if (m.own) {
        ctx.moveTo(px, top);
        ctx.lineTo(px + FLAG, top + FLAG);
        ctx.lineTo(px, top + 2 * FLAG);
        ctx.lineTo(px - FLAG, top + FLAG);
      } else {
        ctx.moveTo(px - FLAG, top);
        ctx.lineTo(px + FLAG, top);
        ctx.lineTo(px, top + 2 * FLAG);
      }
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
      if (m.events.length > 1) {
        ctx.fillStyle = c;
        ctx.font = 'bold 10px system-ui, sans-serif';
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        ctx.fillText(String(m.events.length), px + FLAG + 2, top + FLAG);
      }
    }
    ctx.restore();
  },
};

/** The x of a bucket's centre, or null when it lies outside the plot. */
function pixelOf(chart: Chart, index: number): number | null {
  const px = Math.round(chart.scales.x.getPixelForValue(index)) + 0.5;
  return px < chart.chartArea.left - 1 || px > chart.chartArea.right + 1 ? null : px;
}
