// `npm run cli -- export <kind> --db <file> --out <file.csv> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--tz <IANA zone>]`
import fs from 'node:fs';
import path from 'node:path';
import type { DashboardId } from '../../db/dashboards';
import type { Db } from '../../db/open';
import { openDatabase, OutdatedDatabaseError } from '../../db/open';
import { writable } from '../../db/file-kind';
import { localDate } from '../../db/queries/timezone';
import { parse, required, UsageError } from '../cli/args';
import type { Exporter } from './exporter';
import { exportRange, isValidZone, type ExportRange } from './range';
import { isIsoDate } from '../../db/time/days';
import { assertReplaceable } from './replaceable';

const firstInstant = (table: string, column: string) => (db: Db, tz: string) => {
  const ms = db.prepare(`SELECT min(${column}) FROM ${table}`).pluck().get() as number | null;
  return ms === null ? null : localDate(ms, tz);
};

type Load = () => Promise<Exporter>;

/** Each dashboard's export, named by the dashboard's id (db/dashboards.ts). */
const DASHBOARD_EXPORTERS: { [D in DashboardId]: Load } = {
  earnings: async () => ({ firstDay: firstInstant('ledger', 'occurred_ms'), write: (await import('./earnings')).writeEarningsCsv }),
  characters: async () => (await import('./content')).contentExporter('characters', 'stats_characters'),
  plugins: async () => (await import('./content')).contentExporter('plugins', 'stats_plugins'),
  stories: async () => (await import('./content')).contentExporter('stories', 'stats_stories'),
  audience: async () => (await import('./audience')).audienceExporter,
};

/**
 * kind → its exporter, loaded when asked for (one export never needs the others' modules: the
 * content tables pull in the dashboards' queries). null: a kind the command line names but this
 * version cannot export yet.
 */
export const EXPORTERS: Record<string, Load | null> = {
  ledger: async () => ({ firstDay: firstInstant('ledger', 'occurred_ms'), write: (await import('./ledger-file')).writeLedgerCsv }),
  payouts: async () => ({ firstDay: firstInstant('payouts', 'created_ms'), write: (await import('./payouts')).writePayoutsCsv }),
  support: async () => ({ firstDay: firstInstant('support', 'occurred_ms'), write: (await import('./support')).writeSupportCsv }),
  ...DASHBOARD_EXPORTERS,
};

const KINDS = Object.keys(EXPORTERS).join(', ');

export async function exportCommand(argv: string[], now: () => number = Date.now): Promise<void> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    tz: { type: 'string' },
  });
  const [kind, ...extra] = positionals;
  if (!kind) throw new UsageError(`export needs a kind: ${KINDS}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!Object.hasOwn(EXPORTERS, kind)) throw new UsageError(`unknown export kind "${kind}" (kinds: ${KINDS})`);
  const load = EXPORTERS[kind];
  if (!load) throw new Error(`export of ${kind} is not yet available`);

  const dbFile = path.resolve(required(values.db, '--db'));
  const out = path.resolve(required(values.out, '--out'));
  for (const flag of ['from', 'to'] as const) {
    const v = values[flag];
    if (v !== undefined && !isIsoDate(v)) throw new UsageError(`--${flag} must be a date YYYY-MM-DD, got "${v}"`);
  }
  if (values.tz !== undefined && !isValidZone(values.tz))
    throw new UsageError(`--tz must be an IANA timezone such as Europe/Berlin, got "${values.tz}"`);
  if (values.from && values.to && values.from > values.to) throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  // Opening a missing file would create an empty database: say what is wrong instead.
  if (!fs.existsSync(dbFile)) throw new Error(`the database ${dbFile} does not exist`);
  await assertReplaceable(out);

  const exporter = await load();
  const db = await openForExport(dbFile);
  try {
    const tz = values.tz ?? creatorZone(db) ?? 'UTC';
    const today = localDate(now(), tz);
    const to = values.to ?? today;
    let from = values.from ?? exporter.firstDay(db, tz) ?? `${today.slice(0, 4)}-01-01`;
    if (values.from === undefined && from > to) from = to;
    if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    const { rows } = await exporter.write(db, out, exportRange(from, to, tz), now());
    process.stdout.write(`exported ${rows} rows to ${out}\n`);
  } finally {
    db.close();
  }
}

/**
 * Read-only: an export never writes into the file it reads (a backup, a snapshot, a copy the creator
 * may not write), and an empty file or another program's database is refused untouched. Only a
 * Creator Studio database of an earlier version is written, when it can be: brought up to date, after
 * a backup, as every upgrade is.
 */
async function openForExport(file: string): Promise<Db> {
  // An export reads each page once, in order: a small page cache leaves the memory to the ledger's second thread.
  const options = { integrity: 'header', cacheMb: 4 } as const;
  try {
    return (await openDatabase(file, { ...options, readonly: true })).db;
  } catch (error) {
    if (!(error instanceof OutdatedDatabaseError) || !writable(file)) throw error;
    return (await openDatabase(file, options)).db;
  }
}

/** The creator profile's timezone, when synced and known to this runtime. */
function creatorZone(db: Db): string | null {
  const tz = db.prepare('SELECT timezone FROM creator LIMIT 1').pluck().get() as string | undefined;
  return tz && isValidZone(tz) ? tz : null;
}
