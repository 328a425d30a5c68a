import { describe, expect, it } from 'vitest';
import {
  deriveObjectiveProgress,
  keyResultProgress,
  latestCheckIn,
} from '../../../shared/domain/progress';

const numeric = (start: number, target: number, current: number) => ({
  type: 'numeric' as const,
  start,
  target,
  current,
  unit: '',
});
const kr = (measure: Parameters<typeof keyResultProgress>[0], deleted: 0 | 1 = 0) => ({
  measure,
  deleted,
});

describe('key result progress', () => {
  it('is the share of the way from start to target', () => {
    expect(keyResultProgress(numeric(0, 10, 5))).toBe(50);
    expect(keyResultProgress(numeric(10, 20, 15))).toBe(50);
  });

  it('works for targets below the start (reduce something)', () => {
    expect(keyResultProgress(numeric(100, 50, 75))).toBe(50);
  });

  it('caps over-achievement and under-start at 100 and 0', () => {
    expect(keyResultProgress(numeric(0, 10, 25))).toBe(100);
    expect(keyResultProgress(numeric(0, 10, -3))).toBe(0);
  });

  it('treats a zero-width range as met or not', () => {
    expect(keyResultProgress(numeric(5, 5, 5))).toBe(100);
    expect(keyResultProgress(numeric(5, 5, 4))).toBe(0);
  });

  it('counts done/not done as 100 or 0', () => {
    expect(keyResultProgress({ type: 'done', done: true })).toBe(100);
    expect(keyResultProgress({ type: 'done', done: false })).toBe(0);
  });
});

describe('objective progress', () => {
  it('averages mixed key results, ignoring deleted ones', () => {
    expect(
      deriveObjectiveProgress([
        kr(numeric(0, 10, 5)),
        kr({ type: 'done', done: true }),
        kr({ type: 'done', done: false }, 1),
      ]),
    ).toBe(75);
  });

  it('falls back to the latest check-in, then to null', () => {
    const checkIns = [
      {
        date: '2026-01-01',
        progress: 20,
        deleted: 0 as const,
        createdAt: '2026-01-01T10:00:00.000Z',
      },
      {
        date: '2026-02-01',
        progress: 40,
        deleted: 0 as const,
        createdAt: '2026-02-01T10:00:00.000Z',
      },
      {
        date: '2026-03-01',
        progress: 90,
        deleted: 1 as const,
        createdAt: '2026-03-01T10:00:00.000Z',
      },
    ];
    expect(deriveObjectiveProgress([], checkIns)).toBe(40);
    expect(deriveObjectiveProgress([])).toBeNull();
    expect(latestCheckIn(checkIns)?.progress).toBe(40);
  });
});
