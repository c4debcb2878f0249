import { usePageQuery } from '../../api/page-query';
import { useMemo, useState } from 'react';
import type { PeriodSpec, StoryRow } from '../../../electron/api/types';
import { dashboardQuery } from '../../api/dashboard-queries';
import { Sparkline } from '../../charts/Sparkline';
import { DashboardHeader } from '../../components/DashboardHeader';
import { DataTable, sortRows, type Column, type SortState } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ExportButton } from '../../components/ExportButton';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { usePeriod } from '../../components/usePeriod';
import { href, navigate } from '../../shell/route';
import { NoDataYet } from '../Placeholder';
import { changeColumn, metricColumn, sparkValues } from '../content/cells';
import { STORY_META as M } from '../content/metric-meta';
import { StatsNote } from '../content/StatsNote';
import { StoryPage } from './StoryPage';
import { useDashboardPainted } from '../../lib/perf-marks';

const key = (s: StoryRow) => s.id;
const pct = (v: number | null) => (v === null ? '' : ` (${Math.round(v)}%)`);

const COLUMNS: Column<StoryRow>[] = [
  {
    key: 'title',
    header: 'Story',
    render: (s) => (
      <a href={href('stories', s.id)} className="item-link" onClick={(e) => e.stopPropagation()}>
        {s.title}
      </a>
    ),
    sortValue: (s) => s.title.toLowerCase(),
  },
  metricColumn('plays', M.plays, (s) => s.metrics.plays, { delta: false }),
  changeColumn('change', 'Change', (s) => s.metrics.plays),
  { key: 'trend', header: 'Trend', defaultHidden: true, render: (s) => <Sparkline values={sparkValues(s.spark)} label={`${s.title}: plays per bucket`} /> },
  metricColumn('avgPlaytime', M.avgPlaytime, (s) => s.metrics.avgPlaytime, { header: 'Avg playtime' }),
  metricColumn('completionRate', M.completionRate, (s) => s.metrics.completionRate, { header: 'Completion' }),
  metricColumn('replayRate', M.replayRate, (s) => s.metrics.replayRate, { header: 'Replay' }),
  {
    key: 'dropOff',
    header: 'Drop-off chapter',
    title: 'The chapter where most players stopped; the one before it is the one to revise',
    render: (s) =>
      s.dropOff ? (
        <span className="ellipsis cell-text" title={s.dropOff.revise ? `Revise chapter ${s.dropOff.revise.chapter}, “${s.dropOff.revise.title}”` : 'The first chapter: revise its opening'}>
          <strong>{s.dropOff.chapter}</strong> · {s.dropOff.title}
        </span>
      ) : (
        <span className="muted" title="nobody stopped partway in this period">–</span>
      ),
    sortValue: (s) => s.dropOff?.chapter ?? null,
  },
  {
    key: 'topIdentity',
    header: 'Top identity',
    render: (s) => (s.topIdentity ? <span className="ellipsis cell-text">{s.topIdentity.name}<span className="muted small">{pct(s.topIdentity.sharePct)}</span></span> : <span className="muted" title="no plays in this period">–</span>),
    sortValue: (s) => s.topIdentity?.name.toLowerCase() ?? null,
  },
  {
    key: 'topMilestones',
    header: 'Top milestones',
    render: (s) =>
      s.topMilestones.length ? (
        <span className="ellipsis cell-text wide" title={s.topMilestones.map((m) => `${m.name}: ${m.value} hits${pct(m.sharePct)}`).join('\n')}>
          {s.topMilestones.map((m) => m.name).join(' · ')}
        </span>
      ) : (
        <span className="muted" title="no milestones hit in this period">–</span>
      ),
  },
];

function StoriesTable({ rows, period }: { rows: StoryRow[]; period: PeriodSpec }) {
  const [sort, setSort] = useState<SortState>({ key: 'plays', dir: 'desc' });
  const order = useMemo(() => sortRows(rows, COLUMNS, sort).map(key), [rows, sort]);
  return (
    <div className="content-table">
      <DataTable
        rows={rows}
        columns={COLUMNS}
        rowKey={key}
        initialSort={sort}
        onSortChange={(s) => s && setSort(s)}
        onRowActivate={(s) => navigate('stories', s.id)}
        caption="Stories"
        pageSize={25}
        columnsKey="stories"
        actions={<ExportButton request={{ dashboard: 'stories', table: 'stories', period }} rowOrder={order} />}
      />
    </div>
  );
}

/** #/stories and #/stories/<id>. */
export function StoriesPage({ rest }: { rest: string[] }) {
  if (rest.length === 1) return <StoryPage id={rest[0]} />;
  return <StoriesList />;
}

function StoriesList() {
  const [period, setPeriod, periodKnown] = usePeriod('stories');
  const query = usePageQuery({ ...dashboardQuery('stories', period), placeholderData: (prev) => prev, enabled: periodKnown });
  useDashboardPainted('stories', query.isSuccess && !query.isPlaceholderData);
  const d = query.data;
  if (d && !d.period.dataAsOf) return <NoDataYet title="Stories" />;
  return (
    <div className="page">
      <DashboardHeader title="Stories" period={period} onPeriod={setPeriod} info={d?.period} />
      <QueryState isLoading={query.isPending} error={query.error}>
        {d && d.stories.length === 0 && (
          <EmptyState title="No stories yet">
            <p>Interactive stories you publish on the platform appear here after the next sync, with plays, completions and where players quit.</p>
          </EmptyState>
        )}
        {d && d.stories.length > 0 && (
          <>
            <StatsNote stats={d.stats} period={d.period} spec={period} onPeriod={setPeriod} />
            <Section title={`All stories (${d.stories.length})`} id="table" note="The drop-off chapter tells you where a story loses people; open a story to see which chapter to revise.">
              <StoriesTable rows={d.stories} period={period} />
            </Section>
          </>
        )}
      </QueryState>
    </div>
  );
}
