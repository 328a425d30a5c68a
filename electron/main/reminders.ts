/**
 * The daily reflection reminder. The core is pure (when is the next one?) and a small scheduler
 * with injected clock and timers, so both are tested with fake timers; the Electron edge (a system
 * Notification whose click opens Today) is passed in by `index.ts`.
 */

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseReminderTime(time: string): { hours: number; minutes: number } | null {
  const match = TIME.exec(time);
  if (!match) return null;
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/**
 * The next moment, strictly after `now`, at which the local wall clock reads `time`. Built from
 * calendar fields (never `now + 24h`), so a day that is 23 or 25 hours long across a DST change
 * still fires at the chosen wall-clock time. A time that does not exist that day (inside the
 * spring-forward gap) fires at the first moment after the gap.
 */
export function nextReminderAt(now: Date, time: string): Date {
  const parsed = parseReminderTime(time);
  if (!parsed) throw new RangeError(`Not a reminder time: ${time}`);
  for (let dayOffset = 0; dayOffset <= 2; dayOffset++) {
    const candidate = new Date(
      now.getFullYear(),
      now.getMonth(),
      now.getDate() + dayOffset,
      parsed.hours,
      parsed.minutes,
      0,
      0,
    );
    if (candidate.getTime() > now.getTime()) return candidate;
  }
  // Unreachable: two days ahead is always in the future.
  throw new Error('No next reminder time found');
}

export interface SchedulerDeps<Timer> {
  now: () => Date;
  setTimer: (fire: () => void, delayMs: number) => Timer;
  clearTimer: (timer: Timer) => void;
  /** Shows the notification. */
  notify: () => void;
}

/** A timer may fire a little early (clock adjustments); earlier than this is rescheduled. */
const EARLY_TOLERANCE_MS = 1000;

export class ReminderScheduler<Timer = unknown> {
  private time: string | null = null;
  private timer: Timer | null = null;
  private target: Date | null = null;

  constructor(private readonly deps: SchedulerDeps<Timer>) {}

  /** Sets (or with null, clears) the daily time; returns when the next reminder fires. */
  set(time: string | null): Date | null {
    if (time !== null && !parseReminderTime(time)) throw new RangeError(`Not a time: ${time}`);
    this.time = time;
    return this.reschedule();
  }

  /**
   * Recomputes from the wall clock. Called after the machine wakes: a timer's delay does not count
   * time asleep, so the pending one would fire late.
   */
  reschedule(): Date | null {
    this.cancel();
    if (this.time === null) return null;
    const target = nextReminderAt(this.deps.now(), this.time);
    this.target = target;
    this.timer = this.deps.setTimer(
      () => this.fire(),
      Math.max(0, target.getTime() - this.deps.now().getTime()),
    );
    return target;
  }

  nextAt(): Date | null {
    return this.target;
  }

  dispose(): void {
    this.time = null;
    this.cancel();
  }

  private fire(): void {
    this.timer = null;
    const target = this.target;
    if (target && this.deps.now().getTime() < target.getTime() - EARLY_TOLERANCE_MS) {
      this.reschedule();
      return;
    }
    this.deps.notify();
    this.reschedule();
  }

  private cancel(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
    this.target = null;
  }
}

/** What a reminder needs from Electron's `Notification`, so tests can stand in for it. */
export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  show(): void;
}
export type NotificationFactory = (options: { title: string; body: string }) => NotificationLike;

export const REMINDER_TEXT = {
  title: 'Time to reflect',
  body: 'A few minutes on today — your page in Grove is ready.',
};

/**
 * Shows the reminder; a click opens Today. The last notification is kept referenced: one that is
 * garbage-collected loses its click handler.
 */
export function createReminderNotifier(
  create: NotificationFactory,
  isSupported: () => boolean,
  onClick: () => void,
  log: (message: string) => void,
): () => void {
  let current: NotificationLike | null = null;
  return () => {
    if (!isSupported()) {
      log('Reminder skipped: notifications are not supported on this system');
      return;
    }
    current = create(REMINDER_TEXT);
    current.on('click', onClick);
    current.show();
  };
}
