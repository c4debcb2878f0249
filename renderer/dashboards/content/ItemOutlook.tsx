import type { ItemOutlook } from '../../../electron/api/types';
import { ExportButton, type ExportRequest } from '../../components/ExportButton';
import { Section } from '../../components/Section';
import { dateLabel, monthName } from '../../../db/words/dates';
import { formatMoney, moneyRange } from '../../../db/words/money';
import { formatCount } from '../../../db/words/numbers';
import { currencyName } from '../../../db/words/vocabulary';

const countRange = (low: number, high: number) => (low === high ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`);

/** A work's month ahead on its own page: its money and its chats (or plays), estimated, apart from the period's actuals. */
export function ItemOutlookSection({ outlook, money = 'Earnings', exportRequest }: { outlook: ItemOutlook; money?: string; exportRequest: ExportRequest }) {
  const c = outlook.count;
  if (outlook.money.length === 0 && !c) return null;
  return (
    <Section
      title={`${monthName(outlook.month)}, estimated`}
      id="outlook"
      // Read at the instant the estimates were made: they move with the time left today.
      actions={<ExportButton request={{ ...exportRequest, asOf: outlook.asOfMs }} />}
      note="Estimates, not results: what is in so far plus each remaining day at the recent run-rate by weekday and its trend; the range is how far the same estimate landed at this point of recent months."
    >
      <div className="kpi-row">
        {outlook.money.map((m) => (
          <div key={m.currency} className="kpi estimate" data-testid={`outlook-money-${m.currency}`}>
            <div className="kpi-label">
              {money} ({currencyName(m.currency)}) by month’s end <span className="estimate-tag">estimate</span>
            </div>
            <div className="kpi-value" data-exact={m.month.base} title={m.month.base}>
              ≈ {formatMoney(m.month.base, m.currency)}
            </div>
            <div className="kpi-hint">
              {moneyRange(m.month.low, m.month.high, m.currency)} · {formatMoney(m.month.actual, m.currency)} so far
            </div>
          </div>
        ))}
        {c && (
          <div className="kpi estimate" data-testid="outlook-count">
            <div className="kpi-label">
              {c.label} in {monthName(c.month)} <span className="estimate-tag">estimate</span>
            </div>
            <div className="kpi-value" data-exact={String(c.estimate.base)}>
              ≈ {formatCount(c.estimate.base)}
            </div>
            <div className="kpi-hint">
              {countRange(c.estimate.low, c.estimate.high)} · {formatCount(c.estimate.actual)} so far, published to {dateLabel(c.through)} (UTC days)
            </div>
          </div>
        )}
      </div>
    </Section>
  );
}
