// "When will I get paid, and about how much?" in one sentence per withdrawable currency, from the next
// payout's estimate. Estimated amounts read "about"; a range is given where low and high differ.
import { dayRangeText, weekdayDayText } from '../../words/dates';
import { formatMoney, moneyRange, toMicros } from '../../words/money';
import { currencyName } from '../../words/vocabulary';
import type { NextPayout } from '../types/outlook';

const about = (r: { low: string; base: string; high: string }, currency: string) => {
  const base = formatMoney(r.base, currency);
  const range = moneyRange(r.low, r.high, currency);
  return range === base ? base : `about ${base} (${range})`;
};

/** The sentence for one currency; null when there is nothing to pay out and nothing coming. */
export function nextPayoutSentence(n: NextPayout, today: string): string | null {
  const c = n.currency;
  const name = currencyName(c);
  const withYear = n.processingOn.slice(0, 4) !== today.slice(0, 4);
  const when = `${weekdayDayText(n.processingOn, withYear)}${n.movedFromWeekend ? ' (the 1st falls on a weekend)' : ''}`;
  if (n.onItsWay) {
    const arrival = n.onItsWay.arrival;
    const expected = !arrival ? '' : arrival.to < today ? `, expected by ${dayRangeText(arrival.to, arrival.to)} and later than usual` : `, expected ${dayRangeText(arrival.from < today ? today : arrival.from, arrival.to)}`;
    return `Your payout of ${formatMoney(n.onItsWay.received, c)} is on its way${expected}.`;
  }
  const nothing = toMicros(n.amount.high) <= 0n;
  if (nothing && n.minimum === null) return null;
  const minimum = n.minimum === null ? '' : formatMoney(n.minimum, c);
  if (n.clears === 'no') return `At the processing on ${when}, your ${name} balance should be about ${formatMoney(n.amount.base, c)}, under the ${minimum} minimum: no payout then.`;
  if (n.clears === 'unlikely')
    return `At the processing on ${when}, your ${name} balance should be about ${formatMoney(n.amount.base, c)}, just under the ${minimum} minimum: a payout only if the month ends high (${formatMoney(n.amount.high, c)}).`;
  const arrival = n.arrival && n.arrival.to >= today ? `, arriving ${dayRangeText(n.arrival.from < today ? today : n.arrival.from, n.arrival.to)}` : '';
  if (n.underWay) return `Next ${name} payout: ${about(n.amount, c)}, due any day: this month’s processing began on ${when}${arrival}.`;
  const unsure = n.clears === 'likely' && n.minimum !== null ? ` if it clears the ${minimum} minimum, as expected` : '';
  return `Next ${name} payout: ${about(n.amount, c)} when processing starts on ${when}${arrival}${unsure}.`;
}
