// The first module of every worker thread when the app runs from its TypeScript sources (tests, the
// CLI through tsx): a worker does not inherit tsx's loader, so it registers it and then loads the
// worker's own module, which start.ts names in the envelope.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
