import { usePageQuery } from '../../api/page-query';
import { useEffect } from 'react';
import type { AudienceDashboard, PeriodSpec } from '../../../electron/api/types';
import { dashboardQuery, insightsQuery } from '../../api/dashboard-queries';
import { DashboardHeader } from '../../components/DashboardHeader';
import { ExportButton } from '../../components/ExportButton';
import { rangeLabel } from '../../../db/words/dates';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { usePeriod } from '../../components/usePeriod';
import { href } from '../../shell/route';
import { InsightList } from '../insights/InsightList';
import { NoDataYet } from '../Placeholder';
import { NoStatsYet } from '../content/StatsNote';
import { PeakHeatmap } from '../content/PeakHeatmap';
import { AnnouncementsChart, AnnouncementsTable } from './Announcements';
import { AudienceKpis } from './AudienceKpis';
import { CountriesTable } from './CountriesTable';
import { GrowthChart } from './GrowthChart';
import { HashtagsList } from './HashtagsList';
import { TopCharacters } from './TopCharacters';
import { useDashboardPainted } from '../../lib/perf-marks';
import { dateLabel } from '../../../db/words/dates';

/** Which stats days the figures cover, once per page: stats count on UTC days. */
function StatsDaysNote({ d, spec, onPeriod }: { d: AudienceDashboard; spec: PeriodSpec; onPeriod: (p: PeriodSpec) => void }) {
  const { current, previous, lastDate } = d.stats;
  if (!current) return <NoStatsYet through={lastDate} spec={spec} onPeriod={onPeriod} what="audience stats" />;
  return (
    <p className="stats-note" role="note" data-testid="audience-stats-note">
      Stats count on <strong>UTC days</strong>: {rangeLabel(current)}
      {previous && ` against ${rangeLabel(previous)}`}
      {current.to < d.period.current.to && ' (the days published so far, and as many of the period before)'}
      {lastDate && lastDate >= d.period.provisionalFrom && current.to >= d.period.provisionalFrom && '; the last day is provisional (the platform still revises it)'}.
      Announcements count on the day they were posted, in {d.period.zone}.
    </p>
  );
}

export function AudiencePage({ rest }: { rest: string[] }) {
  const [period, setPeriod, periodKnown] = usePeriod('audience');
  const query = usePageQuery({ ...dashboardQuery('audience', period), placeholderData: (prev) => prev, enabled: periodKnown });
  useDashboardPainted('audience', query.isSuccess && !query.isPlaceholderData);
  const insights = usePageQuery(insightsQuery);
  const d = query.data;
  const anchor = rest[0];
  // Evidence links land on a section: #/audience/countries, #/audience/hashtags.
  useEffect(() => {
    if (d && anchor) document.getElementById(`audience-${anchor}`)?.scrollIntoView({ block: 'start' });
  }, [d, anchor]);

  if (d && !d.stats.lastDate && !d.period.dataAsOf) return <NoDataYet title="Audience" />;
  const compared = !!d?.period.previous;
  const surprises = new Set((insights.data?.insights ?? []).filter((i) => i.rule === 'country').map((i) => i.id.split(':')[1]));
  const request = (table: string) => ({ dashboard: 'audience' as const, table, period });
  return (
    <div className="page">
      <DashboardHeader title="Audience" period={period} onPeriod={setPeriod} info={d?.period} />
      <QueryState isLoading={query.isPending} error={query.error}>
        {d && (
          <>
            <StatsDaysNote d={d} spec={period} onPeriod={setPeriod} />
            <Section title="Followers" id="followers" actions={<ExportButton request={request('kpis')} />}>
              <AudienceKpis d={d} />
            </Section>
            {d.stats.current && (
              <Section
                title="Follower growth"
                id="growth"
                actions={<ExportButton request={request('followers-over-time')} />}
                note={`New followers up, lost followers down, and the running net since ${dateLabel(d.period.current.from)}${compared ? '; dashed: the comparison period’s running net' : ''}.`}
              >
                <GrowthChart s={d.series} compared={compared} />
              </Section>
            )}
            <Section
              title="Top countries"
              id="countries"
              actions={<ExportButton request={request('countries')} />}
              note="A localisation opportunity: a country you did not plan for may want a scenario in its language."
            >
              <CountriesTable rows={d.countries} compared={compared} highlight={surprises} />
            </Section>
            <div className="grid-2">
              <Section
                title="Top hashtags"
                id="hashtags"
                actions={<ExportButton request={request('hashtags')} />}
                note="What you are known for, intended or not. “Your tag”: one of your characters, plugins or stories carries it."
              >
                <HashtagsList rows={d.hashtags} compared={compared} />
              </Section>
              <Section title="Top characters by follows" id="characters" actions={<ExportButton request={request('top-characters')} />}>
                <TopCharacters rows={d.topCharacters} compared={compared} />
              </Section>
            </div>
            <Section
              title={`Peak hours (${d.peakHours.zone})`}
              id="peak-hours"
              actions={<ExportButton request={request('peak-hours')} />}
              note="When to post an announcement or a new character: when your audience starts chats."
            >
              <PeakHeatmap peak={d.peakHours} />
            </Section>
            <Section title="Announcements" id="announcements" actions={<ExportButton request={request('announcements')} />}>
              <div className="grid-2 announcements">
                <figure className="chart-figure">
                  <figcaption className="muted small">Your last {d.announcements.history.length} announcements, whatever the period (the trend needs more than one)</figcaption>
                  <AnnouncementsChart history={d.announcements.history} />
                </figure>
                <AnnouncementsTable rows={d.announcements.inPeriod} />
              </div>
            </Section>
            {insights.data && (
              <Section title="What to do next" id="insights" actions={<a href={href('review')}>Weekly review →</a>}>
                <InsightList result={insights.data} rules={['country', 'hashtag']} empty="No country or hashtag surprise this week." />
              </Section>
            )}
            <p className="footnote">
              Aggregates only: the platform never sends chat contents, what any single user did, or demographics beyond country, and
              Creator Studio shows none of them.
            </p>
          </>
        )}
      </QueryState>
    </div>
  );
}
