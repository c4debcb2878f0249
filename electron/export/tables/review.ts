// The weekly/monthly review as one CSV: each checklist item with its tick and note, its numbers
// against the last period (exact money differences), its detail rows, and the insight cards.
import type { TableOf } from '../../../db/dashboards';
import { formatMicros, parseMicros } from '../../../db/money';
import { percentChange } from '../../../db/queries/earnings/growth';
import type { BeforeAfterMetric } from '../../../db/queries/types/events';
import type { ReviewMetric, ReviewNote, ReviewPayload } from '../../../db/queries/types/review';
import { dateLabel } from '../../../db/words/dates';
import { insightsTable } from './audience';
import { table, type Cell, type CsvTable } from './types';

export const REVIEW_COLUMNS = [
  'period_key', 'period_from', 'period_to', 'compared_from', 'compared_to', 'section', 'item', 'title', 'checked', 'note',
  'metric', 'currency', 'value', 'previous_value', 'change', 'change_pct', 'finding', 'why_it_matters', 'suggested_move', 'evidence',
];

/** value - previous in the metric's own unit (points for percentages), and the percent change to one
 *  decimal as the page shows it (none for percentages: their change is in points). */
function change(m: ReviewMetric): [Cell, Cell] {
  if (m.value === null || m.previous === null || m.unit === 'text') return [null, null];
  if (m.unit === 'money') {
    const v = BigInt(parseMicros(String(m.value)));
    const p = BigInt(parseMicros(String(m.previous)));
    return [formatMicros(v - p), percentChange(v, p)];
  }
  const v = Number(m.value);
  const p = Number(m.previous);
  const diff = Math.round((v - p) * 100) / 100;
  return [diff, m.unit === 'percent' || p === 0 ? null : Math.round(((v - p) / Math.abs(p)) * 1000) / 10];
}

export function reviewTable(r: ReviewPayload): CsvTable {
  const cur = r.period.current;
  const prev = r.period.previous;
  const head = (section: string, item: string, title: string, n: ReviewNote | undefined): Cell[] => [
    r.key, cur.from, cur.to, prev?.from ?? null, prev?.to ?? null, section, item, title, n ? (n.checked ? 'yes' : 'no') : 'no', n?.note ?? '',
  ];
  const notes = new Map(r.notes.map((n) => [n.item, n]));
  const rows: { key: string; cells: Cell[] }[] = [];
  const metricCells = (m: ReviewMetric, label: string): Cell[] => [label, m.currency ?? null, m.value, m.previous, ...change(m), null, null, null, null];
  for (const item of r.items) {
    const n = notes.get(item.id);
    rows.push({ key: item.id, cells: [...head('checklist', item.id, item.title, n), null, null, null, null, null, null, item.guide, null, null, null] });
    for (const m of item.metrics) rows.push({ key: `${item.id}|${m.id}`, cells: [...head('metric', item.id, item.title, n), ...metricCells(m, m.label)] });
    for (const list of item.lists)
      for (const row of list.rows)
        for (const m of row.metrics)
          rows.push({ key: `${item.id}|${list.id}|${row.key}|${m.id}`, cells: [...head('detail', item.id, item.title, n), ...metricCells(m, `${list.title}: ${row.label}: ${m.label}`)] });
  }
  const insights = insightsTable(r.insights);
  for (const [i, insight] of r.insights.insights.entries()) {
    const n = notes.get(`insight:${insight.id}`);
    const c = insights.rows[i].cells;
    rows.push({
      key: `insight:${insight.id}`,
      cells: [...head('insight', insight.id, insight.title, n), insight.rule, null, c[4], null, null, null, insight.finding, insight.why, insight.move, insight.evidence.href],
    });
  }
  for (const e of r.timelineNotes)
    rows.push({
      key: e.id,
      cells: [...head('timeline-note', e.id, e.title, undefined).slice(0, 8), null, null, null, null, null, null, null, null, `${dateLabel(e.day)}, about ${e.item?.name ?? 'your account'}`, null, null, e.item ? itemHref(e.item) : null],
    });
  for (const { comparison: c, tickedIn } of r.effects)
    for (const m of c.metrics)
      rows.push({
        key: `${c.event.id}|${m.id}`,
        cells: [
          ...head('effect', c.event.id, c.event.title, undefined).slice(0, 8), 'yes', c.event.detail ?? '',
          m.label, null, exportValue(m, m.after), exportValue(m, m.before), exportValue(m, m.change), null,
          `Ticked in ${tickedIn} on ${dateLabel(c.event.day)}: ${m.text.before} → ${m.text.after} (${m.text.change}), ${m.text.verdict}; usual change ${m.text.usual}.`,
          c.notes.join(' ') || null, null, c.event.item ? itemHref(c.event.item) : null,
        ],
      });
  return table(REVIEW_COLUMNS, rows, 'section');
}

const PAGE = { character: 'characters', plugin: 'plugins', story: 'stories' } as const;
const itemHref = (item: { kind: keyof typeof PAGE; id: string }) => `#/${PAGE[item.kind]}/${encodeURIComponent(item.id)}`;

/** A before/after figure as the other exports write figures: rates as percentages, to two decimals. */
function exportValue(m: BeforeAfterMetric, v: number | null): Cell {
  if (v === null) return null;
  const shown = m.unit === 'ratio' ? v * 100 : v;
  return Math.round(shown * 100) / 100;
}

export function reviewTables(r: ReviewPayload): Record<TableOf<'review'>, CsvTable> {
  return { review: reviewTable(r), insights: insightsTable(r.insights) };
}
