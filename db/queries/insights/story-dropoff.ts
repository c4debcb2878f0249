// Story drop-off: the chapter where most players stopped (platform definition), when it stands out
// from the story's other chapters. The fix is usually in the chapter before: that is where the
// engagement waned (creator analytics guide).
import { rangeLabel } from '../../words/dates';
import { formatCount, ratioText } from '../../words/numbers';
import { byStrength, median, names, statsWindow, workHref, type Rule } from './context';

interface ChapterSum {
  storyId: string;
  chapter: number;
  reached: number;
  dropped: number;
}

function chapterTitles(json: string): Map<number, string> {
  try {
    const list = JSON.parse(json) as { index: number; title: string }[];
    return new Map(list.filter((c) => typeof c.index === 'number').map((c) => [c.index, String(c.title ?? '')]));
  } catch {
    return new Map();
  }
}

const chapterName = (n: number, titles: Map<number, string>) => (titles.get(n) ? `chapter ${n} (“${titles.get(n)}”)` : `chapter ${n}`);

export const storyDropoffRule: Rule = {
  rule: 'story-dropoff',
  label: 'Story drop-off',
  definition: (t) =>
    `In the last ${t.windowDays} days, the chapter of a story where most players stopped, when at least ${t.storyMinPlayers} players reached it, ` +
    `it lost at least ${t.storyDropPct}% of them, and that is at least ${t.storyDropVsMedian}× the story’s median chapter drop rate.`,
  run(ctx) {
    const w = statsWindow(ctx, 'stats_story_chapters');
    if (!w) return { insights: [], note: 'No story chapter stats synced yet.' };
    const titles = names(ctx.db, 'stories');
    const chapters = new Map(
      (ctx.db.prepare('SELECT id, chapters FROM stories').all() as { id: string; chapters: string }[]).map((s) => [s.id, chapterTitles(s.chapters)]),
    );
    const rows = ctx.db.prepare(
      // Each story's days in the window through its key (story, date, chapter), walking the catalogue:
      // the date alone could only scan every chapter row of every day.
      `SELECT s.story_id AS storyId, s.chapter, sum(s.reached) AS reached, sum(s.dropped) AS dropped
       FROM stories c CROSS JOIN stats_story_chapters s ON s.story_id = c.id AND s.date >= ? AND s.date <= ?
       GROUP BY s.story_id, s.chapter ORDER BY s.story_id, s.chapter`,
    )
      .all(w.current.from, w.current.to) as ChapterSum[];
    const byStory = new Map<string, ChapterSum[]>();
    for (const r of rows) if (titles.has(r.storyId)) byStory.set(r.storyId, [...(byStory.get(r.storyId) ?? []), r]);
    const insights = [];
    for (const [storyId, list] of byStory) {
      const withPlayers = list.filter((c) => c.reached > 0);
      if (withPlayers.length < 2) continue;
      // Most players stopped here; on a tie the earlier chapter, which loses them sooner.
      const drop = withPlayers.reduce((a, b) => (b.dropped > a.dropped ? b : a));
      const rate = drop.dropped / drop.reached;
      const med = median(withPlayers.map((c) => c.dropped / c.reached))!;
      if (drop.reached < ctx.t.storyMinPlayers || rate < ctx.t.storyDropPct / 100 || rate < med * ctx.t.storyDropVsMedian) continue;
      const title = titles.get(storyId)!;
      const names_ = chapters.get(storyId) ?? new Map<number, string>();
      const before = withPlayers.filter((c) => c.chapter < drop.chapter).at(-1)?.chapter ?? null;
      insights.push({
        id: `story-dropoff:${storyId}`,
        rule: 'story-dropoff' as const,
        title: `${title}: players quit in chapter ${drop.chapter}`,
        finding:
          `${formatCount(drop.dropped)} of the ${formatCount(drop.reached)} players who reached ${chapterName(drop.chapter, names_)} stopped there (${ratioText(rate)}), ` +
          `over ${rangeLabel(w.current)}; the story’s chapters usually lose ${ratioText(med)}.`,
        figures: [
          { label: 'Drop-off chapter', value: String(drop.chapter) },
          { label: 'Lost there', value: ratioText(rate) },
          { label: 'Median chapter', value: ratioText(med) },
          { label: 'Players reaching it', value: formatCount(drop.reached) },
        ],
        why: 'This is where the story loses people: everything after it is played by a fraction of your audience.',
        move:
          before === null
            ? 'Revise the opening: the story’s description and first scene set expectations the first chapter does not meet.'
            : `Revise the hook of ${chapterName(before, names_)}, the chapter before the drop: that is where the engagement waned.`,
        evidence: { label: `Open ${title}`, href: workHref('stories', storyId) },
        strength: rate,
      });
    }
    return { insights: insights.sort(byStrength) };
  },
};
