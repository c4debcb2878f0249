import type { BucketSpan, PerUserValue } from '../../../electron/api/types';
import { DeltaBadge } from '../../components/DeltaBadge';
import { TimeChart } from '../../charts/TimeChart';
import { monthAxis } from '../../charts/bucket-axis';
import { formatMoney, toChartNumber } from '../../../db/words/money';
import { formatCount } from '../../../db/words/numbers';

export function PerUser({ value, span }: { value: PerUserValue | undefined; span: BucketSpan }) {
  if (!value) return <p className="muted">No character earnings in this currency.</p>;
  const c = value.currency;
  return (
    <>
      <p className="figure-line">
        <strong className="big">{value.value.value === null ? '–' : formatMoney(value.value.value, c)}</strong> per active user{' '}
        {value.value.value !== null && <DeltaBadge value={value.value.value} previous={value.value.previous} currency={c} />}
      </p>
      <p className="muted small">
        Chat and embed earnings of the last 30 days divided by {formatCount(value.activeUsers)} 30-day active users (added up over
        characters, so a fan of two characters counts twice: the true value per person is at least this).
      </p>
      <TimeChart
        height={160}
        {...monthAxis(value.trend.map((t) => t.month), span)}
        series={[
          {
            label: `Per active user (${c})`,
            values: value.trend.map((t) => (t.value === null ? null : toChartNumber(t.value))),
            exact: value.trend.map((t) => (t.value === null ? 'no active users' : formatMoney(t.value, c))),
            color: '#12a4a4',
            kind: 'line',
          },
        ]}
        ariaLabel={`Earnings per active user per month in ${c}`}
        xLabel="Month"
      />
    </>
  );
}
