import { useSaveSettings, useSettings, useStatus } from '../api/hooks';
import type { AlertSettings } from '../../electron/api/types';

const SWITCHES: [Exclude<keyof AlertSettings, 'hideAmounts'>, string][] = [
  ['payouts', 'A payout was paid, or failed'],
  ['syncFailing', 'Syncing has failed for more than a day'],
  ['weeklyReview', 'The review of the week just ended is ready'],
  ['insights', 'An insight card about one of your top earners'],
];

/** Which alerts the app raises; each is said once, and never again after it is read. */
export function AlertsForm() {
  const { data: settings } = useSettings();
  const { data: status } = useStatus();
  const save = useSaveSettings();
  if (!settings) return null;
  const desktop = status?.mode === 'desktop';
  return (
    <section className="card form" aria-labelledby="alerts-title">
      <h2 id="alerts-title">Alerts</h2>
      <p className="hint">
        {desktop
          ? 'The app tells you through your operating system’s notifications, and in the list under the bell, without opening a dashboard.'
          : 'The app lists them under the bell in the status bar, without opening a dashboard.'}{' '}
        Each alert is said once, and never again after it is read.
      </p>
      {SWITCHES.map(([key, label]) => (
        <label key={key} className="check">
          <input type="checkbox" checked={settings.alerts[key]} onChange={(e) => save.mutate({ alerts: { [key]: e.target.checked } })} />
          {label}
        </label>
      ))}
      <label className="check">
        <input type="checkbox" checked={settings.alerts.hideAmounts} onChange={(e) => save.mutate({ alerts: { hideAmounts: e.target.checked } })} />
        Leave amounts out of the operating system’s notifications (they can show on a locked screen)
      </label>
      {save.error && <p className="error">{save.error.message}</p>}
    </section>
  );
}
