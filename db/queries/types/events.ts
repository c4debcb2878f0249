import type { DayRange } from './audience';

// Events on the timeline: what happened on a day that may have changed the numbers (a greeting edit,
// an announcement, a new work, a payout, a move the creator ticked in the review, the creator's own
// notes), drawn as markers on the charts they belong to, and the before/after comparison of any of
// them judged against the item's own usual variation.

export type ItemKind = 'character' | 'plugin' | 'story';

export interface ItemRef {
  kind: ItemKind;
  id: string;
}

/** Whose timeline: the whole account's (Earnings, Audience) or one character's, plugin's or story's. */
export type TimelineScope = { kind: 'account' } | ItemRef;

export type EventKind = 'note' | 'greeting' | 'price' | 'announcement' | 'created' | 'payout-paid' | 'payout-failed' | 'acted-on';

export interface TimelineEvent {
  /** Stable, and enough to find the event again: 'note:12', 'greeting:chr_0002', 'price:chr_0002:<the
   *  price version's updated_at>', 'announcement:ann_0007',
   *  'created:character:chr_0002', 'payout:pay_0004', 'acted:2026-W47:insight:greeting:chr_0002'. */
  id: string;
  kind: EventKind;
  /** The calendar day it happened, in the reporting timezone. */
  day: string;
  /** What happened, in a few words ("Greeting edited", "Announcement: Kael gets a longer memory"). */
  title: string;
  /** More words where there are some: a ticked move's note, a failed payout's reason. */
  detail: string | null;
  /** The character, plugin or story it is about; null for the whole account. */
  item: (ItemRef & { name: string }) | null;
  /** A note's own id, to edit or remove it; null for events that come from synced data. */
  noteId: number | null;
}

export interface TimelineEvents {
  scope: TimelineScope;
  from: string;
  to: string;
  events: TimelineEvent[];
}

export interface TimelineNote {
  id: number;
  day: string;
  text: string;
  item: ItemRef | null;
  createdAt: string;
  updatedAt: string;
}

/** A character, plugin or story a note can be about. */
export interface TimelineItem extends ItemRef {
  name: string;
}

/** Where a change sits against the usual change between two such windows: beyond it (up or down), within it, or unknown. */
export type ChangeVerdict = 'above' | 'below' | 'within' | 'unknown';

export interface BeforeAfterMetric {
  id: string;
  label: string;
  /** ratio: 0..1, shown as a percentage and changing by points; per-day: a daily mean; decimal: a plain mean (messages per chat). */
  unit: 'ratio' | 'per-day' | 'decimal';
  before: number | null;
  after: number | null;
  /** after − before, in the metric's unit. */
  change: number | null;
  /** The usual change between two consecutive windows of this length before the event: the 10th to 90th
   *  percentile (and median) of those changes; null with fewer than 4 of them. */
  band: { low: number; median: number; high: number; samples: number } | null;
  verdict: ChangeVerdict;
  /** The same figures as text, as the page, the export and the review say them. */
  text: { before: string; after: string; change: string; usual: string; verdict: string };
}

export interface BeforeAfter {
  event: TimelineEvent;
  /** Whose numbers are compared: the item's name, or "your account". */
  subject: string;
  /** The window length asked for (7, 14 or 28 days). */
  windowDays: number;
  /** The stats days compared (UTC dates): the same weekdays on both sides, the event's own day left out. */
  before: DayRange | null;
  after: DayRange | null;
  /** Why a window is shorter than asked, or missing; in the creator's words. */
  notes: string[];
  metrics: BeforeAfterMetric[];
  /** One sentence: what changed and whether it is beyond the usual variation. */
  summary: string;
}

/** A move ticked in an earlier review, with its before/after as of the end of a later review period. */
export interface ActedOnEffect {
  comparison: BeforeAfter;
  /** The review period the move was ticked in ('2026-W45'). */
  tickedIn: string;
}
