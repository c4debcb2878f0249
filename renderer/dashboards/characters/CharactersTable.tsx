import { useMemo, useState, type ReactNode } from 'react';
import type { CharacterRow, PeriodSpec } from '../../../electron/api/types';
import { Sparkline } from '../../charts/Sparkline';
import { DataTable, sortRows, type Column, type SortState } from '../../components/DataTable';
import { ExportButton } from '../../components/ExportButton';
import { href, navigate } from '../../shell/route';
import { changeColumn, metricColumn, moneyColumn, sparkValues } from '../content/cells';
import { CHARACTER_META as M } from '../content/metric-meta';
import { formatCount, ratingText } from '../../../db/words/numbers';
import { currencyName } from '../../../db/words/vocabulary';

const key = (c: CharacterRow) => c.id;

function columns(currency: string): Column<CharacterRow>[] {
  const money = (c: CharacterRow) => c.money.find((m) => m.currency === currency);
  return [
    {
      key: 'name',
      header: 'Character',
      render: (c) => (
        <a href={href('characters', c.id)} className="item-link" onClick={(e) => e.stopPropagation()}>
          {c.name}
        </a>
      ),
      sortValue: (c) => c.name.toLowerCase(),
    },
    metricColumn('chatsStarted', M.chatsStarted, (c) => c.metrics.chatsStarted, { header: 'Chats', delta: false }),
    changeColumn('change', 'Change', (c) => c.metrics.chatsStarted),
    { key: 'trend', header: 'Trend', render: (c) => <Sparkline values={sparkValues(c.spark)} label={`${c.name}: chats started per bucket`} /> },
    { ...metricColumn('messages', M.messages, (c) => c.metrics.messages), defaultHidden: true },
    { ...metricColumn('tokens', M.tokens, (c) => c.metrics.tokens, { delta: false }), defaultHidden: true },
    metricColumn('activeUsers30d', M.activeUsers30d, (c) => c.metrics.activeUsers30d, { header: 'Users (30d)' }),
    metricColumn('avgMessagesPerChat', M.avgMessagesPerChat, (c) => c.metrics.avgMessagesPerChat, { header: 'Msgs / chat' }),
    {
      ...metricColumn('avgRating', M.avgRating, (c) => c.metrics.avgRating, { header: 'Rating', delta: false }),
      render: (c) => (
        <span className="metric-cell" title={c.metrics.avgRating.value === null ? `Not defined: ${M.avgRating.why}` : undefined}>
          {c.metrics.avgRating.value === null ? <span className="muted">–</span> : ratingText(c.metrics.avgRating.value)}
          <span className="muted small"> ({formatCount(c.metrics.ratingCount.value ?? 0)})</span>
        </span>
      ),
    },
    metricColumn('conversion', M.conversion, (c) => c.metrics.conversion, { header: 'Conversion' }),
    { ...metricColumn('returnRate', M.returnRate, (c) => c.metrics.returnRate, { header: 'Return rate' }), defaultHidden: true },
    // Money in the period, like every column beside it; the guide's 30-day figure says its own window.
    moneyColumn('earned', `Earned (${currencyName(currency)})`, currency, (c) => money(c)?.earned, 'Chat share + embed in the period'),
    { ...moneyColumn('earnings30d', `Earned, last 30 days (${currencyName(currency)})`, currency, (c) => money(c)?.earnings30d, 'Chat share + embed in the 30 days ending with the period’s last day'), defaultHidden: true },
    { ...moneyColumn('marketplace', 'Marketplace', currency, (c) => money(c)?.marketplace, 'Your share of chat consumption, in the period'), defaultHidden: true },
    { ...moneyColumn('embed', 'Embed / API', currency, (c) => money(c)?.embed, 'Businesses using the character via embed or API, in the period'), defaultHidden: true },
    {
      key: 'topScenario',
      header: 'Top scenario',
      render: (c) => (c.topScenario ? <span className="ellipsis cell-text" title={`${formatCount(c.topScenario.value)} chats`}>{c.topScenario.name}</span> : <span className="muted">–</span>),
      sortValue: (c) => c.topScenario?.name.toLowerCase() ?? null,
    },
    {
      key: 'topModel',
      defaultHidden: true,
      header: 'Top model',
      render: (c) => (c.topModel ? <span className="ellipsis cell-text" title={`${formatCount(c.topModel.value)} chats`}>{c.topModel.name}</span> : <span className="muted">–</span>),
      sortValue: (c) => c.topModel?.name.toLowerCase() ?? null,
    },
  ];
}

/** Every character: sortable, navigable with the arrow keys (Enter opens its page), folded when long, its columns chosen. */
export function CharactersTable({ rows, currency, period, toolbar }: { rows: CharacterRow[]; currency: string; period: PeriodSpec; toolbar?: ReactNode }) {
  const cols = useMemo(() => columns(currency), [currency]);
  const [sort, setSort] = useState<SortState>({ key: 'chatsStarted', dir: 'desc' });
  const order = useMemo(() => sortRows(rows, cols, sort).map(key), [rows, cols, sort]);
  return (
    <div className="content-table">
      <DataTable
        rows={rows}
        columns={cols}
        rowKey={key}
        initialSort={sort}
        onSortChange={(s) => s && setSort(s)}
        onRowActivate={(c) => navigate('characters', c.id)}
        caption="Characters"
        pageSize={25}
        empty="No characters in this period."
        columnsKey="characters"
        toolbar={toolbar}
        actions={<ExportButton request={{ dashboard: 'characters', table: 'characters', period, currency }} rowOrder={order} />}
      />
    </div>
  );
}
