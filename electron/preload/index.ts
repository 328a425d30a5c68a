import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, IPC, IPC_EVENTS, type GroveBridge } from '../../shared/ipc/contract';
import { isMenuCommand } from '../../shared/ipc/menu-commands';
import { isSystemLockEvent, POWER_EVENTS, type PowerBridge } from '../../shared/ipc/power';
import { SYNC_EVENTS } from '../../shared/ipc/sync';

// The renderer gets these named functions and nothing else: never `ipcRenderer` itself, never a
// generic "send to any channel" escape hatch.
const bridge = {
  // app
  appInfo: () => ipcRenderer.invoke(IPC.appInfo),
  // files
  saveFile: (request) => ipcRenderer.invoke(IPC.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IPC.openFile, request),
  openFiles: (request) => ipcRenderer.invoke(IPC.openFiles, request),
  // backups
  backupWrite: (request) => ipcRenderer.invoke(IPC.backupWrite, request),
  backupList: () => ipcRenderer.invoke(IPC.backupList),
  backupRead: (fileName) => ipcRenderer.invoke(IPC.backupRead, fileName),
  backupReveal: () => ipcRenderer.invoke(IPC.backupReveal),
  // reminders
  setReminder: (request) => ipcRenderer.invoke(IPC.setReminder, request),
  // menu
  onMenuCommand: (listener) => {
    // The renderer's listener never sees the event object (it carries `sender`), only a command
    // that is one of the known ids.
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_EVENTS.menuCommand, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENTS.menuCommand, relay);
    };
  },

  /* the machine going unattended */
  onSystemLock: (listener) => {
    const relay = (_event: IpcRendererEvent, payload: unknown) => {
      if (isSystemLockEvent(payload)) listener({ reason: payload.reason });
    };
    ipcRenderer.on(POWER_EVENTS.systemLock, relay);
    return () => {
      ipcRenderer.removeListener(POWER_EVENTS.systemLock, relay);
    };
  },
  // Sync through a folder: relative paths only; the main process checks each.
  syncChoose: () => ipcRenderer.invoke(IPC.syncChoose),
  syncStatus: () => ipcRenderer.invoke(IPC.syncStatus),
  syncForget: () => ipcRenderer.invoke(IPC.syncForget),
  syncList: () => ipcRenderer.invoke(IPC.syncList),
  syncRead: (path) => ipcRenderer.invoke(IPC.syncRead, path),
  syncWrite: (request) => ipcRenderer.invoke(IPC.syncWrite, request),
  syncRemove: (path) => ipcRenderer.invoke(IPC.syncRemove, path),
  onSyncFolderChanged: (listener) => {
    const relay = () => listener();
    ipcRenderer.on(SYNC_EVENTS.changed, relay);
    return () => {
      ipcRenderer.removeListener(SYNC_EVENTS.changed, relay);
    };
  },
} satisfies GroveBridge & PowerBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
