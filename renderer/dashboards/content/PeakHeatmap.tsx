import type { PeakHours } from '../../../electron/api/types';
import { rangeLabel } from '../../../db/words/dates';
import { formatCount } from '../../../db/words/numbers';
import { daysOf, weekdayOf } from '../../../db/time/days';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const LONG_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** How many of each weekday the dates hold: "4 of each weekday", "4 or 5 of each weekday". */
function weekdaysCovered(from: string, to: string): string {
  const counts = Array.from({ length: 7 }, () => 0);
  for (const day of daysOf({ from, to })) counts[weekdayOf(day)]++;
  const [low, high] = [Math.min(...counts), Math.max(...counts)];
  return `${low === high ? low : `${low} or ${high}`} of each weekday`;
}

/** Chats started by local weekday and hour: darker is busier. A table, so it reads cell by cell too. */
export function PeakHeatmap({ peak }: { peak: PeakHours }) {
  // Shade between the quietest and the busiest hour, so the shape of the week stands out.
  const values = peak.grid.flat();
  const max = Math.max(...values);
  const min = Math.min(...values);
  const heat = (v: number) => (max === min ? 0.6 : 0.06 + (0.94 * (v - min)) / (max - min));
  if (peak.total === 0) return <p className="muted">No hourly activity synced for this period.</p>;
  const steps = [0, 0.25, 0.5, 0.75, 1].map((f) => min + f * (max - min));
  return (
    <div className="heatmap-wrap">
      {peak.from && peak.to && (
        <p className="heat-coverage small" data-testid="heat-coverage">
          Over {rangeLabel({ from: peak.from, to: peak.to })} (UTC dates): {peak.days} days, {weekdaysCovered(peak.from, peak.to)}. Short periods
          read back to the last 28 days, so no weekday is empty by chance.
        </p>
      )}
      <table className="heatmap" aria-label={`Chats started by weekday and hour, ${peak.zone}`}>
        <thead>
          <tr>
            <th scope="col" className="sr-only">
              Day
            </th>
            {Array.from({ length: 24 }, (_, h) => (
              <th key={h} scope="col" className="heat-hour">
                {h % 3 === 0 ? String(h).padStart(2, '0') : <span className="sr-only">{hour(h)}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {peak.grid.map((hours, d) => (
            <tr key={d}>
              <th scope="row" className="heat-day">
                {DAYS[d]}
              </th>
              {hours.map((chats, h) => {
                const title = `${LONG_DAYS[d]} ${hour(h)}–${hour((h + 1) % 24)}: ${formatCount(chats)} chats`;
                return (
                  <td key={h} className="heat-cell" title={title} aria-label={title} style={{ ['--heat' as string]: heat(chats).toFixed(3) }}>
                    <span aria-hidden />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="heat-legend" data-testid="heat-legend">
        <span>Fewer chats</span>
        <span className="heat-scale" aria-hidden>
          {steps.map((v) => (
            <span key={v} className="heat-cell" style={{ ['--heat' as string]: heat(v).toFixed(3) }}>
              <span />
            </span>
          ))}
        </span>
        <span>More</span>
        <span className="muted">
          · from {formatCount(min)} to {formatCount(max)} chats started in an hour, over the {peak.days} days
        </span>
      </div>
      {peak.peak && (
        <p className="footnote">
          Busiest: <strong>{LONG_DAYS[peak.peak.weekday]}s around {hour(peak.peak.hour)}</strong> ({peak.zone}). Account-wide: the platform
          publishes hourly activity for all your characters together, in UTC hours, shifted here into your timezone.
        </p>
      )}
    </div>
  );
}
