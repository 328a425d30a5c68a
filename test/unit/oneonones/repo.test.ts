import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import {
  createActionItem,
  openActionItems,
  setActionItemStatus,
} from '../../../renderer/src/db/repo/actionItems';
import { getEntry } from '../../../renderer/src/db/repo/entries';
import {
  addToAgenda,
  createMeeting,
  getMeeting,
  markMeetingDone,
  openMeetingNotes,
  planNextMeeting,
} from '../../../renderer/src/db/repo/meetings';
import { latestCheckIns } from '../../../renderer/src/db/repo/checkIns';
import { entriesInPeriod } from '../../../renderer/src/db/repo/oneOnOneQueries';
import { saveReview } from '../../../renderer/src/db/repo/reviews';
import { createSeries, deleteSeries, liveSeries } from '../../../renderer/src/db/repo/series';
import { ValidationError } from '../../../renderer/src/db/repo/validation';
import { resetDatabase, snapshotDatabase } from '../../support/db';
import { checkIn, entry, objective } from './builders';

beforeEach(resetDatabase);

const sam = () => createSeries({ name: 'Weekly with Sam', person: 'Sam', cadenceDays: 7 });

describe('series and meetings', () => {
  it('keeps both of two agenda points added at once (no lost update)', async () => {
    const series = await sam();
    const meeting = await createMeeting(series.id, '2026-11-22');
    const point = (text: string) => ({
      id: crypto.randomUUID(),
      text,
      source: null,
      kind: 'topic' as const,
    });
    await Promise.all([
      addToAgenda(meeting.id, point('First')),
      addToAgenda(meeting.id, point('Second')),
    ]);
    expect((await getMeeting(meeting.id))?.agenda.map((a) => a.text).sort()).toEqual([
      'First',
      'Second',
    ]);
  });

  it('refuses a series without a name and changes nothing', async () => {
    const before = await snapshotDatabase();
    await expect(createSeries({ name: '  ', person: 'Sam', cadenceDays: 7 })).rejects.toThrow(
      /name needs a name/,
    );
    await expect(createSeries({ name: 'X', person: '', cadenceDays: 0 })).rejects.toThrow(
      ValidationError,
    );
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('plans the first meeting today, then one cadence after the latest', async () => {
    const series = await sam();
    const first = await planNextMeeting(series.id, '2026-11-22');
    expect(first.date).toBe('2026-11-22');
    expect((await planNextMeeting(series.id, '2026-11-22')).id).toBe(first.id);
    await markMeetingDone(first.id);
    const second = await planNextMeeting(series.id, '2026-11-23');
    expect(second.date).toBe('2026-11-29');
  });

  it('creates titled 1:1 notes tied to the meeting, once', async () => {
    const series = await sam();
    const meeting = await createMeeting(series.id, '2026-11-22');
    const id = await openMeetingNotes(meeting.id);
    const notes = await getEntry(id);
    expect(notes).toMatchObject({ kind: 'oneOnOne', meetingId: meeting.id, date: '2026-11-22' });
    expect(notes!.title).toBe('1:1 with Sam — 22 Nov 2026');
    expect((await getMeeting(meeting.id))!.notesEntryId).toBe(id);
    expect(await openMeetingNotes(meeting.id)).toBe(id);
    expect(await db.entries.count()).toBe(1);
  });

  it('deleting a series is a soft delete that keeps its notes as journal entries', async () => {
    const series = await sam();
    const meeting = await createMeeting(series.id, '2026-11-22');
    const notesId = await openMeetingNotes(meeting.id);
    await deleteSeries(series.id);
    expect(await liveSeries()).toEqual([]);
    expect((await db.series.get(series.id))!.deleted).toBe(1);
    expect((await getEntry(notesId))!.deleted).toBe(0);
  });

  it('refuses an agenda point that does not fit and leaves the meeting as it was', async () => {
    const series = await sam();
    const meeting = await createMeeting(series.id, '2026-11-22');
    const before = await snapshotDatabase();
    await expect(
      addToAgenda(meeting.id, { id: 'not-a-uuid', text: 'x', source: null, kind: 'topic' }),
    ).rejects.toThrow(ValidationError);
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe('action items', () => {
  it('refuses an item without text and writes nothing', async () => {
    const series = await sam();
    const before = await snapshotDatabase();
    const attempt = createActionItem({
      text: '   ',
      owner: 'me',
      dueDate: null,
      objectiveId: null,
      seriesId: series.id,
      meetingId: null,
    });
    await expect(attempt).rejects.toThrow('Action item: text needs some text');
    await expect(
      createActionItem({
        text: 'ok',
        owner: 'me',
        dueDate: '2026-02-30',
        objectiveId: null,
        seriesId: null,
        meetingId: null,
      }),
    ).rejects.toThrow(/dueDate/);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('accepts a due date in the past; done stamps completion, reopening clears it', async () => {
    const item = await createActionItem({
      text: 'Send the doc',
      owner: 'them',
      dueDate: '2020-01-01',
      objectiveId: null,
      seriesId: null,
      meetingId: null,
    });
    expect(item.dueDate).toBe('2020-01-01');
    await setActionItemStatus(item.id, 'done');
    expect((await db.actionItems.get(item.id))!.completedAt).not.toBeNull();
    expect(await openActionItems()).toEqual([]);
    await setActionItemStatus(item.id, 'open');
    expect((await db.actionItems.get(item.id))!.completedAt).toBeNull();
  });

  it('marking a meeting done records the items carried onto it in its agenda', async () => {
    const series = await sam();
    const first = await createMeeting(series.id, '2026-11-01');
    const item = await createActionItem({
      text: 'Send the doc',
      owner: 'me',
      dueDate: null,
      objectiveId: null,
      seriesId: series.id,
      meetingId: first.id,
    });
    await markMeetingDone(first.id);
    expect((await getMeeting(first.id))!.agenda).toEqual([]);
    const second = await createMeeting(series.id, '2026-11-08');
    const held = await markMeetingDone(second.id);
    expect(held.status).toBe('done');
    expect(held.agenda).toMatchObject([
      { text: 'Me: Send the doc', kind: 'carryOver', source: { type: 'actionItem', id: item.id } },
    ]);
  });
});

describe('queries', () => {
  it('reads entries of a period by index, boundaries included, trash left out', async () => {
    await db.entries.bulkPut([
      entry('win', '2026-11-07'),
      entry('win', '2026-11-08'),
      entry('win', '2026-11-22'),
      entry('win', '2026-11-22', { deleted: 1, deletedAt: '2026-11-22T10:00:00.000Z' }),
      entry('win', '2026-11-23'),
    ]);
    const found = await entriesInPeriod({ from: '2026-11-08', to: '2026-11-22' });
    expect(found.map((e) => e.date).sort()).toEqual(['2026-11-08', '2026-11-22']);
  });

  it('finds the latest check-in per objective, optionally before a day', async () => {
    const o = objective('Talk');
    await db.checkIns.bulkPut([
      checkIn(o.id, '2026-11-01', 10),
      checkIn(o.id, '2026-11-10', 30),
      checkIn(o.id, '2026-11-12', 50, { deleted: 1 }),
    ]);
    expect((await latestCheckIns([o.id])).get(o.id)!.progress).toBe(30);
    expect((await latestCheckIns([o.id], '2026-11-10')).get(o.id)!.progress).toBe(10);
  });
});

describe('saveReview', () => {
  it('saves the review entry, a check-in and a status change in one go', async () => {
    const o = objective('Talk');
    await db.objectives.put(o);
    const saved = await saveReview({
      cadence: 'weekly',
      period: { from: '2026-11-16', to: '2026-11-22' },
      answers: { moved: 'The outline', stalled: '', next: 'Rehearse' },
      updates: [
        { objectiveId: o.id, checkIn: { progress: 60, confidence: 4, note: '' }, status: 'paused' },
      ],
    });
    expect(saved).toMatchObject({ kind: 'review', date: '2026-11-22' });
    expect(saved.answers['moved']).toBe('The outline');
    const checkIns = await db.checkIns.toArray();
    expect(checkIns).toMatchObject([{ objectiveId: o.id, progress: 60, date: '2026-11-22' }]);
    expect((await db.objectives.get(o.id))!.status).toBe('paused');
  });

  it('refuses a bad update and saves nothing at all, not even the entry', async () => {
    const o = objective('Talk');
    await db.objectives.put(o);
    const before = await snapshotDatabase();
    await expect(
      saveReview({
        cadence: 'weekly',
        period: { from: '2026-11-16', to: '2026-11-22' },
        answers: { moved: 'Something', stalled: '', next: '' },
        updates: [
          { objectiveId: o.id, checkIn: { progress: 140, confidence: 4, note: '' }, status: null },
        ],
      }),
    ).rejects.toThrow(/progress/);
    await expect(
      saveReview({
        cadence: 'weekly',
        period: { from: '2026-11-16', to: '2026-11-22' },
        answers: { moved: '', stalled: '', next: '' },
        updates: [],
      }),
    ).rejects.toThrow(ValidationError);
    expect(await snapshotDatabase()).toEqual(before);
  });
});
