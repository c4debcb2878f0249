import { rangeLabel } from '../../db/words/dates';
import { useEffect, useId, useState } from 'react';
import type { CompareChoice, PeriodInfo, PeriodSpec, Preset } from '../../electron/api/types';
import { DAY_BOUNDS_TEXT, FIRST_DAY, inDayBounds, LAST_DAY } from '../../db/date-bounds';

/** A range both of whose days the app accepts; a day typed past the inputs' bounds is not sent. */
const usable = (a: string, b: string) => Boolean(a && b) && inDayBounds(a) && inDayBounds(b);

const PRESETS: { value: Preset; label: string }[] = [
  { value: 'today', label: 'Today' },
  { value: 'week', label: 'This week' },
  { value: 'month', label: 'This month' },
  { value: 'last_month', label: 'Last month' },
  { value: 'year', label: 'This year' },
  { value: 'all', label: 'All time' },
  { value: 'custom', label: 'Custom range' },
];

/** Period and comparison choice, with the resolved ranges spelled out so nobody wonders what "this week" means. */
export function PeriodPicker({ value, onChange, info }: { value: PeriodSpec; onChange: (p: PeriodSpec) => void; info?: PeriodInfo }) {
  const id = useId();
  const [from, setFrom] = useState(value.from ?? info?.current.from ?? '');
  const [to, setTo] = useState(value.to ?? info?.current.to ?? '');
  const compare = typeof value.compare === 'object' ? 'custom' : (value.compare ?? 'previous');
  const [cmpFrom, setCmpFrom] = useState(typeof value.compare === 'object' ? value.compare.from : (info?.previous?.from ?? ''));
  const [cmpTo, setCmpTo] = useState(typeof value.compare === 'object' ? value.compare.to : (info?.previous?.to ?? ''));
  // A range chosen elsewhere (a page's "Show the last complete day") shows in the inputs too.
  useEffect(() => {
    if (value.from) setFrom(value.from);
    if (value.to) setTo(value.to);
  }, [value.from, value.to]);
  const apply = (patch: Partial<PeriodSpec>) => onChange({ ...value, ...patch });
  return (
    <div className="period-picker" role="group" aria-label="Period">
      <label htmlFor={`${id}-preset`} className="sr-only">
        Period
      </label>
      <select
        id={`${id}-preset`}
        value={value.preset}
        onChange={(e) => {
          const preset = e.target.value as Preset;
          if (preset === 'custom') apply({ preset, from: from || info?.current.from, to: to || info?.current.to });
          else onChange({ preset, compare: value.compare });
        }}
      >
        {PRESETS.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
      {value.preset === 'custom' && (
        <span className="range-inputs">
          <input type="date" aria-label="From" title={DAY_BOUNDS_TEXT} value={from} min={FIRST_DAY} max={to || LAST_DAY} aria-invalid={Boolean(from) && !inDayBounds(from)} onChange={(e) => setFrom(e.target.value)} onBlur={() => usable(from, to) && apply({ from, to })} />
          <span aria-hidden>–</span>
          <input type="date" aria-label="To" title={DAY_BOUNDS_TEXT} value={to} min={from || FIRST_DAY} max={LAST_DAY} aria-invalid={Boolean(to) && !inDayBounds(to)} onChange={(e) => setTo(e.target.value)} onBlur={() => usable(from, to) && apply({ from, to })} />
        </span>
      )}
      <label htmlFor={`${id}-compare`} className="muted">
        vs
      </label>
      <select
        id={`${id}-compare`}
        value={compare}
        onChange={(e) => {
          const v = e.target.value;
          if (v === 'custom') apply({ compare: { from: cmpFrom || info?.previous?.from || info?.current.from || '', to: cmpTo || info?.previous?.to || info?.current.to || '' } });
          else apply({ compare: v as CompareChoice });
        }}
      >
        <option value="previous">previous period</option>
        <option value="last_year">same period last year</option>
        <option value="weekday">same weekdays, weeks before</option>
        <option value="custom">another period…</option>
        <option value="none">no comparison</option>
      </select>
      {compare === 'custom' && (
        <span className="range-inputs">
          <input type="date" aria-label="Compare from" title={DAY_BOUNDS_TEXT} value={cmpFrom} min={FIRST_DAY} max={cmpTo || LAST_DAY} aria-invalid={Boolean(cmpFrom) && !inDayBounds(cmpFrom)} onChange={(e) => setCmpFrom(e.target.value)} onBlur={() => usable(cmpFrom, cmpTo) && apply({ compare: { from: cmpFrom, to: cmpTo } })} />
          <span aria-hidden>–</span>
          <input type="date" aria-label="Compare to" title={DAY_BOUNDS_TEXT} value={cmpTo} min={cmpFrom || FIRST_DAY} max={LAST_DAY} aria-invalid={Boolean(cmpTo) && !inDayBounds(cmpTo)} onChange={(e) => setCmpTo(e.target.value)} onBlur={() => usable(cmpFrom, cmpTo) && apply({ compare: { from: cmpFrom, to: cmpTo } })} />
        </span>
      )}
      {info && (
        <span className="period-ranges muted" data-testid="period-ranges">
          {rangeLabel(info.current)}
          {info.current.partial && ' (so far)'}
          {info.previous && (
            <span className="period-vs">
              {` vs ${rangeLabel(info.previous)}`}
              {info.previous.partial && ' (same point)'}
            </span>
          )}
        </span>
      )}
    </div>
  );
}
