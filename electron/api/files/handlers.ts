// Export and tax pack handlers: one code path for both transports; only the delivery differs
// (a native save dialog and an atomic write on the desktop, a download in the browser).
import { readSettings, writeSettings } from '../../../db/queries/settings';
import { whileExporting } from '../../export/activity';
import { writeFileAtomic, ExportError } from '../../export/atomic-write';
import { csvChunks } from '../../export/csv';
import { dashboardTable } from '../../export/tables';
import { shape } from '../../export/tables/types';
import { annualStatement, taxPackZip, writeTaxPack } from '../../export/tax-pack';
import { RatesFileError } from '../../rates/ecb-csv';
import { importRates } from '../../rates/import';
import { ratesStatus, syncRates } from '../../rates/rates-sync';
import type { ApiContext } from '../context';
import { ApiFailure } from '../failure';
import type { Handler, HandlersOf } from '../handler-types';
import { readAt } from '../read-at';
import type { FileResult } from './types';

async function deliverCsv(ctx: ApiContext, filename: string, chunks: string[], rows: number): Promise<FileResult> {
  if (!ctx.files) return { savedTo: null, filename, content: chunks.join(''), mime: 'text/csv;charset=utf-8', rows };
  const target = await ctx.files.saveFile(filename, 'CSV', ['csv']);
  if (!target) return { savedTo: null, filename, content: null };
  try {
    await whileExporting(() => writeFileAtomic(target, chunks));
  } catch (error) {
    throw new ApiFailure('io', error instanceof ExportError ? error.message : `Could not write ${target}: ${(error as Error).message}`);
  }
  return { savedTo: target, filename, content: null, rows };
}

const exportTable: Handler<'exportTable'> = async (ctx, input) => {
  const at = readAt(ctx);
  if (input.asOf !== undefined && input.asOf < at.nowMs) at.nowMs = input.asOf;
  const found = await dashboardTable(ctx.core, input, at);
  if (!found) throw new ApiFailure('not_found', `There is no table "${input.table}" on the ${input.dashboard} page.`);
  const t = shape(found.table, input);
  const name = [input.dashboard, input.id, input.table, input.filter, input.currency, `${found.range.from}_${found.range.to}`].filter(Boolean).join('-');
  const chunks = [...csvChunks(t.columns, t.rows.map((r) => r.cells))];
  return deliverCsv(ctx, `${name.replace(/[^\w.-]+/g, '_')}.csv`, chunks, t.rows.length);
};

/** What a tax pack or its statement is made with: the range, the home currency (saved when chosen here) and the rates. */
async function packOptions(ctx: ApiContext, input: { from: string; to: string; tz: string; homeCurrency?: string }) {
  if (input.from > input.to) throw new ApiFailure('invalid_input', 'The tax pack range ends before it starts.');
  const settings = readSettings(ctx.db);
  const homeCurrency = input.homeCurrency ?? settings.homeCurrency;
  if (!homeCurrency) throw new ApiFailure('not_configured', 'Choose your home currency: the tax pack values your income in it.', 'homeCurrency');
  if (homeCurrency !== settings.homeCurrency) writeSettings(ctx.db, { homeCurrency });
  // The first pack in a home currency should not wait for the next sync for its rates: fetch them now
  // (a failure is recorded like the sync's, and the pack names the rates it misses).
  if (!ratesStatus(ctx.db)?.ok || homeCurrency !== settings.homeCurrency) await syncRates(ctx.db, { now: ctx.now() });
  return { from: input.from, to: input.to, tz: input.tz, nowMs: ctx.now().getTime(), homeCurrency, rateMethod: settings.rateMethod, taxYearStart: settings.taxYearStart };
}

const taxPack: Handler<'taxPack'> = async (ctx, input) => {
  const options = await packOptions(ctx, input);
  const name = `creator-studio-tax-pack-${input.from}_${input.to}`;
  try {
    if (!ctx.files) {
      const zip = await taxPackZip(ctx.db, options);
      return { savedTo: null, filename: `${name}.zip`, content: zip.toString('base64'), base64: true, mime: 'application/zip' };
    }
    const folder = await ctx.files.chooseFolder('Choose the folder for the tax pack');
    if (!folder) return { savedTo: null, filename: name, content: null };
    const written = await whileExporting(() => writeTaxPack(ctx.db, { ...options, folder }));
    return { savedTo: written.folder, filename: name, content: null, rows: written.files.reduce((n, f) => n + f.rows, 0) };
  } catch (error) {
    if (error instanceof ExportError) throw new ApiFailure('io', error.message);
    throw error;
  }
};

/** The statement the tax pack of the same range would hold, as data for the print view. */
const statement: Handler<'statement'> = async (ctx, input) => annualStatement(ctx.db, await packOptions(ctx, input));

/** A rates file the creator picked: stored for the home currency, or refused whole with the bad line named. */
const importRatesFile: Handler<'importRates'> = (ctx, input) => {
  const home = readSettings(ctx.db).homeCurrency;
  if (!home) throw new ApiFailure('not_configured', 'Choose your home currency first: an imported rate is the value of 1 unit in it.', 'homeCurrency');
  try {
    return importRates(ctx.db, input.content, input.name, home, ctx.now());
  } catch (error) {
    if (error instanceof RatesFileError) throw new ApiFailure('invalid_input', error.message, 'ratesFile');
    throw error;
  }
};

export const fileHandlers: HandlersOf<'exportTable' | 'taxPack' | 'statement' | 'importRates'> = { exportTable, taxPack, statement, importRates: importRatesFile };
