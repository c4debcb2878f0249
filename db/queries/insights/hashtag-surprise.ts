// Hashtag surprise: one of the top hashtags by impressions is a tag none of the creator's works
// carries. That is their "brand", whether they intended it or not: lean into it.
import { hashtagRanking } from '../audience/hashtags';
import { rangeLabel } from '../../words/dates';
import { formatCount, ratioText, signedPct } from '../../words/numbers';
import { byStrength, statsWindow, type Rule } from './context';

export const hashtagRule: Rule = {
  rule: 'hashtag',
  label: 'Hashtag surprise',
  definition: (t) =>
    `A hashtag among your top ${t.hashtagTopN} by impressions over the last ${t.windowDays} days that none of your characters, plugins or stories is tagged with.`,
  run(ctx) {
    const w = statsWindow(ctx, 'stats_hashtags');
    if (!w) return { insights: [], note: 'No hashtag stats synced yet.' };
    const ranking = hashtagRanking(ctx.db, w.current, w.previous);
    const total = ranking.reduce((n, h) => n + h.impressions.value, 0);
    const insights = ranking
      .slice(0, ctx.t.hashtagTopN)
      .filter((h) => !h.own)
      .map((h) => {
        const share = total > 0 ? h.impressions.value / total : 0;
        const prev = h.impressions.previous ?? 0;
        const then = h.previousRank === h.rank ? `, when it was #${h.rank} too` : h.previousRank ? `, when it ranked #${h.previousRank}` : '';
        const change = prev > 0 ? ` (${signedPct((h.impressions.value / prev - 1) * 100, 0)} against the ${w.previous.days} days before${then})` : '';
        return {
          id: `hashtag:${h.hashtag}`,
          rule: 'hashtag' as const,
          title: `#${h.hashtag} is your #${h.rank} hashtag, and not one of your tags`,
          finding:
            `#${h.hashtag} had ${formatCount(h.impressions.value)} impressions over ${rangeLabel(w.current)}, ${ratioText(share)} of all your hashtag impressions${change}, ` +
            `yet none of your characters, plugins or stories is tagged with it.`,
          figures: [
            { label: 'Rank', value: `#${h.rank}` },
            { label: 'Impressions', value: formatCount(h.impressions.value) },
            { label: 'Share', value: ratioText(share) },
            { label: 'Your works tagged', value: '0' },
          ],
          why: 'Your top hashtags are what people know you for. A tag you never chose is an audience finding you on its own.',
          move: `Lean into it: make more characters in #${h.hashtag}, and tag the existing works that fit it.`,
          evidence: { label: 'See hashtags', href: '#/audience/hashtags' },
          strength: share,
        };
      })
      .sort(byStrength);
    return { insights };
  },
};
