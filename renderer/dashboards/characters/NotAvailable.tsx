/** A figure the platform does not send: said as not available, with why, never as zero. */
export function NotAvailable({ reason }: { reason: string }) {
  return (
    <span className="muted not-available" title={reason}>
      Not available
    </span>
  );
}

/** The reason under a card or a section, in words anyone can read without hovering. */
export function Reason({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return <p className="footnote not-available-reason">{reason}</p>;
}
