import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ThresholdKey, ThresholdMeta } from '../../../electron/api/types';
import { call } from '../../api/client';
import { RULE_LABEL } from './InsightCard';

const UNIT: Record<ThresholdMeta['unit'], string> = { '%': '%', '×': '×', points: 'points', days: 'days', count: '' };

/** The Settings page's section for the insight thresholds: every rule's numbers, visible and adjustable. */
export function ThresholdSettings() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['insight-thresholds'], queryFn: () => call('getInsightThresholds', {}) });
  const save = useMutation({
    mutationFn: (thresholds: Partial<Record<ThresholdKey, number>>) => call('saveInsightThresholds', { thresholds }),
    onSuccess: (view) => {
      client.setQueryData(['insight-thresholds'], view);
      void client.invalidateQueries({ queryKey: ['insights'] });
      void client.invalidateQueries({ queryKey: ['review'] });
    },
  });
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (window.location.hash.endsWith('/insights') && query.data) ref.current?.scrollIntoView({ block: 'start' });
  }, [query.data]);
  const view = query.data;
  if (!view) return null;
  const groups = [...new Set(view.meta.map((m) => m.rule))];
  return (
    <section className="card form thresholds" aria-labelledby="thresholds-title" id="insights" ref={ref}>
      <h2 id="thresholds-title">Insight thresholds</h2>
      <p className="hint">
        The “what to do next” cards on the Review and Audience pages fire when these numbers are crossed. They are compared with your own
        history and medians, so the defaults suit most creators; change one and the cards update.
      </p>
      {groups.map((rule) => (
        <fieldset key={rule} className="threshold-group">
          <legend>{rule === 'all' ? 'All rules' : rule === 'movers' ? 'Movers' : RULE_LABEL[rule]}</legend>
          {view.meta
            .filter((m) => m.rule === rule)
            .map((m) => (
              <ThresholdInput key={m.key} meta={m} value={view.values[m.key]} onSave={(v) => save.mutate({ [m.key]: v })} />
            ))}
        </fieldset>
      ))}
      <div className="row">
        <button type="button" onClick={() => save.mutate(Object.fromEntries(view.meta.map((m) => [m.key, m.default])))} disabled={save.isPending}>
          Restore the defaults
        </button>
        {save.error && <span className="error">{save.error.message}</span>}
        {save.isSuccess && <span className="ok">Saved</span>}
      </div>
    </section>
  );
}

function ThresholdInput({ meta, value, onSave }: { meta: ThresholdMeta; value: number; onSave: (v: number) => void }) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const n = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(n) && n >= meta.min && n <= meta.max;
  const commit = () => {
    if (valid && n !== value) onSave(n);
    else if (!valid) setText(String(value));
  };
  return (
    <label className="threshold">
      <span className="threshold-label">{meta.label}</span>
      <span className="threshold-input">
        <input
          type="number"
          className="narrow"
          min={meta.min}
          max={meta.max}
          step={meta.step}
          value={text}
          aria-invalid={!valid}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
        {UNIT[meta.unit]}
      </span>
      <span className="threshold-help muted">
        {meta.help} {value !== meta.default && <span className="small">(default {meta.default}{UNIT[meta.unit] === '%' ? '%' : ` ${UNIT[meta.unit]}`})</span>}
      </span>
    </label>
  );
}
