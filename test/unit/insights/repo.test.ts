import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { newEntry, saveEntry, trashEntry } from '../../../renderer/src/db/repo/entries';
import {
  entryKindDates,
  insightEntries,
  journalSpan,
  lessonsApplied,
} from '../../../renderer/src/db/repo/insights';
import { answerLesson, dueLessons, lessonStateOf } from '../../../renderer/src/db/repo/lessons';
import type { Entry, EntryKind } from '../../../shared/domain/records';
import { resetDatabase, snapshotDatabase } from '../../support/db';

beforeEach(resetDatabase);

async function write(kind: EntryKind, date: string, fields: Partial<Entry> = {}): Promise<Entry> {
  const outcome = await saveEntry({ ...newEntry(kind, date), title: `${kind} ${date}`, ...fields });
  if (!outcome.saved) throw new Error('not saved');
  return outcome.entry;
}

describe('insights reads', () => {
  it('reads kinds and dates from index keys, live entries only, within the period', async () => {
    await write('daily', '2026-01-01');
    await write('win', '2026-01-02');
    const gone = await write('aar', '2026-01-03');
    await trashEntry(gone.id);
    await write('daily', '2027-01-01');
    const rows = await entryKindDates({ from: '2026-01-01', to: '2026-12-31' });
    expect(rows.sort((a, b) => a.date.localeCompare(b.date))).toEqual([
      { date: '2026-01-01', kind: 'daily' },
      { date: '2026-01-02', kind: 'win' },
    ]);
    expect(await journalSpan()).toEqual({ from: '2026-01-01', to: '2027-01-01' });
    const full = await insightEntries(null);
    expect(full).toHaveLength(3);
    expect(Object.keys(full[0]!).sort()).toEqual(
      ['date', 'energy', 'id', 'kind', 'mood', 'objectiveIds', 'tags', 'text', 'title'].sort(),
    );
  });
});

describe('lessons on Today', () => {
  it('a lesson comes back the day after, "applied it" moves it to a week after writing', async () => {
    const aar = await write('aar', '2026-03-01', {
      answers: { differently: 'Ask for help sooner.' },
    });
    await write('aar', '2026-03-01', { answers: { differently: '   ' }, title: 'no lesson' });
    await write('daily', '2026-03-01', { answers: { lesson: 'not a lesson kind' } });
    expect(await dueLessons('2026-03-01')).toEqual([]);
    const due = await dueLessons('2026-03-02');
    expect(due).toEqual([
      expect.objectContaining({
        entryId: aar.id,
        text: 'Ask for help sooner.',
        step: 0,
        dueDate: '2026-03-02',
      }),
    ]);
    await answerLesson(aar.id, 'applied', '2026-03-02');
    expect(await lessonStateOf(aar.id)).toMatchObject({
      step: 1,
      status: 'active',
      dueDate: '2026-03-08',
    });
    expect(await dueLessons('2026-03-07')).toEqual([]);
    expect((await dueLessons('2026-03-08')).map((l) => l.step)).toEqual([1]);
    await answerLesson(aar.id, 'dismissed', '2026-03-08');
    expect(await dueLessons('2026-06-30')).toEqual([]);
  });

  it('shows at most two a day, and answering does not bring a third', async () => {
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) {
      await write('experiment', day, { answers: { lesson: `lesson of ${day}` } });
    }
    const first = await dueLessons('2026-03-04');
    expect(first.map((l) => l.text)).toEqual(['lesson of 2026-03-03', 'lesson of 2026-03-02']);
    await answerLesson(first[0]!.entryId, 'working', '2026-03-04');
    expect((await dueLessons('2026-03-04')).map((l) => l.text)).toEqual(['lesson of 2026-03-02']);
    await answerLesson(first[1]!.entryId, 'applied', '2026-03-04');
    expect(await dueLessons('2026-03-04')).toEqual([]);
    expect((await dueLessons('2026-03-05')).map((l) => l.text)).toContain('lesson of 2026-03-01');
  });

  it('a trashed entry does not come back, and answering it changes nothing', async () => {
    const e = await write('aar', '2026-03-01', { answers: { differently: 'x' } });
    await trashEntry(e.id);
    expect(await dueLessons('2026-03-02')).toEqual([]);
    const other = await write('daily', '2026-03-01');
    const before = await snapshotDatabase();
    await expect(answerLesson(other.id, 'applied', '2026-03-02')).rejects.toThrow(
      /no longer exists/,
    );
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('lists the lessons applied in a period for the year in review', async () => {
    const e = await write('aar', '2026-03-01', { answers: { differently: 'Write it down' } });
    await answerLesson(e.id, 'applied', '2026-03-02');
    expect(await lessonsApplied({ from: '2026-01-01', to: '2026-12-31' })).toEqual([
      { date: '2026-03-02', text: 'Write it down' },
    ]);
    expect(await lessonsApplied({ from: '2027-01-01', to: '2027-12-31' })).toEqual([]);
    expect(await db.lessons.count()).toBe(1);
  });
});
