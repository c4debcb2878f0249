// Entry of the ledger worker when running from TypeScript sources (tests, CLI via tsx): a worker
// thread does not inherit tsx's loader, so it registers it before loading the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./ledger-worker.ts');
