// Events on the timeline of the account or of an item, the creator's notes on it, and the before/after
// comparison of any event.
import { beforeAfter, DEFAULT_WINDOW } from '../../../db/queries/events/before-after';
import { timelineEvents } from '../../../db/queries/events/list';
import { deleteTimelineNote, itemExists, saveTimelineNote } from '../../../db/queries/events/notes';
import { timelineItems } from '../../../db/queries/events/items';
import { reportingZone } from '../../../db/rollups';
import { ApiFailure } from '../failure';
import type { HandlersOf } from '../handler-types';

type EventMethod = 'events' | 'saveTimelineNote' | 'deleteTimelineNote' | 'beforeAfter' | 'timelineItems';

const gone = (id: number) => new ApiFailure('not_found', `There is no note ${id}: it may have been removed in another window.`);

export const eventHandlers: HandlersOf<EventMethod> = {
  events: (ctx, input) => ({ scope: input.scope, from: input.from, to: input.to, events: timelineEvents(ctx.db, input.scope, input, reportingZone(ctx.db)) }),
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
  beforeAfter(ctx, input) {
    const found = beforeAfter(ctx.db, input.event, input.windowDays ?? DEFAULT_WINDOW, reportingZone(ctx.db));
    if (!found) throw new ApiFailure('not_found', 'This event is no longer in your data (a removed note, or a work deleted on the platform).');
    return found;
  },
  timelineItems: (ctx) => timelineItems(ctx.db),
};
