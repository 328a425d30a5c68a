import { afterAll, describe, expect, it } from 'vitest';
import { streaks } from '../../../shared/domain/insights/activity';
import { addDays, weekdayOf } from '../../../shared/domain/insights/days';
import { initialPosition, nextAfterAnswer } from '../../../shared/domain/insights/lessons';
import { movingAverage } from '../../../shared/domain/insights/mood';

/**
 * The roll-ups work on calendar dates, so their answers must not change with the machine's zone.
 * Node applies a change of `process.env.TZ` at once, so each zone is tried in this one run.
 */
const ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'UTC'];
const original = process.env['TZ'];
afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

describe.each(ZONES)('in %s', (zone) => {
  it('gives the same streaks, weekdays, averages and lesson dates', () => {
    process.env['TZ'] = zone;
    // The zone really is in force: Auckland is ahead of UTC, Los Angeles behind.
    const offset = new Date(2026, 0, 1).getTimezoneOffset();
    if (zone === 'Pacific/Auckland') expect(offset).toBe(-780);
    if (zone === 'America/Los_Angeles') expect(offset).toBe(480);

    // 400 consecutive days, across both zones' DST changes and a year end.
    const days = Array.from({ length: 400 }, (_, i) => addDays('2025-12-01', i));
    expect(days.at(-1)).toBe('2027-01-04');
    expect(streaks(days, '2027-01-04')).toEqual({
      current: 400,
      longest: 400,
      longestFrom: '2025-12-01',
      longestTo: '2027-01-04',
    });
    expect(weekdayOf('2026-09-27')).toBe(0);
    expect(weekdayOf('2026-11-01')).toBe(0);
    const avg = movingAverage(
      days.slice(0, 35).map((date, i) => ({ date, value: i % 2 ? 5 : 1 })),
      30,
    );
    expect(avg.at(-1)!.value).toBe(3);
    expect(initialPosition('2026-09-25', '2026-10-02')).toEqual({
      step: 1,
      dueDate: '2026-10-02',
    });
    expect(nextAfterAnswer({ step: 1, writtenOn: '2026-10-05' }, 'applied', '2026-10-12')).toEqual({
      step: 2,
      status: 'active',
      dueDate: '2026-11-04',
    });
  });
});
