import { useMemo, useState, type ReactNode } from 'react';
import type { CharacterRow, CharactersDashboard, PeriodSpec } from '../../../electron/api/types';
import { Sparkline } from '../../charts/Sparkline';
import { DataTable, sortRows, type Column, type SortState } from '../../components/DataTable';
import { ExportButton } from '../../components/ExportButton';
import { href, navigate } from '../../shell/route';
import { changeColumn, metricColumn, MoneyCell, moneyColumn, sparkValues } from '../content/cells';
import { MINIMUM_WORDS } from './EmbedPricing';
import { NotAvailable } from './NotAvailable';
import { dateLabel } from '../../../db/words/dates';
import { formatMoney, toMicros } from '../../../db/words/money';
import { CHARACTER_META as M } from '../content/metric-meta';
import { formatCount, ratingText } from '../../../db/words/numbers';
import { currencyName } from '../../../db/words/vocabulary';

const key = (c: CharacterRow) => c.id;

/** A figure the platform does not send for any character reads "Not available", with why. */
type Missing = CharactersDashboard['unavailable'];

/** The earnings guide's per-token price, embed use and unique users: chosen from the Columns menu. */
function guideColumns(currency: string, missing: Missing): Column<CharacterRow>[] {
  const money = (c: CharacterRow) => c.money.find((m) => m.currency === currency);
  const none = (reason: string | null, why: string) => (reason ? <NotAvailable reason={reason} /> : <span className="muted" title={why}>–</span>);
  return [
    {
      key: 'embedPrice',
      header: 'Embed price',
      title: 'What a business pays per million tokens through embed or API (the platform’s minimum is $3.75)',
      align: 'right',
      defaultHidden: true,
      render: (c) =>
        c.embedPrice ? (
          <span className="metric-cell" title={c.embedPrice.atMinimum ? `At ${MINIMUM_WORDS}` : `Since ${dateLabel(c.embedPrice.since)}`}>
            {formatMoney(c.embedPrice.perMillion, c.embedPrice.currency)}
            {c.embedPrice.atMinimum && <span className="pill pill-warn">min</span>}
          </span>
        ) : (
          none(missing.embedPrice, 'the platform sent no embed price for this character')
        ),
      sortValue: (c) => (c.embedPrice ? toMicros(c.embedPrice.perMillion) : null),
    },
    {
      ...metricColumn('embedTokens', M.embedTokens, (c) => c.metrics.embedTokens, { header: 'Embed tokens' }),
      defaultHidden: true,
      ...(missing.embedTokens && { render: () => <NotAvailable reason={missing.embedTokens!} /> }),
    },
    {
      key: 'embedPerMillion',
      header: `Earned per M embed tokens (${currencyName(currency)})`,
      title: 'Embed earnings in the period ÷ its embed tokens × 1,000,000',
      align: 'right',
      defaultHidden: true,
      render: (c) => {
        const m = money(c)?.embedPerMillion;
        return m?.value ? <MoneyCell m={{ value: m.value, previous: m.previous }} currency={currency} /> : none(missing.embedTokens, `no embed earnings in ${currencyName(currency)} or no embed tokens in this period`);
      },
      sortValue: (c) => {
        const v = money(c)?.embedPerMillion.value;
        return v ? toMicros(v) : null;
      },
    },
    {
      key: 'usersTotal',
      header: 'Unique users',
      title: 'Distinct users who ever chatted with it, at the end of the period’s last stats day',
      align: 'right',
      defaultHidden: true,
      render: (c) => (c.users.total !== null ? formatCount(c.users.total) : none(c.users.unavailable, 'no stats day yet')),
      sortValue: (c) => c.users.total,
    },
    {
      ...metricColumn('newUsers', NEW_USERS, (c) => c.users.new, { header: 'New users' }),
      defaultHidden: true,
      ...(missing.users && { render: () => <NotAvailable reason={missing.users!} /> }),
    },
  ];
}

const NEW_USERS = { label: 'New unique users', unit: 'count' as const, why: 'no stats day in this period', help: 'Distinct users who first chatted in the period: the end-of-period count minus the count the day before it began.' };

function columns(currency: string, missing: Missing): Column<CharacterRow>[] {
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
    ...guideColumns(currency, missing),
  ];
}

/** Every character: sortable, navigable with the arrow keys (Enter opens its page), folded when long, its columns chosen. */
export function CharactersTable({ rows, currency, period, missing, toolbar }: { rows: CharacterRow[]; currency: string; period: PeriodSpec; missing: Missing; toolbar?: ReactNode }) {
  const cols = useMemo(() => columns(currency, missing), [currency, missing]);
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
