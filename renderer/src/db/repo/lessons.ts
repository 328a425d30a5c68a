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
  // One read-only transaction: Today pays for one round of requests, not one per query.
  return db.transaction('r', db.lessons, db.entries, async () => {
    const recent = (kind: EntryKind) =>
      db.entries
        .where('[deleted+kind+date]')
        .between([0, kind, from], [0, kind, until], true, true);
    const [answeredToday, states, known, ...fresh] = await Promise.all([
      db.lessons.where('lastAnsweredOn').equals(today).count(),
      db.lessons
        .where('[status+dueDate]')
        .between(['active', Dexie.minKey], ['active', today], true, true)
        .toArray(),
      db.lessons.orderBy('entryId').keys(),
      ...LESSON_KINDS.flatMap((kind) => [recent(kind).keys(), recent(kind).primaryKeys()]),
    ]);
    const room = Math.max(0, perDay - answeredToday);
    if (room === 0) return [];
    const answered = new Set(known as string[]);
    // A lesson's newest record is the one that counts (a merge may have brought two): one read of
    // every record of the lessons due, then the newest of each, if it is still the active one.
    const dueIds = [...new Set(states.map((state) => state.entryId))];
    const records = dueIds.length ? await db.lessons.where('entryId').anyOf(dueIds).toArray() : [];
    const newest = new Map<string, LessonState>();
    for (const record of records) {
      const seen = newest.get(record.entryId);
      if (!seen || record.updatedAt > seen.updatedAt) newest.set(record.entryId, record);
    }
    const candidates: { entryId: string; dueDate: string; step: number; writtenOn: string }[] = [];
    for (const state of states) {
      if (newest.get(state.entryId)?.id !== state.id) continue;
      candidates.push({
        entryId: state.entryId,
        dueDate: state.dueDate!,
        step: state.step,
        writtenOn: state.writtenOn,
      });
    }
    for (let k = 0; k < fresh.length; k += 2) {
      const keys = fresh[k]!;
      const ids = fresh[k + 1] as string[];
      keys.forEach((key, i) => {
        const entryId = ids[i]!;
        if (answered.has(entryId)) return;
        const writtenOn = (key as unknown as [number, string, string])[2];
        candidates.push({ entryId, writtenOn, ...initialPosition(writtenOn, today) });
      });
    }
    const due = sortDue(candidates, today);
    // Read the entries a few at a time: one without lesson words (or trashed) is skipped.
    const shown: DueLesson[] = [];
    for (let i = 0; i < due.length && shown.length < room; i += room * 2) {
      const batch = due.slice(i, i + room * 2);
      const entries = await db.entries.bulkGet(batch.map((c) => c.entryId));
      batch.forEach((c, j) => {
        const entry = entries[j];
        if (shown.length >= room || !entry || entry.deleted) return;
        const text = lessonText(entry);
        if (text) shown.push({ ...c, kind: entry.kind, entryTitle: entry.title, text });
      });
    }
    return shown;
  });
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
    const existing = await lessonStateOf(entryId);
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

/** A lesson's current record: the newest by `updatedAt` (a merge may have brought two). */
export async function lessonStateOf(entryId: string): Promise<LessonState | undefined> {
  const all = await db.lessons.where('entryId').equals(entryId).toArray();
  return all.reduce<LessonState | undefined>(
    (best, s) => (!best || s.updatedAt > best.updatedAt ? s : best),
    undefined,
  );
}
