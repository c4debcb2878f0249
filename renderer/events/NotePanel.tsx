// A note on the timeline, new or edited: the day, a line of text and, optionally, the character,
// plugin or story it is about. On an item's page it is about that item unless unticked; on the
// account's pages any item can be picked, or none.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ItemRef, TimelineItem, TimelineScope } from '../../electron/api/types';
import { FIRST_DAY, LAST_DAY } from '../../db/date-bounds';
import { call } from '../api/client';
import { invalidateEvents } from './ChartEvents';
import type { TimelinePanel } from './context';

const MAX = 500;
const GROUPS: { kind: ItemRef['kind']; label: string }[] = [
  { kind: 'character', label: 'Characters' },
  { kind: 'plugin', label: 'Plugins' },
  { kind: 'story', label: 'Stories' },
];
const WORD = { character: 'character', plugin: 'plugin', story: 'story' } as const;

export const itemsQuery = { queryKey: ['timelineItems'], queryFn: () => call('timelineItems', {}) };

export function NotePanel({ panel, scope, onClose }: { panel: Extract<TimelinePanel, { kind: 'note' }>; scope: TimelineScope; onClose: () => void }) {
  const client = useQueryClient();
  const headingId = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  const items = useQuery(itemsQuery);
  const [day, setDay] = useState(panel.day);
  const [body, setBody] = useState(panel.text ?? '');
  const own = scope.kind === 'account' ? null : scope;
  const [aboutOwn, setAboutOwn] = useState(panel.noteId === undefined || panel.item !== null);
  const [picked, setPicked] = useState(panel.item ? `${panel.item.kind}:${panel.item.id}` : '');
  useEffect(() => text.current?.focus(), []);
  const item: ItemRef | null = own ? (aboutOwn ? own : null) : picked ? { kind: picked.split(':')[0] as ItemRef['kind'], id: picked.slice(picked.indexOf(':') + 1) } : null;
  const save = useMutation({
    mutationFn: () => call('saveTimelineNote', { ...(panel.noteId !== undefined ? { id: panel.noteId } : {}), day, text: body, item }),
    onSuccess: () => {
      invalidateEvents(client);
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const ownName = own && (items.data?.find((i) => i.kind === own.kind && i.id === own.id)?.name ?? `this ${WORD[own.kind]}`);
  return (
    <form className="event-panel form" onSubmit={submit} aria-labelledby={headingId} data-testid="note-form" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h3 id={headingId}>{panel.noteId === undefined ? 'Add a note' : 'Edit the note'}</h3>
      <div className="row">
        <label>
          Day
          <input type="date" required value={day} min={FIRST_DAY} max={LAST_DAY} onChange={(e) => setDay(e.target.value)} />
        </label>
        {own ? (
          <label className="check">
            <input type="checkbox" checked={aboutOwn} onChange={(e) => setAboutOwn(e.target.checked)} /> About {ownName} (otherwise about your whole account)
          </label>
        ) : (
          <label>
            About (optional)
            <select value={picked} onChange={(e) => setPicked(e.target.value)}>
              <option value="">Your whole account</option>
              {GROUPS.map((g) => (
                <optgroup key={g.kind} label={g.label}>
                  {(items.data ?? []).filter((i: TimelineItem) => i.kind === g.kind).map((i) => (
                    <option key={i.id} value={`${i.kind}:${i.id}`}>
                      {i.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
        )}
      </div>
      <label>
        Note
        <textarea ref={text} required rows={2} maxLength={MAX} value={body} onChange={(e) => setBody(e.target.value)} placeholder="What changed, e.g. “rewrote the greeting”, “posted on the forum”" />
        <span className="hint">
          {body.length} / {MAX} characters. Kept on this computer only.
        </span>
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending || body.trim() === ''}>
          {save.isPending ? 'Saving…' : 'Save the note'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        {save.error && (
          <span className="error small" role="alert">
            {save.error.message}
          </span>
        )}
      </div>
    </form>
  );
}
