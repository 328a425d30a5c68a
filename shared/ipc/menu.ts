import type { MenuCommand } from './menu-commands';

/**
 * The native menu: main → renderer events only. The renderer listens; it cannot send on these.
 * The commands themselves are in `menu-commands.ts`.
 */
export const MENU_EVENTS = {
  menuCommand: 'grove:menu:command',
} as const;

export interface MenuBridge {
  /** Commands from the native menu (already validated); returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
