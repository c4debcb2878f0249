import type { CountryShare } from '../../../electron/api/types';
import { DataTable, type Column } from '../../components/DataTable';
import { CountDelta } from '../../components/DeltaBadge';
import { PointsDelta } from './PointsDelta';
import { decimalText, percentText } from '../../../db/words/numbers';

const avg = (n: number) => decimalText(n);

/** Where the audience is: the average day's active users per country, each country's share and how it moved. */
export function CountriesTable({ rows, compared, highlight }: { rows: CountryShare[]; compared: boolean; highlight: Set<string> }) {
  const columns: Column<CountryShare>[] = [
    {
      key: 'country',
      header: 'Country',
      render: (c) => (
        <span className="country-name">
          {c.name} <span className="muted small">{c.country}</span>
          {highlight.has(c.country) && <span className="pill pill-warn">surprise</span>}
        </span>
      ),
      sortValue: (c) => c.name,
    },
    {
      key: 'share',
      header: 'Share of active users',
      render: (c) => (
        <span className="share-cell">
          <span className="share-bar" aria-hidden>
            <span style={{ width: `${Math.min(100, c.sharePct.value ?? 0)}%` }} />
          </span>
          <span className="num">{percentText(c.sharePct.value)}</span>
        </span>
      ),
      sortValue: (c) => c.sharePct.value,
    },
    ...(compared
      ? [
          {
            key: 'change',
            header: 'Change of share',
            align: 'right' as const,
            render: (c: CountryShare) => <PointsDelta value={c.sharePct.value} previous={c.sharePct.previous} />,
            sortValue: (c: CountryShare) => c.shareChangePts,
          },
        ]
      : []),
    {
      key: 'avg',
      header: 'Active users (average day)',
      align: 'right',
      title: 'The platform counts distinct users per day; a period shows its average day, since the same user on two days is not two users.',
      render: (c) => (
        <span className="metric-stack">
          {avg(c.avgDailyActive.value)}
          {compared && <CountDelta value={c.avgDailyActive.value} previous={c.avgDailyActive.previous} />}
        </span>
      ),
      sortValue: (c) => c.avgDailyActive.value,
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(c) => c.country}
      caption="Top countries by active users"
      initialSort={{ key: 'avg', dir: 'desc' }}
      empty="No country stats in this period."
    />
  );
}
