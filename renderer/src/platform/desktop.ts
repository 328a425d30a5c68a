import type { GroveBridge } from '../../../shared/ipc/contract';
import { isMenuCommand } from '../../../shared/ipc/menu-commands';
import { isSystemLockEvent, type PowerBridge } from '../../../shared/ipc/power';
import type { Envelope } from '../../../shared/util/result';
import { PlatformError, type Platform, type SyncFolderAccess } from './platform';

function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new PlatformError(envelope.error.code, envelope.error.message);
}

export function desktopPlatform(bridge: GroveBridge & Partial<PowerBridge>): Platform {
  const onSystemLock = bridge.onSystemLock;
  return {
    kind: 'desktop',
    appInfo: async () => unwrap(await bridge.appInfo()),
    saveFile: async (request) => unwrap(await bridge.saveFile(request)),
    openFile: async (request) => unwrap(await bridge.openFile(request)),
    openFiles: async (request) => unwrap(await bridge.openFiles(request)),
    // Automatic backups
    autoBackups: {
      write: async (content, reason) => unwrap(await bridge.backupWrite({ content, reason })),
      list: async () => unwrap(await bridge.backupList()),
      read: async (fileName) => unwrap(await bridge.backupRead(fileName)),
      reveal: async () => unwrap(await bridge.backupReveal()).revealed,
    },

    /* desktop shell: menus and reminders */
    // Checked again here: the renderer trusts no message from another process on its word.
    onMenuCommand: (listener) =>
      bridge.onMenuCommand((command) => {
        if (isMenuCommand(command)) listener(command);
      }),
    setDailyReminder: async (time) => unwrap(await bridge.setReminder({ time })),
    // Checked again here, like menu commands.
    ...(onSystemLock
      ? {
          onSystemLock: (listener: () => void) =>
            onSystemLock((event) => {
              if (isSystemLockEvent(event)) listener();
            }),
        }
      : {}),
    // Sync through a folder, where the shell offers it.
    syncFolder: syncFolderAccess(bridge),
  };
}

function syncFolderAccess(bridge: GroveBridge): SyncFolderAccess | null {
  const {
    syncChoose,
    syncStatus,
    syncForget,
    syncList,
    syncRead,
    syncWrite,
    syncRemove,
    onSyncFolderChanged,
  } = bridge;
  if (
    !syncChoose ||
    !syncStatus ||
    !syncForget ||
    !syncList ||
    !syncRead ||
    !syncWrite ||
    !syncRemove ||
    !onSyncFolderChanged
  ) {
    return null;
  }
  return {
    choose: async () => unwrap(await syncChoose()),
    status: async () => unwrap(await syncStatus()),
    forget: async () => unwrap(await syncForget()),
    folder: {
      list: async () => unwrap(await syncList()),
      read: async (path) => unwrap(await syncRead(path)),
      write: async (path, content) => {
        unwrap(await syncWrite({ path, content }));
      },
      remove: async (path) => {
        unwrap(await syncRemove(path));
      },
    },
    onChanged: (listener) => onSyncFolderChanged(() => listener()),
  };
}
