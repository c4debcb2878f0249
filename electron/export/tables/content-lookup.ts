// Finds a Characters, Plugins or Stories table by page and name: the dashboard's own table, or an
// item page's (input.id), or the comparison of two characters (input.id = JSON ["a","b"]).
import type { Db } from '../../../db/open';
import type { Reader } from '../../../db/reader';
import { characterDetail, compareCharacters } from '../../../db/queries/characters/detail';
import { charactersDashboard } from '../../../db/queries/characters/list';
import { pluginDetail } from '../../../db/queries/plugins/detail';
import { pluginsDashboard } from '../../../db/queries/plugins/list';
import { storyDetail } from '../../../db/queries/stories/detail';
import { storiesDashboard } from '../../../db/queries/stories/list';
import type { PeriodSpec } from '../../../db/queries/types/period';
import { characterPageTables, characterTables, compareTables, pluginPageTables, pluginTables, storyPageTables, storyTables } from './content';
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

function pick<D extends { period: { current: { from: string; to: string } } }>(d: D | null, tables: (d: D) => Record<string, CsvTable>, name: string): Found {
  if (!d) return null;
  const t = ownTable(tables(d), name);
  return t ? { table: t, range: d.period.current } : null;
}

export async function contentTable(db: Db, req: ContentTableRequest, zone: string, nowMs: number, reader?: Reader): Promise<Found> {
  const { period, id, table: name } = req;
  switch (req.dashboard) {
    case 'characters': {
      if (id === undefined) return pick(await charactersDashboard(db, period, zone, nowMs, reader), characterTables, name);
      const pair = name === 'compare' ? comparedIds(id) : null;
      if (pair) return pick(compareCharacters(db, period, zone, nowMs, pair[0], pair[1]), compareTables, name);
      return pick(characterDetail(db, period, zone, nowMs, id), characterPageTables, name);
    }
    case 'plugins':
      return id === undefined ? pick(pluginsDashboard(db, period, zone, nowMs), pluginTables, name) : pick(pluginDetail(db, period, zone, nowMs, id), pluginPageTables, name);
    case 'stories':
      return id === undefined ? pick(storiesDashboard(db, period, zone, nowMs), storyTables, name) : pick(storyDetail(db, period, zone, nowMs, id), storyPageTables, name);
  }
}
