import { useEffect } from 'react';
import { platform } from './index';

/**
 * Keeps the desktop shell's daily reminder in step with the stored setting: once at start-up
 * (the main process remembers nothing between launches) and whenever it changes. `undefined`
 * means the settings are still loading.
 */
export function useReminderSync(time: string | null | undefined): void {
  useEffect(() => {
    if (time === undefined || !platform.setDailyReminder) return;
    platform.setDailyReminder(time).catch((error: unknown) => {
      // Not the user's doing and nothing they can fix here; the setting itself is saved.
      console.warn('Grove could not schedule the daily reminder:', error);
    });
  }, [time]);
}
