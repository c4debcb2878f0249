// The modules' import graph: no cycles, and layers that only look down. db/ is the bottom layer (the
// database and its queries), electron/ the main process above it, renderer/ the page, which sees the
// main process only through the StudioApi's types. Cycles are refused in both views: a run-time cycle
// loads a module half-initialised, and a cycle closed only by a type still means two modules each own
// a piece of the other.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCycles, importGraph, importsAcross, reachableFrom, type ReadGraph } from '../helpers/import-graph';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['electron/**/*.ts', 'db/**/*.ts', 'renderer/**/*.{ts,tsx}'];

let all: ReadGraph;
let runtime: ReadGraph;

beforeAll(async () => {
  [all, runtime] = await Promise.all([importGraph({ root: ROOT, entries: SOURCES, view: 'all' }), importGraph({ root: ROOT, entries: SOURCES, view: 'runtime' })]);
});

describe('the cycle check itself', () => {
  const fixtures = ['test/fixtures/import-cycles/*.ts'];

  it('sees a cycle of run-time imports in both views, and one closed by a type only where types count', async () => {
    const [withTypes, loaded] = await Promise.all([
      importGraph({ root: ROOT, entries: fixtures, view: 'all' }),
      importGraph({ root: ROOT, entries: fixtures, view: 'runtime' }),
    ]);
    const dir = 'test/fixtures/import-cycles';
    expect(importCycles(withTypes.graph)).toEqual([`${dir}/loads-a.ts -> ${dir}/loads-b.ts -> ${dir}/loads-a.ts`, `${dir}/typed-a.ts -> ${dir}/typed-b.ts -> ${dir}/typed-a.ts`]);
    expect(importCycles(loaded.graph)).toEqual([`${dir}/loads-a.ts -> ${dir}/loads-b.ts -> ${dir}/loads-a.ts`]);
  });

  it('reads the whole project: every relative import names a file, and the graph holds every module', () => {
    expect(all.unresolved).toEqual([]);
    expect(runtime.unresolved).toEqual([]);
    // Known modules from each layer and imports between them, so an empty or partial graph cannot pass.
    expect(all.graph.get('electron/api/dispatch.ts')).toContain('electron/api/contract.ts');
    expect(all.graph.get('renderer/App.tsx')?.length).toBeGreaterThan(3);
    expect(all.graph.get('db/queries/earnings/index.ts')?.length).toBeGreaterThan(3);
    expect(all.graph.size).toBeGreaterThan(300);
  });
});

describe('the import graph of electron/, db/ and renderer/', () => {
  it('has no cycle of imports that load modules at run time', () => {
    expect(importCycles(runtime.graph)).toEqual([]);
  });

  it('has no cycle closed by type imports either', () => {
    expect(importCycles(all.graph)).toEqual([]);
  });

  it('db/ imports nothing from electron/ or renderer/, not even a type', () => {
    expect(importsAcross(all.graph, 'db', ['electron', 'renderer'])).toEqual([]);
  });

  it('electron/ imports nothing from renderer/', () => {
    expect(importsAcross(all.graph, 'electron', ['renderer'])).toEqual([]);
  });

  it('the exports import nothing from the StudioApi above them', () => {
    expect(importsAcross(all.graph, 'electron/export', ['electron/api'])).toEqual([]);
  });

  it('renderer/ imports electron/ for types only', () => {
    expect(importsAcross(runtime.graph, 'renderer', ['electron'])).toEqual([]);
  });

  it('renderer/ reads the payloads’ types through the StudioApi, never from the queries', () => {
    expect(importsAcross(all.graph, 'renderer', ['db/queries'])).toEqual([]);
  });

  it('the dashboard registry imports nothing, so the preload and the page load it without any query', () => {
    expect(all.graph.get('db/dashboards.ts')).toEqual([]);
  });

  it('opening a database depends on no query module', () => {
    expect([...reachableFrom(all.graph, 'db/open.ts')].filter((m) => m.startsWith('db/queries/'))).toEqual([]);
  });
});
