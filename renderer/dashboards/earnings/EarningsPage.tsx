import { usePageQuery } from '../../api/page-query';
import { useEffect, useState } from 'react';
import { dashboardQuery } from '../../api/dashboard-queries';
import { DashboardHeader } from '../../components/DashboardHeader';
import { ExportButton } from '../../components/ExportButton';
import { CurrencyTabs, QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { usePeriod } from '../../components/usePeriod';
import { useCurrency } from '../content/useCurrency';
import { NoDataYet } from '../Placeholder';
import { Distribution } from './Distribution';
import { GrowthChart } from './GrowthChart';
import { KpiRow } from './KpiRow';
import { Movers } from './Movers';
import { NextPayoutLine } from './NextPayout';
import { Outlook } from './Outlook';
import { PayoutsPanel } from './PayoutsPanel';
import { PerUser } from './PerUser';
import { Reconciliation } from './Reconciliation';
import { SourcesTable } from './SourcesTable';
import { projectsOn, StreamChart } from './StreamChart';
import { SupportList } from './SupportList';
import { TaxPack } from './TaxPack';
import { useDashboardPainted } from '../../lib/perf-marks';

const PERIOD_WORDS: Record<string, string> = {
  today: 'today',
  week: 'this week',
  month: 'this month',
  last_month: 'last month',
  year: 'this year',
  all: 'all time',
  custom: 'in range',
};

/** Money that can leave the platform first: on a small window it is what the first screen shows. */
function withdrawableFirst<K extends { currency: string }>(kpis: K[]): K[] {
  return [...kpis].sort((a, b) => Number(a.currency === 'CREDITS') - Number(b.currency === 'CREDITS'));
}

export function EarningsPage({ showTaxPack }: { showTaxPack: boolean }) {
  const [period, setPeriod, periodKnown] = usePeriod('earnings');
  const query = usePageQuery({ ...dashboardQuery('earnings', period), placeholderData: (prev) => prev, enabled: periodKnown });
  useDashboardPainted('earnings', query.isSuccess && !query.isPlaceholderData);
  const d = query.data;
  const [currency, setCurrency] = useCurrency(d?.currencies, 'USDT');
  const [taxPack, setTaxPack] = useState(showTaxPack);
  const [sourceKind, setSourceKind] = useState<'character' | 'plugin'>('character');
  useEffect(() => setTaxPack(showTaxPack), [showTaxPack]);

  if (d && d.currencies.length === 0 && !d.period.dataAsOf) return <NoDataYet title="Earnings" />;
  const compared = !!d?.period.previous;
  return (
    <div className="page">
      <DashboardHeader
        title="Earnings"
        period={period}
        onPeriod={setPeriod}
        info={d?.period}
        actions={
          <button type="button" onClick={() => setTaxPack(true)}>
            Tax pack…
          </button>
        }
      />
      {taxPack && d && <TaxPack zone={d.period.zone} onClose={() => setTaxPack(false)} />}
      <QueryState isLoading={query.isPending} error={query.error}>
        {d && (
          <>
            <NextPayoutLine payouts={d.outlook.nextPayouts} />
            <Section title="Balances" id="kpis" actions={<ExportButton request={{ dashboard: 'earnings', table: 'kpis', period }} />}>
              {withdrawableFirst(d.kpis).map((k) => (
                <KpiRow key={k.currency} kpi={k} periodLabel={PERIOD_WORDS[period.preset]} compared={compared} preset={period.preset} thisMonth={d.thisMonth} />
              ))}
              {d.kpis.length === 0 && <p className="muted">No money movements synced yet.</p>}
            </Section>
            <div className="sticky-tabs">
              <CurrencyTabs currencies={d.currencies} value={currency} onChange={setCurrency} />
            </div>
            <Section
              title={`Earnings over time by stream (${currency})`}
              id="over-time"
              actions={<ExportButton request={{ dashboard: 'earnings', table: 'earnings-over-time', period, currency }} />}
              note={
                <>
                  {compared && 'Dashed: the comparison period’s total, bucket by bucket. '}
                  {projectsOn(d) && 'Outlined bars after today: the estimate of the days still to come, not earnings.'}
                </>
              }
            >
              <StreamChart d={d} currency={currency} />
            </Section>
            <Section
              title={`This month and year, estimated (${currency})`}
              id="outlook"
              actions={d.outlook.projections.some((p) => p.currency === currency) && <ExportButton request={{ dashboard: 'earnings', table: 'outlook', period, currency, asOf: d.outlook.asOfMs }} />}
            >
              <Outlook outlook={d.outlook} currency={currency} zone={d.period.zone} />
            </Section>
            <div className="grid-2">
              <Section title="Where it comes from" id="distribution" actions={<ExportButton request={{ dashboard: 'earnings', table: 'distribution', period, currency }} />}>
                <Distribution shares={d.distribution} currency={currency} />
              </Section>
              <Section title="Month over month" id="growth" actions={<ExportButton request={{ dashboard: 'earnings', table: 'growth', period, currency }} />}>
                <GrowthChart growth={d.growth.find((g) => g.currency === currency)} currency={currency} periodEndsNow={d.period.current.partial} />
              </Section>
            </div>
            <div className="grid-2">
              <Section title="Top movers: where to spend your next 10 hours" id="movers">
                <Movers sources={d.sources} currency={currency} compared={compared} />
              </Section>
              <Section title="Per-user value" id="per-user" actions={<ExportButton request={{ dashboard: 'earnings', table: 'per-user', period, currency }} />}>
                <PerUser value={d.perUser.find((p) => p.currency === currency)} span={d.series.span} />
              </Section>
            </div>
            <Section
              title="Breakdown"
              id="breakdown"
              actions={
                <div className="tabs" role="tablist" aria-label="Breakdown by">
                  {(['character', 'plugin'] as const).map((k) => (
                    <button key={k} type="button" role="tab" aria-selected={sourceKind === k} className={sourceKind === k ? 'active' : undefined} onClick={() => setSourceKind(k)}>
                      {k === 'character' ? 'By character' : 'By plugin'}
                    </button>
                  ))}
                </div>
              }
            >
              <SourcesTable sources={d.sources} currency={currency} kind={sourceKind} period={period} />
            </Section>
            <div className="grid-2">
              <Section title="Direct support" id="support" actions={<ExportButton request={{ dashboard: 'earnings', table: 'support', period }} />}>
                <SupportList items={d.support.items} total={d.support.total} zone={d.period.zone} />
              </Section>
              <Section title="Reconciliation" id="reconciliation" actions={<ExportButton request={{ dashboard: 'earnings', table: 'reconciliation', period }} />}>
                <Reconciliation rows={d.reconciliation} zone={d.period.zone} />
              </Section>
            </div>
            <Section title="Payouts" id="payouts">
              <PayoutsPanel payouts={d.payouts} zone={d.period.zone} period={period} next={d.outlook.nextPayouts} />
            </Section>
            <p className="footnote">
              Money is bucketed by the instant it moved, in {d.period.zone}. Amounts in different currencies are never added together; credits are
              spendable on the platform, USDT is withdrawable.
            </p>
          </>
        )}
      </QueryState>
    </div>
  );
}
