// The earnings guide's per-token price ("you set the per-token price, minimum $3.75/million"; "higher
// token prices for embed, if the market supports it"): a character priced at the platform's minimum
// that businesses do use, and a character whose embed use fell after its price went up. Embed tokens
// are read on the platform's UTC stats days, like every stats figure of the cards.
import { addDays, dayCount } from '../../time/days';
import { dateLabel, rangeLabel } from '../../words/dates';
import { formatMoney } from '../../words/money';
import { formatCount, ratioText } from '../../words/numbers';
import { MIN_EMBED_PRICE } from '../characters/embed';
import { formatMicros } from '../../money';
import { byStrength, names, statsWindow, workHref, type Rule } from './context';
import type { Db } from '../../open';
import { lastStatsDate } from '../audience/stats-window';

const MINIMUM = formatMoney(formatMicros(MIN_EMBED_PRICE.micros), MIN_EMBED_PRICE.currency);

/** Σ embed tokens and the days that said them, of one character over stats days (through its key). */
function embedUse(db: Db, id: string, from: string, to: string): { tokens: number; days: number } {
  const row = db.prepare(`SELECT coalesce(sum(embed_tokens), 0) AS tokens, coalesce(sum(embed_days), 0) AS days FROM stats_characters WHERE character_id = ? AND date >= ? AND date <= ?`).get(id, from, to) as {
    tokens: number;
    days: number;
  };
  return row;
}

const sentPrices = (db: Db) => db.prepare('SELECT 1 FROM characters WHERE embed_price_micros IS NOT NULL LIMIT 1').get() !== undefined;

export const embedMinimumRule: Rule = {
  rule: 'embed-minimum',
  label: 'Priced at the minimum',
  definition: (t) =>
    `A character whose embed price is the platform’s minimum (${MINIMUM} per million tokens) and that businesses used through embed or API in the last ${t.windowDays} days; at most ${t.embedMinimumCount}, most embed tokens first.`,
  run(ctx) {
    const w = statsWindow(ctx, 'stats_characters');
    if (!w) return { insights: [], note: 'No character stats synced yet.' };
    if (!sentPrices(ctx.db)) return { insights: [], note: 'The platform does not send embed prices (older platforms do not).' };
    const rows = ctx.db.prepare(
      `SELECT c.id, c.name, sum(s.embed_tokens) AS tokens, sum(s.embed_days) AS days FROM characters c
       CROSS JOIN stats_characters s ON s.character_id = c.id AND s.date >= ? AND s.date <= ?
       WHERE c.embed_price_currency = ? AND c.embed_price_micros <= ? GROUP BY c.id`,
    ).all(w.current.from, w.current.to, MIN_EMBED_PRICE.currency, MIN_EMBED_PRICE.micros) as { id: string; name: string; tokens: number | null; days: number }[];
    const used = rows.filter((r) => r.days > 0 && (r.tokens ?? 0) > 0);
    const most = Math.max(1, ...used.map((r) => r.tokens!));
    const insights = used
      .map((r) => ({
        id: `embed-minimum:${r.id}`,
        rule: 'embed-minimum' as const,
        title: `${r.name}: embed priced at the platform’s minimum`,
        finding:
          `${r.name} is priced at ${MINIMUM} per million tokens, the platform’s minimum, and businesses used ${formatCount(r.tokens!)} embed tokens over ${rangeLabel(w.current)}` +
          ` (${formatCount(r.tokens! / r.days)} a day).`,
        figures: [
          { label: 'Price per million tokens', value: MINIMUM },
          { label: 'Embed tokens', value: formatCount(r.tokens!) },
          { label: 'A day', value: formatCount(r.tokens! / r.days) },
        ],
        why: 'You set the per-token price, and the lowest the platform allows leaves no room below it. Businesses that keep using the character at the minimum may well pay more: the earnings guide’s “higher token prices for embed, if the market supports it”.',
        move: 'Try a higher price, a step at a time, and watch its embed tokens on its page: the change is marked on its charts, and its before/after shows whether businesses kept using it.',
        evidence: { label: `Open ${r.name}`, href: workHref('characters', r.id) },
        strength: r.tokens! / most,
      }))
      .sort(byStrength)
      .slice(0, ctx.t.embedMinimumCount);
    return { insights, note: rows.length === 0 ? 'No character is priced at the minimum.' : used.length === 0 ? 'No character at the minimum had embed use in the window.' : null };
  },
};

