// The read thread: its own read-only connection, answering in turn the parts of named reads that
// read-thread.ts sends it.
import { openDatabase } from '../open';
import { runWorker } from '../workers/in-worker';
import { readPart } from './reads';

export interface ReadThreadJob {
  file: string;
  nativeBinding?: string;
  cacheMb: number;
}

export type PartRequest = { id: number; name: string; part: string; plan: unknown };
export type PartReply =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: { name: string; message: string; code?: string } };

runWorker<ReadThreadJob, PartRequest, PartReply>(async (job, port) => {
  // The main connection checked and migrated the file; this one only needs its header.
  const { db } = await openDatabase(job.file, { readonly: true, integrity: 'header', nativeBinding: job.nativeBinding, cacheMb: job.cacheMb });
  port.onMessage(({ id, name, part, plan }) => {
    let reply: PartReply;
    try {
      reply = { type: 'result', id, ok: true, value: readPart(db, name, part, plan) };
    } catch (error) {
      const e = error as Error & { code?: string };
      reply = { type: 'result', id, ok: false, error: { name: e.name, message: e.message, code: e.code } };
    }
    port.post(reply);
  });
  port.post({ type: 'ready' });
});
