import { useStatus } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { href } from '../shell/route';

/** What a dashboard shows before it has data: the reason, and the next step. */
export function NoDataYet({ title }: { title: string }) {
  const { data: status } = useStatus();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      {status && !status.configured ? (
        <EmptyState title="Connect your platform account">
          <p>
            Creator Studio keeps a local copy of your platform data and works offline. Enter the platform URL and your API token in{' '}
            <a href={href('settings')}>Settings</a>, then press Sync now.
          </p>
        </EmptyState>
      ) : (
        <EmptyState title="Nothing synced yet">
          <p>Press Sync now in the status bar; the dashboards fill in as the data arrives.</p>
        </EmptyState>
      )}
    </div>
  );
}
