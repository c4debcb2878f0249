// Monthly rollups of the daily stats tables, kept by triggers inside every write's transaction (like
// the ledger's), so a year or all time reads a few thousand rows instead of hundreds of thousands.
// Stats days are the platform's UTC dates, so these months never depend on the reporting zone.
// Migrations 0005, 0009 and 0016 hold the SQL this module prints (`npx tsx db/rollups/print.ts stats`);
// queries use the specs.

export interface StatsRollup {
  /** The daily table; (keys…, date) is its primary key. */
  base: string;
  keys: readonly string[];
  /** Fields that add up over days. */
  sums: readonly string[];
  /** Fields read on the month's last stats day (distinct counts, end-of-day totals). */
  last: readonly string[];
  /** Sums older platforms may not send (null on their days): such a day adds nothing to them, and a
   *  count of the days that sent them rides beside (a sum of its own, e.g. embed_days). */
  partial?: readonly string[];
}

export const STATS_ROLLUPS: readonly StatsRollup[] = [
  {
    base: 'stats_characters',
    keys: ['character_id'],
    sums: ['chats_started', 'messages', 'tokens', 'active_users', 'returning_users', 'profile_views', 'chats_from_profile', 'rating_count', 'rating_sum', 'new_followers', 'embed_tokens', 'embed_days'],
    last: ['active_users_30d'],
    partial: ['embed_tokens'],
  },
  { base: 'stats_plugins', keys: ['plugin_id'], sums: ['installs', 'uninstalls', 'chats', 'rating_count', 'rating_sum'], last: ['installs_total', 'active_chats_7d'] },
  { base: 'stats_stories', keys: ['story_id'], sums: ['plays', 'players', 'replays', 'playtime_seconds', 'completions'], last: [] },
  { base: 'stats_character_scenarios', keys: ['character_id', 'scenario'], sums: ['chats'], last: [] },
  { base: 'stats_character_models', keys: ['character_id', 'model'], sums: ['chats'], last: [] },
  { base: 'stats_character_chat_lengths', keys: ['character_id', 'length'], sums: ['chats'], last: [] },
  { base: 'stats_character_topics', keys: ['character_id', 'topic'], sums: ['chats'], last: [] },
  { base: 'stats_story_chapters', keys: ['story_id', 'chapter'], sums: ['reached', 'dropped'], last: [] },
  { base: 'stats_story_milestones', keys: ['story_id', 'milestone'], sums: ['hits'], last: [] },
  { base: 'stats_story_identities', keys: ['story_id', 'identity'], sums: ['plays'], last: [] },
  { base: 'stats_countries', keys: ['country'], sums: ['active_users'], last: [] },
  { base: 'stats_hashtags', keys: ['hashtag'], sums: ['impressions'], last: [] },
];

export const monthlyTable = (base: string): string => `${base}_monthly`;

export function rollupOf(base: string): StatsRollup | undefined {
  return STATS_ROLLUPS.find((r) => r.base === base);
}

const list = (xs: readonly string[], f: (x: string) => string) => xs.map(f).join(', ');

/** A day's value of a sum: a partial field the day lacks counts nothing. */
const valueOf = (r: StatsRollup, row: string, s: string) => (r.partial?.includes(s) ? `coalesce(${row}.${s}, 0)` : `${row}.${s}`);

/** Adds one day's row (`row` is NEW) to its month. */
function addRow(r: StatsRollup, row: 'NEW'): string {
  const m = monthlyTable(r.base);
  const lastCols = r.last.length > 0 ? ['last_date', ...r.last] : [];
  const cols = [...r.keys, 'month', 'days', ...r.sums, ...lastCols];
  const values = [...r.keys.map((k) => `${row}.${k}`), `substr(${row}.date, 1, 7)`, '1', ...r.sums.map((s) => valueOf(r, row, s)), ...lastCols.map((c) => `${row}.${c === 'last_date' ? 'date' : c}`)];
  const sets = [
    'days = days + 1',
    ...r.sums.map((s) => `${s} = ${s} + excluded.${s}`),
    // Every SET expression reads the row as it was, so last_date below is still the old one here.
    ...r.last.map((l) => `${l} = CASE WHEN excluded.last_date >= last_date THEN excluded.${l} ELSE ${l} END`),
    ...(r.last.length > 0 ? ['last_date = max(last_date, excluded.last_date)'] : []),
  ];
  return `INSERT INTO ${m} (${cols.join(', ')}) VALUES (${values.join(', ')})
    ON CONFLICT (${[...r.keys, 'month'].join(', ')}) DO UPDATE SET ${sets.join(', ')};`;
}

