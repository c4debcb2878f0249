import { usePageQuery } from '../../api/page-query';
import { dashboardQuery } from '../../api/dashboard-queries';
import { DashboardHeader } from '../../components/DashboardHeader';
import { EmptyState } from '../../components/EmptyState';
import { ExportButton } from '../../components/ExportButton';
import { CurrencyTabs, QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { usePeriod } from '../../components/usePeriod';
import { NoDataYet } from '../Placeholder';
import { StatsNote } from '../content/StatsNote';
import { useCurrency } from '../content/useCurrency';
import { CharacterPage } from './CharacterPage';
import { CharactersTable } from './CharactersTable';
import { Reason } from './NotAvailable';
import { ComparePage } from './ComparePage';
import { ComparePicker } from './ComparePicker';
import { QuadrantChart, QuadrantLists } from './QuadrantChart';
import { useDashboardPainted } from '../../lib/perf-marks';

/** #/characters, #/characters/<id> and #/characters/compare/<a>/<b>. */
export function CharactersPage({ rest }: { rest: string[] }) {
  if (rest[0] === 'compare' && rest.length === 3) return <ComparePage a={rest[1]} b={rest[2]} />;
  if (rest.length === 1) return <CharacterPage id={rest[0]} />;
  return <CharactersList />;
}

function CharactersList() {
  const [period, setPeriod, periodKnown] = usePeriod('characters');
  const query = usePageQuery({ ...dashboardQuery('characters', period), placeholderData: (prev) => prev, enabled: periodKnown });
  useDashboardPainted('characters', query.isSuccess && !query.isPlaceholderData);
  const d = query.data;
  const [currency, setCurrency] = useCurrency(d?.currencies);
  if (d && !d.period.dataAsOf) return <NoDataYet title="Characters" />;
  return (
    <div className="page">
      <DashboardHeader title="Characters" period={period} onPeriod={setPeriod} info={d?.period} />
      <QueryState isLoading={query.isPending} error={query.error}>
        {d && d.characters.length === 0 && (
          <EmptyState title="No characters yet">
            <p>Characters you publish on the platform appear here after the next sync. Deleted characters are not shown.</p>
          </EmptyState>
        )}
        {d && d.characters.length > 0 && (
          <>
            <StatsNote stats={d.stats} period={d.period} spec={period} onPeriod={setPeriod} />
            {d.stats.current && (
              <Section
                title="Greeting × staying power"
                id="quadrant"
                actions={<ExportButton request={{ dashboard: 'characters', table: 'quadrant', period }} />}
                note="Right of the dashed line: more profile visitors start a chat than for your median character. Above it: chats run deeper than your median. Click a dot to open the character."
              >
                <div className="quadrant-layout">
                  <QuadrantChart d={d} />
                  <QuadrantLists rows={d.characters} />
                </div>
              </Section>
            )}
            <Section
              title={`All characters (${d.characters.length})`}
              id="table"
              actions={<CurrencyTabs currencies={d.currencies} value={currency} onChange={setCurrency} />}
              note="Small figures are the change against the comparison period. Enter on a row opens the character."
            >
              <CharactersTable rows={d.characters} currency={currency} period={period} missing={d.unavailable} toolbar={<ComparePicker rows={d.characters} />} />
              <Reason reason={[d.unavailable.embedPrice, d.unavailable.embedTokens, d.unavailable.users].filter(Boolean).join(' ') || null} />
            </Section>
          </>
        )}
      </QueryState>
    </div>
  );
}
