// One half of a rollup build read on a thread of its own (beside-worker.ts), while the build's own
// connection runs the other half: the two halves' SQL then use both cores.
import { workerEntry } from '../workers/entry';
import { startWorker } from '../workers/start';
import type { BesideJob, BesideReply } from './beside-worker';

const BESIDE_WORKER = workerEntry<BesideJob, never, BesideReply>('rollup-read-worker', new URL('./beside-worker.ts', import.meta.url));

/** The thread's heap: it keeps one query's rows (a row per day and money key, thousands), and runs
 *  while the sync's largest heaps are full, so its young generation is small. Past the cap the thread
 *  stops and the build reads that half itself. */
const BESIDE_HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 };

/** Reads the rows of `select` from the file's committed state on another thread. */
export type ReadBeside = (select: string, zone: string | null) => Promise<unknown[][]>;

export function besideReader(file: string, nativeBinding?: string): ReadBeside {
  return (select, zone) => {
    const worker = startWorker(BESIDE_WORKER, { file, nativeBinding, select, zone }, { resourceLimits: BESIDE_HEAP });
    let reply: BesideReply | null = null;
    worker.onMessage((message) => (reply = message));
    return worker.ended.then(({ error }) => {
      const answer = reply as BesideReply | null;
      if (answer?.ok) return answer.rows;
      throw new Error(answer?.message ?? error?.message ?? 'the thread reading the stored rows stopped');
    });
  };
}
