// Events on the timeline of the account or of an item, the creator's notes on it, and the before/after
// comparison of any event.
import { DEFAULT_WINDOW } from '../../../db/queries/events/before-after';
import { deleteTimelineNote, itemExists, saveTimelineNote } from '../../../db/queries/events/notes';
import { timelineItems } from '../../../db/queries/events/items';
import { ApiFailure } from '../failure';
import type { HandlersOf } from '../handler-types';
import { readAt } from '../read-at';

type EventMethod = 'events' | 'saveTimelineNote' | 'deleteTimelineNote' | 'beforeAfter' | 'timelineItems';

const gone = (id: number) => new ApiFailure('not_found', `There is no note ${id}: it may have been removed in another window.`);

export const eventHandlers: HandlersOf<EventMethod> = {
  events: (ctx, input) => ctx.core.read('events', input, readAt(ctx)),
  saveTimelineNote(ctx, input) {
    if (input.item && !itemExists(ctx.db, input.item))
      throw new ApiFailure('not_found', `The ${input.item.kind} ${input.item.id} is not in your synced catalogue (it may have been deleted on the platform).`);
    const note = saveTimelineNote(ctx.db, input, ctx.now());
    if (!note) throw gone(input.id!);
    return note;
  },
  deleteTimelineNote(ctx, input) {
    if (!deleteTimelineNote(ctx.db, input.id)) throw gone(input.id);
    return { deleted: true };
  },
  async beforeAfter(ctx, input) {
    const found = await ctx.core.read('beforeAfter', { event: input.event, windowDays: input.windowDays ?? DEFAULT_WINDOW }, readAt(ctx));
    if (!found) throw new ApiFailure('not_found', 'This event is no longer in your data (a removed note, or a work deleted on the platform).');
    return found;
  },
  timelineItems: (ctx) => timelineItems(ctx.db),
};
