import { useEffect, useState, type ReactNode } from 'react';
import { useRefreshAfterSync, useStatus, useSyncActions } from '../api/hooks';
import { UpdateNotice } from './UpdateNotice';
import { AlertsBell } from './Alerts';
import { instantLabel, timeAgo } from '../../db/words/dates';
import { formatCount, formatWait } from '../../db/words/numbers';

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export function StatusBar() {
  const { data: status, error } = useStatus();
  const { start, cancel } = useSyncActions();
  const online = useOnline();
  useRefreshAfterSync();
  if (error) return <StatusFooter className="status-error">{error.message}</StatusFooter>;
  if (!status) return <StatusFooter>Loading…</StatusFooter>;
  const syncing = status.syncing;
  const failed = status.lastSync && status.lastSync.status !== 'ok' && status.lastSync.status !== 'running';
  const damaged = status.integrity.state === 'damaged';
  return (
    <StatusFooter className={failed ? 'status-warn' : undefined} after={<AlertsBell zone={status.reportingTimezone} />}>
      {status.demo && <span className="pill">Demo data</span>}
      {damaged && (
        <span className="pill pill-error" role="alert" title={status.integrity.detail ?? undefined}>
          The database file is damaged: quit and reopen Creator Studio to set it aside and restore the newest good backup.
        </span>
      )}
      {!online && <span className="pill pill-warn">Offline: showing your saved data</span>}
      {syncing ? (
        <span className="sync-progress">
          Syncing {syncing.resource} ({syncing.resourcesDone}/{syncing.resourcesTotal}) · {formatCount(syncing.rows)} rows
          {syncing.buildingTotals && ' · building its totals'}
          {syncing.waiting && (
            <span title={`The sync waits at most ${formatWait(syncing.waiting.budgetLeftMs)} more for the platform's rate limits, then stops.`}>
              {` · ${syncing.waiting.reason}, retrying in ${formatWait(syncing.waiting.untilMs - Date.now())}`}
            </span>
          )}
          <progress max={syncing.resourcesTotal} value={syncing.resourcesDone} aria-label="Sync progress" />
          <button type="button" onClick={() => cancel.mutate()}>
            Cancel
          </button>
        </span>
      ) : (
        <span title={status.lastSuccessAt ? instantLabel(status.lastSuccessAt, status.reportingTimezone) : undefined}>
          {status.lastSuccessAt ? `Data as of ${timeAgo(status.lastSuccessAt)}` : 'Never synced'}
          {failed && ` · last sync ${status.lastSync?.status}: ${status.lastSync?.error ?? ''}`}
          {!failed && status.stale && status.lastSuccessAt && ' · out of date'}
          {status.totalsBuilding && ' · totals incomplete until the next sync'}
        </span>
      )}
      <span className="spacer" />
      <UpdateNotice />
      <span className="muted">Times in {status.reportingTimezone}</span>
      {!syncing && status.configured && !damaged && (
        <button type="button" onClick={() => start.mutate()} disabled={!online}>
          Sync now
        </button>
      )}
      {start.error && <span className="status-error-text">{start.error.message}</span>}
    </StatusFooter>
  );
}

/** The window's footer landmark, its content a live status region (a footer may not take role=status itself). */
function StatusFooter({ className, children, after }: { className?: string; children: ReactNode; after?: ReactNode }) {
  return (
    <footer className={`status-bar${className ? ` ${className}` : ''}`}>
      <div className="status-bar-content" role="status" aria-live="polite">
        {children}
      </div>
      {after}
    </footer>
  );
}
