import { useUpdateActions, useUpdateStatus } from '../api/hooks';
import { updateDetail } from '../shell/update-text';

/** Settings' place for updates: where they stand, a check now, and installing a downloaded one. */
export function UpdatesSection() {
  const { data: status, error } = useUpdateStatus();
  const { check, install } = useUpdateActions();
  if (!status) return error ? <p className="error">{error.message}</p> : null;
  const busy = status.phase === 'checking' || status.phase === 'downloading' || check.isPending;
  return (
    <section className="card form" aria-labelledby="updates-title">
      <h2 id="updates-title">Updates</h2>
      <p className="hint" aria-live="polite" data-testid="update-detail">
        {updateDetail(status)}
      </p>
      {status.supported && (
        <div className="row">
          {status.phase === 'downloaded' ? (
            <button type="button" className="primary" onClick={() => install.mutate()} disabled={install.isPending}>
              Restart and install
            </button>
          ) : (
            <button type="button" onClick={() => check.mutate()} disabled={busy}>
              {busy ? 'Checking…' : 'Check for updates'}
            </button>
          )}
          {(check.error ?? install.error) && (
            <span className="error" role="alert">
              {(check.error ?? install.error)?.message}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
