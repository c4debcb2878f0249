import type { FollowerSeries } from '../../../electron/api/types';
import { TimeChart, type Series } from '../../charts/TimeChart';
import { axisOf } from '../../charts/bucket-axis';
import { countTotal, formatCount, plainNumber } from '../../../db/words/numbers';

/** Running net followers (new − lost) since the period began. */
function cumulative(gained: number[], lost: number[]): number[] {
  let net = 0;
  return gained.map((g, i) => (net += g - lost[i]));
}

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatCount(Math.abs(n))}`;

/**
 * Follower growth as net followers gained since the start of the period, so this period and the
 * last start from the same line and their slopes compare at a glance; the total is in the tooltip.
 */
export function GrowthChart({ s, compared }: { s: FollowerSeries; compared: boolean }) {
  // Days the platform has not published yet are gaps, not zeros.
  const net = cumulative(s.newFollowers, s.lostFollowers).map((n, i) => (s.total[i] === null ? null : n));
  const series: Series[] = [
    { label: 'New', values: s.newFollowers, exact: s.newFollowers.map(formatCount), total: countTotal(s.newFollowers), color: '#3ca56f' },
    { label: 'Lost', values: s.lostFollowers.map((n) => -n), exact: s.lostFollowers.map((n) => `−${formatCount(n)}`), total: `−${countTotal(s.lostFollowers)}`, color: '#d64f4f' },
    {
      label: 'Net since the start',
      values: net,
      exact: net.map((n, i) => (n === null ? 'not published yet' : `${signed(n)} (${formatCount(s.total[i]!)} followers)`)),
      color: '#5b5bd6',
      kind: 'line',
    },
  ];
  if (compared) {
    // Only as far as the comparison has days: an unfinished period is compared with as many days.
    const prev = cumulative(s.previousNew, s.previousLost).map((n, i) => (s.previousTotal[i] === null && s.previousNew[i] === 0 ? null : n));
    series.push({ label: 'Previous period: net', values: prev, exact: prev.map((n) => (n === null ? null : signed(n))), color: '#8a93a8', kind: 'line', dashed: true });
  }
  return (
    <TimeChart
      {...axisOf(s)}
      series={series}
      ariaLabel={`New, lost and net followers per ${s.granularity}`}
      provisionalFrom={s.provisionalFrom ?? undefined}
      yFormat={plainNumber}
      integer
    />
  );
}
