// Before and after an event, on a real SQLite file with figures chosen so every value, change, band and
// verdict can be worked out by hand. The event is on Wednesday 15 Apr 2026 (UTC, the reporting zone);
// with 7-day windows, window j before it runs from 15 Apr − 7(j+1) to 15 Apr − 7j − 1 (j = 0 is the
// before window, 8–14 Apr), and the after window is 16–22 Apr.
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { beforeAfter } from '../../db/queries/events/before-after';
import { saveTimelineNote } from '../../db/queries/events/notes';
import { addDays, daysBetween } from '../../db/time/days';
import { insertCatalogue } from '../helpers/fixture';
import { insertChapterStats, insertCharacterStats, insertHourly, insertStoryStats, type CharacterDay } from '../helpers/stats-fixture';
import { tempDbFile } from '../helpers/tmp';

const EVENT = '2026-04-15';
const FIRST = '2026-01-01';
const LAST = '2026-05-31';
let db: Db;

/** Which 7-day window before the event a day is in (0: the week before it), or −1 on and after it. */
const windowOf = (day: string) => (day >= EVENT ? -1 : Math.floor((daysBetween(day, EVENT) - 1) / 7));

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

beforeAll(async () => {
  db = (await openDatabase(tempDbFile())).db;
  insertCatalogue(db, [['c1', 'Luna Vale'], ['c2', 'Kael']], [], [['s1', 'The Lighthouse', 3]]);
  db.prepare(`UPDATE characters SET greeting_updated_at = '2026-04-15T10:00:00.000Z' WHERE id IN ('c1', 'c2')`).run();
  const rows: CharacterDay[] = [];
  for (const date of days(FIRST, LAST)) {
    const j = windowOf(date);
    // Luna: 100 profile views and 20 chats a day. Before the event, conversion alternates week by week
    // between 10% (even j: 10 chats from profile a day) and 11% (odd j), and messages per chat between
    // 5.0 (even j: 100 messages) and 5.5 (odd j: 110). On the event's day itself, nonsense that must not
    // count. After it: 15% and 5.25 (105 messages).
    if (date === EVENT) rows.push({ character_id: 'c1', date, profile_views: 1000, chats_from_profile: 0, chats_started: 1, messages: 999 });
    else if (j === -1) rows.push({ character_id: 'c1', date, profile_views: 100, chats_from_profile: 15, chats_started: 20, messages: 105 });
    else rows.push({ character_id: 'c1', date, profile_views: 100, chats_from_profile: j % 2 === 0 ? 10 : 11, chats_started: 20, messages: j % 2 === 0 ? 100 : 110 });
    // Kael's data starts on Sunday 5 Apr, ten days before the event: 50 views, 5 from profile (10%)
    // before, 10 (20%) after; 10 chats of 4 messages before, 6 after.
    if (date >= '2026-04-05' && date !== EVENT)
      rows.push({ character_id: 'c2', date, profile_views: 50, chats_from_profile: date < EVENT ? 5 : 10, chats_started: 10, messages: date < EVENT ? 40 : 60 });
  }
  insertCharacterStats(db, rows);
});

