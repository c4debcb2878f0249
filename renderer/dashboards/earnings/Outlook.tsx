import type { CurrencyProjection, EarningsOutlook, EstimateRange, GoalProgress } from '../../../electron/api/types';
import { DataTable } from '../../components/DataTable';
import { Money } from '../../components/Money';
import { dayRangeText, monthName } from '../../../db/words/dates';
import { formatMoney, moneyRange, toMicros } from '../../../db/words/money';
import { streamName } from '../../../db/words/vocabulary';

/** The row of a currency's total, all its streams together (the export's name for it too). */
const ALL = 'All streams';

const GOAL_OUTLOOK: Record<GoalProgress['outlook'], string> = {
  reached: 'reached already',
  'on-track': 'on track: even the low estimate reaches it',
  'within-reach': 'within reach: the estimate gets there only if the month goes well',
  unlikely: 'out of reach this month: even the high estimate falls short',
};

/** Where the figures sit on one scale: a share of the largest of them, for drawing only. */
function scaleOf(values: string[]): (v: string) => number {
  const max = values.reduce((m, v) => (toMicros(v) > m ? toMicros(v) : m), 1n);
  return (v) => Number((toMicros(v) > 0n ? toMicros(v) * 10_000n : 0n) / max) / 100;
}

/** Earned so far (solid), the low–high range (hatched) with the base marked, and the goal, on one bar. */
function RangeBar({ month, goal, currency }: { month: EstimateRange; goal: string | null; currency: string }) {
  const x = scaleOf([month.high, month.base, ...(goal ? [goal] : [])]);
  return (
    <div className="range-bar" role="img" aria-label={`Earned ${formatMoney(month.actual, currency)} so far; estimated to end at ${formatMoney(month.base, currency)} (${moneyRange(month.low, month.high, currency)})${goal ? `; goal ${formatMoney(goal, currency)}` : ''}`}>
      <span className="range-actual" style={{ width: `${x(month.actual)}%` }} />
      <span className="range-band" style={{ left: `${x(month.low)}%`, width: `${Math.max(0.5, x(month.high) - x(month.low))}%` }} />
      <span className="range-base" style={{ left: `${x(month.base)}%` }} />
      {goal && <span className="range-goal" style={{ left: `${x(goal)}%` }} title={`Goal ${formatMoney(goal, currency)}`} />}
    </div>
  );
}

function Estimate({ label, range, currency, testId, hint }: { label: string; range: EstimateRange; currency: string; testId: string; hint: string }) {
  return (
    <div className="kpi estimate" data-testid={testId}>
      <div className="kpi-label">
        {label} <span className="estimate-tag">estimate</span>
      </div>
      <div className="kpi-value" data-exact={range.base} title={range.base}>
        ≈ <Money value={range.base} currency={currency} />
      </div>
      <div className="kpi-hint">
        {moneyRange(range.low, range.high, currency)} · {hint}
      </div>
    </div>
  );
}

function GoalLine({ goal }: { goal: GoalProgress | undefined }) {
  if (!goal) return <p className="muted small">No monthly goal for this currency: set one in <a href="#/settings">Settings → Goals</a>.</p>;
  const c = goal.currency;
  const recent = goal.recent.months === 0 ? 'No whole month to compare yet.' : `Reached in ${goal.recent.reached} of the last ${goal.recent.months} month${goal.recent.months === 1 ? '' : 's'}.`;
  return (
    <p className="goal-line" data-testid={`goal-${c}`}>
      <strong>Goal {formatMoney(goal.goal, c)}</strong>: {goal.progressPct}% so far ({formatMoney(goal.earned, c)}); {GOAL_OUTLOOK[goal.outlook]}. {recent}
    </p>
  );
}

/** This month's and this year's estimated end for one currency, its streams, and its goal. */
export function Outlook({ outlook, currency, zone }: { outlook: EarningsOutlook; currency: string; zone: string }) {
  const p: CurrencyProjection | undefined = outlook.projections.find((x) => x.currency === currency);
  const goal = outlook.goals.find((g) => g.currency === currency);
  if (!p) return <p className="muted">No earnings in {currency} in the last months to estimate from.</p>;
  const first = `${outlook.month}-01`;
  const band =
    p.band === 'months'
      ? `how far the same estimate landed at this point of the last ${p.comparable} months (${p.comparable >= 10 ? 'the middle 80 % of them' : 'from the lowest to the highest'})`
      : p.band === 'weeks'
        ? 'the spread of the last weeks (too few months yet to replay)'
        : 'too little history to measure: from what is earned to twice the rest';
  return (
    <div className="outlook" data-testid={`outlook-${currency}`}>
      <div className="kpi-row">
        <div className="kpi" data-testid={`outlook-actual-${currency}`}>
          <div className="kpi-label">Earned this month so far</div>
          <div className="kpi-value" data-exact={p.month.actual} title={p.month.actual}>
            <Money value={p.month.actual} currency={currency} />
          </div>
          <div className="kpi-hint">{dayRangeText(first, outlook.today)}, actual</div>
        </div>
        <Estimate label={`${monthName(outlook.month)} ends at`} range={p.month} currency={currency} testId={`outlook-month-${currency}`} hint={`${outlook.days.length} day${outlook.days.length === 1 ? '' : 's'} to go`} />
        <Estimate label={`${outlook.month.slice(0, 4)} ends at`} range={p.year} currency={currency} testId={`outlook-year-${currency}`} hint={`${formatMoney(p.year.actual, currency)} so far`} />
      </div>
      <RangeBar month={p.month} goal={goal?.goal ?? null} currency={currency} />
      <GoalLine goal={goal} />
      <DataTable
        // The currency's total first, as its export writes it; in the payload's order, which the export keeps.
        rows={[{ stream: null, month: p.month, year: p.year }, ...p.streams]}
        rowKey={(s) => s.stream ?? ALL}
        caption={`${monthName(outlook.month)} by stream, estimated (${currency})`}
        pageSize={12}
        columns={[
          { key: 'stream', header: 'Stream', render: (s) => (s.stream === null ? <strong>{ALL}</strong> : streamName(s.stream)) },
          { key: 'actual', header: 'So far', align: 'right', render: (s) => formatMoney(s.month.actual, currency) },
          { key: 'base', header: 'Month’s end (estimate)', align: 'right', render: (s) => formatMoney(s.month.base, currency) },
          { key: 'range', header: 'Low–high', align: 'right', render: (s) => moneyRange(s.month.low, s.month.high, currency) },
          { key: 'year', header: 'Year’s end (estimate)', align: 'right', render: (s) => formatMoney(s.year.base, currency) },
        ]}
      />
      <p className="footnote">
        Estimates, not earnings: what is earned so far, plus{' '}
        {p.basis === 'lumps'
          ? 'what the rest of one recent month brought from this point: of the last twelve, the one whose rest comes closest to all of theirs in proportion to each month’s total (this money comes in lumps, on few days)'
          : 'each remaining day at the run-rate of the last four weeks by weekday, along the trend of the last twelve weeks (today counts only the part still to come)'}
        . The range is {band}. Days in {zone}.
      </p>
    </div>
  );
}
