// The read thread: its own read-only connection, answering the reads db/reader.ts sends it in turn.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type Db } from './open';
import { READS } from './queries/reads';
import type { ReaderReply, ReaderRequest } from './reader';

async function main(job: { file: string; nativeBinding?: string; cacheMb?: number }): Promise<void> {
  // The main connection checked and migrated the file; this one only needs its header.
  const { db } = await openDatabase(job.file, { readonly: true, integrity: 'header', nativeBinding: job.nativeBinding, cacheMb: job.cacheMb });
  const byName = new Map(READS.map((r) => [r.name, r]));
  parentPort!.on('message', ({ id, name, args }: ReaderRequest) => {
    let reply: ReaderReply;
    try {
      const r = byName.get(name);
      if (!r) throw new Error(`No read named ${name}`);
      reply = { type: 'result', id, ok: true, value: (r.run as (db: Db, ...a: unknown[]) => unknown)(db, ...args) };
    } catch (error) {
      const e = error as Error & { code?: string };
      reply = { type: 'result', id, ok: false, error: { name: e.name, message: e.message, code: e.code } };
    }
    parentPort!.postMessage(reply);
  });
  parentPort!.postMessage({ type: 'ready' } satisfies ReaderReply);
}

if (parentPort) void main(workerData as { file: string; nativeBinding?: string; cacheMb?: number });
