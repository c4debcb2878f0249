// Input schemas of the timeline methods: the events of a chart's days, the creator's notes, and the
// before/after comparison of any event.
import { z } from 'zod';
import { MAX_TIMELINE_NOTE } from '../../../db/queries/events/notes';
import { WINDOW_CHOICES } from '../../../db/queries/events/before-after';
import { isIsoDate } from '../../../db/time/days';
import { Day, empty, ItemId } from '../schemas';

const ItemKind = z.enum(['character', 'plugin', 'story']);
const Item = z.object({ kind: ItemKind, id: ItemId }).strict();
const Scope = z.union([z.object({ kind: z.literal('account') }).strict(), Item]);
const NoteId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** A day a note is kept on: a real calendar date (Day alone lets 30 February through as 2 March). */
const NoteDay = Day.refine(isIsoDate, 'not a real date');

export const eventInputs = {
  events: z
    .object({ scope: Scope, from: Day, to: Day })
    .strict()
    .refine((r) => r.from <= r.to, 'from must not be after to'),
  saveTimelineNote: z
    .object({
      /** The note to change; a new note without it. */
      id: NoteId.optional(),
      day: NoteDay,
      // Kept to 500 characters when saved; the input allows some slack for whitespace.
      text: z
        .string()
        .max(MAX_TIMELINE_NOTE * 4)
        .refine((t) => t.trim().length > 0, 'write what happened')
        .refine((t) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(t), 'no control characters'),
      item: Item.nullable(),
    })
    .strict(),
  deleteTimelineNote: z.object({ id: NoteId }).strict(),
  beforeAfter: z
    .object({
      event: z.string().min(1).max(400),
      windowDays: z.literal(WINDOW_CHOICES).optional(),
    })
    .strict(),
  timelineItems: empty,
};
