import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { call } from '../api/client';
import type { Alert } from '../../electron/api/types';
import { instantLabel } from '../../db/words/dates';
import { BellIcon } from './icons';

/** The menu (or a notification clicked in the desktop app) asks for the list with this event. */
export const OPEN_ALERTS_EVENT = 'studio:open-alerts';

export function useAlerts() {
  return useQuery({ queryKey: ['alerts'], queryFn: () => call('alerts', {}), refetchInterval: 60_000 });
}

function AlertItem({ alert, zone, onRead, busy }: { alert: Alert; zone: string; onRead: () => void; busy: boolean }) {
  return (
    <li className="alert-item" data-testid="alert" data-alert={alert.id}>
      <div className="alert-head">
        <strong>{alert.title}</strong>
        <span className="muted small">{instantLabel(alert.at, zone)}</span>
      </div>
      <p>{alert.body}</p>
      <div className="row">
        <a className="button" href={alert.href}>
          Open
        </a>
        <button type="button" onClick={onRead} disabled={busy}>
          Mark read
        </button>
      </div>
    </li>
  );
}

/** The bell in the status bar and the list of alerts not read yet: each read one is gone for good. */
export function AlertsBell({ zone }: { zone: string }) {
  const client = useQueryClient();
  const { data: alerts = [] } = useAlerts();
  const [open, setOpen] = useState(false);
  const panel = useId();
  const button = useRef<HTMLButtonElement>(null);
  const read = useMutation({ mutationFn: (ids: string[]) => call('readAlerts', { ids }), onSuccess: (left) => client.setQueryData(['alerts'], left) });
  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener(OPEN_ALERTS_EVENT, show);
    return () => window.removeEventListener(OPEN_ALERTS_EVENT, show);
  }, []);
  useEffect(() => {
    if (!open) return;
    const close = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [open]);
  const count = alerts.length;
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`alerts-bell${count > 0 ? ' has-alerts' : ''}`}
        aria-expanded={open}
        aria-controls={panel}
        data-testid="alerts-bell"
        onClick={() => setOpen(!open)}
      >
        <BellIcon /> {count > 0 ? `${count} alert${count === 1 ? '' : 's'}` : 'Alerts'}
      </button>
      {open && (
        <section className="alerts-panel" id={panel} aria-label="Alerts" data-testid="alerts-panel">
          <header className="alerts-panel-head">
            <h2>Alerts</h2>
            {count > 1 && (
              <button type="button" onClick={() => read.mutate(alerts.map((a) => a.id))} disabled={read.isPending}>
                Mark all read
              </button>
            )}
            <button type="button" onClick={() => setOpen(false)} aria-label="Close the alerts">
              ✕
            </button>
          </header>
          {count === 0 ? (
            <p className="muted">Nothing new. Alerts say when a payout is paid or fails, when syncing has failed for a day, when your weekly review is ready and when an insight concerns a top earner (Settings → Alerts).</p>
          ) : (
            <ul className="alerts-list">
              {alerts.map((a) => (
                <AlertItem key={a.id} alert={a} zone={zone} busy={read.isPending} onRead={() => read.mutate([a.id])} />
              ))}
            </ul>
          )}
          {read.error && <p className="error">{read.error.message}</p>}
        </section>
      )}
    </>
  );
}
