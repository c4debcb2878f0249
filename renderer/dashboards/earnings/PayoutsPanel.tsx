import { usePageQuery } from '../../api/page-query';
import type { NextPayout, PayoutItem, PayoutOverview, PeriodSpec, WithdrawableCurrency } from '../../../electron/api/types';
import { call } from '../../api/client';
import { DataTable, type Column } from '../../components/DataTable';
import { ExportButton } from '../../components/ExportButton';
import { currencyName, payoutMethodName, statusName } from '../../../db/words/vocabulary';
import { dateLabel, instantLabel } from '../../../db/words/dates';
import { formatMoney, toMicros } from '../../../db/words/money';
import { formatCount } from '../../../db/words/numbers';

const STATUS: Record<PayoutItem['status'], string> = { pending: 'Pending', processing: 'Processing', paid: 'Paid', failed: 'Failed' };

/** Read when a payout is opened: a payout can hold hundreds of sources, too many to send with the page. */
function PayoutBreakdown({ payout }: { payout: PayoutItem }) {
  const query = usePageQuery({ queryKey: ['payoutBreakdown', payout.id], queryFn: () => call('payoutBreakdown', { id: payout.id }), staleTime: Infinity });
  const title = `Breakdown by source (${formatCount(payout.sourceCount)})`;
  return (
    <div className="breakdown">
      <strong>{title}</strong>
      {query.isPending && <p className="muted small">Loading…</p>}
      {query.error && <p className="status-error-text">{query.error.message}</p>}
      {query.data && (
        <DataTable
          rows={query.data}
          rowKey={(b) => `${b.sourceType}|${b.sourceId}`}
          caption={`Sources of the payout of ${dateLabel(payout.createdAt.slice(0, 10))}`}
          columns={[
            { key: 'name', header: 'Source', render: (b) => b.name, sortValue: (b) => b.name.toLowerCase() },
            { key: 'kind', header: 'Kind', render: (b) => b.sourceType, sortValue: (b) => b.sourceType },
            { key: 'amount', header: 'Amount', align: 'right', render: (b) => formatMoney(b.amount, payout.currency), sortValue: (b) => toMicros(b.amount) },
          ]}
          empty="No sources recorded for this payout."
        />
      )}
      {payout.txHash && <div className="muted small mono">Transaction {payout.txHash}</div>}
    </div>
  );
}

function lastOutcome(last: NonNullable<WithdrawableCurrency['last']>, currency: string): string {
  if (last.status === 'failed') return 'failed, and its money returned to your balance';
  const amount = formatMoney(last.received, currency);
  return last.status === 'paid' ? `${amount} received` : `${amount} to receive (${statusName(last.status).toLowerCase()})`;
}

/** How long past payouts took, from their month's processing to arrival, per currency that has any. */
function arrivalText(next: NextPayout[]): string {
  const known = next.filter((n) => n.processingDays !== null);
  if (known.length === 0) return 'how long money takes to arrive shows here after the first payouts arrive';
  const days = (n: NextPayout) => {
    const { min, max } = n.processingDays!;
    return `${min === max ? min : `${min}–${max}`} business day${max === 1 ? '' : 's'}`;
  };
  return `past payouts arrived ${known.map((n) => `${days(n)}${known.length > 1 ? ` (${currencyName(n.currency)})` : ''}`).join(', ')} after processing began`;
}

export function PayoutsPanel({ payouts, zone, period, next }: { payouts: PayoutOverview; zone: string; period: PeriodSpec; next: NextPayout[] }) {
  const columns: Column<PayoutItem>[] = [
    { key: 'created', header: 'Created', render: (p) => instantLabel(p.createdAt, zone), sortValue: (p) => p.createdAt },
    { key: 'period', header: 'For', render: (p) => `${dateLabel(p.periodStart)} – ${dateLabel(p.periodEnd)}` },
    { key: 'amount', header: 'Amount', align: 'right', render: (p) => formatMoney(p.amount, p.currency), sortValue: (p) => toMicros(p.amount) },
    { key: 'fee', header: 'Fee', align: 'right', render: (p) => formatMoney(p.fee, p.currency) },
    { key: 'received', header: 'You receive', align: 'right', render: (p) => <strong>{formatMoney(p.received, p.currency)}</strong> },
    {
      key: 'status',
      header: 'Status',
      render: (p) => (
        <span className={`status-tag status-${p.status}`} title={p.failureReason ?? undefined}>
          {STATUS[p.status]}
          {p.status === 'failed' && p.failureReason ? `: ${p.failureReason}` : ''}
        </span>
      ),
      sortValue: (p) => p.status,
    },
    { key: 'arrival', header: 'Arrival', render: (p) => (p.arrivalDate ? dateLabel(p.arrivalDate) : '–') },
    { key: 'method', header: 'Method', render: (p) => payoutMethodName(p.method, p.network) },
  ];
  return (
    <>
      <div className="payout-summary">
        {payouts.withdrawable.map((m) => (
          <div key={m.currency} className="payout-min" data-testid={`payout-${m.currency}`}>
            <div className="row">
              <span>
                <strong>{currencyName(m.currency)}</strong>: {formatMoney(m.available, m.currency)} available
                {m.minimum === null ? ' (no minimum)' : ` of the ${formatMoney(m.minimum, m.currency)} minimum`}
              </span>
              <span className="spacer" />
              <strong>{m.reached ? (m.minimum === null ? 'Paid out at the next processing' : 'Minimum reached') : m.minimum === null ? 'Nothing to pay out' : `${m.progressPct}%`}</strong>
            </div>
            {m.minimum !== null && <progress max={100} value={m.progressPct} aria-label={`Progress toward the ${currencyName(m.currency)} payout minimum`} />}
            {next.find((n) => n.currency === m.currency)?.sentence && (
              <div className="small" data-testid={`next-payout-${m.currency}`}>
                {next.find((n) => n.currency === m.currency)!.sentence} <span className="estimate-tag">estimate</span>
              </div>
            )}
            <div className="muted small">
              {m.last ? `${m.payouts} payout${m.payouts === 1 ? '' : 's'}; the last, created ${instantLabel(m.last.createdAt, zone)}: ${lastOutcome(m.last, m.currency)}` : 'No payouts yet in this currency.'}
            </div>
          </div>
        ))}
        <p className="muted small">
          Payouts are processed {payouts.schedule}, in the first week of each month, from its first business day; the next processing starts{' '}
          {dateLabel(next.map((n) => n.processingOn).sort()[0] ?? payouts.nextProcessing)}, and {arrivalText(next)}. Failed payouts return to your available balance.
        </p>
      </div>
      <DataTable
        actions={<ExportButton request={{ dashboard: 'earnings', table: 'payouts', period }} />}
        rows={payouts.history}
        columns={columns}
        rowKey={(p) => p.id}
        initialSort={{ key: 'created', dir: 'desc' }}
        caption="Payout history"
        empty="No payouts yet."
        renderExpanded={(p) => <PayoutBreakdown payout={p} />}
        expandLabel={(p) => `Show the sources of payout of ${instantLabel(p.createdAt, zone)}, ${formatMoney(p.amount, p.currency)}`}
      />
    </>
  );
}
