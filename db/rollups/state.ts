// Which rollups a bulk load has left to build, kept in the settings table (one JSON list of base
// tables) and changed only inside the transactions that drop or restore their triggers: a group is
// listed exactly while its triggers are off.
import type { Db } from '../connection';

const KEY = 'rollupsToBuild';

export function rollupsToBuild(db: Db): string[] {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  return row ? (JSON.parse(row) as string[]) : [];
}

export function setRollupsToBuild(db: Db, bases: readonly string[]): void {
  if (bases.length === 0) db.prepare('DELETE FROM settings WHERE key = ?').run(KEY);
  else
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify([...new Set(bases)].sort()));
}
