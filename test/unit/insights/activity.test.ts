import { describe, expect, it } from 'vitest';
import {
  countByKind,
  daysWrittenByMonth,
  entriesPerWeek,
  streaks,
} from '../../../shared/domain/insights/activity';
import { addDays, weekdayOf, weekStartOf } from '../../../shared/domain/insights/days';

// These run under the machine's zone and, in `npm run test:tz`-style runs, under
// TZ=Pacific/Auckland and TZ=America/Los_Angeles: every answer must be the same.
describe('calendar days (time-zone independent)', () => {
  it('adds days across month, year and DST changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    // DST: Auckland springs forward 2026-09-27, Los Angeles 2026-03-08 and falls back 2026-11-01.
    expect(addDays('2026-09-26', 2)).toBe('2026-09-28');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-10-31', 2)).toBe('2026-11-02');
    expect(addDays('2026-04-05', -365)).toBe('2025-04-05');
  });

  it('knows the weekday and the week start', () => {
    expect(weekdayOf('2026-11-25')).toBe(3); // a Wednesday
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('1969-12-28')).toBe(0);
    expect(weekStartOf('2026-11-25', 1)).toBe('2026-11-23');
    expect(weekStartOf('2026-11-25', 0)).toBe('2026-11-22');
    expect(weekStartOf('2027-01-01', 1)).toBe('2026-12-28');
  });
});

describe('streaks', () => {
  it('counts a run across a month end and a year end', () => {
    const days = ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'];
    expect(streaks(days, '2027-01-02')).toEqual({
      current: 5,
      longest: 5,
      longestFrom: '2026-12-29',
      longestTo: '2027-01-02',
    });
    // The morning after: today not written yet, the streak still stands.
    expect(streaks(days, '2027-01-03').current).toBe(5);
    expect(streaks(days, '2027-01-04').current).toBe(0);
  });

  it('finds the longest run among several, with duplicates and any order', () => {
    const days = [
      '2026-01-31',
      '2026-02-01',
      '2026-01-30',
      '2026-02-01',
      '2026-03-10',
      '2026-03-11',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ];
    const s = streaks(days, '2026-03-11');
    expect(s.longest).toBe(4);
    expect(s.longestFrom).toBe('2026-02-28');
    expect(s.longestTo).toBe('2026-03-03');
    expect(s.current).toBe(2);
  });

  it('spans the days when clocks change in Auckland and Los Angeles', () => {
    const from = '2026-09-20';
    const days = Array.from({ length: 60 }, (_, i) => addDays(from, i)); // to 2026-11-18
    expect(streaks(days, '2026-11-18').current).toBe(60);
    expect(streaks(days, '2026-11-18').longest).toBe(60);
  });

  it('is zero for an empty journal', () => {
    expect(streaks([], '2026-01-01')).toEqual({
      current: 0,
      longest: 0,
      longestFrom: null,
      longestTo: null,
    });
  });
});

describe('activity roll-ups', () => {
  const rows = [
    { date: '2026-12-28', kind: 'daily' as const },
    { date: '2026-12-28', kind: 'win' as const },
    { date: '2026-12-31', kind: 'daily' as const },
    { date: '2027-01-03', kind: 'aar' as const },
    { date: '2027-01-04', kind: 'daily' as const },
    { date: '2027-02-01', kind: 'daily' as const },
  ];

  it('counts entries per week by kind, weeks starting Monday, every week present', () => {
    const weeks = entriesPerWeek(rows, { from: '2026-12-28', to: '2027-01-10' }, 1);
    expect(weeks).toEqual([
      { week: '2026-12-28', total: 4, byKind: { daily: 2, win: 1, aar: 1 } },
      { week: '2027-01-04', total: 1, byKind: { daily: 1 } },
    ]);
  });

  it('counts distinct days written per month, empty months included', () => {
    const days = rows.map((r) => r.date);
    expect(daysWrittenByMonth(days, { from: '2026-11-01', to: '2027-02-28' })).toEqual([
      { month: '2026-11', days: 0 },
      { month: '2026-12', days: 2 },
      { month: '2027-01', days: 2 },
      { month: '2027-02', days: 1 },
    ]);
  });

  it('counts by kind within the period only', () => {
    expect(countByKind(rows, { from: '2027-01-01', to: '2027-12-31' })).toEqual({
      aar: 1,
      daily: 2,
    });
  });
});
