import { describe, expect, it } from 'vitest';
import { daysBetween, isOverdue, isStale } from '../../../shared/domain/stale';

const created = (date: string) => new Date(`${date}T12:00:00`).toISOString();

describe('stale detection', () => {
  const active = { status: 'active' as const, createdAt: created('2026-10-01') };

  it('counts calendar days across month and year ends', () => {
    expect(daysBetween('2026-11-01', '2026-11-15')).toBe(14);
    expect(daysBetween('2026-12-25', '2027-01-08')).toBe(14);
    expect(daysBetween('2026-03-28', '2026-04-03')).toBe(6);
  });

  it('is stale once the period has passed since the last check-in', () => {
    expect(isStale(active, '2026-11-08', '2026-11-21', 14)).toBe(false);
    expect(isStale(active, '2026-11-08', '2026-11-22', 14)).toBe(true);
  });

  it('follows the setting', () => {
    expect(isStale(active, '2026-11-15', '2026-11-22', 7)).toBe(true);
    expect(isStale(active, '2026-11-15', '2026-11-22', 30)).toBe(false);
  });

  it('counts from creation before the first check-in', () => {
    expect(isStale({ ...active, createdAt: created('2026-11-20') }, null, '2026-11-22', 14)).toBe(
      false,
    );
    expect(isStale(active, null, '2026-11-22', 14)).toBe(true);
  });

  it('only applies to active objectives', () => {
    for (const status of ['draft', 'paused', 'achieved', 'dropped'] as const) {
      expect(isStale({ ...active, status }, null, '2027-11-22', 14)).toBe(false);
    }
  });
});

describe('overdue', () => {
  it('is past the target date and still open', () => {
    expect(isOverdue({ status: 'active', targetDate: '2026-11-21' }, '2026-11-22')).toBe(true);
    expect(isOverdue({ status: 'paused', targetDate: '2026-11-21' }, '2026-11-22')).toBe(true);
    expect(isOverdue({ status: 'active', targetDate: '2026-11-22' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ status: 'achieved', targetDate: '2026-01-01' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ status: 'active', targetDate: null }, '2026-11-22')).toBe(false);
  });
});
