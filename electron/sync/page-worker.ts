// The page reader's thread: fetches, checks and converts the pages of each pass it is asked for, and
// sends each as JSON text once the engine has room for it (a few pages ahead, never more).
import { runWorker, type WorkerPort } from '../../db/workers/in-worker';
import { isPlatformError, PlatformClient } from './client/index.js';
import { storedPage } from './page-reader';
import type { PageCommand, PageJob, PageMessage } from './page-thread';

type Port = WorkerPort<PageCommand, PageMessage>;

interface Pass {
  abort: AbortController;
  credit: number;
  wake: (() => void) | null;
}

function serve(job: PageJob, port: Port): void {
  const passes = new Map<number, Pass>();
  const poke = (pass: Pass | undefined) => {
    const wake = pass?.wake;
    if (pass) pass.wake = null;
    wake?.();
  };

  async function run(command: Extract<PageCommand, { type: 'pass' }>): Promise<void> {
    const pass: Pass = { abort: new AbortController(), credit: 0, wake: null };
    passes.set(command.pass, pass);
    const client = new PlatformClient({
      ...job.client,
      baseUrl: job.baseUrl,
      token: job.token,
      rateLimitWaitedMs: command.rateLimitWaitedMs,
      onRetry: (info) => port.post({ type: 'retry', pass: command.pass, info }),
    });
    const { signal } = pass.abort;
    try {
      const pages = client.pages(command.resource, { updatedSince: command.updatedSince, cursor: command.cursor, limit: command.limit, signal });
      for await (const page of pages) {
        const { stored, nextCursor, maxUpdatedAt } = storedPage(command.resource, page.rows as Record<string, unknown>[], page.nextCursor);
        const cells = JSON.stringify(stored);
        while (pass.credit <= 0 && !signal.aborted) await new Promise<void>((resolve) => (pass.wake = resolve));
        if (signal.aborted) return;
        pass.credit--;
        port.post({ type: 'page', pass: command.pass, cells, count: stored.cells.length, nextCursor, maxUpdatedAt, serverTime: client.serverTime() });
      }
      port.post({ type: 'end', pass: command.pass });
    } catch (error) {
      if (signal.aborted) return;
      const e = error as Error;
      const platform = isPlatformError(error) ? { kind: error.kind, status: error.status, resource: error.resource } : undefined;
      port.post({ type: 'error', pass: command.pass, error: { name: e?.name ?? 'Error', message: e?.message ?? String(error), platform } });
    } finally {
      passes.delete(command.pass);
    }
  }

  port.onMessage((command) => {
    if (command.type === 'pass') void run(command);
    else if (command.type === 'credit') {
      const pass = passes.get(command.pass);
      if (pass) pass.credit += command.pages;
      poke(pass);
    } else {
      const pass = passes.get(command.pass);
      pass?.abort.abort();
      poke(pass);
    }
  });
}

runWorker<PageJob, PageCommand, PageMessage>(serve);
