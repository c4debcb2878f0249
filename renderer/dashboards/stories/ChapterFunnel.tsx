import type { ChapterStep, DropOff } from '../../../electron/api/types';
import { formatCount, ratioText } from '../../../db/words/numbers';

/** Where a story loses players, with the chapter before the drop named as the one to revise. */
export function DropOffAdvice({ dropOff }: { dropOff: DropOff | null }) {
  if (!dropOff) return <p className="muted">Nobody stopped partway in this period.</p>;
  return (
    <p className="callout" data-testid="drop-off-advice">
      Most players stop in <strong>chapter {dropOff.chapter}, “{dropOff.title}”</strong> ({formatCount(dropOff.dropped)} players).{' '}
      {dropOff.revise ? (
        <>
          Revise <strong>chapter {dropOff.revise.chapter}, “{dropOff.revise.title}”</strong>: the fix is usually the chapter before the drop, where
          engagement waned. Give its ending a stronger hook.
        </>
      ) : (
        <>That is the first chapter: revise its opening, since there is no chapter before it.</>
      )}
    </p>
  );
}

/** Players reaching each chapter (bar) and dropping at it (red end of the bar). */
export function ChapterFunnel({ steps, dropOff }: { steps: ChapterStep[]; dropOff: DropOff | null }) {
  const max = Math.max(1, ...steps.map((s) => s.reached));
  if (steps.every((s) => s.reached === 0 && s.dropped === 0)) return <p className="muted">No plays reached any chapter in this period.</p>;
  return (
    <ol className="funnel" aria-label="Chapter funnel">
      {steps.map((s) => {
        const isDrop = s.chapter === dropOff?.chapter;
        const isRevise = s.chapter === dropOff?.revise?.chapter;
        const reachedPct = (s.reached / max) * 100;
        const droppedPct = (Math.min(s.dropped, s.reached) / max) * 100;
        return (
          <li key={s.chapter} className={isDrop ? 'drop-off' : isRevise ? 'revise' : undefined} data-testid={`chapter-${s.chapter}`}>
            <span className="ellipsis" title={s.title}>
              <strong>{s.chapter}</strong> · {s.title}
              {isDrop && <span className="funnel-tag error">drop-off</span>}
              {isRevise && <span className="funnel-tag" style={{ color: 'var(--accent)' }}>revise this</span>}
            </span>
            <span className="funnel-bar" aria-hidden>
              <span className="reached" style={{ width: `${reachedPct}%` }} />
              <span className="dropped" style={{ left: `${reachedPct - droppedPct}%`, width: `${droppedPct}%` }} />
            </span>
            <span className="num small">
              {formatCount(s.reached)} reached · {formatCount(s.dropped)} left
              {s.dropRate !== null && <span className="muted"> ({ratioText(s.dropRate, 0)})</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
