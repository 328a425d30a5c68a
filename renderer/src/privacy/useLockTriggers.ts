import { useEffect } from 'react';
import { onAutoLockChanged, readPrivacy } from '../db/repo/privacy';
import { platform } from '../platform';
import { lockNow } from './privacyService';
import { useEncryptionMode } from './useSession';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
export const LOCK_SHORTCUT_LABEL = isMac ? '⇧⌘L' : 'Ctrl+Shift+L';

/** Activity that counts as "still here" for auto-lock. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Everything that locks Grove while encryption is on: the shortcut (Ctrl/Cmd+Shift+L), the menu
 * command (desktop), idle time (a setting), and the desktop's screen lock or sleep (main process
 * powerMonitor over the typed IPC).
 */
export function useLockTriggers(): void {
  const mode = useEncryptionMode();
  const on = mode !== 'off';

  useEffect(() => {
    if (!on) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lockNow();
      }
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = platform.onMenuCommand((command) => {
      if (command === 'lock') void lockNow();
    });
    const stopPower = platform.onSystemLock?.(() => void lockNow()) ?? (() => {});
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
      stopPower();
    };
  }, [on]);

  useEffect(() => {
    if (!on) return;
    let minutes = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const arm = () => {
      clearTimeout(timer);
      if (minutes > 0) timer = setTimeout(() => void lockNow(), minutes * 60_000);
    };
    // Re-arming on every pointer move would be wasteful; once a second is plenty.
    const onActivity = () => {
      const now = Date.now();
      if (now - last < 1000) return;
      last = now;
      arm();
    };
    let live = true;
    void readPrivacy().then((p) => {
      if (!live) return;
      minutes = p.autoLockMinutes;
      arm();
    });
    const stopPrefs = onAutoLockChanged((next) => {
      minutes = next;
      arm();
    });
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true });
    return () => {
      live = false;
      clearTimeout(timer);
      stopPrefs();
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity);
    };
  }, [on]);
}
