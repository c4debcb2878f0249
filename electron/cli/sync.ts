import path from 'node:path';
import type { SyncProgress } from '../api/types';
import { formatCount, formatWait } from '../../db/words/numbers.js';
import { isResourceName, RESOURCE_NAMES, type ResourceName } from '../sync/client/resource-names.js';
import { syncInWorker } from '../sync/run-in-worker';
import { parse, required, UsageError } from './args';

function progressPrinter(): (p: SyncProgress) => void {
  const tty = process.stderr.isTTY;
  let lastResource = '';
  let building = false;
  return (p) => {
    const waiting = p.waiting ? ` (${p.waiting.reason}; retrying in ${formatWait(p.waiting.waitMs)})` : '';
    const totals = p.buildingTotals ? ' · building its totals' : '';
    const line = `sync: ${p.resource} [${p.resourcesDone}/${p.resourcesTotal}] ${formatCount(p.rows)} rows${waiting}${totals}`;
    if (tty) process.stderr.write(`\r\x1b[K${line}`);
    else if (p.resource !== lastResource || p.waiting || (p.buildingTotals === true) !== building) process.stderr.write(`${line}\n`);
    lastResource = p.resource;
    building = p.buildingTotals === true;
  };
}

/** `--only ledger,payouts`: the named resources, in the sync's own order; a misspelt name is refused, not skipped. */
export function onlyResources(value: string | undefined): ResourceName[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError('--only needs at least one resource name');
  const unknown = names.filter((n) => !isResourceName(n));
  if (unknown.length) throw new UsageError(`--only: unknown resource "${unknown[0]}" (resources: ${RESOURCE_NAMES.join(', ')})`);
  return RESOURCE_NAMES.filter((n) => names.includes(n));
}

/**
 * The token from CREATOR_STUDIO_TOKEN, standard input (`--token -`) or, last, the command line, which
 * every user of the machine can read in the process list while the sync runs: that one is warned about.
 */
async function platformToken(flag: string | undefined): Promise<string> {
  if (flag === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const token = Buffer.concat(chunks).toString('utf8').split('\n')[0].trim();
    if (!token) throw new UsageError('--token - reads the token from standard input, which was empty');
    return token;
  }
  if (flag !== undefined) {
    process.stderr.write(
      'note: a token given with --token can be read by other users of this computer while the sync runs; set CREATOR_STUDIO_TOKEN or use --token - (standard input) instead.\n',
    );
    return flag;
  }
  const token = process.env.CREATOR_STUDIO_TOKEN;
  if (!token) throw new UsageError('the platform token is missing: set CREATOR_STUDIO_TOKEN, or pass --token - and give it on standard input');
  return token;
}

export async function syncCommand(argv: string[]): Promise<void> {
  const { values } = parse(argv, {
    api: { type: 'string' },
    token: { type: 'string' },
    db: { type: 'string' },
    full: { type: 'boolean' },
    only: { type: 'string' },
  });
  const baseUrl = required(values.api, '--api');
  const token = await platformToken(values.token);
  const resources = onlyResources(values.only);
  const file = path.resolve(required(values.db, '--db'));
  // On a worker, as the app syncs: its heap has the app's sync's limits (run-in-worker.ts).
  const sync = syncInWorker({ file, baseUrl, token, full: values.full, resources }, progressPrinter());
  process.once('SIGINT', () => sync.cancel());
  const summary = await sync.done;
  if (process.stderr.isTTY) process.stderr.write('\n');
  if (summary.status !== 'ok') throw new Error(summary.error ?? `sync ${summary.status}`);
  process.stdout.write(`synced ${formatCount(summary.rowsWritten)} rows into ${file}\n`);
}
