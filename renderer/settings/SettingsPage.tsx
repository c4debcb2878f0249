import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { useSaveSettings, useSetToken, useSettings, useStatus } from '../api/hooks';
import { AccountFields, faultyField } from './AccountFields';
import { ConnectAccount } from './ConnectAccount';
import { ThresholdSettings } from '../dashboards/insights/ThresholdSettings';
import { UpdatesSection } from './UpdatesSection';
import { TaxRecordsForm } from './TaxRecordsForm';
import { GoalsForm } from './GoalsForm';
import { AlertsForm } from './AlertsForm';
import { TimezoneField } from '../components/TimezoneField';

const STORAGE_TEXT = {
  os: 'encrypted by your operating system’s keychain',
  basic: 'stored without OS encryption (no keyring found on this system)',
  session: 'kept in memory for this session only (browser mode)',
} as const;

export function SettingsPage() {
  const { data: settings, error } = useSettings();
  const { data: status, error: statusError } = useStatus();
  if (error) return <p className="error">{error.message}</p>;
  // The status says which form fits (demo data or an account): until it is in, neither is shown, or
  // what was typed into one would vanish when the other replaced it.
  if (!settings || (!status && !statusError)) return <p className="muted">Loading…</p>;
  return (
    <div className="page">
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      {status?.demo ? (
        <ConnectAccount />
      ) : (
        <>
          {/* Keyed by the saved address: right after connecting, the status can arrive before the new settings,
              and the form must not keep the demo's address it was first drawn with. */}
          <ConnectionForm key={settings.platformUrl ?? ''} platformUrl={settings.platformUrl ?? ''} tokenStored={settings.tokenStored} storage={settings.tokenStorage} />
          {settings.canShowDemo && <BackToDemo />}
        </>
      )}
      <PreferencesForm />
      <GoalsForm />
      <AlertsForm />
      <UpdatesSection />
      <TaxRecordsForm />
      <ThresholdSettings />
    </div>
  );
}

function ConnectionForm(props: { platformUrl: string; tokenStored: boolean; storage: keyof typeof STORAGE_TEXT }) {
  const [url, setUrl] = useState(props.platformUrl);
  const [token, setToken] = useState('');
  const save = useSaveSettings();
  const saveToken = useSetToken();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A token is saved with its address in one call: it is only ever sent to that address.
    if (token) saveToken.mutate({ token, platformUrl: url }, { onSuccess: () => setToken('') });
    else save.mutate({ platformUrl: url });
  };
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="connection-title">
      <h2 id="connection-title">Platform account</h2>
      <AccountFields
        url={url}
        onUrl={setUrl}
        token={token}
        onToken={setToken}
        tokenRequired={false}
        tokenPlaceholder={props.tokenStored ? '•••••••• (stored; type to replace)' : 'Paste the token from the platform’s creator settings'}
        error={save.error ?? saveToken.error}
      />
      <p className="hint">
        {props.tokenStored ? `A token is ${STORAGE_TEXT[props.storage]}.` : 'No token yet.'} The token stays in the main process; this
        page never reads it back. It is sent only to the address above: changing the address asks for the token again.
      </p>
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending || saveToken.isPending}>
          {saveToken.isPending ? 'Checking the token…' : 'Save'}
        </button>
        {props.tokenStored && (
          <button type="button" onClick={() => saveToken.mutate(null)}>
            Forget token
          </button>
        )}
        {(save.error || saveToken.error) && !faultyField(save.error ?? saveToken.error) && <span className="error">{(save.error ?? saveToken.error)?.message}</span>}
        {(save.isSuccess || saveToken.isSuccess) && !save.error && !saveToken.error && <span className="ok">Saved</span>}
      </div>
    </form>
  );
}

/** The way back to the demo data: the creator's own database is closed and kept, never deleted. */
function BackToDemo() {
  const client = useQueryClient();
  const show = useMutation({ mutationFn: () => call('showDemo', {}), onSuccess: () => void client.invalidateQueries() });
  return (
    <section className="card form" aria-labelledby="demo-title">
      <h2 id="demo-title">Demo data</h2>
      <p className="hint">
        Look around with sample numbers. Your own data stays in its database, untouched; connect your account again from Settings to come
        back to it.
      </p>
      <div className="row">
        <button type="button" onClick={() => show.mutate()} disabled={show.isPending}>
          {show.isPending ? 'Opening the demo…' : 'Show the demo data'}
        </button>
        {show.error && (
          <span className="error" role="alert">
            {show.error.message}
          </span>
        )}
      </div>
    </section>
  );
}

function PreferencesForm() {
  const { data: settings } = useSettings();
  const save = useSaveSettings();
  if (!settings) return null;
  return (
    <section className="card form" aria-labelledby="prefs-title">
      <h2 id="prefs-title">Preferences</h2>
      <TimezoneField
        label="Reporting timezone (money is bucketed into days in this zone)"
        value={settings.timezone ?? null}
        onChange={(timezone) => save.mutate({ timezone })}
        fallback={{
          label: `Creator profile${settings.profileTimezone ? ` (${settings.profileTimezone})` : ''}`,
          words: `the creator profile’s zone${settings.profileTimezone ? ` (${settings.profileTimezone})` : ''}`,
        }}
      />
      <label className="check">
        <input type="checkbox" checked={settings.autoSync} onChange={(e) => save.mutate({ autoSync: e.target.checked })} />
        Sync when the app starts and every
        <input
          type="number"
          min={5}
          max={1440}
          className="narrow"
          aria-label="Minutes between syncs"
          value={settings.syncIntervalMinutes}
          onChange={(e) => e.target.valueAsNumber >= 5 && save.mutate({ syncIntervalMinutes: e.target.valueAsNumber })}
        />
        minutes while it is open
      </label>
      <label>
        Theme
        <select value={settings.theme} onChange={(e) => save.mutate({ theme: e.target.value as 'system' | 'light' | 'dark' })}>
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      {save.error && <p className="error">{save.error.message}</p>}
    </section>
  );
}
