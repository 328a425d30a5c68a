import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import { dayNumber } from '../../../shared/domain/insights/days';
import { LESSON_INTERVALS, type LessonAnswer } from '../../../shared/domain/insights/lessons';
import { useUiStore } from '../app/ui-store';
import { answerLesson, dueLessons, type DueLesson } from '../db/repo/lessons';
import { formatDate } from '../ui/format';

const WHEN = ['first look', 'a week on', 'a month on', 'three months on'];

function agoText(days: number): string {
  if (days <= 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  return `${Math.round(days / 30)} months ago`;
}
const ANSWERS: { answer: LessonAnswer; label: string; done: string }[] = [
  { answer: 'applied', label: 'Applied it', done: 'Noted. It will come back a little later.' },
  { answer: 'working', label: 'Still working on it', done: 'Noted. It will come back sooner.' },
  { answer: 'dismissed', label: 'Dismiss', done: 'Dismissed. It will not come back.' },
];

/** Lessons from reviews and experiments that come back on Today on a spaced schedule. */
export function LessonsToday({ today, enabled }: { today: string; enabled: boolean }) {
  const lessons = useLiveQuery(
    () => (enabled ? dueLessons(today) : Promise.resolve([])),
    [today, enabled],
  );
  if (!lessons || lessons.length === 0) return null;
  return (
    <section className="card lessons-card" aria-labelledby="lessons-heading">
      <h2 id="lessons-heading" className="eyebrow">
        A lesson comes back
      </h2>
      <ul className="lessons-card__list">
        {lessons.map((lesson) => (
          <LessonItem key={lesson.entryId} lesson={lesson} today={today} />
        ))}
      </ul>
      <p className="muted small">
        Lessons return about a day, a week, a month and three months after you write them. Turn this
        off in Settings.
      </p>
    </section>
  );
}

function LessonItem({ lesson, today }: { lesson: DueLesson; today: string }) {
  const notify = useUiStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const step = Math.min(lesson.step, LESSON_INTERVALS.length - 1);
  const answer = async (choice: (typeof ANSWERS)[number]) => {
    setBusy(true);
    try {
      await answerLesson(lesson.entryId, choice.answer, today);
      notify(choice.done);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };
  const headingId = `lesson-${lesson.entryId}`;
  return (
    <li className="lesson" aria-labelledby={headingId}>
      <p id={headingId} className="lesson__text">
        {lesson.text}
      </p>
      <p className="lesson__meta muted">
        From{' '}
        <Link href={`/entry/${lesson.entryId}`}>
          {lesson.entryTitle.trim() || ENTRY_KIND_INFO[lesson.kind].label}
        </Link>
        , written {formatDate(lesson.writtenOn)} ·{' '}
        {agoText(dayNumber(today) - dayNumber(lesson.writtenOn))}
        {lesson.step > 0 ? ` · ${WHEN[step]}` : ''}.
      </p>
      <div className="lesson__answers" role="group" aria-label="How is this lesson going?">
        {ANSWERS.map((choice) => (
          <button
            key={choice.answer}
            type="button"
            className={`button button--small${choice.answer === 'applied' ? ' button--primary' : choice.answer === 'dismissed' ? ' button--ghost' : ''}`}
            disabled={busy}
            onClick={() => void answer(choice)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </li>
  );
}
