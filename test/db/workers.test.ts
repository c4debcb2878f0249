import { describe, expect, it } from 'vitest';
import { workerEntry } from '../../db/workers/entry';
import { startWorker } from '../../db/workers/start';

// Every worker of the app starts through startWorker; these hold what each of them relies on.
const ECHO = workerEntry<{ prefix: string }, string, string>('echo', new URL('../fixtures/workers/echo.ts', import.meta.url));

function messages(worker: ReturnType<typeof startWorker<typeof ECHO>>): () => Promise<string> {
  const waiting: ((m: string) => void)[] = [];
  const arrived: string[] = [];
  worker.onMessage((m) => (waiting.length ? waiting.shift()!(m) : arrived.push(m)));
  return () => (arrived.length ? Promise.resolve(arrived.shift()!) : new Promise((resolve) => waiting.push(resolve)));
}

describe('starting a worker', () => {
  it('hands the worker its job, and carries messages both ways until it is terminated', async () => {
    const worker = startWorker(ECHO, { prefix: 'echo: ' });
    const next = messages(worker);
    expect(await next()).toBe('started');
    worker.post('one');
    worker.post('two');
    expect([await next(), await next()]).toEqual(['echo: one', 'echo: two']);
    await worker.terminate();
    expect((await worker.ended).error).toBeNull();
  });

  it('ends with the error the worker threw, its code kept', async () => {
    const worker = startWorker(ECHO, { prefix: '' });
    await messages(worker)();
    worker.post('throw');
    const end = await worker.ended;
    expect(end.code).toBe(1);
    expect(end.error).toMatchObject({ message: 'thrown in the worker', code: 'SQLITE_FULL' });
  });

  it('ends with an error when its module cannot be found, as any other failure', async () => {
    const worker = startWorker(workerEntry<null>('nowhere', new URL('file:///nonexistent/worker.ts')), null);
    const end = await worker.ended;
    expect(end.error?.message).toMatch(/Cannot find module/);
  });

  it('stops a worker that outgrows its resource limits, and says so', async () => {
    const worker = startWorker(ECHO, { prefix: '' }, { resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 } });
    await messages(worker)();
    worker.post('grow');
    const end = await worker.ended;
    expect(end.error).toMatchObject({ code: 'ERR_WORKER_OUT_OF_MEMORY' });
  });
});
