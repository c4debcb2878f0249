import type { NextPayout } from '../../../electron/api/types';

/** The currency the creator is most likely asking about: a payout on its way, else one the platform has
 *  paid out before and that should clear its minimum, else any that clears, else the first with news. */
export function primaryPayout(payouts: NextPayout[]): NextPayout | undefined {
  const said = payouts.filter((p) => p.sentence !== null);
  const clears = (p: NextPayout) => p.clears === 'yes' || p.clears === 'likely';
  return (
    said.find((p) => p.onItsWay) ??
    said.find((p) => p.processingDays !== null && clears(p)) ??
    said.find(clears) ??
    said[0]
  );
}

/** "When will I get paid, and about how much?" in one sentence at the top of Earnings; every other
 *  withdrawable currency's is in the Payouts section. */
export function NextPayoutLine({ payouts }: { payouts: NextPayout[] }) {
  const p = primaryPayout(payouts);
  if (!p) return null;
  return (
    <aside className="next-payout" data-testid="next-payout" data-currency={p.currency} aria-label="When will I get paid">
      <strong>When will I get paid?</strong>
      <span className="estimate-tag">estimate</span> {p.sentence}
    </aside>
  );
}
