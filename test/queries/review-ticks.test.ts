// A ticked move is an event on the day it was ticked: editing its note later keeps that day, unticking
// it takes it off the timeline, and ticks saved before the column existed take their row's last save.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { saveNote } from '../../db/queries/review/notes';
import { tempDbFile, tempDir } from '../helpers/tmp';

const checkedAt = (db: Awaited<ReturnType<typeof openDatabase>>['db']) =>
  db.prepare(`SELECT checked_at FROM review_notes WHERE period_key = '2026-W44' AND item = 'insight:greeting:chr_0001'`).pluck().get();

describe('the day a review item was ticked', () => {
  it('is kept while it stays ticked, cleared when unticked, and set again when ticked again', async () => {
    const { db } = await openDatabase(tempDbFile());
    const save = (checked: boolean, note: string, at: string) => saveNote(db, { key: '2026-W44', item: 'insight:greeting:chr_0001', checked, note }, new Date(at));
    save(false, 'thinking about it', '2026-10-30T10:00:00.000Z');
    expect(checkedAt(db)).toBeNull();
    save(true, 'thinking about it', '2026-11-01T12:00:00.000Z');
    expect(checkedAt(db)).toBe('2026-11-01T12:00:00.000Z');
    save(true, 'rewrote it: shorter, with a question', '2026-11-03T08:00:00.000Z');
    expect(checkedAt(db)).toBe('2026-11-01T12:00:00.000Z');
    save(false, 'rewrote it: shorter, with a question', '2026-11-04T08:00:00.000Z');
    expect(checkedAt(db)).toBeNull();
    save(true, 'rewrote it again', '2026-11-05T08:00:00.000Z');
    expect(checkedAt(db)).toBe('2026-11-05T08:00:00.000Z');
    db.close();
  });

  it('is its last save for items ticked before schema 16, and nothing for unticked ones', async () => {
    const file = path.join(tempDir(), 'v15.db');
    fs.copyFileSync(path.resolve('test/fixtures/schema-v15.db'), file);
    const { db } = await openDatabase(file);
    expect(db.prepare('SELECT item, checked, updated_at AS updatedAt, checked_at AS checkedAt FROM review_notes').all()).toEqual([
      { item: 'earnings-trend', checked: 1, updatedAt: '2026-11-22T12:00:00Z', checkedAt: '2026-11-22T12:00:00Z' },
    ]);
    expect(db.prepare('SELECT count(*) FROM timeline_notes').pluck().get()).toBe(0);
    db.close();
  });
});
