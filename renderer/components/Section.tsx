import { useContext, useId, type ReactNode } from 'react';
import { PageNameContext } from '../shell/page-activity';

export function Section({ title, actions, children, id, note }: { title: string; actions?: ReactNode; children: ReactNode; id?: string; note?: ReactNode }) {
  const page = useContext(PageNameContext);
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId} id={id && (page ? `${page}-${id}` : id)}>
      <header className="card-header">
        <h2 id={headingId}>{title}</h2>
        <div className="card-actions">{actions}</div>
      </header>
      {children}
      {note && <p className="footnote">{note}</p>}
    </section>
  );
}
