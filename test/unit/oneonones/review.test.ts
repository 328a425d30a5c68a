import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  monthOf,
  periodLabel,
  weekOf,
} from '../../../shared/domain/oneonones/period';
import {
  bragList,
  bragListToMarkdown,
  rollUpReview,
  type ReviewInput,
} from '../../../shared/domain/oneonones/review';
import { actionItem, checkIn, entry, objective } from './builders';

const week = { from: '2026-11-16', to: '2026-11-22' };

function input(extra: Partial<ReviewInput>): ReviewInput {
  return {
    period: week,
    entries: [],
    checkIns: [],
    checkInsBefore: new Map(),
    objectives: [],
    actionItems: [],
    localDateOf: (instant) => instant.slice(0, 10),
    ...extra,
  };
}

describe('rollUpReview', () => {
  it('counts entries by kind inside the period, leaving out reviews themselves', () => {
    const rollUp = rollUpReview(
      input({
        entries: [
          entry('win', '2026-11-16'),
          entry('win', '2026-11-22'),
          entry('daily', '2026-11-18'),
          entry('win', '2026-11-23'),
          entry('review', '2026-11-22'),
          entry('daily', '2026-11-18', { deleted: 1 }),
        ],
      }),
    );
    expect(rollUp.countsByKind).toEqual([
      { kind: 'daily', label: 'Daily reflection', count: 1 },
      { kind: 'win', label: 'Win', count: 2 },
    ]);
    expect(rollUp.totalEntries).toBe(3);
    expect(rollUp.wins.map((w) => w.date)).toEqual(['2026-11-16', '2026-11-22']);
  });

  it('averages mood and energy per day and over the period, skipping blanks', () => {
    const rollUp = rollUpReview(
      input({
        entries: [
          entry('daily', '2026-11-17', { mood: 2, energy: 3 }),
          entry('note', '2026-11-17', { mood: 4, energy: null }),
          entry('daily', '2026-11-19', { mood: null, energy: 5 }),
          entry('daily', '2026-11-20'),
        ],
      }),
    );
    expect(rollUp.trend).toEqual([
      { date: '2026-11-17', mood: 3, energy: 3 },
      { date: '2026-11-19', mood: null, energy: 5 },
    ]);
    expect(rollUp.averageMood).toBe(3);
    expect(rollUp.averageEnergy).toBe(4);
  });

  it('shows objective progress from before the period to its last check-in', () => {
    const talk = objective('Talk');
    const idle = objective('Idle');
    const dropped = objective('Dropped', { status: 'dropped' });
    const rollUp = rollUpReview(
      input({
        objectives: [talk, idle, dropped],
        checkIns: [checkIn(talk.id, '2026-11-18', 40), checkIn(talk.id, '2026-11-21', 55)],
        checkInsBefore: new Map([[talk.id, checkIn(talk.id, '2026-11-10', 25)]]),
      }),
    );
    expect(rollUp.objectives.map((o) => [o.objective.title, o.start, o.end, o.checkIns])).toEqual([
      ['Idle', null, null, 0],
      ['Talk', 25, 55, 2],
    ]);
  });

  it('counts action items completed inside the period by local calendar date', () => {
    const lateSunday = actionItem('Late Sunday', {
      status: 'done',
      completedAt: '2026-11-23T03:00:00.000Z',
    });
    const open = actionItem('Open');
    // In New York, 03:00 UTC on the 23rd is still the evening of Sunday the 22nd.
    const newYork = (instant: string) =>
      new Date(Date.parse(instant) - 5 * 3_600_000).toISOString().slice(0, 10);
    expect(
      rollUpReview(input({ actionItems: [lateSunday, open], localDateOf: newYork }))
        .actionItemsDone,
    ).toEqual([lateSunday]);
    expect(rollUpReview(input({ actionItems: [lateSunday, open] })).actionItemsDone).toEqual([]);
  });
});

describe('brag list', () => {
  it('lists wins and feedback in the period, oldest first, as Markdown', () => {
    const items = bragList(
      [
        entry('feedback', '2026-11-20', { title: 'Great demo' }),
        entry('win', '2026-11-17', { title: 'Shipped' }),
        entry('aar', '2026-11-18'),
        entry('win', '2026-10-01', { title: 'Too early' }),
      ],
      week,
    );
    expect(items.map((i) => i.text)).toEqual(['Shipped', 'Great demo']);
    expect(bragListToMarkdown(items, periodLabel(week), (d) => d)).toBe(
      '# Brag list — 16–22 Nov 2026\n\n- 2026-11-17 · Win: Shipped\n- 2026-11-20 · Feedback: Great demo\n',
    );
  });
});

describe('periods', () => {
  it('finds the week by the chosen week start, and the month', () => {
    expect(weekOf('2026-11-22', 1)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(weekOf('2026-11-22', 0)).toEqual({ from: '2026-11-22', to: '2026-11-28' });
    expect(weekOf('2026-11-22', 6)).toEqual({ from: '2026-11-21', to: '2026-11-27' });
    expect(monthOf('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('does calendar arithmetic that no time zone or DST change shifts', () => {
    const previous = process.env['TZ'];
    try {
      for (const tz of ['America/New_York', 'Europe/London', 'Australia/Sydney']) {
        process.env['TZ'] = tz;
        expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
        expect(addDays('2026-10-24', 7)).toBe('2026-10-31');
        expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
      }
    } finally {
      process.env['TZ'] = previous;
    }
  });

  it('labels periods compactly', () => {
    expect(periodLabel({ from: '2026-11-28', to: '2026-12-04' })).toBe('28 Nov – 4 Dec 2026');
    expect(periodLabel({ from: '2026-12-28', to: '2027-01-03' })).toBe('28 Dec 2026 – 3 Jan 2027');
  });
});
