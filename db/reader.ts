// Reads of a payload that depend on nothing else in it can run on a second connection on its own
// thread while the main thread computes the rest: a dashboard's SQL uses both cores, and the part on
// the worker never blocks the process that serves the window. Tests and one-off commands read inline.
import { Worker } from 'node:worker_threads';
import type { Db } from './open';

/** A read that may run on the read thread: its name there, and the function on any connection. */
export interface Read<A extends unknown[], R> {
  name: string;
  run(db: Db, ...args: A): R;
}

export function read<A extends unknown[], R>(name: string, run: (db: Db, ...args: A) => R): Read<A, R> {
  return { name, run };
}

export interface Reader {
  run<A extends unknown[], R>(r: Read<A, R>, ...args: A): Promise<R>;
  /** True once a thread answers; false when reads run inline (by design, or because the thread failed). */
  whenReady(): Promise<boolean>;
  close(): void;
}

/** Runs at once on `db`, as a plain call would; a throw becomes the promise's rejection. */
const runInline = <A extends unknown[], R>(db: Db, r: Read<A, R>, args: A): Promise<R> => new Promise((resolve) => resolve(r.run(db, ...args)));

export function inlineReader(db: Db): Reader {
  return { run: (r, ...args) => runInline(db, r, args), whenReady: async () => false, close: () => {} };
}

/**
 * Promise.all over reads started before other work: if that work throws first, the reads' own
 * failure is not left unhandled (which would end the process).
 */
export function started<T extends readonly unknown[]>(reads: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const all = Promise.all(reads);
  all.catch(() => {});
  return all;
}

export type ReaderRequest = { id: number; name: string; args: unknown[] };
export type ReaderReply =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: { name: string; message: string; code?: string } };

/** The worker's script: the TypeScript source under tsx (tests, CLI), the bundled file in the built app. */
function workerScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./read-worker-source.mjs', import.meta.url) : new URL('./read-worker.js', import.meta.url);
}

/**
 * The read thread's page cache. Its reads seek each character's and plugin's run of a key-ordered
 * rollup, a page or more for each of 1,500 keys and four windows for Characters over a year: more
 * than better-sqlite3's default 16 MiB cache holds beside the rest, so they came from the OS again on
 * every payload. 32 MiB keeps them (Characters over a year 58-63 → 46-50 ms; the serve process about
 * 5 MB larger after every dashboard and preset).
 */
const READ_THREAD_CACHE_MB = 32;

/**
 * A read thread on `file`, started by the first read (which, like every read until the thread's
 * connection is open, runs inline): the app's first dashboard does not wait for it, nor share the
 * cores with its start. If the thread fails, reads run inline for good (one in flight is run again
 * there), so a missing or broken worker costs speed, never an answer.
 */
export function threadReader(db: Db, file: string, nativeBinding?: string): Reader {
  type Pending = { r: Read<unknown[], unknown>; args: unknown[]; resolve(v: unknown): void; reject(e: unknown): void };
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let state: 'idle' | 'starting' | 'ready' | 'gone' = 'idle';
  let nextId = 0;
  let settle: (up: boolean) => void = () => {};
  const settled = new Promise<boolean>((resolve) => (settle = resolve));

  /** From now on every read runs inline; `why` is null when the app closes the reader. */
  const giveUp = (why: string | null) => {
    if (why !== null && state !== 'gone') console.error(`[reader] the read thread stopped (${why}); dashboards read on the main thread`);
    state = 'gone';
    worker = null;
    settle(false);
    for (const p of pending.values()) runInline(db, p.r, p.args).then(p.resolve, p.reject);
    pending.clear();
  };
  const start = () => {
    if (state !== 'idle') return;
    state = 'starting';
    // A thread starting up or answering keeps the process alive; an idle one does not.
    const w = (worker = new Worker(workerScript(), { workerData: { file, nativeBinding, cacheMb: READ_THREAD_CACHE_MB } }));
    w.on('message', (m: ReaderReply) => {
      if (m.type === 'ready') {
        state = 'ready';
        settle(true);
        if (pending.size === 0) w.unref();
        return;
      }
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (pending.size === 0) w.unref();
      if (m.ok) p?.resolve(m.value);
      else p?.reject(Object.assign(new Error(m.error.message), { name: m.error.name, code: m.error.code }));
    });
    w.on('error', (e) => worker === w && giveUp(e.message));
    w.on('exit', (code) => worker === w && giveUp(`exit code ${code}`));
  };

  return {
    run<A extends unknown[], R>(r: Read<A, R>, ...args: A): Promise<R> {
      start();
      const w = worker;
      if (state !== 'ready' || !w) return runInline(db, r, args);
      const id = nextId++;
      return new Promise<R>((resolve, reject) => {
        pending.set(id, { r: r as Read<unknown[], unknown>, args, resolve: resolve as (v: unknown) => void, reject });
        w.ref();
        w.postMessage({ id, name: r.name, args } satisfies ReaderRequest);
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
