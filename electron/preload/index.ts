import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, IPC, IPC_EVENTS, type GroveBridge } from '../../shared/ipc/contract';
import { isMenuCommand } from '../../shared/ipc/menu-commands';
import { SYNC_EVENTS } from '../../shared/ipc/sync';

// The renderer gets these named functions and nothing else: never `ipcRenderer` itself, never a
// generic "send to any channel" escape hatch.
const bridge = {
  appInfo: () => ipcRenderer.invoke(IPC.appInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IPC.openFile, request),
  // Automatic backups (issue 6)
  backupWrite: (request) => ipcRenderer.invoke(IPC.backupWrite, request),
  backupList: () => ipcRenderer.invoke(IPC.backupList),
  backupRead: (fileName) => ipcRenderer.invoke(IPC.backupRead, fileName),
  backupReveal: () => ipcRenderer.invoke(IPC.backupReveal),

  /* desktop shell: menus and reminders */
  setReminder: (request) => ipcRenderer.invoke(IPC.setReminder, request),
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

  // Sync through a folder (issue 17): relative paths only; the main process checks each.
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
} satisfies GroveBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
