import { describe, expect, it } from 'vitest';
import { objectiveTimelines } from '../../../shared/domain/insights/objectives';
import { reviewPeriod, yearReview } from '../../../shared/domain/insights/year-review';

describe('objectives across the year', () => {
  const objectives = [
    {
      id: 'a',
      title: 'Speak up',
      status: 'active' as const,
      createdAt: '2026-01-01T09:00:00Z',
      achievedAt: null,
    },
    {
      id: 'b',
      title: 'Ship it',
      status: 'achieved' as const,
      createdAt: '2026-01-01T09:00:00Z',
      achievedAt: '2026-06-30T12:00:00Z',
    },
    {
      id: 'c',
      title: 'Untouched',
      status: 'active' as const,
      createdAt: '2026-01-01T09:00:00Z',
      achievedAt: null,
    },
  ];
  const checkIns = [
    { objectiveId: 'a', date: '2026-03-01', progress: 10, confidence: 2 },
    { objectiveId: 'a', date: '2026-01-31', progress: 0, confidence: 3 },
    { objectiveId: 'a', date: '2026-03-15', progress: 30, confidence: 4 },
    { objectiveId: 'b', date: '2025-12-01', progress: 90, confidence: 5 },
  ];

  it('gives each objective its line, cadence, confidence change and marks', () => {
    const result = objectiveTimelines(
      objectives,
      checkIns,
      { from: '2026-01-01', to: '2026-12-31' },
      '2026-04-15',
      14,
    );
    expect(result.map((r) => r.id)).toEqual(['b', 'a']);
    const a = result.find((r) => r.id === 'a')!;
    expect(a.points.map((p) => p.progress)).toEqual([0, 10, 30]);
    expect(a.cadenceDays).toBe((29 + 14) / 2);
    expect(a.confidenceChange).toBe(1);
    expect(a.stalled).toBe(true); // last check-in 31 days before "today"
    const b = result.find((r) => r.id === 'b')!;
    expect(b).toMatchObject({ achieved: true, stalled: false, points: [], cadenceDays: null });
  });
});

describe('year in review', () => {
  it('knows quarters, including a leap February', () => {
    expect(reviewPeriod(2028, 1)).toEqual({
      label: '2028 Q1',
      period: { from: '2028-01-01', to: '2028-03-31' },
    });
    expect(reviewPeriod(2026, 4).period).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(reviewPeriod(2026, null).label).toBe('2026');
  });

  it('rolls up counts, the best streak inside the period, tags, mood by month, wins and lessons', () => {
    const review = yearReview({
      ...reviewPeriod(2026, 1),
      entries: [
        { id: '0', date: '2025-12-31', kind: 'daily', title: '', mood: 1, tags: ['x'] },
        { id: '1', date: '2026-01-01', kind: 'daily', title: '', mood: 2, tags: ['team'] },
        {
          id: '2',
          date: '2026-01-01',
          kind: 'win',
          title: 'Demo went well',
          mood: 4,
          tags: ['team', 'demo'],
        },
        { id: '3', date: '2026-01-02', kind: 'daily', title: '', mood: null, tags: [] },
        { id: '4', date: '2026-03-05', kind: 'win', title: '', mood: 5, tags: ['demo', 'team'] },
      ],
      objectives: [
        { title: 'Ship it', status: 'achieved', achievedAt: '2026-02-10T10:00:00Z' },
        { title: 'Later', status: 'achieved', achievedAt: '2026-05-10T10:00:00Z' },
      ],
      lessonsApplied: [{ date: '2026-02-01', text: 'Ask early' }],
    });
    expect(review.entries).toBe(4);
    expect(review.daysWritten).toBe(3);
    expect(review.byKind).toEqual({ daily: 2, win: 2 });
    expect(review.bestStreak).toEqual({ days: 2, from: '2026-01-01', to: '2026-01-02' });
    expect(review.topTags).toEqual([
      { tag: 'team', count: 3 },
      { tag: 'demo', count: 2 },
    ]);
    expect(review.moodByMonth).toEqual([
      { month: '2026-01', mood: 3, days: 1 },
      { month: '2026-02', mood: null, days: 0 },
      { month: '2026-03', mood: 5, days: 1 },
    ]);
    expect(review.objectivesAchieved).toEqual([{ title: 'Ship it', date: '2026-02-10' }]);
    expect(review.wins).toEqual([
      { date: '2026-01-01', title: 'Demo went well' },
      { date: '2026-03-05', title: 'Untitled win' },
    ]);
    expect(review.lessonsApplied).toHaveLength(1);
  });
});
