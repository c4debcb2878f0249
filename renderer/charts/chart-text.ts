// A time chart's text alternative: a short summary for assistive technology, and the same numbers as
// table rows. Pure functions of the chart's input, so that tests can read them without a page.
import type { Series, TimeChartInput } from './time-chart-config';
import { plainNumber } from '../../db/words/numbers';
import { eventLine, isOwn } from './markers';

/** Series named in the summary; the rest are in the table. */
const SUMMARISED = 5;
/** Events named in the summary; the rest are in the list under the chart. */
const EVENTS_SUMMARISED = 6;

export interface ChartRow {
  key: string;
  index: number;
  label: string;
  cells: (string | null)[];
  /** The events on this bucket, as the list under the chart names them; null without any. */
  events: string | null;
}

/** The series a reader sees in the legend: the band's lower edge is folded into its range. */
export function readableSeries(series: Series[]): Series[] {
  return series.filter((s) => !s.hideInLegend);
}

function text(s: Series, i: number, yFormat?: (v: number) => string): string | null {
  const exact = s.exact?.[i];
  if (exact !== undefined && exact !== null) return exact;
  const v = s.values[i];
  if (v === null || v === undefined) return null;
  return yFormat ? yFormat(v) : plainNumber(v);
}

/** The index of the value furthest from zero (a flow's busiest bucket), or of the highest or lowest value. */
function pick(values: (number | null)[], better: (a: number, b: number) => boolean): number | null {
  let at: number | null = null;
  values.forEach((v, i) => {
    if (v !== null && (at === null || better(v, values[at]!))) at = i;
  });
  return at;
}

function describe(s: Series, labels: string[], yFormat?: (v: number) => string): string {
  const at = (i: number | null) => (i === null ? null : `${text(s, i, yFormat)} (${labels[i]})`);
  if (s.values.every((v) => v === null)) return `${s.label}: no data`;
  // A flow (its total is given): the total and the busiest bucket. A level or a rate: where it ended, and its range.
  if (s.total !== undefined) return `${s.label}: total ${s.total}, most ${at(pick(s.values, (a, b) => Math.abs(a) > Math.abs(b)))}`;
  const last = pick(s.values, () => true);
  return `${s.label}: latest ${at(last)}, highest ${at(pick(s.values, (a, b) => a > b))}, lowest ${at(pick(s.values, (a, b) => a < b))}`;
}

/** "1 Dec to 6 Dec. Chat share: total 120.00 USDT, most 40.00 USDT (3 Dec). …" */
export function chartSummary({ labels, series, yFormat, provisionalFrom, markers }: TimeChartInput): string {
  if (labels.length === 0) return 'Nothing to show for this period.';
  const shown = readableSeries(series).filter((s) => !s.fillToPrevious);
  const parts = [labels.length === 1 ? `${labels[0]}.` : `${labels[0]} to ${labels[labels.length - 1]}, ${labels.length} points.`];
  parts.push(...shown.slice(0, SUMMARISED).map((s) => `${describe(s, labels, yFormat)}.`));
  if (shown.length > SUMMARISED) parts.push(`${shown.length - SUMMARISED} more series in the table.`);
  if (provisionalFrom !== undefined && provisionalFrom < labels.length) parts.push(`From ${labels[provisionalFrom]} the figures are provisional.`);
  parts.push(...eventsSummary(markers));
  return parts.join(' ');
}

/** "2 events: 3 Nov: Note: new scenario; 11 Sept: Greeting edited." The markers in words, the creator's own first. */
function eventsSummary(markers: TimeChartInput['markers']): string[] {
  // The creator's own notes and moves first: with many events, those are the ones they look for.
  const all = (markers ?? []).flatMap((m) => m.events);
  const events = [...all.filter(isOwn), ...all.filter((e) => !isOwn(e))];
  if (events.length === 0) return [];
  const named = events.slice(0, EVENTS_SUMMARISED).map((e) => eventLine(e, true));
  const more = events.length - named.length;
  return [`${events.length === 1 ? 'Event' : `${events.length} events`}: ${named.join('; ')}${more > 0 ? `; and ${more} more, listed under the chart` : ''}.`];
}

/** One row per bucket, one cell per readable series, each as the tooltip would say it. */
export function chartRows({ labels, series, yFormat, provisionalFrom, markers }: TimeChartInput): ChartRow[] {
  const shown = readableSeries(series);
  const events = new Map((markers ?? []).map((m) => [m.index, m.events.map((e) => eventLine(e, true)).join('; ')]));
  return labels.map((label, index) => ({
    key: String(index),
    index,
    label: provisionalFrom !== undefined && index >= provisionalFrom ? `${label} (provisional)` : label,
    cells: shown.map((s) => text(s, index, yFormat)),
    events: events.get(index) ?? null,
  }));
}
