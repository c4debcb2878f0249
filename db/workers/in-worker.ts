// The worker's half of start.ts: the job it was started with, messages typed by the same entry, and
// the priority it was asked to run at.
import { parentPort, workerData } from 'node:worker_threads';
import type { Envelope } from './entry';
import { lowerThisThread } from './priority';

export interface WorkerPort<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/**
 * Runs `main` with the thread's job when this module runs as a worker (and does nothing when it is
 * only imported). A throw or a rejection ends the thread with that error, which start.ts reports.
 * `Job`, `In` and `Out` are the types its entry (workerEntry) is declared with.
 */
export function runWorker<Job, In = never, Out = never>(main: (job: Job, port: WorkerPort<In, Out>) => void | Promise<void>): void {
  const port = parentPort;
  if (!port) return;
  const envelope = workerData as Envelope<Job>;
  if (envelope.lowestPriority) lowerThisThread();
  void main(envelope.job, { post: (message) => port.postMessage(message), onMessage: (listener) => void port.on('message', listener) });
}
