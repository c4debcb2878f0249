// Movers: the characters, plugins and stories whose use or earnings this period sit outside their
// typical band (the middle 80% of the same part of their last 12 periods) and far from their usual
// (median) value. "More than usual" is measured against each work's own history, not the creator's.
import { lastStatsDate } from '../audience/stats-window';
import { addDays } from '../../time/days';
import { localDate } from '../timezone';
import { typicalBand } from '../typical-band';
import type { Insight } from '../types/insights';
import { dateLabel, rangeLabel } from '../../words/dates';
import { formatMicros } from '../../money';
import { formatMoneyMicros, groupDecimal } from '../../words/money';
import { currencyName } from '../../words/vocabulary';
import { formatCount, signedPct } from '../../words/numbers';
import { names, workHref, type Rule, type RuleContext } from './context';
import { comparablePeriods, earningMeasures, HISTORY_PERIODS, useMeasures, type Measure, type WorkKind } from './movers-data';

/** A band needs half the history: a work younger than 6 periods is still ramping up, not "usual". */
export const MIN_SAMPLES = HISTORY_PERIODS / 2;

const PAGE = { character: 'characters', plugin: 'plugins', story: 'stories' } as const;
const USE_WORD = { character: 'chats started', plugin: 'chats with it', story: 'plays' } as const;
const STATS_TABLE = { character: 'stats_characters', plugin: 'stats_plugins', story: 'stats_stories' } as const;

/** Medians of micro-units can fall on a half: rounded to a whole micro-unit, then printed exactly. */
const amount = (micros: number) => groupDecimal(formatMicros(Math.round(micros)));

function format(m: Measure, v: number): string {
  return m.metric === 'use' ? formatCount(v) : formatMoneyMicros(Math.round(v), m.currency!);
}

/** For the figures, where the label names the unit: a bare number. */
function bare(m: Measure, v: number): string {
  return m.metric === 'use' ? formatCount(v) : amount(v);
}

interface Candidate {
  m: Measure;
  value: number;
  band: { low: number; median: number; high: number; samples: number };
  change: number;
  range: { from: string; to: string };
}

function candidates(measures: Measure[], range: { from: string; to: string }, minChange: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of measures) {
    const value = m.values[0];
    if (value === null) continue;
    const band = typicalBand(
      m.values.slice(1).filter((v): v is number => v !== null),
      MIN_SAMPLES,
    );
    if (!band || band.median <= 0) continue;
    const change = value / band.median - 1;
    if ((value > band.high || value < band.low) && Math.abs(change) >= minChange) out.push({ m, value, band, change, range });
  }
  return out;
}

const unit_ = (m: Measure) => (m.metric === 'use' ? '' : ` (${currencyName(m.currency!)})`);

function card(c: Candidate, name: string, unit: 'week' | 'month', greetingEdit: string | null): Insight {
  const { m, value, band } = c;
  const up = value > band.high;
  const what = m.metric === 'use' ? `${format(m, value)} ${USE_WORD[m.kind]}` : `earned ${format(m, value)}`;
  const periodWord = `${unit === 'week' ? 'weeks' : 'months'}`;
  return {
    id: `movers:${m.kind}:${m.id}`,
    rule: 'movers',
    title: `${name}: ${m.metric === 'use' ? USE_WORD[m.kind] : 'earnings'} ${signedPct(c.change * 100, 0)} against usual`,
    finding:
      `${name} (${m.kind}) ${what} over ${rangeLabel(c.range)}, ${up ? 'above' : 'below'} its typical band of ${format(m, band.low)} – ${format(m, band.high)} ` +
      `(usual: ${format(m, band.median)}, from the same days of its last ${band.samples} ${periodWord}).` +
      (greetingEdit ? ` Its greeting was edited on ${dateLabel(greetingEdit)}.` : ''),
    figures: [
      { label: m.metric === 'use' ? `${USE_WORD[m.kind][0].toUpperCase()}${USE_WORD[m.kind].slice(1)}` : `Earned (${currencyName(m.currency!)})`, value: bare(m, value) },
      { label: `Typical band${unit_(m)}`, value: `${bare(m, band.low)}–${bare(m, band.high)}` },
      { label: `Usual${unit_(m)}`, value: bare(m, band.median) },
      { label: 'Change on usual', value: signedPct(c.change * 100, 0) },
    ],
    why: up
      ? 'Against its own history this is not noise: something worked. Knowing what lets you repeat it, and tells you where your next 10 hours pay off.'
      : 'Against its own history this is not noise: something changed. Catching a slide early is cheaper than winning the audience back.',
    move: up
      ? 'Find what drove it (a greeting or description edit, a shout-out, a new scenario, a hashtag taking off) and do more of it, here and in similar works.'
      : 'Check what changed around it: a greeting or description edit, a model change, fewer profile views, a competing work. Fix it or roll it back.',
    evidence: { label: `Open ${name}`, href: workHref(PAGE[m.kind], m.id) },
    strength: Math.abs(c.change),
  };
}

