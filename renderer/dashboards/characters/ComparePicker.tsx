import { useId, useState } from 'react';
import { navigate } from '../../shell/route';

/** Pick two characters for the A/B comparison the guide recommends after duplicating one. */
export function ComparePicker({ rows, initialA }: { rows: { id: string; name: string }[]; initialA?: string }) {
  const id = useId();
  const [a, setA] = useState(initialA ?? rows[0]?.id ?? '');
  const [b, setB] = useState(rows.find((r) => r.id !== (initialA ?? rows[0]?.id))?.id ?? '');
  if (rows.length < 2) return null;
  return (
    <form
      className="compare-picker"
      onSubmit={(e) => {
        e.preventDefault();
        if (a && b && a !== b) navigate('characters', 'compare', a, b);
      }}
    >
      {!initialA && (
        <>
          <label htmlFor={`${id}-a`}>Compare</label>
          <select id={`${id}-a`} value={a} onChange={(e) => setA(e.target.value)}>
            {rows.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-b`}>{initialA ? 'Compare with' : 'with'}</label>
      <select id={`${id}-b`} value={b} onChange={(e) => setB(e.target.value)}>
        {rows
          .filter((r) => r.id !== a)
          .map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
      </select>
      <button type="submit" disabled={!a || !b || a === b}>
        Compare side by side
      </button>
    </form>
  );
}
