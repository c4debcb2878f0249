import { useEffect, useId, useState } from 'react';
import type { ReviewItem, ReviewNote } from '../../../electron/api/types';
import { MetricTile } from './MetricView';
import { ReviewLists } from './ReviewLists';

/** One checklist item: tick it when done, the numbers against the last period, and a short note. */
export function ChecklistItem({
  item,
  note,
  previous,
  previousLabel,
  compared,
  onSave,
}: {
  item: ReviewItem;
  note: ReviewNote | undefined;
  previous: ReviewNote | undefined;
  previousLabel: string;
  compared: boolean;
  onSave: (checked: boolean, text: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(note?.note ?? '');
  useEffect(() => setText(note?.note ?? ''), [note?.note]);
  const checked = note?.checked ?? false;
  return (
    <section className={`card review-item${checked ? ' done' : ''}`} aria-labelledby={`${id}-title`} data-testid={`review-item-${item.id}`}>
      <header className="review-item-head">
        <input id={`${id}-check`} type="checkbox" checked={checked} onChange={(e) => onSave(e.target.checked, text)} />
        <h2 id={`${id}-title`}>
          <label htmlFor={`${id}-check`}>{item.title}</label>
        </h2>
      </header>
      <p className="review-guide muted">{item.guide}</p>
      {item.metrics.length > 0 && (
        <div className="kpi-row review-metrics">
          {item.metrics.map((m) => (
            <MetricTile key={m.id} m={m} compared={compared} />
          ))}
        </div>
      )}
      {item.metrics.length === 0 && item.lists.every((l) => l.rows.length === 0) && <p className="muted">Nothing in this period.</p>}
      <ReviewLists lists={item.lists} />
      {item.note && <p className="footnote">{item.note}</p>}
      <label className="review-note no-print">
        <span className="sr-only">Note for “{item.title}”</span>
        <textarea
          rows={2}
          maxLength={500}
          placeholder="A short note: what you saw, what you will do"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => text !== (note?.note ?? '') && onSave(checked, text)}
        />
      </label>
      {text && <p className="print-only review-note-print">Note: {text}</p>}
      {previous && (previous.checked || previous.note) && (
        <p className="previous-note small">
          <span className="muted">{previousLabel}:</span> {previous.checked ? '✓ done' : 'not ticked'}
          {previous.note && <> · “{previous.note}”</>}
        </p>
      )}
    </section>
  );
}
