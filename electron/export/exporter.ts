// What the command line's export of one kind is made of (cli.ts names the kinds).
import type { Db } from '../../db/open';
import type { ExportRange } from './range';

export interface Exporter {
  /** The first local day with data of this kind (default --from), or null when there is none. */
  firstDay(db: Db, tz: string): string | null;
  /** Writes the CSV atomically; returns the number of data rows. `nowMs` dates a range that ends today. */
  write(db: Db, file: string, range: ExportRange, nowMs?: number): Promise<{ rows: number }>;
}