describe('before and after a greeting edit', () => {
  it('compares conversion and messages per chat over the same weekdays, and judges each change against its usual variation', () => {
    const d = beforeAfter(db, 'greeting:c1', 7, 'UTC')!;
    expect(d.subject).toBe('Luna Vale');
    expect(d.before).toEqual({ from: '2026-04-08', to: '2026-04-14', days: 7 });
    expect(d.after).toEqual({ from: '2026-04-16', to: '2026-04-22', days: 7 });
    expect(d.notes).toEqual([]);
    const [conv, depth] = d.metrics;
    // Conversion: 70/700 = 10% before, 105/700 = 15% after: +5 points. The 12 changes between
    // consecutive weeks before it are six of −1 point and six of +1: sorted, the 10th percentile (rank
    // 1.1) is −1 point, the 90th (rank 9.9) +1, the median (rank 5.5) halfway, 0. +5 is beyond it.
    expect(conv.id).toBe('conversion');
    expect(conv.before).toBeCloseTo(0.1, 12);
    expect(conv.after).toBeCloseTo(0.15, 12);
    expect(conv.change).toBeCloseTo(0.05, 12);
    expect(conv.band!.low).toBeCloseTo(-0.01, 12);
    expect(conv.band!.median).toBeCloseTo(0, 12);
    expect(conv.band!.high).toBeCloseTo(0.01, 12);
    expect(conv.band!.samples).toBe(12);
    expect(conv.verdict).toBe('above');
    expect(conv.text).toEqual({
      before: '10.0%',
      after: '15.0%',
      change: '+5.0 pts',
      usual: '−1.0 pts to +1.0 pts between two 7-day windows (12 pairs before it)',
      verdict: 'up, beyond its usual variation',
    });
    // Messages per chat: 700/140 = 5 before, 735/140 = 5.25 after: +0.25, inside the usual −0.5 to +0.5.
    expect(depth.id).toBe('messagesPerChat');
    expect([depth.before, depth.after, depth.change]).toEqual([5, 5.25, 0.25]);
    expect(depth.band).toEqual({ low: -0.5, median: 0, high: 0.5, samples: 12 });
    expect(depth.verdict).toBe('within');
    expect(depth.text.verdict).toBe('within its usual variation');
    expect(d.summary).toBe(
      'Greeting edited on 15 Apr 2026, Luna Vale, 7 days before against 7 after: Profile-to-chat conversion 10.0% → 15.0% (+5.0 pts), up, beyond its usual variation; ' +
        'Messages per chat 5.0 → 5.3 (+0.3), within its usual variation.',
    );
  });

  it('near the start of the data: a shorter before window, said, and no band to judge by', () => {
    // Kael: the before window is the one whole week in the data (8–14 Apr), the after window 28 days.
    const d = beforeAfter(db, 'greeting:c2', 28, 'UTC')!;
    expect(d.before).toEqual({ from: '2026-04-08', to: '2026-04-14', days: 7 });
    expect(d.after).toEqual({ from: '2026-04-16', to: '2026-05-13', days: 28 });
    expect(d.notes).toEqual(['The before window holds 7 days, not 28: the data starts on 5 Apr 2026.']);
    const [conv, depth] = d.metrics;
    // 35/350 = 10% before, 280/1400 = 20% after; 280/70 = 4 messages before, 1680/280 = 6 after.
    expect(conv.before).toBeCloseTo(0.1, 12);
    expect(conv.after).toBeCloseTo(0.2, 12);
    expect([depth.before, depth.after, depth.change]).toEqual([4, 6, 2]);
    expect(conv.band).toBeNull();
    expect(conv.verdict).toBe('unknown');
    expect(conv.text.usual).toBe('not known: too little history before it');
    expect(conv.text.verdict).toBe('too little history before it to know its usual variation');
  });

  it('a longer window takes fewer history windows, and a late event is not measurable yet', () => {
    // 28-day windows: 18 Mar–14 Apr, 18 Feb–17 Mar, 21 Jan–17 Feb lie in the data: 2 changes, no band.
    const d = beforeAfter(db, 'greeting:c1', 28, 'UTC')!;
    expect(d.metrics[0].band).toBeNull();
    // Four weeks: conversion (10+11+10+11)/4 = 10.5% before; 15% after.
    expect(d.metrics[0].before).toBeCloseTo(0.105, 12);
    expect(d.metrics[0].after).toBeCloseTo(0.15, 12);
    const note = saveTimelineNote(db, { day: '2026-05-27', text: 'new scenario', item: { kind: 'character', id: 'c1' } }, new Date('2026-05-27T09:00:00Z'))!;
    const late = beforeAfter(db, `note:${note.id}`, 7, 'UTC')!;
    expect(late.after).toBeNull();
    expect(late.metrics.map((m) => [m.id, m.after, m.verdict])).toEqual([
      ['chatsPerDay', null, 'unknown'],
      ['conversion', null, 'unknown'],
      ['messagesPerChat', null, 'unknown'],
    ]);
    expect(late.notes[0]).toBe('Too early to compare: the after window needs a whole week of published stats, and there are 4 days so far (through 31 May 2026).');
    expect(late.summary).toBe('Note “new scenario” on 27 May 2026: Too early to compare: the after window needs a whole week of published stats, and there are 4 days so far (through 31 May 2026).');
  });

  it('reads no further than it is told (a review reports as of its period’s end)', () => {
    // Through 25 Apr: 10 days after the event, so one whole week each side.
    const d = beforeAfter(db, 'greeting:c1', 28, 'UTC', '2026-04-25')!;
    expect(d.after).toEqual({ from: '2026-04-16', to: '2026-04-22', days: 7 });
    expect(d.before).toEqual({ from: '2026-04-08', to: '2026-04-14', days: 7 });
    expect(d.metrics[0].verdict).toBe('above');
  });

  it('is null for an event that does not exist', () => {
    expect(beforeAfter(db, 'greeting:nobody', 7, 'UTC')).toBeNull();
    expect(beforeAfter(db, 'note:999', 7, 'UTC')).toBeNull();
    expect(beforeAfter(db, 'nonsense', 7, 'UTC')).toBeNull();
  });
});

