// Finds a Characters, Plugins or Stories table by page and name: the dashboard's own table, or an
// item page's (input.id), or the comparison of two characters (input.id = JSON ["a","b"]).
import type { NamedReads, ReadAt } from '../../../db/data-core';
import type { PeriodSpec } from '../../../db/queries/types/period';
import { characterPageTables, characterTables, compareTables, pluginPageTables, pluginTables, storyPageTables, storyTables } from './content';
import { monthOf } from './outlook';
import { ownTable, type CsvTable } from './types';

export interface ContentTableRequest {
  dashboard: 'characters' | 'plugins' | 'stories';
  table: string;
  period: PeriodSpec;
  id?: string;
}

type Found = { table: CsvTable; range: { from: string; to: string } } | null;

/** The two ids of a comparison export, or null when `id` is not one. */
export function comparedIds(id: string): [string, string] | null {
  try {
    const v = JSON.parse(id) as unknown;
    return Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string') ? [v[0], v[1]] : null;
  } catch {
    return null;
  }
}

function pick<D extends { period: { current: { from: string; to: string } }; outlook?: { month: string } }>(d: D | null, tables: (d: D) => Record<string, CsvTable>, name: string): Found {
  if (!d) return null;
  const t = ownTable(tables(d), name);
  return t ? { table: t, range: name === 'outlook' && d.outlook ? monthOf(d.outlook.month) : d.period.current } : null;
}

export async function contentTable(reads: NamedReads, req: ContentTableRequest, at: ReadAt): Promise<Found> {
  const { period, id, table: name } = req;
  switch (req.dashboard) {
    case 'characters': {
      if (id === undefined) return pick(await reads.read('characters', { period }, at), characterTables, name);
      const pair = name === 'compare' ? comparedIds(id) : null;
      if (pair) return pick(await reads.read('compareCharacters', { period, a: pair[0], b: pair[1] }, at), compareTables, name);
      return pick(await reads.read('character', { period, id }, at), characterPageTables, name);
    }
    case 'plugins':
      return id === undefined ? pick(await reads.read('plugins', { period }, at), pluginTables, name) : pick(await reads.read('plugin', { period, id }, at), pluginPageTables, name);
    case 'stories':
      return id === undefined ? pick(await reads.read('stories', { period }, at), storyTables, name) : pick(await reads.read('story', { period, id }, at), storyPageTables, name);
  }
}
