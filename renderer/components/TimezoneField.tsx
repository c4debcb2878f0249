import { useEffect, useId, useMemo, useState } from 'react';

/** Every zone the system knows, UTC first: the platform's own days are UTC days, and Intl leaves UTC out. */
function allZones(extra: string | null): string[] {
  const zones = Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC');
  if (extra && extra !== 'UTC' && !zones.includes(extra)) zones.unshift(extra);
  return ['UTC', ...zones];
}

/**
 * A timezone picked by typing part of its name ("berl", "sao", "utc") and choosing from the browser's
 * suggestions (an input with a datalist: keyboard and screen readers handle it natively). An empty
 * field means the fallback (the creator profile's zone); a name that is no zone is refused, and said so.
 */
export function TimezoneField({
  label,
  value,
  onChange,
  fallback,
}: {
  label: string;
  value: string | null;
  onChange: (zone: string | null) => void;
  /** What an empty field stands for: its placeholder ("Creator profile (America/Sao_Paulo)") and its words
   *  in a sentence ("the creator profile's zone, America/Sao_Paulo"). */
  fallback: { label: string; words: string };
}) {
  const id = useId();
  const zones = useMemo(() => allZones(value), [value]);
  const [text, setText] = useState(value ?? '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(value ?? ''), [value]);
  const find = (t: string) => zones.find((z) => z.toLowerCase() === t.trim().toLowerCase());
  const commit = (t: string) => {
    if (t.trim() === '') {
      setInvalid(false);
      if (value !== null) onChange(null);
      return;
    }
    const zone = find(t);
    setInvalid(!zone);
    if (zone && zone !== value) onChange(zone);
    if (zone) setText(zone);
  };
  return (
    <div className="timezone-field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        list={`${id}-zones`}
        autoComplete="off"
        spellCheck={false}
        placeholder={fallback.label}
        value={text}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onChange={(e) => {
          setText(e.target.value);
          // A suggestion picked from the list is taken at once; typing is taken on Enter or leaving the field.
          if (find(e.target.value)) commit(e.target.value);
        }}
        onBlur={() => commit(text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(text);
          }
        }}
      />
      <datalist id={`${id}-zones`}>
        {zones.map((z) => (
          <option key={z} value={z}>
            {z === 'UTC' ? 'Coordinated Universal Time, the platform’s days' : undefined}
          </option>
        ))}
      </datalist>
      <p className="hint" id={`${id}-hint`}>
        Type part of a city or region (Berlin, Sao, Tokyo) and pick it
        {value !== 'UTC' && (
          <>
            , or{' '}
            <button type="button" className="link-button" onClick={() => commit('UTC')}>
              use UTC
            </button>
          </>
        )}
        . Left empty, {fallback.words} is used
        {value !== null && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => commit('')}>
              (go back to it)
            </button>
          </>
        )}
        .
      </p>
      {invalid && (
        <p className="error field-error" id={`${id}-error`} role="alert">
          “{text}” is not a timezone: pick one from the suggestions.
        </p>
      )}
    </div>
  );
}
