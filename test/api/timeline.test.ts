// The timeline through the StudioApi, on a studio synced from the sample platform (tiny scale, 22 Nov
// 2026, reporting in America/Sao_Paulo, UTC−3): the events of the account and of an item, the
// creator's notes (added, edited, removed, refused when wrong), their CSV, and the review's notes and
// the effects of earlier moves.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { BeforeAfter, FileResult, ReviewPayload, TimelineEvents, TimelineNote } from '../../electron/api/types';
import type { Studio } from '../../electron/core/studio';
import { syncedStudio } from '../helpers/studio';

let studio: Studio;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ studio, close } = await syncedStudio({ scale: 'tiny', today: '2026-11-22', now: '2026-11-22T18:00:00Z' }));
}, 60_000);
afterAll(() => close());

async function value<T>(method: string, input: unknown): Promise<T> {
  const answer = await dispatch(studio, method, input);
  if (!answer.ok) throw new Error(`${method} ${JSON.stringify(input)}: ${answer.error.message}`);
  return answer.value as T;
}

const events = async (scope: unknown, from: string, to: string) => (await value<TimelineEvents>('events', { scope, from, to })).events;
const ids = async (scope: unknown, from: string, to: string) => (await events(scope, from, to)).map((e) => `${e.day} ${e.id}`);
const LUNA = { kind: 'character', id: 'chr_0001' } as const;
const QUILL = { kind: 'character', id: 'chr_0003' } as const;

