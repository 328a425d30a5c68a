import { describe, expect, it } from 'vitest';
import {
  initialPosition,
  lessonText,
  nextAfterAnswer,
  pickDueLessons,
} from '../../../shared/domain/insights/lessons';

describe('lessons that come back', () => {
  it('finds the lesson in an after-action review and an experiment only', () => {
    expect(lessonText({ kind: 'aar', answers: { differently: '  Ask earlier. ' } })).toBe(
      'Ask earlier.',
    );
    expect(lessonText({ kind: 'experiment', answers: { lesson: 'Pairing helps' } })).toBe(
      'Pairing helps',
    );
    expect(lessonText({ kind: 'aar', answers: { differently: '   ' } })).toBeNull();
    expect(lessonText({ kind: 'daily', answers: { lesson: 'x' } })).toBeNull();
  });

  it('places an unanswered lesson at the step its age has reached: 1 day, 1 week, 1 month, 3 months', () => {
    const written = '2026-12-30';
    expect(initialPosition(written, '2026-12-30')).toEqual({ step: 0, dueDate: '2026-12-31' });
    expect(initialPosition(written, '2026-12-31')).toEqual({ step: 0, dueDate: '2026-12-31' });
    expect(initialPosition(written, '2027-01-06')).toEqual({ step: 1, dueDate: '2027-01-06' });
    expect(initialPosition(written, '2027-01-28')).toEqual({ step: 1, dueDate: '2027-01-06' });
    expect(initialPosition(written, '2027-01-29')).toEqual({ step: 2, dueDate: '2027-01-29' });
    expect(initialPosition(written, '2027-03-30')).toEqual({ step: 3, dueDate: '2027-03-30' });
  });

  it('"applied it" moves to the next step, counted from the day it was written', () => {
    const written = '2026-03-01';
    expect(nextAfterAnswer({ step: 0, writtenOn: written }, 'applied', '2026-03-02')).toEqual({
      step: 1,
      status: 'active',
      dueDate: '2026-03-08',
    });
    expect(nextAfterAnswer({ step: 1, writtenOn: written }, 'applied', '2026-03-08')).toEqual({
      step: 2,
      status: 'active',
      dueDate: '2026-03-31',
    });
    // Answered late: the next step is still a real gap away, never already due.
    expect(nextAfterAnswer({ step: 0, writtenOn: written }, 'applied', '2026-03-07').dueDate).toBe(
      '2026-03-10',
    );
    // After three months, applied retires it.
    expect(nextAfterAnswer({ step: 3, writtenOn: written }, 'applied', '2026-05-30')).toEqual({
      step: 4,
      status: 'applied',
      dueDate: null,
    });
  });

  it('"still working on it" keeps the step and comes back sooner; "dismiss" retires it', () => {
    const written = '2026-03-01';
    expect(nextAfterAnswer({ step: 0, writtenOn: written }, 'working', '2026-03-02')).toEqual({
      step: 0,
      status: 'active',
      dueDate: '2026-03-05',
    });
    expect(nextAfterAnswer({ step: 2, writtenOn: written }, 'working', '2026-03-31').dueDate).toBe(
      '2026-04-30',
    );
    expect(nextAfterAnswer({ step: 3, writtenOn: written }, 'working', '2026-05-30').dueDate).toBe(
      '2026-07-14',
    );
    expect(nextAfterAnswer({ step: 1, writtenOn: written }, 'dismissed', '2026-03-08')).toEqual({
      step: 1,
      status: 'dismissed',
      dueDate: null,
    });
  });

  it('shows at most two a day, most recently due first, minus those answered today', () => {
    const candidates = [
      { entryId: 'a', dueDate: '2026-01-01' },
      { entryId: 'b', dueDate: '2026-03-10' },
      { entryId: 'c', dueDate: '2026-03-09' },
      { entryId: 'd', dueDate: '2026-03-11' }, // not due yet
      { entryId: 'e', dueDate: '2026-03-10' },
    ];
    expect(pickDueLessons(candidates, '2026-03-10', 0).map((c) => c.entryId)).toEqual(['b', 'e']);
    expect(pickDueLessons(candidates, '2026-03-10', 1).map((c) => c.entryId)).toEqual(['b']);
    expect(pickDueLessons(candidates, '2026-03-10', 2)).toEqual([]);
    expect(pickDueLessons(candidates, '2026-03-11', 0).map((c) => c.entryId)).toEqual(['d', 'b']);
  });
});
