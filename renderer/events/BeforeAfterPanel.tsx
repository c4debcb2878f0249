// Before and after an event: the figures its kind of change should move, over the same whole weeks on
// each side of its day, each change set against the usual change between two such windows before it.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { BeforeAfter, BeforeAfterMetric } from '../../electron/api/types';
import { dateLabel, rangeLabel } from '../../db/words/dates';
import { call } from '../api/client';

const WINDOWS = [7, 14, 28] as const;
type WindowDays = (typeof WINDOWS)[number];

const VERDICT_WORD: Record<BeforeAfterMetric['verdict'], string> = {
  above: 'Beyond usual: up',
  below: 'Beyond usual: down',
  within: 'Within usual',
  unknown: 'Not known',
};

/** The usual range of the change as a bar, the change as a dot, and zero as a tick (the text says it all; this shows it at a glance). */
function BandBar({ m }: { m: BeforeAfterMetric }) {
  if (!m.band || m.change === null) return null;
  const lo = Math.min(m.band.low, m.change, 0);
  const hi = Math.max(m.band.high, m.change, 0);
  const span = hi - lo || 1;
  const x = (v: number) => 6 + ((v - lo) / span) * 108;
  return (
    <svg className="band-bar" width="120" height="14" viewBox="0 0 120 14" aria-hidden="true">
      <rect className="band-bar-band" x={x(m.band.low)} y="4" width={Math.max(2, x(m.band.high) - x(m.band.low))} height="6" rx="2" />
      <line className="band-bar-zero" x1={x(0)} x2={x(0)} y1="1" y2="13" />
      <circle className={`band-bar-change verdict-${m.verdict}`} cx={x(m.change)} cy="7" r="4" />
    </svg>
  );
}

/** The windows, their notes and the figures of a comparison (the review shows its moves' with the same table). */
export function Comparison({ d }: { d: BeforeAfter }) {
  return (
    <>
      <p className="before-after-windows">
        {d.before ? (
          <>
            Before: <strong>{rangeLabel(d.before)}</strong> ({d.before.days} days)
          </>
        ) : (
          'No before window'
        )}
        {' · '}
        {d.after ? (
          <>
            After: <strong>{rangeLabel(d.after)}</strong> ({d.after.days} days)
          </>
        ) : (
          'No after window yet'
        )}
        <span className="muted small"> · stats days (UTC); {dateLabel(d.event.day)} itself is in neither, and both hold whole weeks.</span>
      </p>
      {d.notes.map((n) => (
        <p key={n} className="callout small" role="note">
          {n}
        </p>
      ))}
      <table className="before-after-table">
        <caption className="sr-only">
          {d.subject}: before and after {d.event.title}, {dateLabel(d.event.day)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="num">
              Before
            </th>
            <th scope="col" className="num">
              After
            </th>
            <th scope="col" className="num">
              Change
            </th>
            <th scope="col">Usual change</th>
            <th scope="col">Against its usual variation</th>
          </tr>
        </thead>
        <tbody>
          {d.metrics.map((m) => (
            <tr key={m.id} data-testid={`before-after-${m.id}`} data-verdict={m.verdict}>
              <th scope="row">{m.label}</th>
              <td className="num">{m.text.before}</td>
              <td className="num">{m.text.after}</td>
              <td className="num">{m.text.change}</td>
              <td className="small">{m.text.usual}</td>
              <td>
                <span className={`verdict verdict-${m.verdict}`}>{VERDICT_WORD[m.verdict]}</span> <BandBar m={m} />
                <span className="sr-only">: {m.text.verdict}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small" data-testid="before-after-summary">
        {d.summary}
      </p>
    </>
  );
}

export function BeforeAfterPanel({ eventId, onClose }: { eventId: string; onClose: () => void }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [windowDays, setWindowDays] = useState<WindowDays>(28);
  const query = useQuery({ queryKey: ['beforeAfter', eventId, windowDays], queryFn: () => call('beforeAfter', { event: eventId, windowDays }), placeholderData: (prev) => prev });
  useEffect(() => heading.current?.focus(), []);
  const d = query.data;
  return (
    <section className="event-panel before-after" aria-labelledby={headingId} data-testid="before-after" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="event-panel-header">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          Before and after{d ? `: ${d.event.title}, ${dateLabel(d.event.day)}` : ''}
        </h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {d && (
        <p className="muted">
          {d.subject.charAt(0).toUpperCase()}
          {d.subject.slice(1)}: {d.before && d.after ? `the ${d.before.days} days before against the ${d.after.days} days after` : `${d.windowDays} days on each side, where published`}, each
          change set against how much it usually moves between two such windows (10th–90th percentile of the changes before it).
        </p>
      )}
      <div className="tabs" role="group" aria-label="Days on each side">
        {WINDOWS.map((n) => (
          <button key={n} type="button" className={n === windowDays ? 'active' : undefined} aria-pressed={n === windowDays} onClick={() => setWindowDays(n)}>
            {n} days
          </button>
        ))}
      </div>
      {query.isPending && <p className="muted">Comparing…</p>}
      {query.error && (
        <p className="error" role="alert">
          {query.error.message}
        </p>
      )}
      {d && <Comparison d={d} />}
    </section>
  );
}
