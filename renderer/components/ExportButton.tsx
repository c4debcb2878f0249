import { useIsFetching, useMutation } from '@tanstack/react-query';
import type { Input } from '../../electron/api/contract';
import { call } from '../api/client';

export type ExportRequest = Omit<Input<'exportTable'>, 'rowOrder'>;

/** Saves a file the main process wrote (desktop) or hands it to the browser as a download (serve mode). */
export function deliver(result: { savedTo: string | null; filename: string; content: string | null; base64?: boolean; mime?: string }): string | null {
  if (result.savedTo) return result.savedTo;
  if (result.content === null) return null;
  const bytes = result.base64 ? Uint8Array.from(atob(result.content), (c) => c.charCodeAt(0)) : result.content;
  const blob = new Blob([bytes], { type: result.mime ?? 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = result.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return result.filename;
}

/** Export CSV of exactly what a table or chart shows: same period, same rows, in the order on screen. */
export function ExportButton({ request, rowOrder, label = 'Export CSV' }: { request: ExportRequest; rowOrder?: string[]; label?: string }) {
  const run = useMutation({ mutationFn: () => call('exportTable', { ...request, rowOrder }), onSuccess: (r) => deliver(r) });
  // While the period's figures are on their way the page still shows the last period's: an export now
  // would write other numbers than the screen's.
  const period = JSON.stringify(request.period);
  const loading = useIsFetching({ predicate: (q) => q.queryKey.some((part) => JSON.stringify(part) === period) }) > 0;
  return (
    <span className="export">
      <button
        type="button"
        onClick={() => run.mutate()}
        disabled={run.isPending || loading}
        title={loading ? 'Waiting for this period’s figures' : undefined}
        aria-label={`${label}: ${request.table}`}
      >
        {run.isPending ? 'Exporting…' : label}
      </button>
      {run.isSuccess && run.data.savedTo && <span className="ok small">Saved to {run.data.savedTo}</span>}
      {run.error && (
        <span className="error small" role="alert">
          {run.error.message}
        </span>
      )}
    </span>
  );
}
