// What a worker thread is, for the code that starts it and the code that runs in it: its module, and
// the types of its job and of the messages each way. Both halves name the same entry, so a message
// one sends is the type the other reads.

/**
 * A worker's module: found beside the module that declares it when the app runs from its sources
 * (through tsx), and as `<name>.js` beside the bundle's chunks in the built app (electron.vite.config.ts
 * lists each worker under that name).
 */
export interface WorkerEntry<Job, In, Out> {
  readonly name: string;
  readonly source: URL;
  /** Carries the types only; never set. */
  readonly types?: (job: Job, message: In) => Out;
}

export function workerEntry<Job, In = never, Out = never>(name: string, source: URL): WorkerEntry<Job, In, Out> {
  return { name, source };
}

/** Any worker's entry, whatever its types (what it takes is contravariant: `never` takes in every type). */
export type AnyEntry = WorkerEntry<never, never, unknown>;
type TypesOf<E extends AnyEntry> = E extends WorkerEntry<infer J, infer I, infer O> ? { job: J; in: I; out: O } : never;
export type JobOf<E extends AnyEntry> = TypesOf<E>['job'];
export type InOf<E extends AnyEntry> = TypesOf<E>['in'];
export type OutOf<E extends AnyEntry> = TypesOf<E>['out'];

/** What every worker is handed: its job, the module to load when it runs from the sources, and how to run. */
export interface Envelope<Job> {
  job: Job;
  /** The TypeScript module's URL, for the sources' loader (tsx-worker.mjs); absent in the built app. */
  module?: string;
  lowestPriority: boolean;
}
