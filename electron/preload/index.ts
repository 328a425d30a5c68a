import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, IPC, type GroveBridge } from '../../shared/ipc/contract';

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
} satisfies GroveBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
