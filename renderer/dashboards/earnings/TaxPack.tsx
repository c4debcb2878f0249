import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { deliver } from '../../components/ExportButton';
import { FIRST_DAY, LAST_DAY } from '../../../electron/api/date-bounds';

/** The year's tax records for the accountant: ledger, payouts, monthly summary and a manifest. */
export function TaxPack({ zone, onClose }: { zone: string; onClose: () => void }) {
  const thisYear = new Date().getUTCFullYear();
  const [year, setYear] = useState(String(thisYear - (new Date().getUTCMonth() < 3 ? 1 : 0)));
  const [custom, setCustom] = useState(false);
  const [from, setFrom] = useState(`${thisYear}-01-01`);
  const [to, setTo] = useState(`${thisYear}-12-31`);
  const [tz, setTz] = useState(zone);
  const run = useMutation({
    mutationFn: () => call('taxPack', custom ? { from, to, tz } : { from: `${year}-01-01`, to: `${year}-12-31`, tz }),
    onSuccess: (r) => deliver(r),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return (
    <form className="card form tax-pack" onSubmit={submit} aria-labelledby="taxpack-title" id="tax-pack">
      <h2 id="taxpack-title">Tax pack</h2>
      <p className="hint">
        Writes the ledger (every money movement, reversed rows included), your payouts, a monthly summary per currency and stream, and a
        manifest with row counts, totals and checksums so your accountant can check nothing is missing.
      </p>
      <div className="row">
        <label className="check">
          <input type="radio" name="tp-range" checked={!custom} onChange={() => setCustom(false)} /> Year
        </label>
        <select aria-label="Year" value={year} disabled={custom} onChange={(e) => setYear(e.target.value)}>
          {Array.from({ length: 6 }, (_, i) => String(thisYear - i)).map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
        <label className="check">
          <input type="radio" name="tp-range" checked={custom} onChange={() => setCustom(true)} /> Range
        </label>
        <input type="date" aria-label="Tax pack from" value={from} min={FIRST_DAY} max={to || LAST_DAY} disabled={!custom} onChange={(e) => setFrom(e.target.value)} />
        <input type="date" aria-label="Tax pack to" value={to} min={from || FIRST_DAY} max={LAST_DAY} disabled={!custom} onChange={(e) => setTo(e.target.value)} />
      </div>
      <label>
        Timezone for dates
        <select value={tz} onChange={(e) => setTz(e.target.value)}>
          {[zone, 'UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== zone && z !== 'UTC')].map((z) => (
            <option key={z}>{z}</option>
          ))}
        </select>
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={run.isPending}>
          {run.isPending ? 'Writing…' : 'Save tax pack…'}
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
        {run.isSuccess && run.data.savedTo && <span className="ok">Saved to {run.data.savedTo}</span>}
        {run.isSuccess && !run.data.savedTo && run.data.content && <span className="ok">Downloaded {run.data.filename}</span>}
        {run.error && (
          <span className="error" role="alert">
            {run.error.message}
          </span>
        )}
      </div>
    </form>
  );
}
