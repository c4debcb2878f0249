// The chapter funnel and its drop-off chapter: the chapter where most players stopped. The guide's
// advice is to revise the chapter before it, where engagement waned.
import type { ChapterStep, DropOff } from '../types/content';

export function funnel(titles: Map<number, string>, reached: Map<string, number>, dropped: Map<string, number>): ChapterStep[] {
  const chapters = new Set<number>([...titles.keys(), ...[...reached.keys(), ...dropped.keys()].map(Number)]);
  return [...chapters]
    .filter((c) => Number.isFinite(c))
    .sort((a, b) => a - b)
    .map((chapter) => {
      const r = reached.get(String(chapter)) ?? 0;
      const d = dropped.get(String(chapter)) ?? 0;
      return { chapter, title: titles.get(chapter) ?? `Chapter ${chapter}`, reached: r, dropped: d, dropRate: r > 0 ? d / r : null };
    });
}

/** The chapter with the most players dropped (the earliest on a tie); null when nobody dropped. */
export function dropOff(steps: ChapterStep[]): DropOff | null {
  let worst: ChapterStep | null = null;
  for (const s of steps) if (s.dropped > 0 && (!worst || s.dropped > worst.dropped)) worst = s;
  if (!worst) return null;
  const i = steps.indexOf(worst);
  const before = i > 0 ? steps[i - 1] : null;
  return { chapter: worst.chapter, title: worst.title, dropped: worst.dropped, revise: before && { chapter: before.chapter, title: before.title } };
}
