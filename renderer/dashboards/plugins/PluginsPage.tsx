import { usePageQuery } from '../../api/page-query';
import { useMemo, useState } from 'react';
import type { PeriodSpec, PluginRow } from '../../../electron/api/types';
import { dashboardQuery } from '../../api/dashboard-queries';
import { Sparkline } from '../../charts/Sparkline';
import { DashboardHeader } from '../../components/DashboardHeader';
import { DataTable, sortRows, type Column, type SortState } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ExportButton } from '../../components/ExportButton';
import { CurrencyTabs, QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { usePeriod } from '../../components/usePeriod';
import { href, navigate } from '../../shell/route';
import { NoDataYet } from '../Placeholder';
import { changeColumn, metricColumn, moneyColumn, sparkValues } from '../content/cells';
import { MetricDelta, MetricValue } from '../content/Metric';
import { PLUGIN_META as M } from '../content/metric-meta';
import { StatsNote } from '../content/StatsNote';
import { useCurrency } from '../content/useCurrency';
import { PluginPage } from './PluginPage';
import { useDashboardPainted } from '../../lib/perf-marks';
import { currencyName } from '../../../db/words/vocabulary';

const key = (p: PluginRow) => p.id;

export function ChurnFlag({ threshold }: { threshold: number }) {
  return (
    <span className="churn-flag" title={`Fewer than ${Math.round(threshold * 100)}% of installs were active in a chat this week: installs are not turning into use. Buggy, or the description over-promises?`}>
      churn
    </span>
  );
}

function columns(currency: string, threshold: number): Column<PluginRow>[] {
  return [
    {
      key: 'name',
      header: 'Plugin',
      render: (p) => (
        <a href={href('plugins', p.id)} className="item-link" onClick={(e) => e.stopPropagation()}>
          {p.name}
        </a>
      ),
      sortValue: (p) => p.name.toLowerCase(),
    },
    metricColumn('installsTotal', M.installsTotal, (p) => p.metrics.installsTotal),
    metricColumn('activeChats7d', M.activeChats7d, (p) => p.metrics.activeChats7d),
    {
      key: 'activeRatio',
      header: 'Active ÷ installs',
      title: M.activeRatio.help,
      align: 'right',
      render: (p) => (
        <span className="metric-cell">
          <span>
            <MetricValue value={p.metrics.activeRatio.value} meta={M.activeRatio} />
            {p.churn && <ChurnFlag threshold={threshold} />}
          </span>
          <MetricDelta m={p.metrics.activeRatio} meta={M.activeRatio} compact />
        </span>
      ),
      sortValue: (p) => p.metrics.activeRatio.value,
    },
    { key: 'ratioTrend', header: 'Ratio trend', defaultHidden: true, render: (p) => <Sparkline values={sparkValues(p.ratioTrend)} label={`${p.name}: active to installs ratio per bucket`} /> },
    moneyColumn('commission', `Commission (${currencyName(currency)})`, currency, (p) => p.commission.find((c) => c.currency === currency)?.amount, 'Commission earned in the period'),
    metricColumn('chatsPerInstall', M.chatsPerInstall, (p) => p.metrics.chatsPerInstall),
    {
      ...metricColumn('rating', M.rating, (p) => p.metrics.rating, { delta: false }),
      render: (p) => (
        <span className="metric-cell">
          <MetricValue value={p.metrics.rating.value} meta={M.rating} />
          <span className="muted small">{p.metrics.ratingCount.value ?? 0} ratings</span>
        </span>
      ),
    },
    { ...metricColumn('installs', M.installs, (p) => p.metrics.installs), defaultHidden: true },
    { ...changeColumn('installsChange', 'Installs change', (p) => p.metrics.installs), defaultHidden: true },
    { ...metricColumn('uninstalls', M.uninstalls, (p) => p.metrics.uninstalls), defaultHidden: true },
  ];
}

function PluginsTable({ rows, currency, period, threshold }: { rows: PluginRow[]; currency: string; period: PeriodSpec; threshold: number }) {
  const cols = useMemo(() => columns(currency, threshold), [currency, threshold]);
  const [sort, setSort] = useState<SortState>({ key: 'installsTotal', dir: 'desc' });
  const order = useMemo(() => sortRows(rows, cols, sort).map(key), [rows, cols, sort]);
  return (
    <div className="content-table">
      <DataTable
        rows={rows}
        columns={cols}
        rowKey={key}
        initialSort={sort}
        onSortChange={(s) => s && setSort(s)}
        onRowActivate={(p) => navigate('plugins', p.id)}
        caption="Plugins"
        pageSize={25}
        columnsKey="plugins"
        actions={<ExportButton request={{ dashboard: 'plugins', table: 'plugins', period, currency }} rowOrder={order} />}
      />
    </div>
  );
}

/** #/plugins and #/plugins/<id>. */
export function PluginsPage({ rest }: { rest: string[] }) {
  if (rest.length === 1) return <PluginPage id={rest[0]} />;
  return <PluginsList />;
}

function PluginsList() {
  const [period, setPeriod, periodKnown] = usePeriod('plugins');
  const query = usePageQuery({ ...dashboardQuery('plugins', period), placeholderData: (prev) => prev, enabled: periodKnown });
  useDashboardPainted('plugins', query.isSuccess && !query.isPlaceholderData);
  const d = query.data;
  const [currency, setCurrency] = useCurrency(d?.currencies);
  if (d && !d.period.dataAsOf) return <NoDataYet title="Plugins" />;
  const churned = d?.plugins.filter((p) => p.churn) ?? [];
  return (
    <div className="page">
      <DashboardHeader title="Plugins" period={period} onPeriod={setPeriod} info={d?.period} />
      <QueryState isLoading={query.isPending} error={query.error}>
        {d && d.plugins.length === 0 && (
          <EmptyState title="No plugins yet">
            <p>Plugins you publish on the platform appear here after the next sync. Deleted plugins are not shown.</p>
          </EmptyState>
        )}
        {d && d.plugins.length > 0 && (
          <>
            <StatsNote stats={d.stats} period={d.period} spec={period} onPeriod={setPeriod} />
            {churned.length > 0 && (
              <p className="callout" data-testid="churn-callout">
                <strong>Installs without use:</strong> {churned.map((p) => p.name).join(', ')} {churned.length === 1 ? 'has' : 'have'} fewer than{' '}
                {Math.round(d.churnThreshold * 100)}% of installs active in a chat this week. Either it is buggy or the description over-promises: fix one.
              </p>
            )}
            <Section
              title={`All plugins (${d.plugins.length})`}
              id="table"
              actions={<CurrencyTabs currencies={d.currencies} value={currency} onChange={setCurrency} />}
              note="Active ÷ installs is the number that matters: real use against reach. Small figures are the change against the comparison period."
            >
              <PluginsTable rows={d.plugins} currency={currency} period={period} threshold={d.churnThreshold} />
            </Section>
          </>
        )}
      </QueryState>
    </div>
  );
}
