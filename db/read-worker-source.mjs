// Entry of the read worker when running from TypeScript sources (tests, CLI via tsx): a worker
// thread does not inherit tsx's loader, so it registers it before loading the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
