/** What became of a settings form's save: its error in words, or "Saved". */
export function SaveOutcome({ error, saved }: { error: Error | null; saved: boolean }) {
  if (error)
    return (
      <span className="error" role="alert">
        {error.message}
      </span>
    );
  return saved ? <span className="ok">Saved</span> : null;
}
