import type { Compared } from '../../../electron/api/types';
import { delta, formatMoney, groupDecimal, toMicros } from '../../../db/words/money';
import { signedPct } from '../../../db/words/numbers';

/** Fees as a share of gross, one decimal ("15.4%"); null without a positive gross. */
function feeShare(gross: string, fees: string): string | null {
  const g = toMicros(gross);
  if (g <= 0n) return null;
  const tenths = (toMicros(fees) * 2000n + g) / (2n * g);
  return `${tenths / 10n}.${tenths % 10n}%`;
}

/** A figure's compact change; where a rise is bad (fees), it is coloured as such. */
function MiniDelta({ m, currency, invert = false }: { m: Compared; currency: string; invert?: boolean }) {
  const d = delta(m.value, m.previous);
  if (!d) return null;
  const tone = d.direction === 'flat' ? 'flat' : (d.direction === 'up') !== invert ? 'good' : 'bad';
  return (
    <span className={`mini-delta delta-${tone}`} title={`Comparison period: ${formatMoney(m.previous!, currency)}`}>
      {d.direction === 'flat' ? '±0' : signedPct(d.pct)}
    </span>
  );
}

/**
 * What an earned (net) figure was before the platform's fees: gross, then the fees, so the card reads
 * gross − fees = earned. `figures` names the export columns the two amounts are in.
 */
export function GrossFees({ gross, fees, currency, figures }: { gross: Compared; fees: Compared; currency: string; figures: [string, string] }) {
  const share = feeShare(gross.value, fees.value);
  return (
    <dl className="kpi-breakdown">
      <div>
        <dt>Gross</dt>
        <dd>
          <span className="amount" data-figure={figures[0]} data-exact={gross.value} title={`${gross.value} ${currency} before fees`}>
            {groupDecimal(gross.value)}
          </span>
          <span className="change">
            <MiniDelta m={gross} currency={currency} />
          </span>
        </dd>
      </div>
      <div>
        <dt>− Fees</dt>
        <dd>
          <span className="amount" data-figure={figures[1]} data-exact={fees.value} title={share ? `${fees.value} ${currency}: ${share} of gross` : `${fees.value} ${currency}`}>
            {groupDecimal(fees.value)}
          </span>
          <span className="change">
            <MiniDelta m={fees} currency={currency} invert />
          </span>
        </dd>
      </div>
    </dl>
  );
}
