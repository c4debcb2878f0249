// Before and after an event: the figures its kind of change should move, over an equal number of
// whole weeks on each side of its day, and the change judged against the item's own usual variation:
// the 10th–90th percentile of the changes between consecutive windows of the same length before it.
// A change outside that band is "beyond its usual variation"; inside it, the numbers cannot tell the
// event's effect from the weeks' ordinary ups and downs.
import type { Db } from '../../open';
import { dateLabel } from '../../words/dates';
import { typicalBand } from '../typical-band';
import type { DayRange } from '../types/audience';
import type { BeforeAfter, BeforeAfterMetric, ChangeVerdict, TimelineEvent } from '../types/events';
import { actedMove } from './acted';
import { findEvent } from './find';
import { itemName } from './list';
import { accountPlan, chapterPlan, countryPlan, dailySums, dropChapter, hashtagPlan, itemPlan, M, planExtent, type MetricSpec, type Plan } from './measures';
import { changeText, usualText, valueText, verdictText } from './phrases';
import { comparisonWindows } from './windows';
import { addDays, daysBetween } from '../../time/days';

export const WINDOW_CHOICES = [7, 14, 28] as const;
export const DEFAULT_WINDOW = 28;

/** A band of changes needs this many of them, as every typical band does. */
const MIN_CHANGES = 4;

/** What to measure for an event, or null when what it was about is gone from the catalogue. */
function planFor(db: Db, e: TimelineEvent, windowDays: number): Plan | null {
  switch (e.kind) {
    case 'greeting':
      return e.item && itemPlan(e.item, e.item.name, [M.conversion, M.messagesPerChat]);
    case 'price':
      return e.item && itemPlan(e.item, e.item.name, [M.embedTokens, M.chats]);
    case 'note':
      return e.item ? itemPlan(e.item, e.item.name) : accountPlan();
    case 'created':
      return accountPlan(`A new ${e.item?.kind ?? 'work'} is measured by what it brought your account: its own figures start on its first day.`);
    case 'announcement':
      return accountPlan();
    case 'payout-paid':
    case 'payout-failed':
      return accountPlan('A payout moves money out of your balance and changes no figure of its own: it is set here against your account’s activity around it.');
    case 'acted-on': {
      const move = actedMove(e.id.split(':').slice(2).join(':'));
      if (!move) return null;
      if (move.rule === 'country') return countryPlan(move.subject!);
      if (move.rule === 'hashtag') return hashtagPlan(move.subject!);
      const item = move.item!;
      const name = itemName(db, item);
      if (name === null) return null;
      if (move.rule === 'greeting') return itemPlan(item, name, [M.conversion, M.messagesPerChat]);
      if (move.rule === 'sticking') return itemPlan(item, name, [M.messagesPerChat, M.conversion]);
      if (move.rule === 'embed-minimum' || move.rule === 'embed-rise') return itemPlan(item, name, [M.embedTokens, M.chats]);
      if (move.rule === 'plugin-churn') return itemPlan(item, name, [M.activeRatio, M.pluginChats]);
      if (move.rule === 'story-dropoff') {
        const chapter = dropChapter(db, item.id, addDays(e.day, -windowDays), addDays(e.day, -1));
        return chapter === null ? itemPlan(item, name, [M.completion, M.plays]) : chapterPlan(item, name, chapter);
      }
      return itemPlan(item, name);
    }
  }
}

/** Running sums of every field over the days read, so a window's sum is two lookups. */
interface Sums {
  first: string;
  /** field → sums[i] = total of the days before day i (i counted from `first`). */
  running: Map<string, Float64Array>;
}

function runningSums(days: Map<string, Record<string, number>>, first: string, last: string): Sums {
  const n = Math.max(0, daysBetween(first, last) + 1);
  const running = new Map<string, Float64Array>();
  for (const [date, row] of days) {
    const i = daysBetween(first, date);
    if (i < 0 || i >= n) continue;
    for (const [field, v] of Object.entries(row)) {
      let r = running.get(field);
      if (!r) running.set(field, (r = new Float64Array(n + 1)));
      r[i + 1] += v;
    }
  }
  for (const r of running.values()) for (let i = 1; i <= n; i++) r[i] += r[i - 1];
  return { first, running };
}

