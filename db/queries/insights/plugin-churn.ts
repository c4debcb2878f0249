// Plugin churn: many installs, little real use. The platform's "active in chats (week)" is a
// distinct count for the 7 days ending a date, so it is read on one day (the window's last),
// never added up.
import { dateLabel } from '../../words/dates';
import { decimalText, formatCount, ratioText } from '../../words/numbers';
import { byStrength, median, names, statsWindow, workHref, type Rule } from './context';

interface Latest {
  pluginId: string;
  installsTotal: number;
  active7d: number;
  date: string;
}

export const pluginChurnRule: Rule = {
  rule: 'plugin-churn',
  label: 'Plugin churn',
  definition: (t) =>
    `A plugin with at least ${t.pluginMinInstalls} installs whose chats active in the last 7 days are under ${t.pluginActivePct}% of its installs (on the newest stats day).`,
  run(ctx) {
    const w = statsWindow(ctx, 'stats_plugins');
    if (!w) return { insights: [], note: 'No plugin stats synced yet.' };
    const live = names(ctx.db, 'plugins');
    const latest = ctx.db.prepare(
      // The bare columns come from the row holding max(date) (SQLite's documented min/max rule): the
      // window's rows once, where a subquery per row of every stats day took 100 ms on 200 plugins.
      `SELECT plugin_id AS pluginId, installs_total AS installsTotal, active_chats_7d AS active7d, max(date) AS date FROM stats_plugins
       WHERE date >= ? AND date <= ? GROUP BY plugin_id`,
    )
      .all(w.current.from, w.current.to) as Latest[];
    const flows = new Map(
      (
        ctx.db.prepare(
          `SELECT plugin_id AS id, sum(installs) AS installs, sum(uninstalls) AS uninstalls, sum(rating_count) AS ratings, sum(rating_sum) AS stars
           FROM stats_plugins WHERE date >= ? AND date <= ? GROUP BY plugin_id`,
        )
          .all(w.current.from, w.current.to) as { id: string; installs: number; uninstalls: number; ratings: number; stars: number }[]
      ).map((f) => [f.id, f]),
    );
    const plugins = latest.filter((p) => live.has(p.pluginId) && p.installsTotal > 0);
    const ratios = new Map(plugins.map((p) => [p.pluginId, p.active7d / p.installsTotal]));
    const insights = plugins
      .filter((p) => p.installsTotal >= ctx.t.pluginMinInstalls && ratios.get(p.pluginId)! < ctx.t.pluginActivePct / 100)
      .map((p) => {
        const name = live.get(p.pluginId)!;
        const ratio = ratios.get(p.pluginId)!;
        const others = median(plugins.filter((o) => o !== p).map((o) => ratios.get(o.pluginId)!));
        const f = flows.get(p.pluginId);
        const rating = f && f.ratings > 0 ? `${decimalText(f.stars / f.ratings)}★ from ${formatCount(f.ratings)} ratings` : 'no ratings';
        return {
          id: `plugin-churn:${p.pluginId}`,
          rule: 'plugin-churn' as const,
          title: `${name}: ${formatCount(p.installsTotal)} installs, ${formatCount(p.active7d)} active chats`,
          finding:
            `${name} has ${formatCount(p.installsTotal)} installs but was active in ${formatCount(p.active7d)} chats in the 7 days to ${dateLabel(p.date)} (${ratioText(ratio)} of installs)` +
            (others !== null ? `; your other plugins: ${ratioText(others)} (median).` : '.') +
            (f ? ` ${formatCount(f.uninstalls)} uninstalls against ${formatCount(f.installs)} installs and ${rating} over the last ${w.current.days} days.` : ''),
          figures: [
            { label: 'Installs', value: formatCount(p.installsTotal) },
            { label: 'Active chats (7 days)', value: formatCount(p.active7d) },
            { label: 'Active / installs', value: ratioText(ratio) },
            ...(others !== null ? [{ label: 'Other plugins', value: ratioText(others) }] : []),
          ],
          why: 'Installs without use are churn: people tried it and stopped. Commission follows use, not installs.',
          move: 'Either it is buggy or the description over-promised: fix one. Try it in a fresh chat as a new user would, read its recent ratings, and make the description match what it does.',
          evidence: { label: `Open ${name}`, href: workHref('plugins', p.pluginId) },
          strength: 1 - ratio / (ctx.t.pluginActivePct / 100),
        };
      })
      .sort(byStrength);
    return { insights };
  },
};
