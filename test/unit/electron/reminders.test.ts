import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createReminderNotifier,
  nextReminderAt,
  parseReminderTime,
  REMINDER_TEXT,
  ReminderScheduler,
} from '../../../electron/main/reminders';

const originalTz = process.env['TZ'];
beforeEach(() => {
  // Node re-reads TZ when it is assigned: these tests run on a DST-observing zone.
  process.env['TZ'] = 'Europe/Berlin';
});
afterEach(() => {
  process.env['TZ'] = originalTz;
  vi.useRealTimers();
});

const local = (y: number, mo: number, d: number, h: number, mi: number) =>
  new Date(y, mo - 1, d, h, mi, 0, 0);

describe('next reminder time', () => {
  it('is later today when the time has not come yet, else tomorrow', () => {
    expect(nextReminderAt(local(2026, 5, 10, 7, 0), '08:30')).toEqual(local(2026, 5, 10, 8, 30));
    expect(nextReminderAt(local(2026, 5, 10, 9, 0), '08:30')).toEqual(local(2026, 5, 11, 8, 30));
  });

  it('is strictly after now: at exactly the time, it is tomorrow', () => {
    expect(nextReminderAt(local(2026, 5, 10, 8, 30), '08:30')).toEqual(local(2026, 5, 11, 8, 30));
  });

  it('crosses month and year ends', () => {
    expect(nextReminderAt(local(2026, 12, 31, 22, 0), '21:00')).toEqual(local(2027, 1, 1, 21, 0));
  });

  it('keeps the wall-clock time across the spring-forward night (a 23-hour day)', () => {
    // Europe/Berlin: 2026-03-29 02:00 → 03:00.
    const next = nextReminderAt(local(2026, 3, 28, 21, 0), '20:00');
    expect(next.getHours()).toBe(20);
    expect(next.getDate()).toBe(29);
    expect(next.getTime() - local(2026, 3, 28, 20, 0).getTime()).toBe(23 * 3600_000);
  });

  it('keeps the wall-clock time across the fall-back night (a 25-hour day)', () => {
    // Europe/Berlin: 2026-10-25 03:00 → 02:00.
    const next = nextReminderAt(local(2026, 10, 24, 21, 0), '20:00');
    expect([next.getDate(), next.getHours(), next.getMinutes()]).toEqual([25, 20, 0]);
    expect(next.getTime() - local(2026, 10, 24, 20, 0).getTime()).toBe(25 * 3600_000);
  });

  it('fires just after the gap when the chosen time does not exist that day', () => {
    const next = nextReminderAt(local(2026, 3, 29, 1, 0), '02:30');
    expect(next.getTime()).toBeGreaterThan(local(2026, 3, 29, 1, 0).getTime());
    expect(next.getDate()).toBe(29);
    expect(next.getHours()).toBe(3);
  });

  it('refuses anything but HH:MM', () => {
    for (const bad of ['8:30', '24:00', '12:60', '', '08:30:00', 'noon']) {
      expect(parseReminderTime(bad), bad).toBeNull();
      expect(() => nextReminderAt(new Date(), bad), bad).toThrow(RangeError);
    }
    expect(parseReminderTime('00:00')).toEqual({ hours: 0, minutes: 0 });
  });
});

describe('reminder scheduler (fake timers)', () => {
  const setup = () => {
    const notify = vi.fn();
    const scheduler = new ReminderScheduler({
      now: () => new Date(),
      setTimer: (fire, delay) => setTimeout(fire, delay),
      clearTimer: (timer) => clearTimeout(timer),
      notify,
    });
    return { notify, scheduler };
  };

  it('notifies once a day at the chosen time', () => {
    vi.useFakeTimers({ now: local(2026, 5, 10, 7, 0) });
    const { notify, scheduler } = setup();
    expect(scheduler.set('08:30')).toEqual(local(2026, 5, 10, 8, 30));
    vi.advanceTimersByTime(89 * 60_000);
    expect(notify).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(scheduler.nextAt()).toEqual(local(2026, 5, 11, 8, 30));
    vi.advanceTimersByTime(24 * 3600_000);
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('fires at 20:00 local on both sides of a DST change', () => {
    vi.useFakeTimers({ now: local(2026, 3, 28, 21, 0) });
    const { notify, scheduler } = setup();
    scheduler.set('20:00');
    vi.advanceTimersByTime(22 * 3600_000); // 23 hours of wall clock on this night
    expect(notify).toHaveBeenCalledTimes(1);
    expect(new Date().getHours()).toBe(20);
  });

  it('clearing the time cancels the pending reminder', () => {
    vi.useFakeTimers({ now: local(2026, 5, 10, 7, 0) });
    const { notify, scheduler } = setup();
    scheduler.set('08:00');
    expect(scheduler.set(null)).toBeNull();
    vi.advanceTimersByTime(48 * 3600_000);
    expect(notify).not.toHaveBeenCalled();
  });

  it('changing the time replaces the old one instead of adding a second', () => {
    vi.useFakeTimers({ now: local(2026, 5, 10, 7, 0) });
    const { notify, scheduler } = setup();
    scheduler.set('08:00');
    scheduler.set('09:00');
    vi.advanceTimersByTime(3 * 3600_000);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('a timer that fires early (clock set back) reschedules instead of notifying', () => {
    let clock = local(2026, 5, 10, 7, 0).getTime();
    const fires: (() => void)[] = [];
    const notify = vi.fn();
    const scheduler = new ReminderScheduler({
      now: () => new Date(clock),
      setTimer: (fire) => fires.push(fire),
      clearTimer: () => undefined,
      notify,
    });
    scheduler.set('08:00');
    clock = local(2026, 5, 10, 7, 30).getTime();
    fires.shift()!();
    expect(notify).not.toHaveBeenCalled();
    expect(scheduler.nextAt()).toEqual(local(2026, 5, 10, 8, 0));
  });

  it('refuses an invalid time without touching the schedule', () => {
    vi.useFakeTimers({ now: local(2026, 5, 10, 7, 0) });
    const { scheduler } = setup();
    scheduler.set('08:00');
    expect(() => scheduler.set('25:00')).toThrow(RangeError);
    expect(scheduler.nextAt()).toEqual(local(2026, 5, 10, 8, 0));
  });
});

describe('reminder notification', () => {
  it('shows the reminder and opens Today on click', () => {
    const listeners: (() => void)[] = [];
    const shown = vi.fn();
    const create = vi.fn(() => ({
      on: (_event: 'click', listener: () => void) => listeners.push(listener),
      show: shown,
    }));
    const openToday = vi.fn();
    const notify = createReminderNotifier(create, () => true, openToday, vi.fn());
    notify();
    expect(create).toHaveBeenCalledWith(REMINDER_TEXT);
    expect(shown).toHaveBeenCalled();
    expect(openToday).not.toHaveBeenCalled();
    listeners[0]!();
    expect(openToday).toHaveBeenCalledTimes(1);
  });

  it('logs and shows nothing where notifications are unsupported', () => {
    const create = vi.fn();
    const log = vi.fn();
    createReminderNotifier(create, () => false, vi.fn(), log)();
    expect(create).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/not supported/));
  });
});
