import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { call } from '../api/client';
import { useSaveSettings, useSettings } from '../api/hooks';
import type { Settings } from '../../electron/api/types';
import { isYearStart } from '../../db/tax-year';
import { dayMonth } from '../../db/words/dates';
import { CurrencyInput } from './CurrencyInput';
import { CURRENCIES, localeCurrency } from './locale-currency';
import { dateLabel, instantLabel } from '../../db/words/dates';
import { SaveOutcome } from './SaveOutcome';

const COMMON_STARTS = [
  ['01-01', '1 January'],
  ['04-06', '6 April (United Kingdom)'],
  ['07-01', '1 July (Australia, New Zealand from 1 April)'],
] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Home currency, tax year, rate method and rates: what the tax pack needs to value income as a tax authority asks. */
export function TaxRecordsForm() {
  const { data: settings } = useSettings();
  if (!settings) return null;
  return <TaxRecords key={`${settings.homeCurrency}|${settings.ratesUrl}`} settings={settings} />;
}

function TaxRecords({ settings }: { settings: Settings }) {
  const save = useSaveSettings();
  const suggested = localeCurrency();
  const [home, setHome] = useState(settings.homeCurrency ?? suggested ?? '');
  const [url, setUrl] = useState(settings.ratesUrl ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ homeCurrency: home || null, ratesUrl: url.trim() || null });
  };
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="tax-title">
      <h2 id="tax-title">Tax records</h2>
      <p className="hint">
        The tax pack values each income row in your home currency at the rate of the day it was received, with the rate, its date and its source beside it.
        {!settings.homeCurrency && suggested && ` ${suggested} is suggested from your system’s language and region; save it to use it.`}
      </p>
      <CurrencyInput label="Home currency" value={home} onChange={setHome} id="home-currency" />
      <TaxYearStart value={settings.taxYearStart} onChange={(taxYearStart) => save.mutate({ taxYearStart })} />
      <label>
        Rate
        <select value={settings.rateMethod} onChange={(e) => save.mutate({ rateMethod: e.target.value as Settings['rateMethod'] })}>
          <option value="daily">Each row’s own day (on weekends and holidays, the last published)</option>
          <option value="yearly-average">One average over the tax year (for income received evenly)</option>
        </select>
      </label>
      <label>
        Rates address (the ECB’s euro reference rates history)
        <input type="url" value={url} placeholder={settings.ratesUrlInUse} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending || (home !== '' && !CURRENCIES.includes(home))}>
          Save tax records
        </button>
        <SaveOutcome error={save.error} saved={save.isSuccess} />
      </div>
      <RatesStatus settings={settings} />
    </form>
  );
}

function TaxYearStart({ value, onChange }: { value: string; onChange: (start: string) => void }) {
  const common = COMMON_STARTS.some(([v]) => v === value);
  const [custom, setCustom] = useState(!common);
  const [month, day] = value.split('-').map(Number);
  const setCustomDay = (m: number, d: number) => {
    const start = `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isYearStart(start)) onChange(start);
  };
  return (
    <fieldset className="row tax-year">
      <legend>Tax year starts on</legend>
      <select
        aria-label="Tax year starts on"
        value={custom ? 'custom' : value}
        onChange={(e) => {
          if (e.target.value === 'custom') setCustom(true);
          else {
            setCustom(false);
            onChange(e.target.value);
          }
        }}
      >
        {COMMON_STARTS.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
        <option value="custom">Another day{custom ? ` (${dayMonth(value)})` : ''}</option>
      </select>
      {custom && (
        <>
          <input type="number" className="narrow" min={1} max={31} aria-label="Day of the month the tax year starts" value={day} onChange={(e) => setCustomDay(month, e.target.valueAsNumber)} />
          <select aria-label="Month the tax year starts" value={month} onChange={(e) => setCustomDay(Number(e.target.value), Math.min(day, 28))}>
            {MONTHS.map((name, i) => (
              <option key={name} value={i + 1}>
                {name}
              </option>
            ))}
          </select>
        </>
      )}
    </fieldset>
  );
}

function RatesStatus({ settings }: { settings: Settings }) {
  const client = useQueryClient();
  const importFile = useMutation({
    mutationFn: async (file: File) => call('importRates', { name: file.name, content: await file.text() }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['settings'] }),
  });
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) importFile.mutate(file);
    e.target.value = '';
  };
  const last = settings.rates.lastFetch;
  const zone = settings.timezone ?? settings.profileTimezone ?? 'UTC';
  const imported = settings.rates.series.filter((s) => s.source === 'import');
  return (
    <div className="rates-status" aria-live="polite">
      <p className="hint">
        {!settings.homeCurrency
          ? 'Rates are fetched with each sync once a home currency is saved.'
          : !last
            ? 'The ECB’s rates are fetched with the next sync.'
            : last.ok
              ? `ECB rates fetched ${instantLabel(last.at, zone)}, published up to ${last.latestDay ? dateLabel(last.latestDay) : '—'}.${last.error ? ` ${last.error}` : ''}`
              : `The last rates fetch failed (${instantLabel(last.at, zone)}): ${last.error} The tax pack uses the rates stored before.`}
      </p>
      {imported.length > 0 && (
        <ul className="hint">
          {imported.map((s) => (
            <li key={`${s.base}-${s.quote}`}>
              Imported {s.base} in {s.quote}: {s.days} days, {s.first} to {s.last} ({s.origin})
            </li>
          ))}
        </ul>
      )}
      <label>
        Import a rates file (lines “date,currency,rate”: 1 unit of the currency in your home currency, e.g. a central bank’s series)
        <input type="file" accept=".csv,text/csv,text/plain" disabled={!settings.homeCurrency || importFile.isPending} onChange={pick} />
      </label>
      {importFile.isSuccess && (
        <span className="ok">
          Imported {importFile.data.rows} rates for {importFile.data.currencies.join(', ')}, {importFile.data.first} to {importFile.data.last}.
        </span>
      )}
      {importFile.error && (
        <span className="error" role="alert">
          {importFile.error.message}
        </span>
      )}
    </div>
  );
}
