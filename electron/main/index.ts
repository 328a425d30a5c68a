import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  nativeTheme,
  protocol,
  session,
  shell,
} from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ok } from '../../shared/util/result';
import { CONTENT_SECURITY_POLICY } from './csp';
import { backupIpcHandlers } from './backups';
import { openFileWithDialog, saveFileWithDialog, type FileDialogs } from './files';
import { registerIpcHandlers, type IpcHandlers } from './ipc';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from './protocol';
import {
  denyAllPermissions,
  hardenWebContents,
  isExternalLinkAllowed,
  trustedOrigins,
} from './security';
import { mainWindowOptions } from './window';

const isDev = !app.isPackaged;
const devServerUrl = isDev ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const origins = trustedOrigins(devServerUrl);
const log = (message: string) => console.warn(`[grove] ${message}`);

// Must happen before `ready`: a standard, secure scheme gets its own origin, so IndexedDB works and
// the renderer is never a `file://` page with access to the whole disk.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const preload = path.join(__dirname, '../preload/index.js');
  const options = mainWindowOptions(preload, isDev);
  options.backgroundColor = nativeTheme.shouldUseDarkColors ? '#161815' : '#f7f6f2';
  const win = new BrowserWindow(options);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return win;
}

function dialogsFor(getWindow: () => BrowserWindow | null): FileDialogs {
  return {
    async showSave({ defaultPath, filters }) {
      const win = getWindow();
      const result = win
        ? await dialog.showSaveDialog(win, { defaultPath, filters })
        : await dialog.showSaveDialog({ defaultPath, filters });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showOpen({ filters }) {
      const win = getWindow();
      const props: Electron.OpenDialogOptions = { filters, properties: ['openFile'] };
      const result = win
        ? await dialog.showOpenDialog(win, props)
        : await dialog.showOpenDialog(props);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

function ipcHandlers(): IpcHandlers {
  const dialogs = dialogsFor(() => mainWindow);
  return {
    'grove:app:info': () =>
      ok({
        name: app.getName(),
        version: app.getVersion(),
        platform: 'desktop',
        os: process.platform,
        dataPath: app.getPath('userData'),
      }),
    'grove:file:save': (request) => saveFileWithDialog(request, dialogs, app.getPath('documents')),
    'grove:file:open': (request) => openFileWithDialog(request, dialogs),
    // Automatic backups (issue 6)
    ...backupIpcHandlers({
      dir: path.join(app.getPath('userData'), 'backups'),
      reveal: async (dir) => (await shell.openPath(dir)) === '',
    }),
  };
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      origins,
      log,
      openExternal: (url) => {
        if (isExternalLinkAllowed(url)) void shell.openExternal(url);
      },
    });
  });

  void app.whenReady().then(() => {
    const rendererRoot = path.join(__dirname, '../renderer');
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(rendererRoot, CONTENT_SECURITY_POLICY, (file) => fs.readFile(file)),
    );
    denyAllPermissions(session.defaultSession);
    registerIpcHandlers(ipcMain, ipcHandlers(), origins, { warn: log });
    mainWindow = createWindow();

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
