import type { ReconciliationRow } from '../../../electron/api/types';
import { instantLabel } from '../../../db/words/dates';
import { formatMoney } from '../../../db/words/money';
import { currencyName } from '../../../db/words/vocabulary';

/** Earned → released → paid out, with subtotals that add up, and the platform's snapshot checked against the ledger. */
export function Reconciliation({ rows, zone }: { rows: ReconciliationRow[]; zone: string }) {
  return (
    <div className="recon-grid">
      {rows.map((r) => {
        const ok = r.mismatch && r.mismatch.available.replace(/[-0.]/g, '') === '' && r.mismatch.pending.replace(/[-0.]/g, '') === '';
        const m = (v: string) => formatMoney(v, r.currency, 6);
        return (
          <div key={r.currency} className="recon" data-testid={`recon-${r.currency}`}>
            <h3>{currencyName(r.currency)}</h3>
            <dl>
              <dt>Earned (lifetime)</dt>
              <dd>{m(r.earned)}</dd>
              <dt className="indent">− still pending</dt>
              <dd>{m(r.pending)}</dd>
              <dt className="indent">= released</dt>
              <dd>{m(r.released)}</dd>
              <dt className="indent">− paid out</dt>
              <dd>{m(r.paidOut)}</dd>
              <dt className="total">= available (ledger)</dt>
              <dd className="total">{m(r.available)}</dd>
            </dl>
            {r.snapshot ? (
              ok ? (
                <p className="ok small">Matches the platform’s balance of {instantLabel(r.snapshot.asOf, zone)}.</p>
              ) : (
                <p className="mismatch" role="alert">
                  The platform reported available {m(r.snapshot.available)} and pending {m(r.snapshot.pending)} at{' '}
                  {instantLabel(r.snapshot.asOf, zone)}: a difference of {m(r.mismatch!.available)} available and {m(r.mismatch!.pending)} pending
                  against the ledger. A sync usually closes it; if it stays, ask the platform’s support.
                </p>
              )
            ) : (
              <p className="muted small">No balance snapshot from the platform yet.</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
