// The review's close of the loop: what the moves ticked in earlier reviews changed (the before/after a
// marker opens, as of this period's end), and the creator's timeline notes on this period's days.
import type { ReviewPayload } from '../../../electron/api/types';
import { dateLabel } from '../../../db/words/dates';
import { Section } from '../../components/Section';
import { Comparison } from '../../events/BeforeAfterPanel';
import { href } from '../../shell/route';

const PAGE = { character: 'characters', plugin: 'plugins', story: 'stories' } as const;

export function MoveEffects({ r }: { r: ReviewPayload }) {
  if (r.effects.length === 0) return null;
  return (
    <Section
      title="What your earlier moves changed"
      id="effects"
      note="Each move you ticked “Acted on” in the 13 weeks before this period, measured as of its end: the same weeks before and after the day you ticked it, against how much the figure usually moves between two such windows."
    >
      {r.effects.map(({ comparison: c, tickedIn }) => (
        <article key={c.event.id} className="effect" data-testid="effect">
          <h3>
            {c.event.title}
            <span className="muted small">
              {' '}
              · ticked on {dateLabel(c.event.day)} in the review of {tickedIn}
              {c.event.item && (
                <>
                  {' '}
                  · <a href={href(PAGE[c.event.item.kind], c.event.item.id)}>open {c.event.item.name}</a>
                </>
              )}
            </span>
          </h3>
          {c.event.detail && <p className="muted small">Your note: {c.event.detail}</p>}
          <Comparison d={c} />
        </article>
      ))}
    </Section>
  );
}

export function TimelineNotes({ r }: { r: ReviewPayload }) {
  if (r.timelineNotes.length === 0) return null;
  return (
    <Section title="Your notes on these days" id="timeline-notes" note="Notes you added on a chart; each is a marker on the charts of your account and of what it is about.">
      <ul className="event-list">
        {r.timelineNotes.map((e) => (
          <li key={e.id} className="event-item" data-testid="review-timeline-note">
            <span className="event-flag own" aria-hidden="true" />
            <span className="event-day">{dateLabel(e.day)}</span>
            <span className="event-text">
              {e.title}
              {e.item && <span className="muted"> · {e.item.name}</span>}
            </span>
            <span />
          </li>
        ))}
      </ul>
    </Section>
  );
}