describe('events of a timeline', () => {
  it('the account’s: new works, announcements and payouts on their local days, oldest first', async () => {
    // Created 14 Oct (11:06, 13:29 and 15:59 UTC are the morning and noon of the 14th in São Paulo) and 19 Oct.
    expect(await ids({ kind: 'account' }, '2026-10-01', '2026-10-31')).toEqual([
      '2026-10-14 created:character:chr_0001',
      '2026-10-14 created:character:chr_0003',
      '2026-10-14 created:plugin:plg_0001',
      '2026-10-19 created:story:sty_0001',
    ]);
    const nov = await events({ kind: 'account' }, '2026-11-01', '2026-11-22');
    expect(nov.map((e) => [e.day, e.kind, e.title])).toEqual([
      ['2026-11-01', 'announcement', 'Announcement: New scenario for Luna!'],
      ['2026-11-07', 'payout-paid', expect.stringMatching(/^Payout paid: [\d,.]+ USDT$/)],
      ['2026-11-12', 'announcement', 'Announcement: Kael gets a longer memory'],
    ]);
  });

  it('an item’s: its greeting edit on the local day of the edit, and its creation; not the account’s events', async () => {
    // 31 Oct 22:49 UTC is 19:49 on the 31st in São Paulo; the embed price went up at 10:19 UTC on 9 November.
    expect(await ids(QUILL, '2026-10-01', '2026-11-22')).toEqual(['2026-10-14 created:character:chr_0003', '2026-10-31 greeting:chr_0003', '2026-11-09 price:chr_0003:2026-11-09T10:19:33.195Z']);
    expect(await ids({ kind: 'plugin', id: 'plg_0001' }, '2026-10-01', '2026-11-22')).toEqual(['2026-10-14 created:plugin:plg_0001']);
    const [greeting] = await events(LUNA, '2026-10-29', '2026-10-29');
    expect(greeting).toEqual({ id: 'greeting:chr_0001', kind: 'greeting', day: '2026-10-29', title: 'Greeting edited', detail: null, item: { ...LUNA, name: 'Luna Vale' }, noteId: null });
  });

  it('refuses a range that ends before it starts, and an unknown scope', async () => {
    expect(await dispatch(studio, 'events', { scope: { kind: 'account' }, from: '2026-11-02', to: '2026-11-01' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(studio, 'events', { scope: { kind: 'creator' }, from: '2026-11-01', to: '2026-11-02' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

const LUNA_PRICE = '2026-11-03 price:chr_0001:2026-11-03T10:48:23.663Z';

describe('the creator’s notes', () => {
  let note: TimelineNote;

  it('a note about an item is on the item’s timeline and the account’s, not on another item’s', async () => {
    note = await value<TimelineNote>('saveTimelineNote', { day: '2026-11-03', text: '  Rewrote the greeting\n', item: LUNA });
    expect(note).toMatchObject({ day: '2026-11-03', text: 'Rewrote the greeting', item: LUNA, createdAt: '2026-11-22T18:00:00.000Z' });
    const onLuna = (await events(LUNA, '2026-11-01', '2026-11-22')).find((e) => e.kind === 'note')!;
    expect(onLuna).toEqual({ id: `note:${note.id}`, kind: 'note', day: '2026-11-03', title: 'Rewrote the greeting', detail: null, item: { ...LUNA, name: 'Luna Vale' }, noteId: note.id });
    expect(await ids({ kind: 'account' }, '2026-11-01', '2026-11-05')).toEqual(['2026-11-01 announcement:ann_0001', `2026-11-03 note:${note.id}`]);
    expect((await events(QUILL, '2026-11-01', '2026-11-22')).filter((e) => e.kind === 'note')).toEqual([]);
  });

  it('an account note is on the account’s timeline only', async () => {
    const own = await value<TimelineNote>('saveTimelineNote', { day: '2026-11-05', text: 'Forum post', item: null });
    expect(await ids({ kind: 'account' }, '2026-11-05', '2026-11-05')).toEqual([`2026-11-05 note:${own.id}`]);
    expect(await ids(LUNA, '2026-11-05', '2026-11-05')).toEqual([]);
    await value('deleteTimelineNote', { id: own.id });
  });

  it('is edited in place (day, text and item), and its comparison opens like any event’s', async () => {
    const edited = await value<TimelineNote>('saveTimelineNote', { id: note.id, day: '2026-11-04', text: 'Rewrote the greeting (v2)', item: LUNA });
    expect(edited).toMatchObject({ id: note.id, day: '2026-11-04', text: 'Rewrote the greeting (v2)', createdAt: '2026-11-22T18:00:00.000Z' });
    // Luna's embed price was lowered to the minimum on 3 November: that stays where it was.
    expect(await ids(LUNA, '2026-11-03', '2026-11-04')).toEqual([LUNA_PRICE, `2026-11-04 note:${note.id}`]);
    const d = await value<BeforeAfter>('beforeAfter', { event: `note:${note.id}`, windowDays: 7 });
    // Stats run from 14 Oct to 21 Nov: two whole weeks each side are published, one week is asked for.
    expect(d).toMatchObject({ subject: 'Luna Vale', windowDays: 7, before: { from: '2026-10-28', to: '2026-11-03', days: 7 }, after: { from: '2026-11-05', to: '2026-11-11', days: 7 } });
    expect(d.metrics.map((m) => m.id)).toEqual(['chatsPerDay', 'conversion', 'messagesPerChat']);
  });

  it('refuses what it cannot keep, naming why', async () => {
    const refused = async (input: unknown) => {
      const answer = await dispatch(studio, 'saveTimelineNote', input);
      expect(answer.ok, JSON.stringify(input)).toBe(false);
      return !answer.ok && answer.error;
    };
    expect(await refused({ day: '2026-11-03', text: '   ', item: null })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('write what happened') });
    expect(await refused({ day: '2026-02-30', text: 'x', item: null })).toMatchObject({ code: 'invalid_input' });
    expect(await refused({ day: '2026-11-03', text: 'x', item: { kind: 'character', id: 'chr_9999' } })).toMatchObject({ code: 'not_found' });
    expect(await refused({ id: 9999, day: '2026-11-03', text: 'x', item: null })).toMatchObject({ code: 'not_found' });
    expect(await refused({ day: '2026-11-03', text: 'x'.repeat(2001), item: null })).toMatchObject({ code: 'invalid_input' });
    expect(await dispatch(studio, 'beforeAfter', { event: 'note:9999' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(studio, 'beforeAfter', { event: `note:${note.id}`, windowDays: 10 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('exports the list under a chart as CSV, row for row', async () => {
    const list = await events(LUNA, '2026-10-01', '2026-11-22');
    const file = await value<FileResult>('exportTable', { dashboard: 'characters', table: 'events', id: 'chr_0001', period: { preset: 'custom', from: '2026-10-01', to: '2026-11-22', compare: 'none' } });
    expect(file.filename).toBe('characters-chr_0001-events-2026-10-01_2026-11-22.csv');
    const [header, ...rows] = Papa.parse<string[]>(file.content!.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data;
    expect(header).toEqual(['day', 'kind', 'title', 'detail', 'item_kind', 'item_id', 'item_name', 'event_id']);
    expect(rows).toEqual(list.map((e) => [e.day, e.kind, e.title, e.detail ?? '', e.item?.kind ?? '', e.item?.id ?? '', e.item?.name ?? '', e.id]));
    expect(rows.map((r) => r[7])).toEqual(['created:character:chr_0001', 'greeting:chr_0001', LUNA_PRICE.slice(11), `note:${note.id}`]);
    const account = await value<FileResult>('exportTable', { dashboard: 'audience', table: 'events', period: { preset: 'custom', from: '2026-11-01', to: '2026-11-22', compare: 'none' } });
    expect(account.content!.trimEnd().split('\r\n')).toHaveLength(1 + (await events({ kind: 'account' }, '2026-11-01', '2026-11-22')).length);
    // A list page has no timeline of its own.
    expect(await dispatch(studio, 'exportTable', { dashboard: 'characters', table: 'events', period: { preset: 'month' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('is in the review of its week and in the review’s CSV', async () => {
    const r = await value<ReviewPayload>('review', { key: '2026-W45' });
    expect(r.timelineNotes.map((e) => [e.day, e.title])).toEqual([['2026-11-04', 'Rewrote the greeting (v2)']]);
    const file = await value<FileResult>('exportTable', { dashboard: 'review', table: 'review', id: '2026-W45', period: { preset: 'custom', from: '2026-11-02', to: '2026-11-08' } });
    const rows = Papa.parse<string[]>(file.content!.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data;
    const noteRow = rows.find((row) => row[5] === 'timeline-note')!;
    expect([noteRow[6], noteRow[7], noteRow[16], noteRow[19]]).toEqual([`note:${note.id}`, 'Rewrote the greeting (v2)', '4 Nov 2026, about Luna Vale', '#/characters/chr_0001']);
  });

  it('is removed, once', async () => {
    expect(await value('deleteTimelineNote', { id: note.id })).toEqual({ deleted: true });
    expect(await ids(LUNA, '2026-11-01', '2026-11-22')).toEqual([LUNA_PRICE]);
    expect(await dispatch(studio, 'deleteTimelineNote', { id: note.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('moves ticked in the review', () => {
  it('are events on their item’s timeline on the day they were ticked, and a later review reports their effect', async () => {
    // Ticked on 1 Nov (09:00 in São Paulo) in the review of week 44; the note edited later does not move it.
    studio.db
      .prepare(`INSERT INTO review_notes (period_key, item, checked, note, updated_at, checked_at) VALUES ('2026-W44', 'insight:greeting:chr_0001', 1, 'new greeting', '2026-11-10T12:00:00.000Z', '2026-11-01T12:00:00.000Z')`)
      .run();
    const [tick] = (await events(LUNA, '2026-10-01', '2026-11-22')).filter((e) => e.kind === 'acted-on');
    expect(tick).toEqual({
      id: 'acted:2026-W44:insight:greeting:chr_0001',
      kind: 'acted-on',
      day: '2026-11-01',
      title: 'Rewrote the greeting (Luna Vale)',
      detail: 'new greeting',
      item: { ...LUNA, name: 'Luna Vale' },
      noteId: null,
    });
    expect(await ids({ kind: 'account' }, '2026-11-01', '2026-11-01')).toEqual(['2026-11-01 acted:2026-W44:insight:greeting:chr_0001', '2026-11-01 announcement:ann_0001']);
    // The review of week 47 (16–22 Nov) reports it as of 22 Nov: stats through 21 Nov, 20 days after the
    // tick, so two whole weeks on each side (18–31 Oct, 2–15 Nov); Luna's stats start on 14 Oct, too
    // short a history for a band.
    const r = await value<ReviewPayload>('review', { key: '2026-W47' });
    expect(r.effects).toHaveLength(1);
    const [{ comparison: c, tickedIn }] = r.effects;
    expect(tickedIn).toBe('2026-W44');
    expect(c.event.id).toBe('acted:2026-W44:insight:greeting:chr_0001');
    expect([c.before, c.after]).toEqual([
      { from: '2026-10-18', to: '2026-10-31', days: 14 },
      { from: '2026-11-02', to: '2026-11-15', days: 14 },
    ]);
    expect(c.metrics.map((m) => [m.id, m.verdict])).toEqual([
      ['conversion', 'unknown'],
      ['messagesPerChat', 'unknown'],
    ]);
    // Its own week does not report it yet; a week more than 13 weeks later no longer does.
    expect((await value<ReviewPayload>('review', { key: '2026-W44' })).effects).toEqual([]);
    const file = await value<FileResult>('exportTable', { dashboard: 'review', table: 'review', id: '2026-W47', period: { preset: 'custom', from: '2026-11-16', to: '2026-11-22' } });
    const effectRows = Papa.parse<string[]>(file.content!.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data.filter((row) => row[5] === 'effect');
    expect(effectRows.map((row) => [row[6], row[8], row[9], row[10]])).toEqual([
      ['acted:2026-W44:insight:greeting:chr_0001', 'yes', 'new greeting', 'Profile-to-chat conversion'],
      ['acted:2026-W44:insight:greeting:chr_0001', 'yes', 'new greeting', 'Messages per chat'],
    ]);
    expect(effectRows[0][16]).toMatch(/^Ticked in 2026-W44 on 1 Nov 2026: [\d.]+% → [\d.]+% \([+−±][\d.]+ pts\), too little history before it to know its usual variation; usual change not known/);
  });
});
