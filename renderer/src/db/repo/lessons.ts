import { Dexie } from 'dexie';
import { addDays } from '../../../../shared/domain/insights/days';
import {
  lessonStateSchema,
  type LessonState,
} from '../../../../shared/domain/insights/lesson-record';
import {
  LESSON_KINDS,
  LESSON_LOOKBACK_DAYS,
  LESSONS_PER_DAY,
  initialPosition,
  lessonText,
  nextAfterAnswer,
  sortDue,
  type LessonAnswer,
} from '../../../../shared/domain/insights/lessons';
import type { EntryKind } from '../../../../shared/domain/records';
import { db } from '../db';
import { newRecordBase, nextUpdatedAt, nowIso } from './records';
import { validate } from './validation';

export interface DueLesson {
  entryId: string;
  kind: EntryKind;
  entryTitle: string;
  writtenOn: string;
  text: string;
  step: number;
  dueDate: string;
}

/**
 * The lessons Today shows: at most two a day, fewer once some were answered today. Everything
 * comes from indexes (active states due by today, unanswered reviews and experiments of the last
 * months by kind and date); only the few entries that will be shown are read.
 */
export async function dueLessons(
  today: string,
  perDay: number = LESSONS_PER_DAY,
): Promise<DueLesson[]> {
  const from = addDays(today, -LESSON_LOOKBACK_DAYS);
  const until = addDays(today, -1);
  const [states, answeredToday, ...fresh] = await Promise.all([
    db.lessons
      .where('[status+dueDate]')
      .between(['active', Dexie.minKey], ['active', today], true, true)
      .toArray(),
    db.lessons.where('lastAnsweredOn').equals(today).count(),
    ...LESSON_KINDS.map((kind) =>
      db.entries
        .where('[deleted+kind+date]')
        .between([0, kind, from], [0, kind, until], true, true)
        .keys(),
    ),
  ]);
  const room = Math.max(0, perDay - answeredToday);
  if (room === 0) return [];
  const freshKeys = await Promise.all(
    LESSON_KINDS.map((kind) =>
      db.entries
        .where('[deleted+kind+date]')
        .between([0, kind, from], [0, kind, until], true, true)
        .primaryKeys(),
    ),
  );
  const unanswered: { entryId: string; dueDate: string; step: number; writtenOn: string }[] = [];
  const ids = freshKeys.flat() as string[];
  const known = new Set((await db.lessons.where('entryId').anyOf(ids).keys()) as string[]);
  fresh.forEach((keys, k) => {
    keys.forEach((key, i) => {
      const entryId = freshKeys[k]![i] as string;
      if (known.has(entryId)) return;
      const writtenOn = (key as unknown as [number, string, string])[2];
      unanswered.push({ entryId, writtenOn, ...initialPosition(writtenOn, today) });
    });
  });
  const candidates = sortDue(
    [
      ...states.map((s) => ({
        entryId: s.entryId,
        dueDate: s.dueDate!,
        step: s.step,
        writtenOn: s.writtenOn,
      })),
      ...unanswered,
    ],
    today,
  );
  // Read the entries a few at a time: one without lesson words (or trashed) is skipped.
  const shown: DueLesson[] = [];
  for (let i = 0; i < candidates.length && shown.length < room; i += room * 2) {
    const batch = candidates.slice(i, i + room * 2);
    const entries = await db.entries.bulkGet(batch.map((c) => c.entryId));
    batch.forEach((c, j) => {
      const entry = entries[j];
      if (shown.length >= room || !entry || entry.deleted) return;
      const text = lessonText(entry);
      if (text) shown.push({ ...c, kind: entry.kind, entryTitle: entry.title, text });
    });
  }
  return shown;
}

/** Records the answer to a lesson and schedules it, in one transaction. */
export async function answerLesson(
  entryId: string,
  answer: LessonAnswer,
  today: string,
): Promise<LessonState> {
  return db.transaction('rw', db.lessons, db.entries, async () => {
    const entry = await db.entries.get(entryId);
    if (!entry || !lessonText(entry)) throw new Error('This lesson no longer exists.');
    const existing = await db.lessons.where('entryId').equals(entryId).first();
    const writtenOn = existing?.writtenOn ?? entry.date;
    const step = existing?.step ?? initialPosition(writtenOn, today).step;
    const next = nextAfterAnswer({ step, writtenOn }, answer, today);
    const now = nowIso();
    const base = existing ?? { ...newRecordBase(now), entryId, writtenOn, answers: [] };
    const state = validate(
      lessonStateSchema,
      {
        ...base,
        updatedAt: nextUpdatedAt(existing?.updatedAt, now),
        step: next.step,
        status: next.status,
        dueDate: next.dueDate,
        lastAnsweredOn: today,
        answers: [...base.answers, { date: today, answer, step }].slice(-200),
      },
      'Lesson',
    );
    await db.lessons.put(state);
    return state;
  });
}

export function lessonStateOf(entryId: string): Promise<LessonState | undefined> {
  return db.lessons.where('entryId').equals(entryId).first();
}
