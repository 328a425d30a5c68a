import { describe, expect, it } from 'vitest';
import {
  byWeekday,
  dailyMoodEnergy,
  movingAverage,
  overallAverage,
} from '../../../shared/domain/insights/mood';

const period = { from: '2026-01-01', to: '2026-12-31' };

describe('mood and energy', () => {
  it('averages each day once, skipping unrated entries', () => {
    const points = dailyMoodEnergy(
      [
        { date: '2026-03-02', mood: 2, energy: null },
        { date: '2026-03-02', mood: 4, energy: 5 },
        { date: '2026-03-01', mood: null, energy: null },
        { date: '2026-03-03', mood: null, energy: 1 },
        { date: '2025-12-31', mood: 5, energy: 5 },
      ],
      period,
    );
    expect(points).toEqual([
      { date: '2026-03-02', mood: 3, energy: 5 },
      { date: '2026-03-03', mood: null, energy: 1 },
    ]);
  });

  it('computes a trailing 7-day average over calendar days, gaps not counted as zero', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8];
    const points = values.map((v, i) => ({ date: `2026-01-0${i + 1}`, value: v }));
    points[7] = { date: '2026-01-08', value: 8 };
    const avg = movingAverage(points, 7);
    expect(avg.map((p) => p.value)).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4, 5]);
    // A gap: 2026-01-01 = 4, then 2026-01-20 = 2; the window of 7 days holds only the second.
    const gap = movingAverage(
      [
        { date: '2026-01-01', value: 4 },
        { date: '2026-01-20', value: 2 },
        { date: '2026-01-21', value: null },
        { date: '2026-01-22', value: 3 },
      ],
      7,
    );
    expect(gap).toEqual([
      { date: '2026-01-01', value: 4 },
      { date: '2026-01-20', value: 2 },
      { date: '2026-01-22', value: 2.5 },
    ]);
  });

  it('computes a 30-day average across a year end', () => {
    const points = [
      { date: '2026-12-01', value: 1 },
      { date: '2026-12-31', value: 3 }, // 30 days later: 12-01 falls out of the window
      { date: '2027-01-15', value: 5 },
    ];
    expect(movingAverage(points, 30).map((p) => p.value)).toEqual([1, 3, 4]);
    expect(movingAverage(points, 31).map((p) => p.value)).toEqual([1, 2, 4]);
  });

  it('averages by weekday, each day once', () => {
    const week = byWeekday([
      { date: '2026-11-23', mood: 2, energy: 3 }, // Monday
      { date: '2026-11-30', mood: 4, energy: null }, // Monday
      { date: '2026-11-29', mood: 5, energy: 5 }, // Sunday
    ]);
    expect(week[1]).toEqual({ weekday: 1, mood: 3, energy: 3, days: 2 });
    expect(week[0]).toEqual({ weekday: 0, mood: 5, energy: 5, days: 1 });
    expect(week[3]).toEqual({ weekday: 3, mood: null, energy: null, days: 0 });
    expect(overallAverage([{ date: '2026-11-23', mood: 2, energy: null }], 'energy')).toBeNull();
  });
});
