import type { Entry, EntryKind } from '../records';
import { addDays, dayNumber } from './days';

/**
 * Lessons that come back: the "what will I do differently" of an after-action review and the
 * lesson of an experiment return on Today about 1 day, 1 week, 1 month and 3 months after they
 * were written. The person's answer shapes what happens next:
 * - "applied it" moves the lesson to its next step (retired after the last one);
 * - "still working on it" keeps the step and brings it back after half the gap to the next step;
 * - "dismiss" retires it for good.
 * At most two lessons show on a day; answering one does not make room for a third.
 */
export const LESSON_INTERVALS = [1, 7, 30, 90] as const;
export const LESSONS_PER_DAY = 2;
/** Lessons never answered are looked for among entries this many days old at most. */
export const LESSON_LOOKBACK_DAYS = LESSON_INTERVALS[3] + 30;

export const LESSON_ANSWERS = ['applied', 'working', 'dismissed'] as const;
export type LessonAnswer = (typeof LESSON_ANSWERS)[number];
export const LESSON_STATUSES = ['active', 'applied', 'dismissed'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

/** Which guided answer holds the lesson, by entry kind. */
export const LESSON_PROMPTS: Partial<Record<EntryKind, string>> = {
  aar: 'differently',
  experiment: 'lesson',
};
export const LESSON_KINDS = Object.keys(LESSON_PROMPTS) as EntryKind[];

/** The lesson's words in an entry, or null when it has none. */
export function lessonText(entry: Pick<Entry, 'kind' | 'answers'>): string | null {
  const prompt = LESSON_PROMPTS[entry.kind];
  const text = prompt ? entry.answers[prompt]?.trim() : undefined;
  return text ? text : null;
}

export interface LessonPosition {
  step: number;
  dueDate: string;
}

/**
 * Where a lesson nobody has answered yet stands today: at the latest step its age has reached
 * (step 0 before the first day), due on that step's day.
 */
export function initialPosition(writtenOn: string, today: string): LessonPosition {
  const age = dayNumber(today) - dayNumber(writtenOn);
  let step = 0;
  for (let i = 0; i < LESSON_INTERVALS.length; i++) if (LESSON_INTERVALS[i]! <= age) step = i;
  return { step, dueDate: addDays(writtenOn, LESSON_INTERVALS[step]!) };
}

export interface LessonNext {
  step: number;
  status: LessonStatus;
  /** Null once retired (applied at the last step, or dismissed). */
  dueDate: string | null;
}

/** The gap from a step to the next; after the last, twice the last interval. */
function gapAfter(step: number): number {
  const here = LESSON_INTERVALS[Math.min(step, LESSON_INTERVALS.length - 1)]!;
  const next = LESSON_INTERVALS[step + 1] ?? here * 2;
  return next - here;
}

export function nextAfterAnswer(
  current: { step: number; writtenOn: string },
  answer: LessonAnswer,
  today: string,
): LessonNext {
  switch (answer) {
    case 'dismissed':
      return { step: current.step, status: 'dismissed', dueDate: null };
    case 'working':
      return {
        step: current.step,
        status: 'active',
        dueDate: addDays(today, Math.max(1, Math.round(gapAfter(current.step) / 2))),
      };
    case 'applied': {
      const step = current.step + 1;
      if (step >= LESSON_INTERVALS.length) return { step, status: 'applied', dueDate: null };
      const scheduled = addDays(current.writtenOn, LESSON_INTERVALS[step]!);
      // Away for a while: the next step is still a real interval away, never "due yesterday".
      const soonest = addDays(today, Math.max(1, Math.round(gapAfter(current.step) / 2)));
      return { step, status: 'active', dueDate: scheduled > soonest ? scheduled : soonest };
    }
  }
}

export interface DueCandidate {
  entryId: string;
  dueDate: string;
}

/**
 * The lessons to show today, in order: due on or before today, the most recently due first (a
 * lesson on its day comes before an older backlog), within the day's allowance.
 */
export function pickDueLessons<T extends DueCandidate>(
  candidates: readonly T[],
  today: string,
  answeredToday: number,
  perDay: number = LESSONS_PER_DAY,
): T[] {
  const room = Math.max(0, perDay - answeredToday);
  return sortDue(candidates, today).slice(0, room);
}

/** Due candidates, most recently due first, ties by id so the order is stable. */
export function sortDue<T extends DueCandidate>(candidates: readonly T[], today: string): T[] {
  return candidates
    .filter((c) => c.dueDate <= today)
    .sort((a, b) =>
      a.dueDate === b.dueDate ? a.entryId.localeCompare(b.entryId) : a.dueDate > b.dueDate ? -1 : 1,
    );
}
