import { usePageQuery } from '../../api/page-query';
import type { CharacterComparison, MetricDifference } from '../../../electron/api/types';
import { call } from '../../api/client';
import { DashboardHeader } from '../../components/DashboardHeader';
import { DataTable, type Column } from '../../components/DataTable';
import { ExportButton } from '../../components/ExportButton';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { usePeriod } from '../../components/usePeriod';
import { href, navigate } from '../../shell/route';
import { BreakdownList } from '../content/Breakdown';
import { ItemNotFound, ItemTitle } from '../content/ItemTitle';
import { MetricValue } from '../content/Metric';
import { OverlayChart } from '../content/MetricChart';
import { StatsNote } from '../content/StatsNote';
import { CHARACTER_META, formatChange } from '../content/metric-meta';
import { CHARACTER_ORDER } from './character-order';
import { delta, formatMoney } from '../../../db/words/money';
import { signedPct } from '../../../db/words/numbers';
import { currencyName } from '../../../db/words/vocabulary';

function DiffCell({ x }: { x: MetricDifference }) {
  const meta = CHARACTER_META[x.metric];
  const c = formatChange(x.b, x.a, meta.unit);
  if (!c) return <span className="muted" title="one of the two is not defined in this period">–</span>;
  const pct = x.diffPct === null ? null : Math.round(x.diffPct * 1000) / 10;
  return (
    <span className={`delta delta-${c.direction === 'flat' ? 'flat' : c.direction === 'up' ? 'good' : 'bad'}`}>
      {c.text}
      {meta.unit !== 'ratio' && ` (${signedPct(pct)})`}
    </span>
  );
}

function columns(d: CharacterComparison): Column<MetricDifference>[] {
  return [
    { key: 'metric', header: 'Metric', render: (x) => <span title={CHARACTER_META[x.metric].help}>{CHARACTER_META[x.metric].label}</span> },
    { key: 'a', header: d.a.character.name, align: 'right', render: (x) => <MetricValue value={x.a} meta={CHARACTER_META[x.metric]} /> },
    { key: 'b', header: d.b.character.name, align: 'right', render: (x) => <MetricValue value={x.b} meta={CHARACTER_META[x.metric]} /> },
    { key: 'diff', header: `Difference (${d.b.character.name} − ${d.a.character.name})`, align: 'right', render: (x) => <DiffCell x={x} /> },
  ];
}

function MoneySideBySide({ d }: { d: CharacterComparison }) {
  const currencies = [...new Set([...d.a.money, ...d.b.money].map((m) => m.currency))].sort();
  return (
    <table className="data-table compare-money">
      <thead>
        <tr>
          <th scope="col">Earned in the last 30 days</th>
          <th scope="col" className="num">{d.a.character.name}</th>
          <th scope="col" className="num">{d.b.character.name}</th>
          <th scope="col" className="num">Difference</th>
        </tr>
      </thead>
      <tbody>
        {currencies.map((c) => {
          const a = d.a.money.find((m) => m.currency === c)?.earnings30d.value ?? '0.00';
          const b = d.b.money.find((m) => m.currency === c)?.earnings30d.value ?? '0.00';
          const x = delta(b, a)!;
          return (
            <tr key={c}>
              <th scope="row">{currencyName(c)}</th>
              <td className="num">{formatMoney(a, c)}</td>
              <td className="num">{formatMoney(b, c)}</td>
              <td className="num">
                <span className={`delta delta-${x.direction === 'flat' ? 'flat' : x.direction === 'up' ? 'good' : 'bad'}`}>
                  {x.direction === 'down' ? '−' : x.direction === 'up' ? '+' : ''}
                  {formatMoney(x.abs.replace(/^-/, ''), c)} ({signedPct(x.pct)})
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Two characters side by side: the same metrics aligned with their differences, and charts overlaid. */
export function ComparePage({ a, b }: { a: string; b: string }) {
  const [period, setPeriod] = usePeriod('characters');
  const query = usePageQuery({ queryKey: ['compareCharacters', a, b, period], queryFn: () => call('compareCharacters', { period, a, b }) });
  const d = query.data;
  if (query.error && !d) return <ItemNotFound kind="characters" error={query.error} />;
  const id = JSON.stringify([a, b]);
  return (
    <div className="page">
      <ItemTitle kind="characters" label="Characters" />
      <DashboardHeader
        title={d ? `${d.a.character.name} vs ${d.b.character.name}` : 'Compare characters'}
        period={period}
        onPeriod={setPeriod}
        info={d?.period}
        actions={
          <button type="button" onClick={() => navigate('characters', 'compare', b, a)}>
            Swap ⇄
          </button>
        }
      />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {d && (
          <>
            <StatsNote stats={d.stats} period={d.period} spec={period} onPeriod={setPeriod} />
            <Section
              title="Side by side"
              id="compare"
              actions={<ExportButton request={{ dashboard: 'characters', table: 'compare', period, id }} rowOrder={d.differences.map((x) => x.metric)} />}
              note={
                <>
                  Open <a href={href('characters', a)}>{d.a.character.name}</a> or <a href={href('characters', b)}>{d.b.character.name}</a> for comparison periods and typical bands.
                </>
              }
            >
              <DataTable rows={d.differences} columns={columns(d)} rowKey={(x) => x.metric} caption="The two characters’ metrics and their differences" />
              <MoneySideBySide d={d} />
            </Section>
            <Section title="Over time" id="over-time">
              <div className="chart-grid">
                {CHARACTER_ORDER.map((m) => (
                  <figure key={m} className="metric-figure" data-testid={`compare-chart-${m}`}>
                    <figcaption>{CHARACTER_META[m].label}</figcaption>
                    <OverlayChart
                      set={d.a.series}
                      meta={CHARACTER_META[m]}
                      lines={[
                        { label: d.a.character.name, values: d.a.series.metrics[m].values },
                        { label: d.b.character.name, values: d.b.series.metrics[m].values },
                      ]}
                    />
                  </figure>
                ))}
              </div>
            </Section>
            <div className="grid-2">
              {[d.a, d.b].map((x) => (
                <Section key={x.character.id} title={`${x.character.name}: scenarios and models`}>
                  <BreakdownList rows={x.scenarios} unit="chats" empty="No scenario use in this period." />
                  <h3 className="subhead">Models</h3>
                  <BreakdownList rows={x.models} unit="chats" empty="No model use in this period." />
                </Section>
              ))}
            </div>
          </>
        )}
      </QueryState>
    </div>
  );
}
