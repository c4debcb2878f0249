import { usePageQuery } from '../../api/page-query';
import type { PluginMetric } from '../../../electron/api/types';
import { call } from '../../api/client';
import { DashboardHeader } from '../../components/DashboardHeader';
import { ExportButton } from '../../components/ExportButton';
import { KpiCard } from '../../components/KpiCard';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { usePeriod } from '../../components/usePeriod';
import { MoneyDelta } from '../content/cells';
import { ItemOutlookSection } from '../content/ItemOutlook';
import { ItemNotFound, ItemTitle } from '../content/ItemTitle';
import { MetricKpi, NoBandNote } from '../content/Metric';
import { MetricFigures, overTimeNote } from '../content/MetricChart';
import { MoneyChart } from '../content/MoneyChart';
import { PLUGIN_META } from '../content/metric-meta';
import { StatsNote } from '../content/StatsNote';
import { EventGroup } from '../../events/ChartEvents';
import { formatMoney } from '../../../db/words/money';
import { currencyName } from '../../../db/words/vocabulary';
import { formatCount, ratioText } from '../../../db/words/numbers';

const ORDER: PluginMetric[] = ['installsTotal', 'activeChats7d', 'activeRatio', 'installs', 'uninstalls', 'chats', 'chatsPerInstall', 'rating', 'ratingCount'];
/** The page's charts: flows, reach and real use. */
const CHARTS: PluginMetric[] = ['installs', 'uninstalls', 'installsTotal', 'activeChats7d', 'activeRatio', 'chats', 'chatsPerInstall', 'rating'];

export function PluginPage({ id }: { id: string }) {
  const [period, setPeriod] = usePeriod('plugins');
  const query = usePageQuery({ queryKey: ['plugin', id, period], queryFn: () => call('plugin', { period, id }), placeholderData: (prev) => (prev?.plugin.id === id ? prev : undefined) });
  const d = query.data;
  if (query.error && !d) return <ItemNotFound kind="plugins" error={query.error} />;
  const compared = !!d?.period.previous;
  const request = (table: string) => ({ dashboard: 'plugins' as const, table, period, id });
  return (
    <div className="page">
      <ItemTitle kind="plugins" label="Plugins" />
      <DashboardHeader title={d?.plugin.name ?? 'Plugin'} period={period} onPeriod={setPeriod} info={d?.period} />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {d && (
          <>
            <StatsNote stats={d.stats} period={d.period} spec={period} onPeriod={setPeriod} />
            {d.churn && (
              <p className="callout" data-testid="churn-callout">
                <strong>Churn:</strong> only {ratioText(d.kpis.activeRatio.value ?? 0)} of its {formatCount(d.kpis.installsTotal.value ?? 0)} installs were active in a chat
                this week (under {Math.round(d.churnThreshold * 100)}%). Either it is buggy or its description over-promises: fix one.
              </p>
            )}
            <Section title="This period" id="kpis" actions={<ExportButton request={request('metrics')} rowOrder={ORDER} />}>
              <div className="kpi-row kpi-grid">
                {ORDER.map((m) => (
                  <MetricKpi key={m} kpi={d.kpis[m]} meta={PLUGIN_META[m]} compared={compared} testId={`kpi-${m}`} />
                ))}
                {d.commission.map((c) => (
                  <KpiCard
                    key={c.currency}
                    label={`Commission (${currencyName(c.currency)})`}
                    value={formatMoney(c.amount.value, c.currency)}
                    exact={c.amount.value}
                    delta={compared ? <MoneyDelta m={c.amount} currency={c.currency} /> : undefined}
                    hint="earned in the period"
                  />
                ))}
              </div>
              <NoBandNote kpis={d.kpis} />
            </Section>
            <ItemOutlookSection outlook={d.outlook} money="Commission" exportRequest={request('outlook')} />
            <Section
              title="Over time"
              id="over-time"
              actions={<ExportButton request={request('over-time')} />}
              note={overTimeNote(d.series, 'Totals and weekly actives are read on each bucket’s last day.')}
            >
              <EventGroup range={d.series.span}>
                <div className="chart-grid">
                  <MetricFigures set={d.series} order={CHARTS} meta={PLUGIN_META} />
                  {d.commissionSeries.map((m) => (
                    <figure key={m.currency} className="metric-figure" data-testid={`chart-commission-${m.currency}`}>
                      <figcaption>Commission ({currencyName(m.currency)}, days in {d.period.zone})</figcaption>
                      <MoneyChart set={d.series} series={m} />
                    </figure>
                  ))}
                </div>
              </EventGroup>
            </Section>
          </>
        )}
      </QueryState>
    </div>
  );
}