describe('before and after a move ticked in the review', () => {
  it('a chapter revision: the drop at the chapter where most players stopped, and the completion rate', async () => {
    const sdb = (await openDatabase(tempDbFile())).db;
    insertCatalogue(sdb, [], [], [['s1', 'The Lighthouse', 3]]);
    const chapters: [string, string, number, number, number][] = [];
    const stories = [];
    for (const date of days('2026-01-01', LAST)) {
      if (date === EVENT) continue;
      const after = date > EVENT;
      // 100 players reach chapters 1 and 2 every day; chapter 1 loses 5, chapter 2 loses 40 (20 after the
      // revision). 100 plays a day, 30 completed before, 40 after.
      chapters.push(['s1', date, 1, 100, 5], ['s1', date, 2, 100, after ? 20 : 40], ['s1', date, 3, 60, 0]);
      stories.push({ story_id: 's1', date, plays: 100, completions: after ? 40 : 30 });
    }
    insertChapterStats(sdb, chapters);
    insertStoryStats(sdb, stories);
    sdb.prepare(`INSERT INTO review_notes (period_key, item, checked, note, updated_at, checked_at) VALUES ('2026-W16', 'insight:story-dropoff:s1', 1, 'new hook in chapter 1', ?, ?)`).run(
      '2026-04-16T08:00:00.000Z',
      '2026-04-15T12:00:00.000Z',
    );
    const d = beforeAfter(sdb, 'acted:2026-W16:insight:story-dropoff:s1', 7, 'UTC')!;
    expect(d.event).toMatchObject({ kind: 'acted-on', day: EVENT, title: 'Revised the chapter before the drop (The Lighthouse)', detail: 'new hook in chapter 1' });
    expect(d.notes).toEqual(['Chapter 2 is where most players stopped in the weeks before the move.']);
    const [drop, completion] = d.metrics;
    // 280/700 = 40% lost before, 140/700 = 20% after: −20 points; every earlier week lost 40%, so the
    // usual change is 0 and −20 points is beyond it, down (as the revision meant).
    expect(drop).toMatchObject({ id: 'chapterDrop', label: 'Players lost at chapter 2', band: { low: 0, median: 0, high: 0, samples: 12 }, verdict: 'below' });
    expect(drop.change).toBeCloseTo(-0.2, 12);
    expect(completion).toMatchObject({ id: 'completionRate', before: 0.3, after: 0.4, verdict: 'above' });
    sdb.close();
  });
});

describe('before and after an announcement', () => {
  it('sets the account’s new followers and chats a day against their usual variation', async () => {
    const adb = (await openDatabase(tempDbFile())).db;
    adb.prepare(`INSERT INTO announcements (id, posted_at, title, delivered, opened, engaged, updated_at) VALUES ('a1', '2026-04-15T15:00:00.000Z', 'New story out', 100, 50, 10, ?)`).run('2026-04-15T15:00:00.000Z');
    const audience = adb.prepare(`INSERT INTO stats_audience (date, followers_total, new_followers, lost_followers, updated_at) VALUES (?, 0, ?, 0, '2026-05-31T00:00:00Z')`);
    const hourly: [string, number, number][] = [];
    for (const date of days('2026-01-01', LAST)) {
      // 5 new followers a day before, 8 after; 3 + 4 chats a day in two hours, throughout.
      audience.run(date, date > EVENT ? 8 : 5);
      hourly.push([date, 9, 3], [date, 20, 4]);
    }
    insertHourly(adb, hourly);
    const d = beforeAfter(adb, 'announcement:a1', 7, 'UTC')!;
    expect(d.subject).toBe('your account');
    expect(d.metrics.map((m) => [m.label, m.before, m.after, m.change, m.verdict, m.text.change])).toEqual([
      ['New followers a day', 5, 8, 3, 'above', '+3.00 a day'],
      ['Chats started a day (all characters)', 7, 7, 0, 'within', '±0.00 a day'],
    ]);
    adb.close();
  });
});
