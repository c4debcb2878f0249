// The data core: the one owner of the database's connections and threads. It opens the main
// connection (checked, migrated, its rollups in the reporting zone), checks every page on a worker
// afterwards, and answers every dashboard, item page, insight and review read by name: each read is
// timed and a slow one logged, and the core alone decides which parts of a payload the read thread
// takes. The queries it runs take a plain connection and know nothing of threads.
import { checkInBackground, clearDamageMarker, damageSuspected, type IntegrityState } from '../integrity';
import { asOpenError, openDatabase, type Db, type OpenOptions } from '../open';
import { ensureRollupZone } from '../rollups';
import { readThread, type ReadThread } from './read-thread';
import { READS, type NamedRead, type ReadAt, type ReadInput, type ReadName, type ReadOutput, type Split } from './reads';
import { slowReadLog, type SlowReadOptions } from './slow-reads';

export type { ReadAt, ReadInput, ReadName, ReadOutput } from './reads';

export interface DataCore {
  /** The main connection: settings, writes, and the reads that are not named here. */
  readonly db: Db;
  /** The database file's integrity: 'checking' while the background check runs. */
  readonly integrity: IntegrityState;
  /** A named read: its payload for `input`, bucketed in `at.zone` as of `at.nowMs`. */
  read<N extends ReadName>(name: N, input: ReadInput<N>, at: ReadAt): Promise<ReadOutput<N>>;
  /** True once the read thread answers; false when every read runs on the main connection. */
  threadReady(): Promise<boolean>;
  close(): void;
}

/** The part of the core that exports and lookups need: the connection and the named reads. */
export type NamedReads = Pick<DataCore, 'db' | 'read'>;

export interface DataCoreOptions extends OpenOptions {
  /** Open on a header check and read every page on a worker afterwards (the app's start); a file an
   *  earlier background check found damaged is checked in full first, as without this option. */
  backgroundCheck?: boolean;
  /** Start that background check this long after opening: reading every page of a large file from
   *  the disk shares the cores and the disk with the first dashboard (start 1.2-1.6 s against 1.0-1.1). */
  checkAfterMs?: number;
  /** Read parts of the Earnings and Characters payloads on a second connection on its own thread. */
  readThread?: boolean;
  slowReads?: SlowReadOptions;
}

export async function openDataCore(file: string, options: DataCoreOptions = {}): Promise<DataCore> {
  const onDisk = file !== ':memory:';
  const suspected = onDisk && damageSuspected(file);
  const later = options.backgroundCheck === true && !suspected && onDisk;
  const check = later ? 'header' : (options.integrity ?? 'quick');
  const { db } = await openDatabase(file, { ...options, integrity: check });
  if (suspected && check === 'quick') clearDamageMarker(file);
  const integrity: IntegrityState = { state: later ? 'checking' : 'ok', detail: null };
  if (later) setTimeout(() => void checkInBackground(file, integrity, options.nativeBinding), options.checkAfterMs ?? 0).unref();
  // A zone changed while a sync ran, or a database from before the rollups: bring them in line once.
  // This reads the whole ledger, so on a file opened on its header it is where damage may show first.
  try {
    ensureRollupZone(db);
  } catch (error) {
    db.close();
    throw asOpenError(error, file);
  }
  return dataCore(db, { integrity, thread: options.readThread && onDisk ? readThread(db, file, options.nativeBinding) : null, slowReads: options.slowReads });
}

/** A core over a connection already open, every read on it (one-off commands and tests); closing it closes `db`. */
export function coreOn(db: Db, slowReads?: SlowReadOptions): DataCore {
  return dataCore(db, { integrity: { state: 'ok', detail: null }, thread: null, slowReads });
}

function dataCore(db: Db, parts: { integrity: IntegrityState; thread: ReadThread | null; slowReads?: SlowReadOptions }): DataCore {
  const { integrity, thread } = parts;
  const slow = slowReadLog(parts.slowReads);

  /** The split payload with the parts its entry names read on the thread, the others here meanwhile. */
  async function readSplit(name: ReadName, split: Split, input: { period: unknown }, at: ReadAt, t: ReadThread): Promise<unknown> {
    const { payload } = split;
    const plan = payload.plan(db, input.period as never, at.zone, at.nowMs);
    const beside = new Set(split.beside(plan));
    const names = Object.keys(payload.parts);
    const there = names.filter((part) => beside.has(part)).map((part) => t.run(name, part, plan).then((value) => [part, value] as const));
    // If a part here throws first, the thread's answers must not become unhandled rejections.
    const elsewhere = Promise.all(there);
    elsewhere.catch(() => {});
    const values: Record<string, unknown> = {};
    for (const part of names) if (!beside.has(part)) values[part] = payload.parts[part](db, plan);
    for (const [part, value] of await elsewhere) values[part] = value;
    return payload.assemble(db, plan, values);
  }

  async function run(name: ReadName, input: unknown, at: ReadAt): Promise<unknown> {
    const entry = READS[name] as NamedRead<unknown, unknown>;
    if (entry.split && thread?.up()) return readSplit(name, entry.split, input as { period: unknown }, at, thread);
    return entry.run(db, input, at);
  }

  return {
    db,
    integrity,
    async read(name, input, at) {
      const t0 = performance.now();
      try {
        return (await run(name, input, at)) as ReadOutput<typeof name>;
      } finally {
        slow(name, performance.now() - t0, input);
      }
    },
    threadReady: () => thread?.whenReady() ?? Promise.resolve(false),
    close() {
      thread?.close();
      if (db.open) db.close();
    },
  };
}
