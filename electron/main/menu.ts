import type { MenuItemConstructorOptions } from 'electron';
import { ENTRY_KIND_INFO } from '../../shared/domain/entry-kinds';
import { MENU_ENTRY_KINDS, type MenuCommand } from '../../shared/ipc/menu-commands';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and DevTools appear only in development. */
  isDev: boolean;
  /** Routes a command to the renderer (focusing the window first). */
  send: (command: MenuCommand) => void;
}

/**
 * Accelerators for entry kinds: the two used daily get their own; the rest are one click away in
 * File › New Entry. The Ctrl/Cmd digits match the renderer's sidebar shortcuts.
 */
const NEW_ENTRY_ACCELERATORS: Partial<Record<string, string>> = {
  note: 'CmdOrCtrl+N',
  daily: 'CmdOrCtrl+Shift+N',
};

/** Keys `renderer/src/app/useGlobalShortcuts.ts` handles in the page. */
export const RENDERER_SHORTCUTS = new Set([
  'CmdOrCtrl+1',
  'CmdOrCtrl+2',
  'CmdOrCtrl+3',
  'CmdOrCtrl+4',
  'CmdOrCtrl+N',
  'CmdOrCtrl+Shift+L',
]);

/**
 * The application menu as data: the usual roles (so copy, paste, undo, zoom and window handling
 * feel native on every platform) plus Grove's own commands. macOS gets the app menu and Window
 * conventions; Windows and Linux get File › Quit and Help › About.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, appName, isDev, send } = options;
  const mac = platform === 'darwin';
  const command = (
    label: string,
    id: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    id,
    ...(accelerator ? { accelerator } : {}),
    // The renderer already handles these keys itself (web mode needs them too): show them in
    // the menu, but do not let the menu act on the same key press a second time.
    ...(accelerator && RENDERER_SHORTCUTS.has(accelerator) ? { registerAccelerator: false } : {}),
    click: () => send(id),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      command('Settings…', 'go:settings', 'Cmd+,'),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'New Entry',
        submenu: MENU_ENTRY_KINDS.map((kind) =>
          command(ENTRY_KIND_INFO[kind].label, `new-entry:${kind}`, NEW_ENTRY_ACCELERATORS[kind]),
        ),
      },
      { type: 'separator' },
      command('Export…', 'export', 'CmdOrCtrl+Shift+E'),
      command('Back Up Now…', 'backup', 'CmdOrCtrl+Shift+B'),
      { type: 'separator' },
      // Does something only while encryption is on; the renderer also handles the key itself.
      command('Lock Grove', 'lock', 'CmdOrCtrl+Shift+L'),
      { type: 'separator' },
      ...(mac
        ? [{ role: 'close' } as const]
        : [
            command('Settings', 'go:settings', 'Ctrl+,'),
            { type: 'separator' } as const,
            { role: 'quit' } as const,
          ]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Search…', 'search', 'CmdOrCtrl+Shift+F'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDev
        ? [
            { role: 'reload' } as const,
            { role: 'forceReload' } as const,
            { role: 'toggleDevTools' } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const goMenu: MenuItemConstructorOptions = {
    label: '&Go',
    submenu: [
      command('Today', 'go:today', 'CmdOrCtrl+1'),
      command('Journal', 'go:journal', 'CmdOrCtrl+2'),
      command('Objectives', 'go:objectives', 'CmdOrCtrl+3'),
      command('1:1s', 'go:one-on-ones', 'CmdOrCtrl+4'),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: '&Window',
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ role: 'about', label: `About ${appName}` }],
  };

  return mac
    ? [appMenu, fileMenu, editMenu, viewMenu, goMenu, windowMenu]
    : [fileMenu, editMenu, viewMenu, goMenu, windowMenu, helpMenu];
}
