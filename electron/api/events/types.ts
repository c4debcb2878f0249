// What the timeline methods answer (db/queries/types/events).
import type { BeforeAfter, TimelineEvents, TimelineItem, TimelineNote } from '../../../db/queries/types/events';

export interface EventOutputs {
  events: TimelineEvents;
  saveTimelineNote: TimelineNote;
  deleteTimelineNote: { deleted: true };
  beforeAfter: BeforeAfter;
  timelineItems: TimelineItem[];
}
