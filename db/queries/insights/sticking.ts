// Not sticking: high profile-to-chat conversion but few messages per chat. A great greeting that
// does not hold attention beyond the first scene (creator analytics guide).
import { characterRates, MIN_CHARACTERS } from './character-rates';
import { rangeLabel } from '../../words/dates';
import { decimalText, formatCount, ratioText } from '../../words/numbers';
import { byStrength, statsWindow, workHref, type Rule } from './context';

export const stickingRule: Rule = {
  rule: 'sticking',
  label: 'Not sticking',
  definition: (t) =>
    `A character with at least ${t.minProfileViews} profile views in the last ${t.windowDays} days whose conversion is at least ` +
    `${t.stickyConversionAboveMedianPct}% of your median while its messages per chat are at most ${t.stickyMessagesBelowMedianPct}% of your median.`,
  run(ctx) {
    const w = statsWindow(ctx, 'stats_characters');
    if (!w) return { insights: [], note: 'No character stats synced yet.' };
    const set = characterRates(ctx.db, w.current, ctx.t.minProfileViews);
    const medConv = set.medianConversion;
    const medMsgs = set.medianMessages;
    if (medConv === null || medMsgs === null)
      return { insights: [], note: `Needs at least ${MIN_CHARACTERS} characters with ${ctx.t.minProfileViews}+ profile views in the window.` };
    const insights = set.judged
      .filter((c) => c.conversion! >= medConv * (ctx.t.stickyConversionAboveMedianPct / 100) && c.messagesPerChat! <= medMsgs * (ctx.t.stickyMessagesBelowMedianPct / 100))
      .map((c) => ({
        id: `sticking:${c.id}`,
        rule: 'sticking' as const,
        title: `${c.name}: a greeting that works, chats that end early`,
        finding:
          `${c.name} converts ${ratioText(c.conversion!)} of profile views into chats (your median: ${ratioText(medConv)}), but its chats last ` +
          `${decimalText(c.messagesPerChat!)} messages on average (your median: ${decimalText(medMsgs)}), over ${formatCount(c.chats)} chats over ${rangeLabel(w.current)}.`,
        figures: [
          { label: 'Conversion', value: ratioText(c.conversion!) },
          { label: 'Median conversion', value: ratioText(medConv) },
          { label: 'Messages per chat', value: decimalText(c.messagesPerChat!) },
          { label: 'Median messages', value: decimalText(medMsgs) },
        ],
        why: 'People like the greeting but leave after the first scene. Longer conversations are where the value is (and where the earnings come from).',
        move: 'Work on what happens after the greeting: give the opening scene a hook that invites a reply, add follow-up questions and a second beat to the first scenario, and refine the character’s prompt so it keeps the story moving.',
        evidence: { label: `Open ${c.name}`, href: workHref('characters', c.id) },
        strength: 1 - c.messagesPerChat! / medMsgs,
      }))
      .sort(byStrength);
    return { insights };
  },
};
