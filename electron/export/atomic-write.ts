// Writing a file so that a crash or an error never leaves half of it: the text goes to a temp file
// in the same folder, is flushed to disk, then renamed over the target in one step.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { claimTemp, releaseTemp, removeStaleTemps } from '../../db/temp-files';
import { asExportError, ExportError } from './export-error';
import { assertReplaceable } from './replaceable';

export { asExportError, ExportError } from './export-error';

export interface WrittenFile {
  file: string;
  bytes: number;
  /** Hex SHA-256 of the bytes written. */
  sha256: string;
}

/** A file fully written and flushed under a temp name, not yet in place. */
export interface PreparedFile extends WrittenFile {
  /** Moves it into place (atomic rename) and flushes the folder. */
  commit(): Promise<void>;
  /** Removes the temp file; the target is left as it was. */
  abort(): Promise<void>;
}

/** Text, or bytes already encoded as UTF-8 (a file's part written by another thread). */
type Chunks = AsyncIterable<string | Buffer> | Iterable<string | Buffer>;

/** Text is handed to the disk in pieces of at least this size (chunks are coalesced). */
const FLUSH_BYTES = 1 << 19;

export async function writeFileAtomic(target: string, chunks: Chunks): Promise<WrittenFile> {
  const prepared = await prepareFileAtomic(target, chunks);
  await prepared.commit();
  return { file: prepared.file, bytes: prepared.bytes, sha256: prepared.sha256 };
}

export async function prepareFileAtomic(target: string, chunks: Chunks): Promise<PreparedFile> {
  const file = path.resolve(target);
  const dir = path.dirname(file);
  // Before any row is read: a device, a pipe or a link under that name is refused, not replaced.
  await assertReplaceable(file);
  await removeStaleTemps(dir);
  const temp = claimTemp(file);
  const hash = createHash('sha256');
  let bytes = 0;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o644).catch((error: unknown) => {
      throw asExportError(error, file);
    });
    let pending: (string | Buffer)[] = [];
    let pendingLength = 0;
    // The write of one buffer runs while the next chunks are made: at most one in flight, in order.
    let inFlight: Promise<void> | undefined;
    const flush = async () => {
      const buffer = pending.every((c) => typeof c === 'string')
        ? Buffer.from(pending.length === 1 ? pending[0] : pending.join(''), 'utf8')
        : Buffer.concat(pending.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
      pending = [];
      pendingLength = 0;
      hash.update(buffer);
      bytes += buffer.length;
      await inFlight;
      const write = writeAll(handle!, buffer).catch((error: unknown) => {
        throw asExportError(error, file);
      });
      write.catch(() => undefined); // its failure is thrown where it is awaited, not reported as unhandled meanwhile
      inFlight = write;
    };
    try {
      for await (const chunk of chunks) {
        pending.push(chunk);
        pendingLength += chunk.length;
        if (pendingLength >= FLUSH_BYTES) await flush();
      }
      if (pendingLength > 0) await flush();
      await inFlight;
    } finally {
      // Never close the file under a write still on its way.
      await inFlight?.catch(() => undefined);
    }
    await handle.sync().catch((error: unknown) => {
      throw asExportError(error, file);
    });
    await handle.close();
    handle = undefined;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    releaseTemp(temp);
    // File system errors were named above; anything else came from the rows being exported.
    throw error instanceof ExportError ? error : sourceError(error, file);
  }
  let settled = false;
  const abort = async () => {
    settled = true;
    await fs.rm(temp, { force: true }).catch(() => undefined);
    releaseTemp(temp);
  };
  const commit = async () => {
    if (settled) return;
    try {
      // Checked again: the export may have taken minutes, and a rename replaces whatever is there now.
      await assertReplaceable(file);
      await fs.rename(temp, file);
      settled = true;
      releaseTemp(temp);
    } catch (error) {
      await abort();
      throw asExportError(error, file);
    }
    await syncFolder(dir);
  };
  return { file, bytes, sha256: hash.digest('hex'), commit, abort };
}

/** `write` may take less than asked; loop until the whole buffer is on its way. Awaiting each write is the backpressure. */
async function writeAll(handle: fs.FileHandle, buffer: Buffer): Promise<void> {
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
    offset += bytesWritten;
  }
}

/** Flushes the rename itself (the folder entry). Not possible on every platform (Windows): best effort. */
async function syncFolder(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // the rename is done; only its durability across a power cut is left to the OS
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function sourceError(error: unknown, file: string): ExportError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ExportError(`${file} was not written (${detail}); nothing else changed.`, file, undefined, { cause: error });
}
