// The next payout per withdrawable currency: when the schedule processes it, how much pending money
// that processing releases (with this month's estimate when it is next month's), whether the balance
// then clears the platform's minimum, and when the money should arrive, from how long past payouts took.
// The schedule is monthly (platform-api.md): processing releases what was earned before its month and
// pays out the available balance in the first week of the month; it starts on the first business day.
import type { Db } from '../../open';
import { rollupZone } from '../../rollup-zone';
import { addBusinessDays, addDays, addMonths, businessDayOnOrAfter, businessDaysBetween } from '../../time/days';
import { toMicros } from '../../words/money';
import { dec, exactAll, EARNED } from '../sums';
import { startOfLocalDay, localDate } from '../timezone';
import type { PayoutItem, WithdrawableCurrency } from '../types/earnings';
import type { NextPayout, PayoutOnItsWay } from '../types/outlook';
import type { Projected } from '../forecast/projections';
import { nextPayoutSentence } from '../forecast/next-payout-text';

/** Payouts of one processing are made within this many days of its start. */
const PROCESSING_WEEK = 7;
/** Past payouts whose processing time sets the arrival window. */
const ARRIVALS_READ = 6;

/** When a month's processing starts: its 1st, or the Monday after when the 1st is a weekend day. */
export const processingDay = (month: string): string => businessDayOnOrAfter(`${month}-01`);

/** Pending money per currency earned before a local month began (released by that month's processing). */
function pendingBefore(db: Db, zone: string, month: string): Map<string, bigint> {
  const rows =
    rollupZone(db) === zone
      ? exactAll<{ currency: string; net: bigint }>(
          db,
          `SELECT currency, sum(net) AS net FROM ledger_monthly WHERE month < ? AND status = 'pending' AND ${EARNED} GROUP BY currency`,
          [month],
        )
      : exactAll<{ currency: string; net: bigint }>(
          db,
          `SELECT currency, sum(net) AS net FROM ledger WHERE status = 'pending' AND stream <> 'payout' AND occurred_ms < ? GROUP BY currency`,
          [startOfLocalDay(`${month}-01`, zone)],
        );
  return new Map(rows.map((r) => [r.currency, r.net]));
}

/** Business days from each past payout's processing start to its arrival, over the last arrived ones. */
function processingDays(history: PayoutItem[], zone: string): NextPayout['processingDays'] {
  const days = history
    .filter((p) => p.status === 'paid' && p.arrivalDate)
    .slice(0, ARRIVALS_READ)
    .map((p) => businessDaysBetween(processingDay(localDate(Date.parse(p.createdAt), zone).slice(0, 7)), p.arrivalDate!));
  return days.length === 0 ? null : { min: Math.min(...days), max: Math.max(...days) };
}

const windowAfter = (start: string, span: NextPayout['processingDays']) =>
  span && { from: addBusinessDays(start, span.min), to: addBusinessDays(start, span.max) };

/** Money returned by failed payouts made after the last paid one. */
function returnedSinceLastPaid(history: PayoutItem[]): bigint {
  let returned = 0n;
  for (const p of history) {
    if (p.status === 'paid') break;
    if (p.status === 'failed') returned += toMicros(p.amount);
  }
  return returned;
}

export interface NextPayoutInput {
  withdrawable: WithdrawableCurrency[];
  /** Newest first, as payoutHistory() lists them. */
  history: PayoutItem[];
  projections: Projected[];
  zone: string;
  /** Today, YYYY-MM-DD, in the zone. */
  today: string;
}

export function nextPayouts(db: Db, input: NextPayoutInput): NextPayout[] {
  // Pending money before a month, read once per month asked (every currency's processing is usually the same).
  const pending = new Map<string, Map<string, bigint>>();
  const pendingBeforeMonth = (month: string) => {
    if (!pending.has(month)) pending.set(month, pendingBefore(db, input.zone, month));
    return pending.get(month)!;
  };
  return input.withdrawable.map((w): NextPayout => {
    const estimate = nextPayoutOf(input, w, pendingBeforeMonth);
    return { ...estimate, sentence: nextPayoutSentence({ ...estimate, sentence: null }, input.today) };
  });
}

function nextPayoutOf(input: NextPayoutInput, w: WithdrawableCurrency, pendingBeforeMonth: (month: string) => Map<string, bigint>): Omit<NextPayout, 'sentence'> {
  const { today, zone } = input;
  const thisProcessing = processingDay(today.slice(0, 7));
  const nextProcessing = processingDay(addMonths(today.slice(0, 7), 1));
  const mine = input.history.filter((p) => p.currency === w.currency);
  const span = processingDays(mine, zone);
  const available = toMicros(w.available);
  const minimum = w.minimum === null ? null : toMicros(w.minimum);
  const clearsAt = (v: bigint) => (minimum === null ? v > 0n : v >= minimum);
  const madeThisMonth = mine.some((p) => {
    const made = localDate(Date.parse(p.createdAt), zone);
    return p.status !== 'failed' && made >= thisProcessing && made.slice(0, 7) === today.slice(0, 7);
  });
  // This month's processing is still ahead, or under way with nothing paid out yet from a balance that
  // clears (in a currency the platform has paid out before: some are never paid out on schedule).
  const underWay = today > thisProcessing && today < addDays(thisProcessing, PROCESSING_WEEK) && mine.length > 0 && !madeThisMonth && clearsAt(available);
  const on = today <= thisProcessing || underWay ? thisProcessing : nextProcessing;
  const pending = pendingBeforeMonth(on.slice(0, 7)).get(w.currency) ?? 0n;
  // A processing next month also releases what the rest of this month brings.
  const p = input.projections.find((x) => x.currency === w.currency)?.total.month;
  const rest = on === nextProcessing && p ? { low: p.low - p.actual, base: p.base - p.actual, high: p.high - p.actual } : { low: 0n, base: 0n, high: 0n };
  const released = { actual: pending, low: pending + rest.low, base: pending + rest.base, high: pending + rest.high };
  const amount = { low: available + released.low, base: available + released.base, high: available + released.high };
  const inFlight = mine.find((x) => x.status === 'pending' || x.status === 'processing');
  const onItsWay: PayoutOnItsWay | null = inFlight
    ? {
        id: inFlight.id,
        createdAt: inFlight.createdAt,
        amount: inFlight.amount,
        received: inFlight.received,
        status: inFlight.status as PayoutOnItsWay['status'],
        arrival: windowAfter(processingDay(localDate(Date.parse(inFlight.createdAt), zone).slice(0, 7)), span),
      }
    : null;
  return {
    currency: w.currency,
    processingOn: on,
    underWay,
    movedFromWeekend: on !== `${on.slice(0, 7)}-01`,
    available: w.available,
    released: { actual: dec(released.actual), low: dec(released.low), base: dec(released.base), high: dec(released.high) },
    amount: { low: dec(amount.low), base: dec(amount.base), high: dec(amount.high) },
    certain: dec(available + pending),
    minimum: w.minimum,
    clears: clearsAt(amount.low) ? 'yes' : clearsAt(amount.base) ? 'likely' : clearsAt(amount.high) ? 'unlikely' : 'no',
    returned: dec(returnedSinceLastPaid(mine)),
    processingDays: span,
    arrival: windowAfter(on, span),
    onItsWay,
  };
}
