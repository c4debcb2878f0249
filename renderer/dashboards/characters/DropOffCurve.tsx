// The earnings guide's drop-off points: of the chats that ended in the period, the share still going
// after 1, 2, 3… messages (the platform's length buckets give those points exactly), against the
// comparison period's as a dashed line. Counts only: no chat's words ever reach the studio.
import { useMemo } from 'react';
import { Chart as ReactChart } from 'react-chartjs-2';
import type { ChartOptions } from 'chart.js';
import type { ChatLengths } from '../../../electron/api/types';
import '../../charts/register';
import { colorFor } from '../../charts/palette';
import { useChartColors } from '../../charts/theme';
import { formatCount, ratioText } from '../../../db/words/numbers';

const pct = (v: number | null) => (v === null ? null : v * 100);

export function DropOffChart({ c, compared }: { c: ChatLengths; compared: boolean }) {
  const colors = useChartColors();
  const labels = c.curve.map((p) => String(p.after));
  const withPrevious = compared && c.previousTotal !== null;
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      responsive: true,
      plugins: {
        legend: { display: withPrevious, labels: { color: colors.text } },
        tooltip: { callbacks: { title: (items) => `After ${items[0].label} messages`, label: (ctx) => `${ctx.dataset.label}: ${ratioText((ctx.parsed.y ?? 0) / 100)} still going` } },
      },
      scales: {
        x: { title: { display: true, text: 'Messages so far', color: colors.muted }, ticks: { color: colors.muted }, grid: { color: colors.grid } },
        y: { min: 0, max: 100, title: { display: true, text: 'Chats still going', color: colors.muted }, ticks: { color: colors.muted, callback: (v) => `${v}%` }, grid: { color: colors.grid } },
      },
    }),
    [colors, withPrevious],
  );
  const data = {
    labels,
    datasets: [
      { label: 'This period', data: c.curve.map((p) => pct(p.share)), borderColor: colorFor(0), backgroundColor: colorFor(0), pointRadius: 3, tension: 0 },
      ...(withPrevious ? [{ label: 'Comparison period', data: c.curve.map((p) => pct(p.previous)), borderColor: colors.muted, backgroundColor: colors.muted, borderDash: [6, 4], pointRadius: 2, tension: 0 }] : []),
    ],
  };
  const at = (n: number) => c.curve.find((p) => p.after === n)?.share ?? null;
  const summary =
    c.total === 0
      ? 'No chats ended in this period.'
      : `${formatCount(c.total)} chats ended: ${ratioText(at(1))} went past one message, ${ratioText(at(3))} past three, ${ratioText(at(10))} past ten.`;
  // The table beside it holds the same points: the chart is one image, named by its summary.
  return (
    <div className="chart" style={{ height: 240 }} role="img" aria-label={`Drop-off curve: share of chats still going after each number of messages. ${summary}`}>
      <ReactChart type="line" aria-hidden data={data} options={options} />
    </div>
  );
}
