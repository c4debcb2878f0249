import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../electron/export/cli';
import { readCsv } from '../export/fixture';
import { insertCatalogue, insertLedger, insertSupport } from '../helpers/fixture';
import { insertCharacterStats, insertHourly, insertPluginStats, insertStory, insertStoryStats, insertSyncRun } from '../helpers/stats-fixture';
import { servedStudio } from '../helpers/studio';
import { tempDir } from '../helpers/tmp';

// "Export CSV of exactly what the table shows": the page's rows, in the page's order, one currency at a time.
const PERIOD = { preset: 'custom', from: '2026-11-01', to: '2026-11-03' };
let s: Awaited<ReturnType<typeof servedStudio>>;

beforeAll(async () => {
  s = await servedStudio();
  const db = s.studio.db;
  db.prepare(`INSERT INTO settings (key, value) VALUES ('timezone', '"UTC"')`).run();
  insertSyncRun(db, '2026-11-04T00:00:00Z');
  insertCatalogue(db, [['c1', 'Ada'], ['c2', '=HYPERLINK("x")']], [['p1', 'Dice']]);
  insertStory(db, { id: 's1', title: 'Night Train', chapters: ['One', 'Two'], milestones: [['m1', 'Arrived']], identities: [['i1', 'Conductor']] });
  insertCharacterStats(db, [
    { character_id: 'c1', date: '2026-11-01', chats_started: 10, messages: 55, tokens: 700, active_users_30d: 9, profile_views: 30, chats_from_profile: 10 },
    { character_id: 'c2', date: '2026-11-01', chats_started: 4, messages: 8, profile_views: 0 },
  ]);
  insertPluginStats(db, [{ plugin_id: 'p1', date: '2026-11-01', installs: 3, installs_total: 200, active_chats_7d: 4, chats: 9 }]);
  insertStoryStats(db, [{ story_id: 's1', date: '2026-11-01', plays: 8, replays: 2, playtime_seconds: 800, completions: 4 }]);
  insertHourly(db, [['2026-11-01', 20, 5]]);
  insertLedger(db, [
    { id: 'L1', at: '2026-11-01T12:00:00Z', stream: 'character', sourceType: 'character', sourceId: 'c1', currency: 'CREDITS', gross: '12.5', status: 'available' },
    { id: 'L2', at: '2026-11-02T12:00:00Z', stream: 'embed', sourceType: 'character', sourceId: 'c2', currency: 'USDT', gross: '0.000001', status: 'pending' },
    { id: 'L3', at: '2026-11-02T12:00:00Z', stream: 'plugin', sourceType: 'plugin', sourceId: 'p1', currency: 'USDT', gross: '1.25', status: 'pending' },
  ]);
});
afterAll(async () => s.close());

