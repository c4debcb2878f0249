import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { useSettings } from '../../api/hooks';
import { deliver } from '../../components/ExportButton';
import { FIRST_DAY, LAST_DAY } from '../../../db/date-bounds';
import { taxYear, taxYearOf } from '../../../db/tax-year';
import { longDate } from '../../../db/words/dates';
import { DAY_MS, utcDay } from '../../../db/time/days';
import { CurrencyInput } from '../../settings/CurrencyInput';
import { CURRENCIES, localeCurrency } from '../../settings/locale-currency';
import { statementHref } from './StatementPage';

/** The tax year's records for the accountant: ledger, income in the home currency, payouts, summary, statement and a manifest. */
export function TaxPack({ zone, onClose }: { zone: string; onClose: () => void }) {
  const { data: settings } = useSettings();
  if (!settings) return null;
  return <TaxPackForm zone={zone} onClose={onClose} start={settings.taxYearStart} homeCurrency={settings.homeCurrency} />;
}

function TaxPackForm({ zone, onClose, start, homeCurrency }: { zone: string; onClose: () => void; start: string; homeCurrency: string | null }) {
  const client = useQueryClient();
  const today = utcDay(Date.now());
  const current = taxYearOf(today, start);
  // In a tax year's first three months the one before is the one being filed.
  const [year, setYear] = useState(taxYearOf(utcDay(Date.now() - 90 * DAY_MS), start).year);
  const years = Array.from({ length: 6 }, (_, i) => taxYear(current.year - i, start));
  const [custom, setCustom] = useState(false);
  const [from, setFrom] = useState(current.from);
  const [to, setTo] = useState(current.to);
  const [tz, setTz] = useState(zone);
  const [home, setHome] = useState(homeCurrency ?? localeCurrency() ?? '');
  const range = custom ? { from, to } : { from: taxYear(year, start).from, to: taxYear(year, start).to };
  const run = useMutation({
    mutationFn: () => call('taxPack', { ...range, tz, ...(homeCurrency ? {} : { homeCurrency: home }) }),
    onSuccess: (r) => {
      deliver(r);
      if (!homeCurrency) void client.invalidateQueries({ queryKey: ['settings'] });
    },
  });
  const homeChosen = homeCurrency !== null || CURRENCIES.includes(home);
  // The statement alone, drawn as a page and handed to the print dialog (which also saves it as a PDF).
  const printStatement = () => {
    window.location.hash = statementHref({ ...range, tz, home: homeCurrency ?? home }, true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return (
    <form className="card form tax-pack" onSubmit={submit} aria-labelledby="taxpack-title" id="tax-pack">
      <h2 id="taxpack-title">Tax pack</h2>
      <p className="hint">
        Writes the ledger (every money movement, reversed rows included), your income valued in your home currency with the rate of each day, your
        payouts (transfers, never income), a monthly summary, an annual statement (PDF) and a manifest with row counts, totals and checksums so
        your accountant can check nothing is missing.
      </p>
      {!homeCurrency && (
        <div className="ask">
          <CurrencyInput label="Your home currency (asked once; change it in Settings)" value={home} onChange={setHome} id="taxpack-home" />
        </div>
      )}
      <div className="row">
        <label className="check">
          <input type="radio" name="tp-range" checked={!custom} onChange={() => setCustom(false)} /> Tax year
        </label>
        <select aria-label="Which tax year" value={year} disabled={custom} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y.year} value={y.year}>
              {y.label}: {longDate(y.from)} – {longDate(y.to)}
            </option>
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
        <button type="submit" className="primary" disabled={run.isPending || !homeChosen}>
          {run.isPending ? 'Writing…' : 'Save tax pack…'}
        </button>
        <button type="button" onClick={printStatement} disabled={!homeChosen || (custom && (!from || !to))}>
          Print the annual statement…
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
