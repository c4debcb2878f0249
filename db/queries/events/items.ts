// The characters, plugins and stories a note can be about, by name: the account's note form offers them.
import type { Db } from '../../open';
import type { TimelineItem } from '../types/events';

export function timelineItems(db: Db): TimelineItem[] {
  return db.prepare(`SELECT 'character' AS kind, id, name FROM characters
     UNION ALL SELECT 'plugin', id, name FROM plugins
     UNION ALL SELECT 'story', id, title FROM stories
     ORDER BY 1, 3 COLLATE NOCASE, 2`,
  ).all() as TimelineItem[];
}
