// What storing the synced rows costs SQLite alone: the same rows, already parsed into the cells the
// sync writes, through one prepared INSERT in one transaction. Into a plain table (the resource's
// columns, its key as primary key, nothing else): the headline baseline. Into the app's own schema
// with its indexes and triggers: the sync's cost beyond its schema (that baseline falls each time the
// schema gains an index or a trigger). Only the inserts and the commit are timed; parsing is not.
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open';
import { parseRow, type ResourceName } from '../../electron/sync/client/index.js';
import { TABLES } from '../../electron/sync/tables';

/** Raw rows of one resource as the platform sends them, in chunks. */
export type RowSource = (resource: ResourceName) => AsyncIterable<unknown[]> | Iterable<unknown[]>;

export interface InsertRate {
  rows: number;
  seconds: number;
  rate: number;
}

function cellsOf(resource: ResourceName): (raw: unknown) => unknown[] {
  const spec = TABLES[resource];
  const getters = Object.keys(spec.columns).map((name) => {
    const column = spec.columns[name];
    return typeof column === 'string' ? (row: Record<string, unknown>) => row[column] ?? null : column;
  });
  return (raw) => {
    const row = parseRow(resource, raw) as Record<string, unknown>;
    return getters.map((get) => get(row));
  };
}

async function insertAll(db: Database.Database, resources: readonly ResourceName[], rowsOf: RowSource, table: (r: ResourceName) => string): Promise<InsertRate> {
  let rows = 0;
  let ms = 0;
  for (const resource of resources) {
    const spec = TABLES[resource];
    const names = Object.keys(spec.columns);
    const insert = db.prepare(`INSERT INTO ${table(resource)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
    const cells = cellsOf(resource);
    let t0 = performance.now();
    db.exec('BEGIN');
    ms += performance.now() - t0;
    for await (const chunk of rowsOf(resource)) {
      const parsed = chunk.filter((raw) => !(raw as { deleted?: unknown }).deleted).map(cells);
      t0 = performance.now();
      for (const c of parsed) insert.run(c);
      ms += performance.now() - t0;
      rows += parsed.length;
    }
    t0 = performance.now();
    db.exec('COMMIT');
    ms += performance.now() - t0;
  }
  return { rows, seconds: ms / 1000, rate: rows / (ms / 1000) };
}

/** Into plain tables: each resource's columns and primary key, no other index, no trigger. */
export async function plainInsertRate(resources: readonly ResourceName[], rowsOf: RowSource, file: string): Promise<InsertRate> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const resource of resources) {
    const spec = TABLES[resource];
    db.exec(`CREATE TABLE "plain_${spec.table}" (${Object.keys(spec.columns).join(', ')}, PRIMARY KEY (${spec.keys.join(', ')}))`);
  }
  try {
    return await insertAll(db, resources, rowsOf, (r) => `"plain_${TABLES[r].table}"`);
  } finally {
    db.close();
  }
}

/** Into the app's schema, its indexes and triggers included. */
export async function schemaInsertRate(resources: readonly ResourceName[], rowsOf: RowSource, file: string): Promise<InsertRate> {
  const { db } = await openDatabase(file);
  try {
    return await insertAll(db, resources, rowsOf, (r) => TABLES[r].table);
  } finally {
    db.close();
  }
}

/** Chunks of `size` from any iterable. */
export function* chunked<T>(items: Iterable<T>, size = 20_000): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** Every page of a collection from a platform over HTTP, as the sync reads it. */
export async function* feedPages(baseUrl: string, token: string, resource: ResourceName): AsyncGenerator<unknown[]> {
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '1000', ...(cursor ? { cursor } : {}) });
    const res = await fetch(`${baseUrl}/v1/${resource}?${query}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`${resource}: the platform answered ${res.status}`);
    const page = (await res.json()) as { data: unknown[]; next_cursor: string | null };
    yield page.data;
    cursor = page.next_cursor || null;
  } while (cursor);
}
