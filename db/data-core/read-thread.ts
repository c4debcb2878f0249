// Parts of a payload that depend on nothing else in it can run on a second connection on its own
// thread while the main thread reads the rest: a dashboard's SQL then uses both cores. The data core
// decides which parts go there (reads.ts); the thread only answers them.
import type { Db } from '../open';
import { workerEntry } from '../workers/entry';
import { startWorker, type RunningWorker } from '../workers/start';
import type { PartReply, PartRequest, ReadThreadJob } from './read-worker';
import { readPart } from './reads';

const READ_WORKER = workerEntry<ReadThreadJob, PartRequest, PartReply>('read-worker', new URL('./read-worker.ts', import.meta.url));

/**
 * The read thread's page cache. Its reads seek each character's and plugin's run of a key-ordered
 * rollup, a page or more for each of 1,500 keys and four windows for Characters over a year: more
 * than better-sqlite3's default 16 MiB cache holds beside the rest, so they came from the OS again on
 * every payload. 32 MiB keeps them (Characters over a year 58-63 → 46-50 ms; the serve process about
 * 5 MB larger after every dashboard and preset).
 */
const READ_THREAD_CACHE_MB = 32;

export interface ReadThread {
  /** True once the thread answers; the first call starts it (the app's first dashboard does not wait for it). */
  up(): boolean;
  /** One part of a named read there. If the thread stops, parts run on `db` instead, one in flight included. */
  run(name: string, part: string, plan: unknown): Promise<unknown>;
  /** Resolves true once the thread answers, false if it could not start. */
  whenReady(): Promise<boolean>;
  close(): void;
}

/** Runs at once on `db`; a throw becomes the promise's rejection. */
const runHere = (db: Db, name: string, part: string, plan: unknown): Promise<unknown> => new Promise((resolve) => resolve(readPart(db, name, part, plan)));

export function readThread(db: Db, file: string, nativeBinding?: string): ReadThread {
  type Pending = { name: string; part: string; plan: unknown; resolve(v: unknown): void; reject(e: unknown): void };
  const pending = new Map<number, Pending>();
  let worker: RunningWorker<PartRequest, PartReply> | null = null;
  let state: 'idle' | 'starting' | 'ready' | 'gone' = 'idle';
  let nextId = 0;
  let settle: (up: boolean) => void = () => {};
  const settled = new Promise<boolean>((resolve) => (settle = resolve));

  /** From now on every part runs on `db`; `why` is null when the core closes the thread. */
  const giveUp = (why: string | null) => {
    if (why !== null && state !== 'gone') console.error(`[data-core] the read thread stopped (${why}); dashboards read on the main thread`);
    state = 'gone';
    worker = null;
    settle(false);
    for (const p of pending.values()) runHere(db, p.name, p.part, p.plan).then(p.resolve, p.reject);
    pending.clear();
  };
  const start = () => {
    if (state !== 'idle') return;
    state = 'starting';
    // A thread starting up or answering keeps the process alive; an idle one does not.
    const w = (worker = startWorker(READ_WORKER, { file, nativeBinding, cacheMb: READ_THREAD_CACHE_MB }));
    w.onMessage((m) => {
      if (m.type === 'ready') {
        state = 'ready';
        settle(true);
        if (pending.size === 0) w.hold(false);
        return;
      }
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (pending.size === 0) w.hold(false);
      if (m.ok) p?.resolve(m.value);
      else p?.reject(Object.assign(new Error(m.error.message), { name: m.error.name, code: m.error.code }));
    });
    void w.ended.then(({ code, error }) => worker === w && giveUp(error?.message ?? `exit code ${code}`));
  };

  return {
    up() {
      start();
      return state === 'ready';
    },
    run(name, part, plan) {
      start();
      const w = worker;
      if (state !== 'ready' || !w) return runHere(db, name, part, plan);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { name, part, plan, resolve, reject });
        w.hold(true);
        w.post({ id, name, part, plan });
      });
    },
    whenReady: () => {
      start();
      return settled.then((up) => up && state === 'ready');
    },
    close() {
      const w = worker;
      giveUp(null);
      void w?.terminate();
    },
  };
}
