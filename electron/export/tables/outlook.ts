// The estimates as CSV tables: the Earnings outlook (per currency, its total and each stream, with the
// goal where one is set) and a work's month ahead on its own page. The same payloads the pages draw;
// money stays the exact decimal strings of the payload, counts are whole numbers.
import type { EarningsOutlook, ItemOutlook } from '../../../db/queries/types/outlook';
import { endOfMonth } from '../../../db/time/days';
import { streamName } from '../../../db/words/vocabulary';
import { table, type Cell, type CsvTable } from './types';

/** The estimates are of this month whatever the period picked: their file is named for the month. */
export const monthOf = (month: string): { from: string; to: string } => ({ from: `${month}-01`, to: endOfMonth(month) });

/** The row that holds a currency's total, all its streams together, as the page's cards show it. */
export const ALL_STREAMS = 'All streams';

export function earningsOutlookTable(o: EarningsOutlook): CsvTable {
  const columns = [
    'currency',
    'stream',
    'stream_code',
    'month',
    'today',
    'days_left',
    'month_to_date',
    'month_low',
    'month_base',
    'month_high',
    'year_to_date',
    'year_low',
    'year_base',
    'year_high',
    'goal',
    'goal_progress_pct',
    'goal_outlook',
    'goal_reached_months',
    'goal_recent_months',
    'basis',
    'band_source',
    'band_months',
  ];
  const rows = o.projections.flatMap((p) => {
    const g = o.goals.find((x) => x.currency === p.currency);
    const when: Cell[] = [o.month, o.today, o.days.length];
    const total = {
      key: `${p.currency}|`,
      cells: [
        p.currency,
        ALL_STREAMS,
        null,
        ...when,
        p.month.actual,
        p.month.low,
        p.month.base,
        p.month.high,
        p.year.actual,
        p.year.low,
        p.year.base,
        p.year.high,
        g?.goal ?? null,
        g?.progressPct ?? null,
        g?.outlook ?? null,
        g?.recent.reached ?? null,
        g?.recent.months ?? null,
        p.basis,
        p.band,
        p.comparable,
      ],
    };
    // A stream's goal and band are its currency's: the page shows them once, with the total.
    const streams = p.streams.map((s) => ({
      key: `${p.currency}|${s.stream}`,
      cells: [p.currency, streamName(s.stream), s.stream, ...when, s.month.actual, s.month.low, s.month.base, s.month.high, s.year.actual, s.year.low, s.year.base, s.year.high, ...Array<Cell>(8).fill(null)],
    }));
    return [total, ...streams];
  });
  return table(columns, rows);
}

/**
 * A work's month ahead: one row per currency of its money (named as its page names it: earnings,
 * commission, prizes), then its chats or plays. Money counts local days in `zone` up to now; chats
 * and plays count UTC days up to the newest the platform has published.
 */
export function itemOutlookTable(o: ItemOutlook, money: string, zone: string): CsvTable {
  const columns = ['measure', 'currency', 'month', 'known_through', 'timezone', 'so_far', 'low', 'base', 'high', 'basis', 'band_source', 'band_months'];
  const rows: { key: string; cells: Cell[] }[] = o.money.map((m) => ({
    key: `money|${m.currency}`,
    cells: [money, m.currency, o.month, o.today, zone, m.month.actual, m.month.low, m.month.base, m.month.high, m.basis, m.band, m.comparable],
  }));
  const c = o.count;
  if (c)
    rows.push({
      key: 'count',
      cells: [c.label.toLowerCase(), null, c.month, c.through, 'UTC', c.estimate.actual, c.estimate.low, c.estimate.base, c.estimate.high, null, c.band, c.comparable],
    });
  return table(columns, rows);
}
