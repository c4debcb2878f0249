// CSV text per RFC 4180 (CRLF, quotes where needed), UTF-8 with a BOM, safe to open in a spreadsheet.
// Cells are encoded here rather than by papaparse's unparse: on the 1M-row tax ledger, unparse
// (with escapeFormulae) took about 1.6x the time of this loop, most of it in per-cell option
// handling; papaparse still reads every file back in the tests, so the format is checked by it.

export type Cell = string | number | bigint | null | undefined;

export const BOM = '\uFEFF';
export const CRLF = '\r\n';
/** Rows per chunk when streaming: big enough to be fast, small enough to keep memory flat. */
export const CHUNK_ROWS = 5000;

/**
 * Cells a spreadsheet could run as a formula: text starting with = + - @ tab or CR. Plain decimal
 * numbers ("-12.50", "+3", "-0.000125") are exempt so amounts stay numbers. Only the first character
 * decides, so multi-line text is caught too (papaparse's own `escapeFormulae: true` pattern,
 * /^[=+\-@\t\r].*$/, misses "=1+2\nx" and prefixes "-12.50"); the exemption must match the whole
 * cell, hence no `m` flag.
 */
export const FORMULA_START = /^(?![+-]?(?:\d+(?:\.\d+)?|\.\d+)$)[=+\-@\t\r]/;

/**
 * One batch of CSV lines, each ending with CRLF. With `header`, the batch starts the file: the BOM
 * and the header line come first. Concatenating a header batch and any number of plain batches
 * gives one valid CSV file.
 */
export function csvChunk(rows: readonly (readonly Cell[])[], options: { header?: readonly string[] } = {}): string {
  let out = '';
  if (options.header) out += BOM + unparse([options.header]) + CRLF;
  if (rows.length > 0) out += unparse(rows) + CRLF;
  return out;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_FIRST = new Set(['=', '+', '-', '@', '\t', '\r']);

/** One cell: numbers as they are; text neutralised (and then quoted) when a spreadsheet would run it, quoted when RFC 4180 needs it. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  if (value === '') return '';
  if (FORMULA_FIRST.has(value[0]) && FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  const edgeSpace = value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32;
  return edgeSpace || NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line of cells, without its CRLF. */
export function csvLine(row: readonly Cell[]): string {
  let line = csvCell(row[0]);
  for (let j = 1; j < row.length; j++) line += `,${csvCell(row[j])}`;
  return line;
}

function unparse(rows: readonly (readonly Cell[])[]): string {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) lines[i] = csvLine(rows[i]);
  return lines.join(CRLF);
}

/** A whole CSV file as chunks of CHUNK_ROWS rows: the header chunk first (even with no rows). */
export function csvChunks(header: readonly string[], rows: Iterable<readonly Cell[]>, chunkRows = CHUNK_ROWS): Generator<string> {
  return csvLineChunks(header, lines(rows), chunkRows);
}

function* lines(rows: Iterable<readonly Cell[]>): Generator<string> {
  for (const row of rows) yield csvLine(row);
}

/**
 * The same chunks from lines already encoded with csvLine (or built from csvCell). Large exports
 * encode each row as it is read, so a page in memory is one string per row rather than an array
 * of cells per row: fewer objects outlive a garbage collection of the young generation. No header
 * chunk when `header` is null (the second half of a file written in two).
 */
export function* csvLineChunks(header: readonly string[] | null, rows: Iterable<string>, chunkRows = CHUNK_ROWS): Generator<string> {
  if (header) yield csvChunk([], { header });
  let batch: string[] = [];
  for (const line of rows) {
    batch.push(line);
    if (batch.length >= chunkRows) {
      // The empty last element gives the final CRLF within the one join: one flat string, no rope.
      batch.push('');
      yield batch.join(CRLF);
      batch = [];
    }
  }
  if (batch.length > 0) {
    batch.push('');
    yield batch.join(CRLF);
  }
}