interface Rise {
  id: string;
  at: string;
  currency: string;
  micros: number;
  before: number;
}

export const embedRiseRule: Rule = {
  rule: 'embed-rise',
  label: 'Embed use fell after a price rise',
  definition: (t) =>
    `A character whose embed price went up in the last ${t.embedRiseWithinDays} days and whose embed tokens a day fell by at least ${t.embedDropPct}% ` +
    `over the days after the rise against as many days before it (up to ${t.windowDays} on each side, at least 7, the day of the change in neither).`,
  run(ctx) {
    const last = lastStatsDate(ctx.db, 'stats_characters');
    if (last === null) return { insights: [], note: 'No character stats synced yet.' };
    if (!sentPrices(ctx.db)) return { insights: [], note: 'The platform does not send embed prices (older platforms do not).' };
    const end = ctx.periodTo < last ? ctx.periodTo : last;
    const live = names(ctx.db, 'characters');
    // Each character's latest rise in the same currency, on the UTC day the new price was first seen.
    const rises = ctx.db.prepare(
      `SELECT id, at, currency, micros, before FROM (
         SELECT character_id AS id, updated_at AS at, currency, per_million_micros AS micros,
           lag(per_million_micros) OVER w AS before, lag(currency) OVER w AS beforeCurrency
         FROM character_embed_prices WINDOW w AS (PARTITION BY character_id ORDER BY updated_at))
       WHERE beforeCurrency = currency AND micros > before AND substr(at, 1, 10) >= ? AND substr(at, 1, 10) <= ?
       ORDER BY id, at`,
    ).all(addDays(end, -ctx.t.embedRiseWithinDays), addDays(end, -7)) as Rise[];
    const latest = new Map(rises.filter((r) => live.has(r.id)).map((r) => [r.id, r]));
    const insights = [];
    for (const r of latest.values()) {
      const day = r.at.slice(0, 10);
      const n = Math.min(ctx.t.windowDays, dayCount(addDays(day, 1), end));
      const after = { from: addDays(day, 1), to: addDays(day, n) };
      const before = { from: addDays(day, -n), to: addDays(day, -1) };
      const a = embedUse(ctx.db, r.id, after.from, after.to);
      const b = embedUse(ctx.db, r.id, before.from, before.to);
      if (a.days === 0 || b.days === 0 || b.tokens === 0) continue;
      const perDayAfter = a.tokens / a.days;
      const perDayBefore = b.tokens / b.days;
      const drop = 1 - perDayAfter / perDayBefore;
      // after ≤ before × (1 − pct): in whole numbers, so a fall of exactly the threshold counts.
      if (a.tokens * b.days * 100 > b.tokens * a.days * (100 - ctx.t.embedDropPct)) continue;
      const name = live.get(r.id)!;
      const [from, to] = [formatMoney(formatMicros(r.before), r.currency), formatMoney(formatMicros(r.micros), r.currency)];
      insights.push({
        id: `embed-rise:${r.id}`,
        rule: 'embed-rise' as const,
        title: `${name}: embed use fell ${ratioText(drop, 0)} after the price rise to ${to}`,
        finding:
          `You raised ${name}’s embed price from ${from} to ${to} per million tokens on ${dateLabel(day)}. Over the ${n} days after it businesses used ` +
          `${formatCount(perDayAfter)} embed tokens a day, against ${formatCount(perDayBefore)} a day over the ${n} days before (${ratioText(-drop)}).`,
        figures: [
          { label: 'Price', value: `${from} → ${to}` },
          { label: 'Embed tokens a day, before', value: formatCount(perDayBefore) },
          { label: 'After', value: formatCount(perDayAfter) },
          { label: 'Change', value: ratioText(-drop) },
        ],
        why: 'A higher price earns more per token only while businesses keep using the character: a fall this large can cost more than the rise brings.',
        move: `Open its page: the price change is marked on its embed tokens chart, and its before/after says whether the fall is beyond its usual ups and downs. If embed earnings fell too, step the price back part of the way (not below ${MINIMUM}), or tell the businesses what the new price buys.`,
        evidence: { label: `Open ${name}`, href: workHref('characters', r.id) },
        strength: drop,
      });
    }
    return { insights: insights.sort(byStrength), note: latest.size === 0 ? `No embed price went up in the last ${ctx.t.embedRiseWithinDays} days (with a week of stats after it).` : null };
  },
};