/** Takes one day's row (`row` is OLD) out of its month; a month left without days is removed. */
function removeRow(r: StatsRollup, row: 'OLD'): string {
  const m = monthlyTable(r.base);
  const match = `${r.keys.map((k) => `${k} = ${row}.${k}`).join(' AND ')} AND month = substr(${row}.date, 1, 7)`;
  const out = [`UPDATE ${m} SET days = days - 1, ${list(r.sums, (s) => `${s} = ${s} - ${valueOf(r, row, s)}`)} WHERE ${match};`];
  if (r.last.length > 0) {
    // The removed day was the month's last: the latest remaining day of that month takes its place.
    const own = r.keys.map((k) => `b.${k} = ${row}.${k}`).join(' AND ');
    out.push(
      `UPDATE ${m} SET (last_date, ${r.last.join(', ')}) = (SELECT b.date, ${list(r.last, (l) => `b.${l}`)} FROM ${r.base} b
      WHERE ${own} AND b.date >= ${m}.month || '-01' AND b.date <= ${m}.month || '-31' ORDER BY b.date DESC LIMIT 1)
      WHERE ${match} AND last_date = ${row}.date AND days > 0;`,
    );
  }
  out.push(`DELETE FROM ${m} WHERE ${match} AND days = 0;`);
  return out.join('\n  ');
}

/** The three triggers that keep one rollup, row by row. */
export function monthlyTriggers(r: StatsRollup): string[] {
  const m = monthlyTable(r.base);
  return [
    `CREATE TRIGGER ${m}_insert AFTER INSERT ON ${r.base} BEGIN\n  ${addRow(r, 'NEW')}\nEND;`,
    `CREATE TRIGGER ${m}_delete AFTER DELETE ON ${r.base} BEGIN\n  ${removeRow(r, 'OLD')}\nEND;`,
    `CREATE TRIGGER ${m}_update AFTER UPDATE ON ${r.base} BEGIN\n  ${removeRow(r, 'OLD')}\n  ${addRow(r, 'NEW')}\nEND;`,
  ];
}

/** The set-based fill of one rollup from every stored day (into an empty table). */
export function monthlyBuild(r: StatsRollup): string {
  const m = monthlyTable(r.base);
  // SQLite takes the bare last columns from the row holding max(date) (its documented min/max rule).
  const lastSelect = r.last.length > 0 ? `, max(date), ${r.last.join(', ')}` : '';
  return `INSERT INTO ${m} (${[...r.keys, 'month', 'days', ...r.sums, ...(r.last.length > 0 ? ['last_date', ...r.last] : [])].join(', ')})
  SELECT ${r.keys.join(', ')}, substr(date, 1, 7), count(*), ${list(r.sums, (s) => (r.partial?.includes(s) ? `coalesce(sum(${s}), 0)` : `sum(${s})`))}${lastSelect}
  FROM ${r.base} GROUP BY ${r.keys.join(', ')}, substr(date, 1, 7);`;
}

/** CREATE TABLE, the three triggers and the fill for one rollup: what a migration that defines it holds. */
export function rollupStatements(r: StatsRollup): string[] {
  const m = monthlyTable(r.base);
  const lastCols = r.last.length > 0 ? [`last_date text NOT NULL`, ...r.last.map((l) => `${l} integer NOT NULL`)] : [];
  const create = `CREATE TABLE ${m} (
  ${[...r.keys.map((k) => `${k} ${k === 'chapter' ? 'integer' : 'text'} NOT NULL`), 'month text NOT NULL', 'days integer NOT NULL', ...r.sums.map((s) => `${s} integer NOT NULL`), ...lastCols].join(',\n  ')},
  PRIMARY KEY (${[...r.keys, 'month'].join(', ')})
) WITHOUT ROWID;`;
  return [create, ...monthlyTriggers(r), monthlyBuild(r)];
}
