// The earnings guide's per-token price: what a business pays per million tokens for the character
// through embed/API (set by the creator, at least the platform's minimum), the embed tokens used, what
// embed earned per million of them, and every price the character had. Price changes are events on the
// character's charts (the timeline), so their effect shows on its embed tokens chart.
import type { CharacterDetail, PeriodSpec, PriceVersion } from '../../../electron/api/types';
import { DataTable, type Column } from '../../components/DataTable';
import { ExportButton } from '../../components/ExportButton';
import { KpiCard } from '../../components/KpiCard';
import { Section } from '../../components/Section';
import { MoneyDelta } from '../content/cells';
import { MetricDelta } from '../content/Metric';
import { CHARACTER_META } from '../content/metric-meta';
import { NotAvailable, Reason } from './NotAvailable';
import { BeforeAfterLink } from '../../events/BeforeAfterLink';
import { dateLabel } from '../../../db/words/dates';
import { formatMoney } from '../../../db/words/money';
import { formatCount } from '../../../db/words/numbers';
import { currencyName, priceChangeName } from '../../../db/words/vocabulary';

/** The platform's minimum, as the earnings guide states it. */
export const MINIMUM_WORDS = 'the platform’s minimum, $3.75 per million tokens';

export function EmbedPricing({ d, request }: { d: CharacterDetail; request: (table: string) => { dashboard: 'characters'; table: string; period: PeriodSpec; id: string } }) {
  const { price, unavailable } = d.embed;
  const tokens = d.kpis.embedTokens;
  const compared = !!d.period.previous;
  return (
    <Section
      title="Embed / API pricing"
      id="embed"
      actions={<ExportButton request={request('embed')} />}
      note="Businesses pay your per-token price for the tokens they use through embed or API; you earn a share of it. Earned per million tokens is this period’s embed earnings (local days) over its embed tokens (the platform’s UTC days)."
    >
      <div className="kpi-row">
        <KpiCard
          testId="embed-price"
          label="Embed price, per million tokens"
          figure="embed_price_per_million_tokens"
          exact={price?.perMillion}
          value={price ? formatMoney(price.perMillion, price.currency) : <NotAvailable reason={unavailable.price!} />}
          detail={price?.atMinimum ? <span className="pill pill-warn">At {MINIMUM_WORDS}</span> : undefined}
          hint={price ? `Since ${dateLabel(price.since)}` : undefined}
        />
        <KpiCard
          testId="embed-tokens"
          label="Embed tokens in the period"
          figure="embed_tokens"
          value={tokens.value === null ? unavailable.tokens ? <NotAvailable reason={unavailable.tokens} /> : <span className="muted">–</span> : formatCount(tokens.value)}
          delta={compared && tokens.value !== null ? <MetricDelta m={tokens} meta={CHARACTER_META.embedTokens} /> : undefined}
          hint="used by businesses through embed or API"
        />
        {d.embed.currencies.length === 0 && (
          <KpiCard testId="embed-per-million" label="Earned per million embed tokens" value={<span className="muted">–</span>} hint="no embed earnings in the period or the comparison period" />
        )}
        {d.money.filter((m) => d.embed.currencies.includes(m.currency)).map((m) => (
          <KpiCard
            key={m.currency}
            testId={`embed-per-million-${m.currency}`}
            label={`Earned per million embed tokens (${currencyName(m.currency)})`}
            figure={`earned_per_million_embed_tokens:${m.currency}`}
            exact={m.embedPerMillion.value ?? undefined}
            value={
              m.embedPerMillion.value !== null ? (
                formatMoney(m.embedPerMillion.value, m.currency)
              ) : unavailable.tokens ? (
                <NotAvailable reason={unavailable.tokens} />
              ) : (
                <span className="muted" title="no embed tokens used in this period">
                  –
                </span>
              )
            }
            delta={compared && m.embedPerMillion.value !== null && m.embedPerMillion.previous !== null ? <MoneyDelta m={{ value: m.embedPerMillion.value, previous: m.embedPerMillion.previous }} currency={m.currency} /> : undefined}
            hint="embed earnings ÷ embed tokens × 1,000,000"
          />
        ))}
      </div>
      <Reason reason={[unavailable.price, unavailable.tokens].filter(Boolean).join(' ') || null} />
    </Section>
  );
}

const HISTORY_COLUMNS: Column<PriceVersion>[] = [
  { key: 'day', header: 'Day', render: (v) => dateLabel(v.day), sortValue: (v) => v.at },
  { key: 'price', header: 'Price per million tokens', align: 'right', render: (v) => formatMoney(v.perMillion, v.currency), sortValue: (v) => Number(v.perMillion) },
  { key: 'previous', header: 'Before', align: 'right', render: (v) => (v.previous === null ? <span className="muted">–</span> : formatMoney(v.previous, v.currency)), sortValue: (v) => (v.previous === null ? null : Number(v.previous)) },
  { key: 'change', header: 'Change', render: (v) => <span className={`price-change price-${v.change}`}>{priceChangeName(v.change)}</span>, sortValue: (v) => v.change },
];

/** Every price the character had, newest first: each one a marker on its charts. */
export function PriceHistory({ d, request }: { d: CharacterDetail; request: (table: string) => { dashboard: 'characters'; table: string; period: PeriodSpec; id: string } }) {
  const rows = [...d.embed.history].reverse();
  const lastChange = rows.find((v) => v.change !== 'set');
  return (
    <Section title="Embed price history" id="price-history" actions={<ExportButton request={request('price-history')} rowOrder={rows.map((v) => v.at)} />} note="Every price seen for this character; each change is marked on its charts (days in your reporting timezone).">
      {d.embed.unavailable.price && rows.length === 0 ? (
        <p className="muted">{d.embed.unavailable.price}</p>
      ) : (
        <DataTable caption="Embed price history" columns={HISTORY_COLUMNS} rows={rows} rowKey={(v) => v.at} empty="No embed price seen yet." pageSize={5} />
      )}
      {lastChange && (
        <BeforeAfterLink eventId={`price:${d.character.id}:${lastChange.at}`} label="Embed use before and after it">
          Price last {priceChangeName(lastChange.change)} on {dateLabel(lastChange.day)}.
        </BeforeAfterLink>
      )}
    </Section>
  );
}
