// The earnings guide's unique users, per character: distinct users ever and new ones in the period, from
// the platform's end-of-day count of distinct users, beside the 30-day active users the analytics guide
// asks for. Each says its own window: distinct counts over different days are different figures.
import type { CharacterDetail, PeriodSpec } from '../../../electron/api/types';
import { ExportButton } from '../../components/ExportButton';
import { KpiCard } from '../../components/KpiCard';
import { Section } from '../../components/Section';
import { MetricDelta } from '../content/Metric';
import { NotAvailable, Reason } from './NotAvailable';
import { dateLabel, rangeLabel } from '../../../db/words/dates';
import { formatCount } from '../../../db/words/numbers';
import { addDays } from '../../../db/time/days';

const COUNT = { label: '', unit: 'count' as const, why: '' };

export function UniqueUsers({ d, request }: { d: CharacterDetail; request: (table: string) => { dashboard: 'characters'; table: string; period: PeriodSpec; id: string } }) {
  const u = d.users;
  const w = d.stats.current;
  const a30 = d.kpis.activeUsers30d;
  const compared = !!d.period.previous;
  const value = (v: number | null) => (v !== null ? formatCount(v) : u.unavailable ? <NotAvailable reason={u.unavailable} /> : <span className="muted">–</span>);
  return (
    <Section title="Unique users" id="users" actions={<ExportButton request={request('users')} />} note="Counted by the platform (distinct users, never added up over days); stats days are UTC dates.">
      <div className="kpi-row">
        <KpiCard testId="users-total" label={u.asOf ? `Unique users, all time to ${dateLabel(u.asOf)}` : 'Unique users, all time'} figure="unique_users" value={value(u.total)} hint="distinct users who ever chatted with it" />
        <KpiCard
          testId="users-new"
          label={w ? `New unique users, ${rangeLabel(w)}` : 'New unique users in the period'}
          figure="new_unique_users"
          value={value(u.new.value)}
          delta={compared && u.new.value !== null ? <MetricDelta m={u.new} meta={COUNT} /> : undefined}
          hint="first chatted in the period"
        />
        <KpiCard
          testId="users-active-30d"
          label={w ? `Active users, 30 days to ${dateLabel(w.to)}` : 'Active users, 30 days'}
          figure="active_users_30d"
          value={a30.value === null ? <span className="muted">–</span> : formatCount(a30.value)}
          delta={compared && a30.value !== null ? <MetricDelta m={a30} meta={COUNT} /> : undefined}
          hint={w ? `chatted between ${dateLabel(addDays(w.to, -29))} and ${dateLabel(w.to)}` : undefined}
        />
      </div>
      <Reason reason={u.unavailable} />
    </Section>
  );
}
