import type { Envelope } from '../util/result';

/** The daily reminder: the renderer tells the shell the chosen time; the shell notifies. */
export const REMINDERS_IPC = {
  setReminder: 'grove:reminder:set',
} as const;

export interface ReminderRequest {
  /** Local time of day, 'HH:MM', or null for no reminder. */
  time: string | null;
}

export interface ReminderResult {
  /** When the next reminder fires (ISO 8601), or null when none is scheduled. */
  nextAt: string | null;
}

export interface RemindersContract {
  [REMINDERS_IPC.setReminder]: { args: [ReminderRequest]; result: ReminderResult };
}

export interface RemindersBridge {
  setReminder(request: ReminderRequest): Promise<Envelope<ReminderResult>>;
}