export const moversRule: Rule = {
  rule: 'movers',
  label: 'Movers',
  definition: (t) =>
    `Characters, plugins and stories whose use (chats, plays) or earnings (chat share, embed, commission) this period are outside their typical band ` +
    `(10th–90th percentile of the same days of their last ${HISTORY_PERIODS} periods, at least ${MIN_SAMPLES} of them) and at least ${t.moverChangePct}% away ` +
    `from their usual (median) value; the ${t.moverCount} biggest changes, one card per work.`,
  run(ctx: RuleContext) {
    const p = ctx.movers;
    if (!p) return { insights: [], note: 'Movers are measured on a review period.' };
    const minChange = ctx.t.moverChangePct / 100;
    const found: Candidate[] = [];
    for (const kind of ['character', 'plugin', 'story'] as WorkKind[]) {
      const last = lastStatsDate(ctx.db, STATS_TABLE[kind]);
      if (last === null || last < p.from) continue;
      const periods = comparablePeriods(p.cadence, p.from, p.to, last);
      found.push(...candidates(useMeasures(ctx.db, kind, periods), periods[0], minChange));
    }
    // Money counts whole local days only: today is not over, so it is left out of both sides.
    const yesterday = addDays(localDate(p.nowMs, p.zone), -1);
    if (yesterday >= p.from) {
      const periods = comparablePeriods(p.cadence, p.from, p.to, yesterday);
      found.push(...candidates(earningMeasures(ctx.db, periods, p.zone), periods[0], minChange));
    }
    const known = { character: names(ctx.db, 'characters'), plugin: names(ctx.db, 'plugins'), story: names(ctx.db, 'stories') };
    const edits = new Map(
      (ctx.db.prepare('SELECT id, greeting_updated_at AS at FROM characters WHERE greeting_updated_at IS NOT NULL').all() as { id: string; at: string }[]).map((r) => [r.id, r.at.slice(0, 10)]),
    );
    // One card per work: its biggest move.
    const best = new Map<string, Candidate>();
    for (const c of found.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.m.id.localeCompare(b.m.id) || (a.m.currency ?? '').localeCompare(b.m.currency ?? ''))) {
      const key = `${c.m.kind}:${c.m.id}`;
      if (!best.has(key)) best.set(key, c);
    }
    // Cards for the strongest only, in the order byStrength gives them: writing one for every work
    // outside its band took 110 ms on the largest accounts.
    const id = (c: Candidate) => `movers:${c.m.kind}:${c.m.id}`;
    const strongest = [...best.values()].sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || id(a).localeCompare(id(b))).slice(0, ctx.t.moverCount);
    const insights = strongest.map((c) => {
      const edit = c.m.kind === 'character' ? (edits.get(c.m.id) ?? null) : null;
      // A greeting edit is worth mentioning when it happened shortly before or during the period.
      const recentEdit = edit && edit >= addDays(c.range.from, -7) && edit <= c.range.to ? edit : null;
      return card(c, known[c.m.kind].get(c.m.id) ?? c.m.id, p.cadence, recentEdit);
    });
    return { insights };
  },
};
