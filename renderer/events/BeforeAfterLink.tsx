// A before/after comparison opened from a sentence about an event (the character page's greeting
// line), drawn under it like a chart's.
import { useContext, useId, type ReactNode } from 'react';
import { PanelContext, useTimeline } from './context';

export function BeforeAfterLink({ eventId, children, label }: { eventId: string; children: ReactNode; label: string }) {
  const timeline = useTimeline();
  const panelFor = useContext(PanelContext);
  const origin = useId();
  return (
    <div className="before-after-link">
      <p className="muted small">
        {children}{' '}
        {timeline && (
          <button type="button" className="link-button" onClick={(e) => timeline.open(origin, { kind: 'before-after', eventId }, e.currentTarget)}>
            {label}
          </button>
        )}
      </p>
      {panelFor(origin)}
    </div>
  );
}
