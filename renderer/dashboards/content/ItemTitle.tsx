import { EmptyState } from '../../components/EmptyState';
import { href } from '../../shell/route';

type Kind = 'characters' | 'plugins' | 'stories';

/** The way back from an item's page to its dashboard. */
export function ItemTitle({ kind, label }: { kind: Kind; label: string }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <a href={href(kind)}>← All {label.toLowerCase()}</a>
    </nav>
  );
}

/** An item that is not in the synced catalogue (deleted on the platform, or a stale link). */
export function ItemNotFound({ kind, error }: { kind: Kind; error: Error }) {
  return (
    <div className="page">
      <ItemTitle kind={kind} label={kind} />
      <header className="page-header">
        <h1>Not found</h1>
      </header>
      <EmptyState title="It is not in your synced data">
        <p>{error.message}</p>
        <p>
          <a href={href(kind)}>Back to all {kind}</a>
        </p>
      </EmptyState>
    </div>
  );
}