function sumOver(sums: Sums, field: string, w: DayRange): number {
  const r = sums.running.get(field);
  if (!r) return 0;
  const clamp = (i: number) => Math.min(r.length - 1, Math.max(0, i));
  return r[clamp(daysBetween(sums.first, w.to) + 1)] - r[clamp(daysBetween(sums.first, w.from))];
}

function valueOver(spec: MetricSpec, w: DayRange, sums: Sums): number | null {
  const num = sumOver(sums, spec.num, w);
  const den = spec.den === 'days' ? w.days : sumOver(sums, spec.den, w);
  return den > 0 ? num / den : null;
}

function verdictOf(change: number | null, band: BeforeAfterMetric['band']): ChangeVerdict {
  if (change === null || band === null) return 'unknown';
  return change > band.high ? 'above' : change < band.low ? 'below' : 'within';
}

function measure(spec: MetricSpec, w: ReturnType<typeof comparisonWindows>, days: Sums): BeforeAfterMetric {
  const before = w.before && valueOver(spec, w.before, days);
  const after = w.after && valueOver(spec, w.after, days);
  const change = before !== null && after !== null ? after - before : null;
  const history = w.history.map((h) => valueOver(spec, h, days));
  const changes: number[] = [];
  for (let j = 0; j + 1 < history.length; j++) {
    const newer = history[j];
    const older = history[j + 1];
    if (newer !== null && older !== null) changes.push(newer - older);
  }
  const band = typicalBand(changes, MIN_CHANGES);
  const verdict = verdictOf(change, band);
  const why = change === null ? (w.after ? 'no figure to compare on one side' : 'not measurable yet') : 'too little history before it to know its usual variation';
  return {
    id: spec.id,
    label: spec.label,
    unit: spec.unit,
    before,
    after,
    change,
    band,
    verdict,
    text: { before: valueText(spec.unit, before), after: valueText(spec.unit, after), change: changeText(spec.unit, change), usual: usualText(spec.unit, band, w.length), verdict: verdictText(verdict, why) },
  };
}

function summaryOf(e: TimelineEvent, subject: string, w: ReturnType<typeof comparisonWindows>, metrics: BeforeAfterMetric[]): string {
  const what = `${e.kind === 'note' ? `Note “${e.title}”` : e.title} on ${dateLabel(e.day)}`;
  if (!w.before || !w.after) return `${what}: ${w.notes[0] ?? 'nothing to compare yet.'}`;
  const parts = metrics.map((m) => `${m.label} ${m.text.before} → ${m.text.after} (${m.text.change}), ${m.text.verdict}`);
  const whose = e.title.includes(subject) ? '' : `, ${subject}`;
  return `${what}${whose}, ${w.before.days} days before against ${w.after.days} after: ${parts.join('; ')}.`;
}

/**
 * The comparison around event `eventId` over `windowDays` days each side (7, 14 or 28), with stats read
 * through `through` at the latest (a review reports as of its period's end); null when there is no such
 * event, or what it was about is gone.
 */
export function beforeAfter(db: Db, eventId: string, windowDays: number, zone: string, through?: string): BeforeAfter | null {
  const event = findEvent(db, eventId, zone);
  if (!event) return null;
  return compareAround(db, event, windowDays, through);
}

export function compareAround(db: Db, event: TimelineEvent, windowDays: number, through?: string): BeforeAfter | null {
  const plan = planFor(db, event, windowDays);
  if (!plan) return null;
  const extent = planExtent(db, plan);
  const cut = extent && through !== undefined && through < extent.last ? { first: extent.first, last: through } : extent;
  const w = comparisonWindows(event.day, windowDays, cut && cut.first <= cut.last ? cut : null);
  const oldest = w.history.at(-1)?.from ?? w.before?.from ?? event.day;
  const newest = w.after?.to ?? event.day;
  const days = runningSums(w.before || w.after ? dailySums(db, plan, oldest, newest) : new Map(), oldest, newest);
  const metrics = plan.metrics.map((spec) => measure(spec, w, days));
  return {
    event,
    subject: plan.subject,
    windowDays,
    before: w.before,
    after: w.after,
    notes: plan.note ? [...w.notes, plan.note] : w.notes,
    metrics,
    summary: summaryOf(event, plan.subject, w, metrics),
  };
}
