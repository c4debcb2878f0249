// Export and tax pack handlers: one code path for both transports; only the delivery differs
// (a native save dialog and an atomic write on the desktop, a download in the browser).
import type { ParsedInput } from './contract';
import type { ApiContext } from './context';
import { ApiFailure } from './failure';
import type { FileResult } from './types';
import { csvChunks } from '../export/csv';
import { whileExporting } from '../export/activity';
import { writeFileAtomic, ExportError } from '../export/atomic-write';
import { dashboardTable } from '../export/tables';
import { shape } from '../export/tables/types';
import { taxPackZip, writeTaxPack } from '../export/tax-pack';

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

export async function exportTable(ctx: ApiContext, input: ParsedInput<'exportTable'>): Promise<FileResult> {
  const found = await dashboardTable(ctx, input);
  if (!found) throw new ApiFailure('not_found', `There is no table "${input.table}" on the ${input.dashboard} page.`);
  const t = shape(found.table, input);
  const name = [input.dashboard, input.id, input.table, input.filter, input.currency, `${found.range.from}_${found.range.to}`].filter(Boolean).join('-');
  const chunks = [...csvChunks(t.columns, t.rows.map((r) => r.cells))];
  return deliverCsv(ctx, `${name.replace(/[^\w.-]+/g, '_')}.csv`, chunks, t.rows.length);
}

export async function taxPack(ctx: ApiContext, input: ParsedInput<'taxPack'>): Promise<FileResult> {
  if (input.from > input.to) throw new ApiFailure('invalid_input', 'The tax pack range ends before it starts.');
  const options = { from: input.from, to: input.to, tz: input.tz, nowMs: ctx.now().getTime() };
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
}