async function exportTable(input: Record<string, unknown>): Promise<{ ok: boolean; value?: { content: string; rows: number; filename: string }; error?: { code: string } }> {
  const res = await fetch(`${s.server.origin}/api/exportTable`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.server.token}` },
    body: JSON.stringify(input),
  });
  return (await res.json()) as never;
}

const CHARACTER_HEADER =
  'id,name,currency,chats_started,previous_chats_started,change_pct,messages,tokens,active_users_30d,avg_messages_per_chat,avg_rating,rating_count,conversion_pct,return_user_rate_pct,earned,previous_earned,earnings_30d,previous_earnings_30d,marketplace,embed,top_scenario,top_model,' +
  'embed_price_currency,embed_price_per_million_tokens,embed_price_at_minimum,embed_tokens,previous_embed_tokens,embed_per_million_tokens,previous_embed_per_million_tokens,unique_users,unique_users_as_of,new_unique_users,previous_new_unique_users';
/** The fixture's platform sends no embed prices, embed tokens or distinct users: empty, never 0. */
const NOT_SENT = Array<string>(11).fill('');

describe('dashboard exports', () => {
  it('exports the characters table in one currency, in the order on screen, formulas neutralised', async () => {
    const r = await exportTable({ dashboard: 'characters', table: 'characters', period: PERIOD, currency: 'USDT', rowOrder: ['c2', 'c1'] });
    expect(r.ok).toBe(true);
    expect(r.value!.filename).toBe('characters-characters-USDT-2026-11-01_2026-11-03.csv');
    expect(readCsv(r.value!.content, CHARACTER_HEADER)).toEqual([
      // Earned in the period = marketplace + embed.
      ['c2', `'=HYPERLINK("x")`, 'USDT', '4', '0', '', '8', '0', '0', '2', '', '0', '', '', '0.000001', '0.00', '0.000001', '0.00', '0.00', '0.000001', '', '', ...NOT_SENT],
      ['c1', 'Ada', 'USDT', '10', '0', '', '55', '700', '9', '5.5', '', '0', '33.33', '', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '', '', ...NOT_SENT],
    ]);
  });

  it('exports a character page’s tables and the comparison of two characters', async () => {
    const peak = await exportTable({ dashboard: 'characters', table: 'peak-hours', period: PERIOD, id: 'c1' });
    const rows = readCsv(peak.value!.content, 'weekday,local_hour,chats_started,timezone');
    expect(rows).toHaveLength(7 * 24);
    expect(rows.find((x) => x[2] !== '0')).toEqual(['Sunday', '20', '5', 'UTC']);
    const cmp = await exportTable({ dashboard: 'characters', table: 'compare', period: PERIOD, id: JSON.stringify(['c1', 'c2']), rowOrder: ['chatsStarted', 'conversion'] });
    // The header names the two characters; a hostile name is neutralised there too.
    const text = cmp.value!.content;
    expect(text.split('\r\n')[0]).toBe(`\uFEFFmetric,unit,Ada,"'=HYPERLINK(""x"")",difference,difference_pct`);
    expect(Papa.parse<string[]>(text.slice(1, -2), { newline: '\r\n' }).data.slice(1)).toEqual([
      ['chatsStarted', 'count', '10', '4', '-6', '-60'],
      ['conversion', 'percent', '33.33', '', '', ''],
    ]);
  });

  it('exports the plugins and stories tables', async () => {
    const p = await exportTable({ dashboard: 'plugins', table: 'plugins', period: PERIOD, currency: 'USDT' });
    expect(readCsv(p.value!.content, 'id,name,currency,installs_total,previous_installs_total,installs,uninstalls,active_chats_7d,active_to_installs_pct,previous_active_to_installs_pct,churn,chats,chats_per_install,rating,rating_count,commission,previous_commission')).toEqual([
      ['p1', 'Dice', 'USDT', '200', '', '3', '0', '4', '2', '', 'yes', '9', '0.05', '', '0', '1.25', '0.00'],
    ]);
    const st = await exportTable({ dashboard: 'stories', table: 'stories', period: PERIOD });
    expect(readCsv(st.value!.content, 'id,title,plays,previous_plays,change_pct,avg_playtime_seconds,completion_rate_pct,replay_rate_pct,top_identity,top_milestones,drop_off_chapter,drop_off_title,revise_chapter')).toEqual([
      ['s1', 'Night Train', '8', '0', '', '100', '50', '25', '', '', '', '', ''],
    ]);
  });

  it('lists the 30 newest fan messages on the page and exports every one in the period', async () => {
    const at = (i: number) => new Date(Date.parse('2026-11-01T00:00:00Z') + i * 3_600_000).toISOString();
    insertSupport(s.studio.db, Array.from({ length: 45 }, (_, i) => ({ id: `sup${String(i).padStart(2, '0')}`, at: at(i), name: `Fan ${i}`, message: 'thanks', amount: '1', currency: 'USD' })));
    const page = (await (
      await fetch(`${s.server.origin}/api/earnings`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.server.token}` }, body: JSON.stringify({ period: PERIOD }) })
    ).json()) as { value: { support: { items: { id: string }[]; total: number } } };
    expect(page.value.support.total).toBe(45);
    expect(page.value.support.items.map((i) => i.id)).toEqual(Array.from({ length: 30 }, (_, i) => `sup${44 - i}`));
    const r = await exportTable({ dashboard: 'earnings', table: 'support', period: PERIOD });
    expect(r.ok).toBe(true);
    expect(r.value!.rows).toBe(45);
    const ids = (Papa.parse(r.value!.content.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data as { id: string }[]).map((row) => row.id);
    expect(ids).toEqual(Array.from({ length: 45 }, (_, i) => `sup${String(44 - i).padStart(2, '0')}`));
  });

  it('says which table does not exist, and that a deleted item has no page', async () => {
    expect((await exportTable({ dashboard: 'stories', table: 'nope', period: PERIOD })).error?.code).toBe('not_found');
    expect((await exportTable({ dashboard: 'characters', table: 'metrics', period: PERIOD, id: 'gone' })).error?.code).toBe('not_found');
  });
});

describe('CLI export of the content tables', () => {
  it('writes every currency’s row per character, and the plugins and stories tables', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'characters.csv');
    // A copy: the served database's folder belongs to the first test and is gone by now.
    const dbFile = path.join(dir, 'copy.db');
    await s.studio.db.backup(dbFile);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await exportCommand(['characters', '--db', dbFile, '--out', out, '--from', '2026-11-01', '--to', '2026-11-03', '--tz', 'UTC'], () => Date.parse('2026-11-22T12:00:00Z'));
      const rows = readCsv(fs.readFileSync(out, 'utf8'), CHARACTER_HEADER);
      expect(rows.map((r) => [r[0], r[2], r[14]])).toEqual([
        ['c2', 'CREDITS', '0.00'],
        ['c2', 'USDT', '0.000001'],
        ['c1', 'CREDITS', '12.50'],
        ['c1', 'USDT', '0.00'],
      ]);
      await exportCommand(['plugins', '--db', dbFile, '--out', `${out}.p.csv`, '--from', '2026-11-01', '--to', '2026-11-03']);
      await exportCommand(['stories', '--db', dbFile, '--out', `${out}.s.csv`, '--from', '2026-11-01', '--to', '2026-11-03']);
      expect(write.mock.calls.map((c) => String(c[0]))).toEqual([`exported 4 rows to ${out}\n`, `exported 1 rows to ${out}.p.csv\n`, `exported 1 rows to ${out}.s.csv\n`]);
    } finally {
      write.mockRestore();
    }
  });
});
