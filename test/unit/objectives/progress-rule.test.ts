import { describe, expect, it } from 'vitest';
import { deriveObjectiveProgress } from '../../../shared/domain/progress';

const live = <M>(measure: M) => ({ measure, deleted: 0 as const });
const numeric = (start: number, target: number, current: number) =>
  live({ type: 'numeric' as const, start, target, current, unit: '' });
const done = (value: boolean) => live({ type: 'done' as const, done: value });

describe('objective progress from mixed key results', () => {
  it('weighs numeric, reduce and done key results equally', () => {
    // 50% (numeric) + 25% (reduce 12 → 4, now 10) + 100% (done) + 0% (not done) = 43.75
    expect(
      deriveObjectiveProgress([numeric(0, 10, 5), numeric(12, 4, 10), done(true), done(false)]),
    ).toBe(43.8);
  });

  it('does not let over-achievement on one key result hide another', () => {
    expect(deriveObjectiveProgress([numeric(0, 10, 40), done(false)])).toBe(50);
  });

  it('handles zero-width ranges next to others', () => {
    expect(deriveObjectiveProgress([numeric(3, 3, 3), numeric(0, 4, 1)])).toBe(62.5);
    expect(deriveObjectiveProgress([numeric(3, 3, 2), done(true)])).toBe(50);
  });

  it('ignores check-ins once there are key results', () => {
    const checkIns = [
      { date: '2026-11-01', progress: 90, deleted: 0 as const, createdAt: '2026-11-01T08:00:00Z' },
    ];
    expect(deriveObjectiveProgress([done(false)], checkIns)).toBe(0);
  });
});
