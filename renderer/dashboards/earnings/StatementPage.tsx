import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { call } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { href } from '../../shell/route';
import { StatementDocument } from './StatementDocument';

/** The route of the printable statement: its days, zone and home currency; `print` opens the print dialog once it is drawn. */
export function statementHref(range: { from: string; to: string; tz: string; home: string }, print = false): string {
  return href('statement', range.from, range.to, range.tz, range.home, ...(print ? ['print'] : []));
}

/**
 * The tax pack's annual statement as a page to print (or save as PDF from the print dialog): the browser
 * has no Electron printToPDF, so the statement is drawn as HTML from the same data as the pack's PDF.
 */
export function StatementPage({ rest }: { rest: string[] }) {
  const [from = '', to = '', tz = '', home = '', print] = rest;
  const query = useQuery({ queryKey: ['statement', from, to, tz, home], queryFn: () => call('statement', { from, to, tz, homeCurrency: home }), staleTime: Infinity });
  const printed = useRef(false);
  useEffect(() => {
    if (!query.data || print !== 'print' || printed.current) return;
    printed.current = true;
    // Reopening the address (a reload, going back) shows the statement without asking to print again.
    history.replaceState(null, '', statementHref({ from, to, tz, home }));
    requestAnimationFrame(() => window.print());
  }, [query.data, print, from, to, tz, home]);
  return (
    <div className="page statement-page">
      <div className="row no-print statement-actions">
        <a className="button" href={href('earnings')}>
          ← Earnings
        </a>
        <button type="button" className="primary" onClick={() => window.print()} disabled={!query.data}>
          Print…
        </button>
        <span className="muted small">Choose “Save as PDF” in the print dialog for a file to hand over.</span>
      </div>
      <QueryState isLoading={query.isPending} error={query.error}>
        {query.data && <StatementDocument s={query.data} />}
      </QueryState>
    </div>
  );
}
