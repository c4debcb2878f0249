import type { AnnouncementRow } from '../../../electron/api/types';
import { TimeChart } from '../../charts/TimeChart';
import { DataTable, type Column } from '../../components/DataTable';
import { dateLabel } from '../../../db/words/dates';
import { formatCount, percentText } from '../../../db/words/numbers';

const day = (iso: string) => dateLabel(iso.slice(0, 10));

/** Engagement of each recent announcement: the health of the follower relationship over time. */
export function AnnouncementsChart({ history }: { history: AnnouncementRow[] }) {
  if (history.length < 2) return <p className="muted">Not enough announcements yet to draw a trend.</p>;
  const label = (a: AnnouncementRow) => `${a.title} (${day(a.postedAt)})${a.settling ? ', still counting' : ''}`;
  return (
    <TimeChart
      height={220}
      labels={history.map((a) => day(a.postedAt))}
      series={[
        {
          label: 'Engagement rate (engaged / delivered)',
          values: history.map((a) => a.engagementRatePct),
          exact: history.map((a) => `${percentText(a.engagementRatePct)} · ${label(a)}`),
          color: '#5b5bd6',
          kind: 'line',
        },
        {
          label: 'Open rate (opened / delivered)',
          values: history.map((a) => a.openRatePct),
          exact: history.map((a) => `${percentText(a.openRatePct)}`),
          color: '#12a4a4',
          kind: 'line',
        },
      ]}
      ariaLabel="Engagement and open rate of each announcement over time"
      xLabel="Posted"
      yFormat={(v) => `${v}%`}
    />
  );
}

export function AnnouncementsTable({ rows }: { rows: AnnouncementRow[] }) {
  const columns: Column<AnnouncementRow>[] = [
    {
      key: 'title',
      header: 'Announcement',
      render: (a) => (
        <span>
          {a.title}
          {a.settling && <span className="pill">still counting</span>}
        </span>
      ),
      sortValue: (a) => a.title.toLowerCase(),
    },
    { key: 'posted', header: 'Posted', render: (a) => day(a.postedAt), sortValue: (a) => a.postedAt },
    { key: 'delivered', header: 'Delivered', align: 'right', render: (a) => formatCount(a.delivered), sortValue: (a) => a.delivered },
    { key: 'open', header: 'Opened', align: 'right', render: (a) => percentText(a.openRatePct), sortValue: (a) => a.openRatePct },
    { key: 'engaged', header: 'Engaged', align: 'right', render: (a) => percentText(a.engagementRatePct), sortValue: (a) => a.engagementRatePct },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(a) => a.id}
      caption="Announcements posted in this period"
      initialSort={{ key: 'posted', dir: 'desc' }}
      pageSize={5}
      empty="No announcements posted in this period."
    />
  );
}
