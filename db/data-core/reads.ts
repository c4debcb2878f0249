// Every read the data core answers by name: each dashboard's payload, an item's page, two characters
// side by side, the insight cards and the review. An entry is the payload on one connection; where
// the bench showed it pays, also the payload in parts and the parts the read thread takes.
import type { DashboardId } from '../dashboards';
import type { Db } from '../open';
import { audienceDashboard } from '../queries/audience';
import { characterDetail, compareCharacters } from '../queries/characters/detail';
import { CHARACTERS_PAYLOAD } from '../queries/characters/list';
import { EARNINGS_PAYLOAD } from '../queries/earnings';
import { beforeAfter } from '../queries/events/before-after';
import { timelineEvents } from '../queries/events/list';
import { insightsFor } from '../queries/insights';
import { readWhole, type Parted } from '../queries/parted';
import { pluginDetail } from '../queries/plugins/detail';
import { pluginsDashboard } from '../queries/plugins/list';
import { reviewPayload } from '../queries/review';
import { cadenceOf } from '../queries/review/period-key';
import { storyDetail } from '../queries/stories/detail';
import { storiesDashboard } from '../queries/stories/list';
import type { PeriodSpec } from '../queries/types/period';
import type { TimelineScope } from '../queries/types/events';
import type { ReviewCadence } from '../queries/types/review';

/** The reporting zone the payload is bucketed in and the instant it is read at. */
export interface ReadAt {
  zone: string;
  nowMs: number;
}

type PartedArgs = [PeriodSpec, string, number];
// The parts' own types do not matter here: the core moves them between threads as they are.
type AnyParted = Parted<PartedArgs, unknown, Record<string, unknown>, unknown>;

/** A payload whose parts may be read on two connections at once. */
export interface Split {
  payload: AnyParted;
  /** The parts the read thread takes for this plan: those that pay for the trip (the figures are in
   *  ARCHITECTURE.md; `npx tsx test/bench/read-thread.ts <db>` measures them). */
  beside(plan: unknown): readonly string[];
}

export interface NamedRead<I, O> {
  run(db: Db, input: I, at: ReadAt): O;
  split?: Split;
}

const whole = <I, O>(run: (db: Db, input: I, at: ReadAt) => O): NamedRead<I, O> => ({ run });

function parted<Plan, Parts extends Record<string, unknown>, O>(
  payload: Parted<PartedArgs, Plan, Parts, O>,
  beside: (plan: Plan) => readonly (keyof Parts & string)[],
): NamedRead<{ period: PeriodSpec }, O> {
  return {
    run: (db, input, at) => readWhole(payload, db, input.period, at.zone, at.nowMs),
    split: { payload: payload as unknown as AnyParted, beside: beside as (plan: unknown) => readonly string[] },
  };
}

type Period = { period: PeriodSpec };
type Item = Period & { id: string };

export const READS = {
  // The characters' sources, three in four of the payload's sources: over a year or all time they take
  // as long as the rest of it. By day the trip is within the noise either way, so one rule for all.
  earnings: parted(EARNINGS_PAYLOAD, () => ['characterSources']),
  // The thread takes what the metrics here take as long as: over a period charted by day the money
  // and the guide's embed prices and unique users (the parts' figures are in BENCHMARKS.md); over
  // months, where the metrics come mostly from the rollups, the money and the scenarios.
  characters: parted(CHARACTERS_PAYLOAD, (plan) => (plan.short ? ['money', 'guide'] : ['money', 'scenarios'])),
  character: whole((db, input: Item, at) => characterDetail(db, input.period, at.zone, at.nowMs, input.id)),
  compareCharacters: whole((db, input: Period & { a: string; b: string }, at) => compareCharacters(db, input.period, at.zone, at.nowMs, input.a, input.b)),
  plugins: whole((db, input: Period, at) => pluginsDashboard(db, input.period, at.zone, at.nowMs)),
  plugin: whole((db, input: Item, at) => pluginDetail(db, input.period, at.zone, at.nowMs, input.id)),
  stories: whole((db, input: Period, at) => storiesDashboard(db, input.period, at.zone, at.nowMs)),
  story: whole((db, input: Item, at) => storyDetail(db, input.period, at.zone, at.nowMs, input.id)),
  audience: whole((db, input: Period, at) => audienceDashboard(db, input.period, at.zone, at.nowMs)),
  /** The insight cards of a review period (a week or month key; this week without one). */
  insights: whole((db, input: { key?: string }, at) => insightsFor(db, input.key, at.zone, at.nowMs)),
  /** The review of a period key, or of this week or month by cadence. */
  review: whole((db, input: { key?: string; cadence?: ReviewCadence }, at) =>
    reviewPayload(db, input.key, input.key ? cadenceOf(input.key) : (input.cadence ?? 'week'), at.zone, at.nowMs),
  ),
  /** The events on a timeline (the account's or an item's) from one day to another. */
  events: whole((db, input: { scope: TimelineScope; from: string; to: string }, at) => ({ ...input, events: timelineEvents(db, input.scope, input, at.zone) })),
  /** The before/after of an event by its id over `windowDays` on each side; null when there is no such event. */
  beforeAfter: whole((db, input: { event: string; windowDays: number }, at) => beforeAfter(db, input.event, input.windowDays, at.zone)),
} satisfies { [D in DashboardId]: NamedRead<Period, unknown> } & Record<string, NamedRead<never, unknown>>;

export type ReadName = keyof typeof READS;
export type ReadInput<N extends ReadName> = Parameters<(typeof READS)[N]['run']>[1];
export type ReadOutput<N extends ReadName> = ReturnType<(typeof READS)[N]['run']>;

export const isReadName = (name: string): name is ReadName => Object.hasOwn(READS, name);

/** One part of a split read, run on `db`: what the read thread does for the core. */
export function readPart(db: Db, name: string, part: string, plan: unknown): unknown {
  const split = isReadName(name) ? (READS[name] as NamedRead<never, unknown>).split : undefined;
  const run = split?.payload.parts[part];
  if (!run) throw new Error(`No part ${part} of a read named ${name}`);
  return run(db, plan);
}
