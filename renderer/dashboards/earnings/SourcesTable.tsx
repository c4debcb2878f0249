import { useMemo, useState } from 'react';
import type { PeriodSpec, SourceEarnings } from '../../../electron/api/types';
import { Sparkline } from '../../charts/Sparkline';
import { DataTable, sortRows, type Column, type SortState } from '../../components/DataTable';
import { DeltaBadge } from '../../components/DeltaBadge';
import { ExportButton } from '../../components/ExportButton';
import { href } from '../../shell/route';
import { delta, formatMoney, toMicros } from '../../../db/words/money';

const key = (s: SourceEarnings) => `${s.sourceType}|${s.id}|${s.currency}`;

export function SourcesTable({ sources, currency, kind, period }: { sources: SourceEarnings[]; currency: string; kind: 'character' | 'plugin'; period: PeriodSpec }) {
  const rows = useMemo(() => sources.filter((s) => s.currency === currency && s.sourceType === kind), [sources, currency, kind]);
  const [sort, setSort] = useState<SortState>({ key: 'total', dir: 'desc' });
  const columns: Column<SourceEarnings>[] = [
    {
      key: 'name',
      header: kind === 'character' ? 'Character' : 'Plugin',
      render: (s) => (s.live ? <a href={href(kind === 'character' ? 'characters' : 'plugins', s.id)}>{s.name}</a> : <span className="muted">{s.name}</span>),
      sortValue: (s) => s.name.toLowerCase(),
    },
    ...(kind === 'character'
      ? [
          { key: 'marketplace', header: 'Chat share', align: 'right' as const, render: (s: SourceEarnings) => formatMoney(s.marketplace, currency), sortValue: (s: SourceEarnings) => toMicros(s.marketplace) },
          { key: 'embed', header: 'Embed / API', align: 'right' as const, render: (s: SourceEarnings) => formatMoney(s.embed, currency), sortValue: (s: SourceEarnings) => toMicros(s.embed) },
        ]
      : []),
    { key: 'total', header: kind === 'character' ? 'Total' : 'Commission', align: 'right', render: (s) => <strong>{formatMoney(s.total.value, currency)}</strong>, sortValue: (s) => toMicros(s.total.value) },
    {
      key: 'change',
      header: 'Change',
      align: 'right',
      render: (s) => <DeltaBadge value={s.total.value} previous={s.total.previous} currency={currency} />,
      sortValue: (s) => (s.total.previous === null ? null : toMicros(delta(s.total.value, s.total.previous)!.abs)),
    },
    { key: 'trend', header: 'Trend', render: (s) => <Sparkline values={s.spark} label={`${s.name} trend`} /> },
  ];
  const order = sortRows(rows, columns, sort).map(key);
  return (
    <>
      <DataTable
        actions={<ExportButton request={{ dashboard: 'earnings', table: 'sources', period, currency, filter: kind }} rowOrder={order} />}
        rows={rows}
        columns={columns}
        rowKey={key}
        initialSort={sort}
        onSortChange={(s) => s && setSort(s)}
        caption={`Earnings by ${kind} in ${currency}`}
        empty={`No ${kind} earnings in ${currency} in this period.`}
      />
    </>
  );
}
