import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state" role="note">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
