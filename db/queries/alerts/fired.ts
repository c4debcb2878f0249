// What the alerts are at an instant, decided from the database alone: payouts paid or failed, syncing
// failing for more than a day, the review of the week just ended, and this week's insight cards about a
// top earner. Which of them were read, and which are switched off, is alerts/index.ts's business.
import { DateTime } from 'luxon';
import type { Db } from '../../open';
import { addDays } from '../../time/days';
import { dateLabel, dayRangeText, instantLabel } from '../../words/dates';
import { formatMoney } from '../../words/money';
import { currencyName } from '../../words/vocabulary';
import { insightsFor } from '../insights';
import { currentKey, keyOf, reviewPeriod } from '../review/period-key';
import { dec } from '../sums';
import { lastFinishedRun, lastSuccessfulSyncAt } from '../status';
import { fastZone, localDate } from '../timezone';
import type { Alert } from '../types/alerts';

/** Syncing must have failed for this long before it is an alert. */
export const SYNC_FAILING_AFTER_MS = 24 * 3_600_000;
/** Characters and plugins that count as top earners: the first few of each currency. */
export const TOP_EARNERS = 3;
/** The days a top earner is ranked on. */
const TOP_EARNER_DAYS = 30;

interface PayoutRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  currency: string;
  amount: bigint;
  fee: bigint;
  status: 'paid' | 'failed';
  arrivalDate: string | null;
  failureReason: string | null;
}

/** Every payout paid or failed since `sinceIso` (its status changed then), newest first. */
export function payoutAlerts(db: Db, zone: string, sinceIso: string): Alert[] {
  const rows = db.prepare(
    `SELECT id, created_at AS createdAt, updated_at AS updatedAt, currency, amount, fee, status, arrival_date AS arrivalDate, failure_reason AS failureReason
     FROM payouts WHERE status IN ('paid', 'failed') AND updated_at >= ? ORDER BY updated_at DESC, id`,
  )
    .safeIntegers(true)
    .all(sinceIso) as PayoutRow[];
  return rows.map((p) => {
    const c = p.currency;
    const made = dateLabel(localDate(Date.parse(p.createdAt), zone));
    if (p.status === 'paid') {
      const received = formatMoney(dec(p.amount - p.fee), c);
      return {
        id: `payout:${p.id}:paid`,
        kind: 'payout',
        at: p.updatedAt,
        title: `Payout paid: ${received}`,
        body: `Your payout of ${received} (made ${made}) arrived${p.arrivalDate ? ` on ${dateLabel(p.arrivalDate)}` : ''}.`,
        quietBody: `Your ${currencyName(c)} payout made ${made} arrived.`,
        href: '#/earnings',
      };
    }
    const amount = formatMoney(dec(p.amount), c);
    return {
      id: `payout:${p.id}:failed`,
      kind: 'payout',
      at: p.updatedAt,
      title: `Payout failed: ${amount}`,
      body: `Your payout of ${amount} (made ${made}) failed${p.failureReason ? `: ${p.failureReason}` : ''}. The money is back in your available balance.`,
      quietBody: `Your ${currencyName(c)} payout made ${made} failed; its money is back in your available balance.`,
      href: '#/earnings',
    };
  });
}

/** Syncing has failed for more than a day: the last finished run did not succeed, and the last one
 *  that did is over a day old (or none ever did, a day after the first began). One per stretch of failures. */
export function syncFailingAlert(db: Db, zone: string, nowMs: number): Alert | null {
  const last = lastFinishedRun(db);
  if (!last || last.status === 'ok' || last.status === 'cancelled') return null;
  const success = lastSuccessfulSyncAt(db);
  const since = success ?? (db.prepare('SELECT min(started_at) FROM sync_runs').pluck().get() as string);
  const failingFromMs = Date.parse(since) + SYNC_FAILING_AFTER_MS;
  if (nowMs < failingFromMs) return null;
  const said = success ? `since ${instantLabel(success, zone)}` : 'since it was first tried';
  const body = `Creator Studio has not synced ${said}. The last attempt: ${last.error ?? last.status}. Your figures stay as they were; check the platform address and token in Settings.`;
  return {
    id: `sync-failing:${success ?? 'never'}`,
    kind: 'sync-failing',
    at: new Date(failingFromMs).toISOString(),
    title: 'Syncing has failed for more than a day',
    body,
    quietBody: body,
    href: '#/settings',
  };
}

/** The review of the week just ended (ISO weeks in the reporting timezone): ready from its Monday after. */
export function weeklyReviewAlert(zone: string, nowMs: number): Alert {
  const lastWeek = DateTime.fromMillis(nowMs, { zone: fastZone(zone) }).startOf('week').minus({ weeks: 1 });
  const key = keyOf('week', lastWeek);
  const period = reviewPeriod(key, zone, nowMs);
  const body = `The review of ${dayRangeText(period.from, period.to)} is ready: earnings trends, conversations, new reviews and embed use, against the week before.`;
  return {
    id: `weekly-review:${key}`,
    kind: 'weekly-review',
    at: lastWeek.plus({ weeks: 1 }).toUTC().toISO()!,
    title: `Your weekly review is ready (${period.label})`,
    body,
    quietBody: body,
    href: `#/review/${key}`,
  };
}

/** The characters and plugins that earned most in the last 30 days, the first few per currency. */
export function topEarners(db: Db, zone: string, nowMs: number): Set<string> {
  const from = addDays(localDate(nowMs, zone), -TOP_EARNER_DAYS);
  // The per-source day rollup, whatever zone it is in: a day's edge does not change who earns most.
  const rows = db.prepare(
    `SELECT k.source_type AS type, k.source_id AS id, k.currency AS currency, sum(d.net) AS net
     FROM ledger_source_keys k JOIN ledger_source_daily d ON d.k = k.k AND d.day >= ?
     GROUP BY k.source_type, k.source_id, k.currency`,
  )
    .safeIntegers(true)
    .all(from) as { type: string; id: string; currency: string; net: bigint }[];
  const out = new Set<string>();
  for (const currency of new Set(rows.map((r) => r.currency))) {
    rows
      .filter((r) => r.currency === currency && r.net > 0n)
      .sort((a, b) => (b.net > a.net ? 1 : b.net < a.net ? -1 : a.id.localeCompare(b.id)))
      .slice(0, TOP_EARNERS)
      .forEach((r) => out.add(r.id));
  }
  return out;
}

/** This week's insight cards whose subject is a top earner. */
export function insightAlerts(db: Db, zone: string, nowMs: number): Alert[] {
  const top = topEarners(db, zone, nowMs);
  if (top.size === 0) return [];
  const week = currentKey('week', zone, nowMs);
  const weekStart = DateTime.fromMillis(nowMs, { zone: fastZone(zone) }).startOf('week').toUTC().toISO()!;
  return insightsFor(db, week, zone, nowMs)
    .insights.filter((i) => top.has(i.id.split(':').pop()!))
    .map((i) => ({
      id: `insight:${week}:${i.id}`,
      kind: 'insight' as const,
      at: weekStart,
      title: `About a top earner: ${i.title}`,
      body: `${i.finding} ${i.move}`,
      quietBody: i.title,
      href: i.evidence.href,
    }));
}
