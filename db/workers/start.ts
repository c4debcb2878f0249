// The one way the app starts a worker thread (the sync, the read thread, the integrity check, the
// ledger file's second half): its module found the same way from the sources and from the bundle,
// typed messages each way, one promise for however it ends, and its limits and priority.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { AnyEntry, Envelope, InOf, JobOf, OutOf } from './entry';

export interface StartOptions {
  /** Caps on the thread's V8 heap, such as its young generation. */
  resourceLimits?: ResourceLimits;
  /** At the lowest CPU priority (Linux, where a priority is per thread): for work nobody waits on. */
  lowestPriority?: boolean;
  /** The thread does not keep the process running unless held (hold(true)): for a check or a cache
   *  that a quitting process need not wait for. */
  background?: boolean;
}

/** How a thread ended: its exit code, and the error that stopped it, if one did. The error is a copy
 *  made across threads: a SqliteError keeps its code, not always its message. */
export interface WorkerEnd {
  code: number;
  error: Error | null;
}

export interface RunningWorker<In, Out> {
  post(message: In): void;
  onMessage(listener: (message: Out) => void): void;
  /** Whether the thread keeps the process running meanwhile. */
  hold(yes: boolean): void;
  /** Settles once the thread has stopped, whatever stopped it, including a module that failed to load. */
  readonly ended: Promise<WorkerEnd>;
  /** Stops the thread; resolves once it has stopped. */
  terminate(): Promise<void>;
}

const FROM_SOURCES = import.meta.url.endsWith('.ts');

/** The file the thread starts from: the sources' loader, which loads the entry's module, or the built entry. */
function scriptOf(entry: AnyEntry): URL {
  return FROM_SOURCES ? new URL('./tsx-worker.mjs', import.meta.url) : new URL(`./${entry.name}.js`, import.meta.url);
}

export function startWorker<E extends AnyEntry>(entry: E, job: JobOf<E>, options: StartOptions = {}): RunningWorker<InOf<E>, OutOf<E>> {
  const envelope: Envelope<JobOf<E>> = { job, lowestPriority: options.lowestPriority === true, ...(FROM_SOURCES ? { module: entry.source.href } : {}) };
  let worker: Worker;
  try {
    worker = new Worker(scriptOf(entry), { workerData: envelope, resourceLimits: options.resourceLimits });
  } catch (error) {
    return stillborn(error as Error);
  }
  if (options.background) worker.unref();
  let error: Error | null = null;
  worker.on('error', (e) => (error ??= e));
  const ended = new Promise<WorkerEnd>((resolve) => worker.once('exit', (code) => resolve({ code, error })));
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => void worker.on('message', listener),
    hold: (yes) => (yes ? worker.ref() : worker.unref()),
    ended,
    terminate: async () => void (await worker.terminate()),
  };
}

/** A thread that could not even be created: it has ended, with the reason. */
function stillborn<In, Out>(error: Error): RunningWorker<In, Out> {
  return { post: () => {}, onMessage: () => {}, hold: () => {}, ended: Promise.resolve({ code: 1, error }), terminate: async () => {} };
}
