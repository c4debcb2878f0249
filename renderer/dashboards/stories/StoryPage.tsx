import { usePageQuery } from '../../api/page-query';
import type { StoryMetric } from '../../../electron/api/types';
import { call } from '../../api/client';
import { DashboardHeader } from '../../components/DashboardHeader';
import { ExportButton } from '../../components/ExportButton';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { usePeriod } from '../../components/usePeriod';
import { BreakdownList } from '../content/Breakdown';
import { ItemOutlookSection } from '../content/ItemOutlook';
import { ItemNotFound, ItemTitle } from '../content/ItemTitle';
import { MetricKpi, NoBandNote } from '../content/Metric';
import { MetricFigures, overTimeNote } from '../content/MetricChart';
import { STORY_META } from '../content/metric-meta';
import { StatsNote } from '../content/StatsNote';
import { EventGroup } from '../../events/ChartEvents';
import { ChapterFunnel, DropOffAdvice } from './ChapterFunnel';
import { KeyedChart } from './KeyedChart';

const ORDER: StoryMetric[] = ['plays', 'completionRate', 'replayRate', 'avgPlaytime', 'completions', 'replays'];

export function StoryPage({ id }: { id: string }) {
  const [period, setPeriod] = usePeriod('stories');
  const query = usePageQuery({ queryKey: ['story', id, period], queryFn: () => call('story', { period, id }), placeholderData: (prev) => (prev?.story.id === id ? prev : undefined) });
  const d = query.data;
  if (query.error && !d) return <ItemNotFound kind="stories" error={query.error} />;
  const compared = !!d?.period.previous;
  const request = (table: string) => ({ dashboard: 'stories' as const, table, period, id });
  return (
    <div className="page">
      <ItemTitle kind="stories" label="Stories" />
      <DashboardHeader title={d?.story.title ?? 'Story'} period={period} onPeriod={setPeriod} info={d?.period} />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {d && (
          <>
            <StatsNote stats={d.stats} period={d.period} spec={period} onPeriod={setPeriod} />
            <Section title="This period" id="kpis" actions={<ExportButton request={request('metrics')} rowOrder={ORDER} />}>
              <div className="kpi-row kpi-grid">
                {ORDER.map((m) => (
                  <MetricKpi key={m} kpi={d.kpis[m]} meta={STORY_META[m]} compared={compared} testId={`kpi-${m}`} />
                ))}
              </div>
              <NoBandNote kpis={d.kpis} />
            </Section>
            <ItemOutlookSection outlook={d.outlook} money="Prizes" exportRequest={request('outlook')} />
            <Section title="Chapter funnel" id="chapters" actions={<ExportButton request={request('chapters')} rowOrder={d.funnel.map((c) => String(c.chapter))} />}>
              <DropOffAdvice dropOff={d.dropOff} />
              <ChapterFunnel steps={d.funnel} dropOff={d.dropOff} />
            </Section>
            <Section
              title="Over time"
              id="over-time"
              actions={<ExportButton request={request('over-time')} />}
              note={overTimeNote(d.series)}
            >
              <EventGroup range={d.series.span}>
                <div className="chart-grid">
                  <MetricFigures set={d.series} order={ORDER} meta={STORY_META} />
                </div>
              </EventGroup>
            </Section>
            <div className="grid-2">
              <Section title="Milestones hit" id="milestones" actions={<ExportButton request={request('milestones-over-time')} />} note="Share: of plays that hit the milestone (one play can hit several).">
                <div data-testid="chart-milestones">
                  <KeyedChart set={d.series} rows={d.milestones} stacked={false} label="Milestone hits" />
                </div>
                <BreakdownList rows={d.milestones} unit="hits" empty="No milestones hit in this period." />
              </Section>
              <Section title="Identities chosen" id="identities" actions={<ExportButton request={request('identities-over-time')} />} note="Share: of plays, each play picks one identity.">
                <div data-testid="chart-identities">
                  <KeyedChart set={d.series} rows={d.identities} stacked label="Plays by identity" />
                </div>
                <BreakdownList rows={d.identities} unit="plays" empty="No identities chosen in this period." />
              </Section>
            </div>
          </>
        )}
      </QueryState>
    </div>
  );
}
