import { usePageQuery } from '../../api/page-query';
import type { CharacterDetail } from '../../../electron/api/types';
import { call } from '../../api/client';
import { dashboardQuery } from '../../api/dashboard-queries';
import { DashboardHeader } from '../../components/DashboardHeader';
import { ExportButton } from '../../components/ExportButton';
import { KpiCard } from '../../components/KpiCard';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { usePeriod } from '../../components/usePeriod';
import { BreakdownList } from '../content/Breakdown';
import { MoneyDelta } from '../content/cells';
import { ItemOutlookSection } from '../content/ItemOutlook';
import { ItemNotFound, ItemTitle } from '../content/ItemTitle';
import { MetricKpi, NoBandNote } from '../content/Metric';
import { MetricFigures, overTimeNote } from '../content/MetricChart';
import { MoneyChart } from '../content/MoneyChart';
import { PeakHeatmap } from '../content/PeakHeatmap';
import { StatsNote } from '../content/StatsNote';
import { CHARACTER_META } from '../content/metric-meta';
import { CHARACTER_ORDER } from './character-order';
import { ComparePicker } from './ComparePicker';
import { ChatLengthsTable, DropOff, TopicsTable } from './Conversations';
import { EmbedPricing, PriceHistory } from './EmbedPricing';
import { UniqueUsers } from './UniqueUsers';
import { dateLabel, dayIn } from '../../../db/words/dates';
import { BeforeAfterLink } from '../../events/BeforeAfterLink';
import { EventGroup } from '../../events/ChartEvents';
import { formatMoney } from '../../../db/words/money';
import { currencyName } from '../../../db/words/vocabulary';

/** The period's money in one row that adds up (chat share + embed = earned), and the 30-day figure the
 *  earnings guide asks for in a row of its own, labelled with its own window. */
function MoneyKpis({ d }: { d: CharacterDetail }) {
  const compared = !!d.period.previous;
  return (
    <>
      {d.money.map((m) => {
        const earned = m.earned;
        return (
          <div className="kpi-group" key={m.currency}>
            <h3 className="kpi-group-title">{currencyName(m.currency)}</h3>
            <div className="kpi-row">
              <KpiCard testId={`money-period-${m.currency}`} label="Earned in the period" value={formatMoney(earned.value, m.currency)} exact={earned.value} delta={compared ? <MoneyDelta m={earned} currency={m.currency} /> : undefined} hint="chat share + embed / API" />
              <KpiCard label="Marketplace (chat share)" value={formatMoney(m.marketplace.value, m.currency)} exact={m.marketplace.value} delta={compared ? <MoneyDelta m={m.marketplace} currency={m.currency} /> : undefined} hint="in the period" />
              <KpiCard label="Embed / API" value={formatMoney(m.embed.value, m.currency)} exact={m.embed.value} delta={compared ? <MoneyDelta m={m.embed} currency={m.currency} /> : undefined} hint="in the period" />
            </div>
            <div className="kpi-row">
              <KpiCard
                testId={`money-30d-${m.currency}`}
                label={`Earned in the 30 days to ${dateLabel(d.period.current.to)}`}
                value={formatMoney(m.earnings30d.value, m.currency)}
                exact={m.earnings30d.value}
                delta={compared ? <MoneyDelta m={m.earnings30d} currency={m.currency} /> : undefined}
                hint="chat share + embed / API, whatever the period’s length"
              />
            </div>
          </div>
        );
      })}
    </>
  );
}

export function CharacterPage({ id }: { id: string }) {
  const [period, setPeriod] = usePeriod('characters');
  const query = usePageQuery({ queryKey: ['character', id, period], queryFn: () => call('character', { period, id }), placeholderData: (prev) => (prev?.character.id === id ? prev : undefined) });
  const list = usePageQuery(dashboardQuery('characters', period));
  const d = query.data;
  if (query.error && !d) return <ItemNotFound kind="characters" error={query.error} />;
  const compared = !!d?.period.previous;
  const request = (table: string) => ({ dashboard: 'characters' as const, table, period, id });
  return (
    <div className="page">
      <ItemTitle kind="characters" label="Characters" />
      <DashboardHeader
        title={d?.character.name ?? 'Character'}
        period={period}
        onPeriod={setPeriod}
        info={d?.period}
        actions={list.data && <ComparePicker rows={list.data.characters} initialA={id} />}
      />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {d && (
          <>
            <StatsNote stats={d.stats} period={d.period} spec={period} onPeriod={setPeriod} />
            {d.character.greetingUpdatedAt && (
              <BeforeAfterLink eventId={`greeting:${d.character.id}`} label="Before and after the edit">
                Greeting last edited on {dateLabel(dayIn(d.character.greetingUpdatedAt, d.period.zone))}.
              </BeforeAfterLink>
            )}
            <Section title="This period" id="kpis" actions={<ExportButton request={request('metrics')} rowOrder={CHARACTER_ORDER} />}>
              <div className="kpi-row kpi-grid">
                {CHARACTER_ORDER.map((m) => (
                  <MetricKpi key={m} kpi={d.kpis[m]} meta={CHARACTER_META[m]} compared={compared} testId={`kpi-${m}`} />
                ))}
              </div>
              <NoBandNote kpis={d.kpis} />
            </Section>
            <Section title="Earnings" id="money" actions={<ExportButton request={request('money')} />}>
              <MoneyKpis d={d} />
            </Section>
            <ItemOutlookSection outlook={d.outlook} exportRequest={request('outlook')} />
            <UniqueUsers d={d} request={request} />
            <div className="grid-2">
              <EmbedPricing d={d} request={request} />
              <PriceHistory d={d} request={request} />
            </div>
            <Section
              title="Over time"
              id="over-time"
              actions={<ExportButton request={request('over-time')} />}
              note={overTimeNote(d.series)}
            >
              <EventGroup range={d.series.span}>
                <div className="chart-grid">
                  <MetricFigures set={d.series} order={CHARACTER_ORDER} meta={CHARACTER_META} />
                  {d.moneySeries.map((m) => (
                    <figure key={m.currency} className="metric-figure" data-testid={`chart-money-${m.currency}`}>
                      <figcaption>Earned ({currencyName(m.currency)}, days in {d.period.zone})</figcaption>
                      <MoneyChart set={d.series} series={m} />
                    </figure>
                  ))}
                </div>
              </EventGroup>
            </Section>
            <DropOff d={d} request={request} />
            <div className="grid-2">
              <TopicsTable d={d} request={request} />
              <ChatLengthsTable d={d} request={request} />
            </div>
            <div className="grid-2">
              <Section title="Scenarios" id="scenarios" actions={<ExportButton request={request('scenarios')} />}>
                <BreakdownList rows={d.scenarios} unit="chats" empty="No scenario use in this period." />
              </Section>
              <Section title="Models users pick" id="models" actions={<ExportButton request={request('models')} />}>
                <BreakdownList rows={d.models} unit="chats" empty="No model use in this period." />
              </Section>
            </div>
            <Section title={`Peak hours (${d.peakHours.zone})`} id="peak-hours" actions={<ExportButton request={request('peak-hours')} />}>
              <PeakHeatmap peak={d.peakHours} />
            </Section>
          </>
        )}
      </QueryState>
    </div>
  );
}
