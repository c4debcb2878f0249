// Greeting underperforming: a character whose profile-to-chat conversion is well below the
// creator's own median. Profile visitors who do not start a chat saw the greeting and left.
import { characterRates, MIN_CHARACTERS } from './character-rates';
import { dateLabel, rangeLabel } from '../../words/dates';
import { decimalText, formatCount, ratioText } from '../../words/numbers';
import { byStrength, statsWindow, workHref, type Rule } from './context';

export const greetingRule: Rule = {
  rule: 'greeting',
  label: 'Greeting underperforming',
  definition: (t) =>
    `A character with at least ${t.minProfileViews} profile views in the last ${t.windowDays} days whose profile-to-chat conversion is below ` +
    `${t.greetingBelowMedianPct}% of your median character’s (median over characters with enough views, at least ${MIN_CHARACTERS} of them).`,
  run(ctx) {
    const w = statsWindow(ctx, 'stats_characters');
    if (!w) return { insights: [], note: 'No character stats synced yet.' };
    const set = characterRates(ctx.db, w.current, ctx.t.minProfileViews);
    if (set.medianConversion === null || set.medianMessages === null)
      return { insights: [], note: `Needs at least ${MIN_CHARACTERS} characters with ${ctx.t.minProfileViews}+ profile views in the window.` };
    const med = set.medianConversion;
    const insights = set.judged
      .filter((c) => med > 0 && c.conversion! < med * (ctx.t.greetingBelowMedianPct / 100))
      .map((c) => {
        const conv = c.conversion!;
        const holds = c.messagesPerChat! >= set.medianMessages!;
        const edited = c.greetingUpdatedAt && c.greetingUpdatedAt.slice(0, 10) >= w.current.from ? c.greetingUpdatedAt.slice(0, 10) : null;
        return {
          id: `greeting:${c.id}`,
          rule: 'greeting' as const,
          title: `${c.name}: the greeting converts ${ratioText(conv)} of profile views`,
          finding:
            `${c.name} turned ${formatCount(c.chatsFromProfile)} of ${formatCount(c.profileViews)} profile views into chats (${ratioText(conv)}) over ${rangeLabel(w.current)}; ` +
            `your median character converts ${ratioText(med)}.` +
            (holds ? ` Those who do start a chat stay: ${decimalText(c.messagesPerChat!)} messages per chat against a median of ${decimalText(set.medianMessages!)}.` : '') +
            (edited ? ` The greeting was edited on ${dateLabel(edited)}, inside this window.` : ''),
          figures: [
            { label: 'Conversion', value: ratioText(conv) },
            { label: 'Your median', value: ratioText(med) },
            { label: 'Profile views', value: formatCount(c.profileViews) },
            { label: 'Messages per chat', value: decimalText(c.messagesPerChat!) },
          ],
          why: holds
            ? 'A weak greeting with deep chats: the character converts the people who try it, so every visitor the greeting loses is a lost good conversation.'
            : 'Profile-to-chat conversion tells you whether the greeting works: visitors who leave without a chat never reach the character.',
          move: 'Rewrite the greeting. To compare fairly, duplicate the character with the new greeting and redirect traffic to it (A/B), then compare conversions here.',
          evidence: { label: `Open ${c.name}`, href: workHref('characters', c.id) },
          strength: 1 - conv / med,
        };
      })
      .sort(byStrength);
    return { insights };
  },
};
