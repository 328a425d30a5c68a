import { describe, expect, it } from 'vitest';
import {
  assembleDigest,
  digestPeriodFor,
  type DigestInput,
} from '../../../shared/domain/oneonones/digest';
import { actionItem, checkIn, entry, meeting, objective, uid } from './builders';

function input(extra: Partial<DigestInput>): DigestInput {
  return {
    period: { from: '2026-11-08', to: '2026-11-22' },
    entries: [],
    checkIns: [],
    checkInsBefore: new Map(),
    latestCheckIns: new Map(),
    objectives: [],
    actionItems: [],
    today: '2026-11-22',
    staleAfterDays: 14,
    ...extra,
  };
}

describe('assembleDigest', () => {
  it('includes entries on both boundary days and excludes the days just outside', () => {
    const entries = [
      entry('win', '2026-11-07', { title: 'day before' }),
      entry('win', '2026-11-08', { title: 'first day' }),
      entry('win', '2026-11-22', { title: 'last day' }),
      entry('win', '2026-11-23', { title: 'day after' }),
    ];
    const digest = assembleDigest(input({ entries }));
    expect(digest.sections.wins.map((p) => p.text)).toEqual(['first day', 'last day']);
  });

  it('counts a back-dated entry by its entry date, not by when it was written', () => {
    const written = '2026-11-30T23:30:00.000Z';
    const backDated = entry('feedback', '2026-11-10', {
      title: 'Told me the demo landed',
      createdAt: written,
      updatedAt: written,
    });
    const writtenInPeriodAboutLater = entry('win', '2026-12-01', {
      createdAt: '2026-11-15T10:00:00.000Z',
    });
    const digest = assembleDigest(input({ entries: [backDated, writtenInPeriodAboutLater] }));
    expect(digest.sections.feedback.map((p) => p.source.id)).toEqual([backDated.id]);
    expect(digest.sections.wins).toEqual([]);
  });

  it('does not depend on the time zone: dates are calendar days', () => {
    // An entry written just after local midnight in Auckland is, in UTC, still the previous day;
    // it belongs to the local day stored in `date`.
    const late = entry('win', '2026-11-08', { createdAt: '2026-11-07T11:30:00.000Z' });
    const previous = process.env['TZ'];
    try {
      for (const tz of ['Pacific/Auckland', 'America/Los_Angeles', 'UTC']) {
        process.env['TZ'] = tz;
        const digest = assembleDigest(input({ entries: [late] }));
        expect(digest.sections.wins.map((p) => p.source.id)).toEqual([late.id]);
      }
    } finally {
      process.env['TZ'] = previous;
    }
  });

  it('sorts entries into sections by kind, with lessons and reframes from their answers', () => {
    const aar = entry('aar', '2026-11-10', { answers: { differently: 'Write the RFC first' } });
    const reframe = entry('reframe', '2026-11-11', {
      answers: { 'growth-reframe': 'I cannot present yet — I can practise' },
    });
    const untitledWin = entry('win', '2026-11-12', { title: '', body: '**Closed** the deal' });
    const ignored = [entry('daily', '2026-11-12'), entry('note', '2026-11-12')];
    const trashed = entry('win', '2026-11-12', { deleted: 1, deletedAt: '2026-11-13T00:00:00Z' });
    const digest = assembleDigest(
      input({ entries: [aar, reframe, untitledWin, trashed, ...ignored] }),
    );
    expect(digest.sections.lessons.map((p) => p.text)).toEqual(['Write the RFC first']);
    expect(digest.sections.reframes.map((p) => p.text)).toEqual([
      'I cannot present yet — I can practise',
    ]);
    expect(digest.sections.wins.map((p) => p.text)).toEqual(['Closed the deal']);
    expect(digest.sections.wins[0]!.source).toEqual({ type: 'entry', id: untitledWin.id });
  });

  it('shows check-ins in the period with the change since the check-in before it', () => {
    const talk = objective('Give a talk');
    const before = checkIn(talk.id, '2026-11-01', 20);
    const inside = checkIn(talk.id, '2026-11-15', 45, { confidence: 4 });
    const outside = checkIn(talk.id, '2026-11-23', 60);
    const digest = assembleDigest(
      input({
        objectives: [talk],
        checkIns: [before, inside, outside],
        checkInsBefore: new Map([[talk.id, before]]),
        latestCheckIns: new Map([[talk.id, outside]]),
      }),
    );
    expect(digest.sections.checkIns).toEqual([
      {
        key: `checkIn:${inside.id}`,
        text: 'Give a talk: 20% → 45%, confidence 4/5',
        date: '2026-11-15',
        source: { type: 'checkIn', id: inside.id },
        objectiveId: talk.id,
      },
    ]);
  });

  it('flags active objectives that are overdue or have gone stale, and only those', () => {
    const overdue = objective('Overdue', { targetDate: '2026-11-21' });
    const dueToday = objective('Due today', { targetDate: '2026-11-22' });
    const stale = objective('Stale');
    const fresh = objective('Fresh');
    const neverChecked = objective('Never checked', { createdAt: '2026-10-01T09:00:00.000Z' });
    const paused = objective('Paused', { status: 'paused', targetDate: '2026-01-01' });
    const latest = new Map([
      [stale.id, checkIn(stale.id, '2026-11-07', 10)], // 15 days before today
      // 13 days: not yet stale (at 14 it is: the one rule in shared/domain/stale.ts).
      [fresh.id, checkIn(fresh.id, '2026-11-09', 10)],
      [dueToday.id, checkIn(dueToday.id, '2026-11-20', 10)],
      [overdue.id, checkIn(overdue.id, '2026-11-20', 10)],
    ]);
    const digest = assembleDigest(
      input({
        objectives: [overdue, dueToday, stale, fresh, neverChecked, paused],
        latestCheckIns: latest,
      }),
    );
    expect(digest.sections.attention.map((p) => p.text).sort()).toEqual([
      'Never checked: no check-in yet',
      'Overdue: overdue since 2026-11-21',
      'Stale: no check-in for 15 days',
    ]);
  });

  it('lists open action items and marks past due dates as overdue', () => {
    const late = actionItem('Send the doc', { dueDate: '2026-11-20' });
    const later = actionItem('Book the room', { dueDate: '2026-11-25', owner: 'them' });
    const done = actionItem('Done already', { status: 'done' });
    const digest = assembleDigest(input({ actionItems: [later, late, done] }));
    expect(digest.sections.actionItems.map((p) => p.text)).toEqual([
      'Me: Send the doc (overdue)',
      'Them: Book the room',
    ]);
  });
});

describe('digestPeriodFor', () => {
  const seriesId = uid();

  it('runs from the latest earlier meeting through this one, both days included', () => {
    const first = meeting(seriesId, '2026-11-01');
    const second = meeting(seriesId, '2026-11-08');
    const next = meeting(seriesId, '2026-11-22');
    const later = meeting(seriesId, '2026-11-29');
    const trashed = meeting(seriesId, '2026-11-15', { deleted: 1 });
    const result = digestPeriodFor(next, [later, first, next, second, trashed], 7);
    expect(result).toEqual({
      period: { from: '2026-11-08', to: '2026-11-22' },
      reason: 'sinceLast',
      previous: second,
    });
  });

  it('uses the series cadence before a first meeting, and says why', () => {
    const only = meeting(seriesId, '2026-03-09');
    const result = digestPeriodFor(only, [only], 14);
    // Across the March daylight-saving change, still 14 calendar days.
    expect(result).toEqual({
      period: { from: '2026-02-23', to: '2026-03-09' },
      reason: 'firstMeeting',
      previous: null,
    });
  });
});
