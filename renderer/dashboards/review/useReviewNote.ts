import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReviewNote, ReviewPayload } from '../../../electron/api/types';
import { call } from '../../api/client';

/** Saves a tick or a note at once, showing it before the database answers (and putting it back if it fails). */
export function useReviewNote(queryKey: readonly unknown[], periodKey: string) {
  const client = useQueryClient();
  const patch = (note: ReviewNote) =>
    client.setQueryData<ReviewPayload>(queryKey, (old) => old && { ...old, notes: [...old.notes.filter((n) => n.item !== note.item), note] });
  return useMutation({
    mutationFn: (input: { item: string; checked: boolean; note: string }) => call('saveReviewNote', { key: periodKey, ...input }),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey });
      const before = client.getQueryData<ReviewPayload>(queryKey);
      patch({ ...input, updatedAt: new Date().toISOString() });
      return { before };
    },
    onError: (_e, _input, context) => context?.before && client.setQueryData(queryKey, context.before),
    onSuccess: (note) => {
      patch(note);
      // Other periods' payloads show this one as their "previous" notes and in their history.
      void client.invalidateQueries({ queryKey: ['review'], predicate: (q) => JSON.stringify(q.queryKey) !== JSON.stringify(queryKey) });
      // A ticked move is an event on its item's timeline.
      if (note.item.startsWith('insight:')) void client.invalidateQueries({ queryKey: ['events'] });
    },
  });
}
