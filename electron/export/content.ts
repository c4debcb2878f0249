// CLI export of the Characters, Plugins and Stories tables for a range of days: the table the
// dashboard shows for that range as a custom period (every currency, one row per item and currency
// where money is involved), compared with the period of the same length before it.
import { coreOn } from '../../db/data-core';
import type { Db } from '../../db/open';
import { firstStatsDay } from '../../db/queries/content/windows';
import { writeFileAtomic } from './atomic-write';
import type { Exporter } from './exporter';
import { csvChunks } from './csv';
import type { ExportRange } from './range';
import { contentTable, type ContentTableRequest } from './tables/content-lookup';

export function contentExporter(dashboard: ContentTableRequest['dashboard'], statsTable: string): Exporter {
  return {
    // Stats days are UTC dates; the first one is the natural start of "everything".
    firstDay: (db: Db) => firstStatsDay(db, statsTable),
    async write(db: Db, file: string, range: ExportRange, nowMs = Date.now()) {
      // The same named read as the page's, on the command's own connection, in the zone it was given;
      // a command's output is its file and one line, not the app's log of slow reads.
      const found = await contentTable(coreOn(db, { log: () => {} }), { dashboard, table: dashboard, period: { preset: 'custom', from: range.from, to: range.to } }, { zone: range.tz, nowMs });
      if (!found) throw new Error(`the ${dashboard} table could not be built`);
      await writeFileAtomic(file, csvChunks(found.table.columns, found.table.rows.map((r) => r.cells)));
      return { rows: found.table.rows.length };
    },
  };
}
