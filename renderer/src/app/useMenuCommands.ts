import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { isActionCommand, routeForCommand } from '../../../shared/ipc/menu-commands';
import { platform } from '../platform';

/** Follows the native menu (desktop): each command opens its screen. Web mode never emits. */
export function useMenuCommands(): void {
  const [, navigate] = useLocation();
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        // Action commands (lock) are handled where they live (privacy/useLockTriggers.ts).
        if (!isActionCommand(command)) navigate(routeForCommand(command));
      }),
    [navigate],
  );
}
