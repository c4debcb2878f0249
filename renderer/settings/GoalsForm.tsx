import { useState, type FormEvent } from 'react';
import { useSaveSettings, useSettings } from '../api/hooks';
import type { Settings } from '../../electron/api/types';
import { currencyName } from '../../db/words/vocabulary';
import { SaveOutcome } from './SaveOutcome';

/** A monthly income goal per currency: Earnings shows progress toward it and where the month's estimate ends against it. */
export function GoalsForm() {
  const { data: settings } = useSettings();
  if (!settings) return null;
  return <Goals settings={settings} />;
}

function Goals({ settings }: { settings: Settings }) {
  const save = useSaveSettings();
  const currencies = [...new Set([...settings.currencies, ...Object.keys(settings.goals)])].sort();
  const [goals, setGoals] = useState<Record<string, string>>(settings.goals);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ goals: Object.fromEntries(Object.entries(goals).filter(([, v]) => v.trim() !== '')) });
  };
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="goals-title">
      <h2 id="goals-title">Goals</h2>
      <p className="hint">
        A monthly income goal per currency. Earnings shows how far this month is, whether its estimated end reaches the goal, and how many of the last
        twelve months did. Leave a field empty for no goal.
      </p>
      {currencies.length === 0 && <p className="muted">No money synced yet: goals can be set once a currency appears.</p>}
      {currencies.map((c) => (
        <label key={c}>
          Monthly goal in {currencyName(c)}
          <input
            type="text"
            inputMode="decimal"
            className="goal"
            name={`goal-${c}`}
            value={goals[c] ?? ''}
            placeholder="No goal"
            autoComplete="off"
            onChange={(e) => setGoals({ ...goals, [c]: e.target.value })}
          />
        </label>
      ))}
      {currencies.length > 0 && (
        <div className="row">
          <button type="submit" className="primary" disabled={save.isPending}>
            Save goals
          </button>
          <SaveOutcome error={save.error} saved={save.isSuccess} />
        </div>
      )}
    </form>
  );
}
