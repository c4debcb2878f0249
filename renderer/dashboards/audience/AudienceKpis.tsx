import type { AudienceDashboard } from '../../../electron/api/types';
import { CountDelta } from '../../components/DeltaBadge';
import { KpiCard } from '../../components/KpiCard';
import { rangeLabel } from '../../../db/words/dates';
import { PointsDelta } from './PointsDelta';
import { formatCount, percentText } from '../../../db/words/numbers';

const count = (n: number | null) => (n === null ? '–' : formatCount(n));

export function AudienceKpis({ d }: { d: AudienceDashboard }) {
  const f = d.followers;
  const s = d.announcements.summary;
  const compared = d.period.previous !== null;
  return (
    <div className="kpi-row">
      <KpiCard
        testId="kpi-followers"
        label="Followers"
        value={count(f.total.value)}
        delta={compared && f.total.value !== null && <CountDelta value={f.total.value} previous={f.total.previous} />}
        hint="at the end of the period: your direct broadcast reach"
      />
      <KpiCard
        testId="kpi-new-followers"
        label="New followers"
        value={count(f.newFollowers.value)}
        delta={compared && <CountDelta value={f.newFollowers.value} previous={f.newFollowers.previous} />}
      />
      <KpiCard
        testId="kpi-lost-followers"
        label="Lost followers"
        value={count(f.lostFollowers.value)}
        delta={compared && <CountDelta value={f.lostFollowers.value} previous={f.lostFollowers.previous} invert />}
      />
      <KpiCard
        testId="kpi-new-this-week"
        label="New this week"
        value={count(f.newThisWeek.value)}
        delta={<CountDelta value={f.newThisWeek.value} previous={f.newThisWeek.previous} />}
        hint={f.newThisWeek.range ? `${rangeLabel(f.newThisWeek.range)}, against the 7 days before` : 'no stats yet'}
      />
      <KpiCard
        testId="kpi-engagement"
        label="Announcement engagement"
        value={percentText(s.engagementRatePct.value)}
        delta={compared && <PointsDelta value={s.engagementRatePct.value} previous={s.engagementRatePct.previous} />}
        hint={`engaged / delivered over ${s.count.value} announcement${s.count.value === 1 ? '' : 's'}; opened ${percentText(s.openRatePct.value)}`}
      />
    </div>
  );
}
