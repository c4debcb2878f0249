import { DateTime } from 'luxon';
import { openDatabase } from './db/open';
import { charactersDashboard } from './db/queries/characters/list';
import { characterDetail } from './db/queries/characters/detail';
import { insertCatalogue } from './test/helpers/fixture';
import { insertCharacterStats, insertScenarioStats, insertModelStats, type CharacterDay } from './test/helpers/stats-fixture';
const file = `/tmp/c5bench-${process.pid}.db`;
const { db } = await openDatabase(file);
const ids = Array.from({ length: 500 }, (_, i) => `c${String(i).padStart(3, '0')}`);
insertCatalogue(db, ids.map((id) => [id, `Character ${id}`]));
const start = DateTime.fromISO('2024-11-22', { zone: 'UTC' });
db.transaction(() => {
  const rows: CharacterDay[] = [];
  const sc: [string, string, string, number][] = [];
  for (const id of ids) for (let k = 0; k < 730; k++) { const date = start.plus({ days: k }).toISODate()!; rows.push({ character_id: id, date, chats_started: k % 13, messages: k, profile_views: 10, chats_from_profile: 2, active_users: 3, returning_users: 1, active_users_30d: k }); sc.push([id, date, 'A', 3], [id, date, 'B', 2]); }
  insertCharacterStats(db, rows); insertScenarioStats(db, sc); insertModelStats(db, sc);
})();
const now = Date.parse('2026-11-22T12:00:00Z');
for (const preset of ['week', 'month', 'year', 'all'] as const) {
  let t = performance.now(); const d = charactersDashboard(db, { preset }, 'America/Sao_Paulo', now); const list = performance.now() - t;
  t = performance.now(); characterDetail(db, { preset }, 'America/Sao_Paulo', now, 'c250'); const detail = performance.now() - t;
  console.log(preset, 'list', Math.round(list), 'ms', d.characters.length, 'detail', Math.round(detail), 'ms');
}
db.close();
