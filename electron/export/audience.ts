// CLI export of the audience for a range of days, in long form for your own analysis: one row per
// day, metric and dimension. Stats count on their UTC date (the platform's day); announcements on
// the local date they were posted, in --tz. Aggregates only, as the platform sends them: the daily
// active users of a country are that day's distinct count and must not be added across days.
import type { Db } from '../../db/open';
import { localDate } from '../../db/queries/timezone';
import { writeFileAtomic } from './atomic-write';
import type { Exporter } from './exporter';
import { csvChunks, type Cell } from './csv';
import type { ExportRange } from './range';

export const AUDIENCE_COLUMNS = ['date', 'metric', 'dimension', 'value'] as const;

function* audienceRows(db: Db, range: ExportRange): Generator<Cell[]> {
  const followers = db
    .prepare(`SELECT date, followers_total AS total, new_followers AS gained, lost_followers AS lost FROM stats_audience WHERE date >= ? AND date <= ? ORDER BY date`)
    .iterate(range.from, range.to) as IterableIterator<{ date: string; total: number; gained: number; lost: number }>;
  for (const r of followers) {
    yield [r.date, 'followers_total', '', r.total];
    yield [r.date, 'new_followers', '', r.gained];
    yield [r.date, 'lost_followers', '', r.lost];
  }
  const countries = db
    .prepare(`SELECT date, country, active_users AS n FROM stats_countries WHERE date >= ? AND date <= ? ORDER BY date, country`)
    .iterate(range.from, range.to) as IterableIterator<{ date: string; country: string; n: number }>;
  for (const r of countries) yield [r.date, 'country_daily_active_users', r.country, r.n];
  const hashtags = db
    .prepare(`SELECT date, hashtag, impressions AS n FROM stats_hashtags WHERE date >= ? AND date <= ? ORDER BY date, hashtag`)
    .iterate(range.from, range.to) as IterableIterator<{ date: string; hashtag: string; n: number }>;
  for (const r of hashtags) yield [r.date, 'hashtag_impressions', r.hashtag, r.n];
  const announcements = (db.prepare(`SELECT id, posted_at AS postedAt, delivered, opened, engaged FROM announcements`).all() as {
    id: string;
    postedAt: string;
    delivered: number;
    opened: number;
    engaged: number;
  }[])
    .map((a) => ({ ...a, ms: Date.parse(a.postedAt) }))
    .filter((a) => a.ms >= range.startMs && a.ms < range.endMs)
    .sort((a, b) => a.ms - b.ms || a.id.localeCompare(b.id));
  for (const a of announcements) {
    const day = localDate(a.ms, range.tz);
    yield [day, 'announcement_delivered', a.id, a.delivered];
    yield [day, 'announcement_opened', a.id, a.opened];
    yield [day, 'announcement_engaged', a.id, a.engaged];
  }
}

export const audienceExporter: Exporter = {
  // The platform's first audience day is the natural start of "everything".
  firstDay: (db: Db) => db.prepare('SELECT min(date) FROM stats_audience').pluck().get() as string | null,
  async write(db: Db, file: string, range: ExportRange) {
    let rows = 0;
    const counted = function* () {
      for (const row of audienceRows(db, range)) {
        rows++;
        yield row;
      }
    };
    await writeFileAtomic(file, csvChunks(AUDIENCE_COLUMNS, counted()));
    return { rows };
  },
};
