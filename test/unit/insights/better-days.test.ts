import { describe, expect, it } from 'vitest';
import { betterDays, type BetterDaysRow } from '../../../shared/domain/insights/better-days';
import { addDays } from '../../../shared/domain/insights/days';

const period = { from: '2026-01-01', to: '2026-12-31' };

function day(i: number, mood: number | null, tags: string[], extra: Partial<BetterDaysRow> = {}) {
  return {
    date: addDays('2026-03-01', i),
    kind: 'daily' as const,
    mood,
    energy: mood === null ? null : mood - 1,
    tags,
    objectiveIds: [],
    ...extra,
  };
}

describe('what goes with better days', () => {
  // Ten rated days: five with "running" at mood 4, five without at mood 2.
  const journal: BetterDaysRow[] = [
    ...[0, 1, 2, 3, 4].map((i) => day(i, 4, ['running'])),
    ...[5, 6, 7, 8, 9].map((i) => day(i, 2, [])),
    // A second entry on a running day, unrated: the day still counts once.
    day(0, null, ['meetings']),
    // Unrated days never take part.
    day(20, null, ['running']),
  ];

  it('compares days with and without a tag, one figure per day, with the days behind it', () => {
    const result = betterDays(journal, period);
    expect(result.ratedDays).toBe(10);
    const running = result.factors.find((f) => f.type === 'tag' && f.key === 'running')!;
    expect(running).toMatchObject({
      withDays: 5,
      withoutDays: 5,
      moodWith: 4,
      moodWithout: 2,
      energyWith: 3,
      energyWithout: 1,
      moodDifference: 2,
    });
  });

  it('shows nothing from fewer than the minimum days on either side', () => {
    const result = betterDays(journal, period);
    // "meetings" is on one rated day only; "daily" is on every day (no day without it).
    expect(result.factors.find((f) => f.key === 'meetings')).toBeUndefined();
    expect(result.factors.find((f) => f.key === 'daily')).toBeUndefined();
    expect(result.tooFewDays).toBe(2);
    // One day fewer on the "with" side and running drops out too.
    const fewer = betterDays(journal.slice(1), period);
    expect(fewer.factors.find((f) => f.key === 'running')).toBeUndefined();
    expect(betterDays(journal.slice(1), period, 4).factors.map((f) => f.key)).toContain('running');
  });

  it('averages a day with two rated entries before comparing', () => {
    const rows = [
      ...journal,
      day(0, 2, []), // day 0 now has moods 4 and 2 → 3
    ];
    const running = betterDays(rows, period).factors.find((f) => f.key === 'running')!;
    expect(running.moodWith).toBeCloseTo((3 + 4 * 4) / 5);
  });

  it('covers kinds and objectives too, and the period bounds', () => {
    const rows = journal.map((r, i) =>
      i < 5 ? { ...r, kind: 'win' as const, objectiveIds: ['o1'] } : r,
    );
    const keys = betterDays(rows, period).factors.map((f) => `${f.type}:${f.key}`);
    expect(keys).toEqual(expect.arrayContaining(['kind:win', 'objective:o1', 'tag:running']));
    expect(betterDays(rows, { from: '2027-01-01', to: '2027-12-31' }).ratedDays).toBe(0);
  });
});
