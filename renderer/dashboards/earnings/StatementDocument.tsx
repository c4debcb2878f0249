import type { ReactNode } from 'react';
import type { StatementData } from '../../../electron/api/types';
import { monthName } from '../../../db/words/dates';
import { streamName } from '../../../db/words/vocabulary';
import { formatCount } from '../../../db/words/numbers';

// The annual statement as a document, the same sections and figures as its PDF (electron/export/statement-pdf.ts):
// each amount the PDF's own digits, with thousands grouped.
const exact = (v: string) => {
  const [units, fraction] = v.split('.');
  const grouped = units.replace(/^-/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${units.startsWith('-') ? '−' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
};

function Table({ label, head, rows, total }: { label: string; head: { title: string; num?: boolean }[]; rows: ReactNode[][]; total?: ReactNode[] }) {
  const cells = (row: ReactNode[], header = false) =>
    row.map((c, i) =>
      header && i === 0 ? (
        <th key={i} scope="row">
          {c}
        </th>
      ) : (
        <td key={i} className={head[i].num ? 'num' : undefined}>
          {c}
        </td>
      ),
    );
  return (
    <table className="statement-table" aria-label={label}>
      <thead>
        <tr>{head.map((h) => <th key={h.title} scope="col" className={h.num ? 'num' : undefined}>{h.title}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((r, i) => <tr key={i}>{cells(r)}</tr>)}
      </tbody>
      {total && (
        <tfoot>
          <tr>{cells(total, true)}</tr>
        </tfoot>
      )}
    </table>
  );
}

export function StatementDocument({ s }: { s: StatementData }) {
  const byCurrency = new Map<string, StatementData['income']>();
  for (const line of s.income) byCurrency.set(line.currency, [...(byCurrency.get(line.currency) ?? []), line]);
  return (
    <article className="statement" aria-labelledby="statement-title">
      <header className="statement-head">
        <h1 id="statement-title">Annual statement of platform income</h1>
        <p className="statement-period">{s.title.charAt(0).toUpperCase() + s.title.slice(1)}</p>
        {s.creator && <p>Creator: {s.creator}</p>}
        <p>
          {s.made}{' '}
          Days are calendar days in {s.timezone}. Home currency: {s.home}.
        </p>
        <p>
          Income is every non-reversed ledger row of an earning stream; payouts are transfers out of the balance and are never income. Amounts in
          different currencies are never added together; home-currency values are.
        </p>
      </header>

      <section className="statement-section" aria-labelledby="st-income">
        <h2 id="st-income">Income per currency</h2>
        <Table
          label="Income per currency"
          head={[{ title: 'Currency' }, { title: 'Rows', num: true }, { title: 'Gross', num: true }, { title: 'Fees', num: true }, { title: 'Net', num: true }, { title: `Net in ${s.home}`, num: true }, { title: 'Without rate', num: true }]}
          rows={s.incomeTotals.map((t) => [t.currency, formatCount(t.rows), exact(t.gross), exact(t.fee), exact(t.net), t.home.valued_rows ? exact(t.home.net) : '—', formatCount(t.home.missing_rows)])}
          total={['All', formatCount(s.incomeTotals.reduce((n, t) => n + t.rows, 0)), '', '', '', exact(s.allHome.net), formatCount(s.allHome.missing_rows)]}
        />
        <p>
          In {s.home}: gross {exact(s.allHome.gross)}, fees {exact(s.allHome.fee)}, net {exact(s.allHome.net)}, from {formatCount(s.allHome.valued_rows)} rows with a rate.
          {s.allHome.missing_rows > 0 && ` ${formatCount(s.allHome.missing_rows)} income rows have no rate and are not in these ${s.home} totals (see Rates).`}
        </p>
      </section>

      <section className="statement-section" aria-labelledby="st-months">
        <h2 id="st-months">Income per month and stream</h2>
        {[...byCurrency].map(([currency, lines]) => {
          const total = s.incomeTotals.find((t) => t.currency === currency)!;
          return (
            <div key={currency} className="statement-currency">
              <h3>{currency}</h3>
              <Table
                label={`Income per month and stream in ${currency}`}
                head={[{ title: 'Month' }, { title: 'Stream' }, { title: 'Rows', num: true }, { title: 'Gross', num: true }, { title: 'Fees', num: true }, { title: 'Net', num: true }, { title: `Net ${s.home}`, num: true }]}
                rows={lines.map((l) => [monthName(l.month), `${streamName(l.stream)} (${l.stream})`, formatCount(l.rows), exact(l.gross), exact(l.fee), exact(l.net), l.netHome === null ? 'no rate' : l.missingRows ? `${exact(l.netHome)}*` : exact(l.netHome)])}
                total={['Total', '', formatCount(total.rows), exact(total.gross), exact(total.fee), exact(total.net), total.home.valued_rows ? exact(total.home.net) : 'no rate']}
              />
            </div>
          );
        })}
        {s.income.length === 0 && <p>No income in this period.</p>}
        {s.income.some((l) => l.missingRows && l.netHome !== null) && <p>* some rows of this line have no rate and are not in its home-currency value.</p>}
      </section>

      <section className="statement-section" aria-labelledby="st-payouts">
        <h2 id="st-payouts">Payouts (transfers, not income)</h2>
        {s.paidOut.length === 0 ? (
          <p>No payout arrived in this period.</p>
        ) : (
          <Table
            label="Payouts by the month they arrived"
            head={[{ title: 'Arrived in' }, { title: 'Currency' }, { title: 'Payouts', num: true }, { title: 'Amount', num: true }, { title: 'Fee', num: true }, { title: 'Received', num: true }]}
            rows={[...s.paidOut.map((p) => [monthName(p.month), p.currency, formatCount(p.rows), exact(p.amount), exact(p.fee), exact(p.received)]), ...s.paidOutTotals.map((t) => ['Total', t.currency, formatCount(t.rows), exact(t.amount), exact(t.fee), exact(t.received)])]}
          />
        )}
        <p>By the day each paid payout arrived. The payouts file lists every payout made in the period, whatever became of it.</p>
      </section>

      <section className="statement-section" aria-labelledby="st-balances">
        <h2 id="st-balances">Balance on the platform</h2>
        <Table
          label="Balance on the platform"
          head={[{ title: 'Currency' }, { title: 'At the start', num: true }, { title: '+ Income (net)', num: true }, { title: '+ Payouts', num: true }, { title: '= At the end', num: true }]}
          rows={s.balances.map((b) => [b.currency, exact(b.start), exact(b.income), exact(b.payouts), exact(b.end)])}
        />
        <p>Balance = available plus pending, from the ledger: the net of every non-reversed row before the instant. Payouts are the ledger’s payout rows (negative: money leaving the balance).</p>
      </section>

      <section className="statement-section" aria-labelledby="st-rates">
        <h2 id="st-rates">Rates</h2>
        <p>Method: {s.rates.method}</p>
        <p>Rounding: {s.rates.rounding}</p>
        <p>Sources used: {s.rates.sources.length ? s.rates.sources.join('; ') : 'none'}.</p>
        {s.rates.missing.length > 0 && (
          <>
            <p>Income without a rate (not in the home-currency totals, never counted as zero):</p>
            <Table
              label="Income without a rate"
              head={[{ title: 'Currency' }, { title: 'Rows', num: true }, { title: 'Days' }, { title: 'Why' }]}
              rows={s.rates.missing.map((m) => [m.currency, formatCount(m.rows), `${m.first_day} to ${m.last_day}`, m.reason])}
            />
          </>
        )}
      </section>
    </article>
  );
}
