import type { ReactNode } from 'react';

export function Section({ title, actions, children, id, note }: { title: string; actions?: ReactNode; children: ReactNode; id?: string; note?: ReactNode }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className="card" aria-labelledby={headingId} id={id}>
      <header className="card-header">
        <h2 id={headingId}>{title}</h2>
        <div className="card-actions">{actions}</div>
      </header>
      {children}
      {note && <p className="footnote">{note}</p>}
    </section>
  );
}
