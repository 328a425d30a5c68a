import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { IPC_EVENTS } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/menu-commands';
import { ok } from '../../shared/util/result';
import { CONTENT_SECURITY_POLICY } from './csp';
import { backupIpcHandlers } from './backups';
import {
  openFilesWithDialog,
  openFileWithDialog,
  saveFileWithDialog,
  type FileDialogs,
  type ShowOpenMany,
} from './files';
import { registerIpcHandlers, type IpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { watchSystemLock } from './power';
import { POWER_EVENTS } from '../../shared/ipc/power';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from './protocol';
import {
  denyAllPermissions,
  hardenWebContents,
  isExternalLinkAllowed,
  trustedOrigins,
} from './security';
import { createReminderNotifier, ReminderScheduler } from './reminders';
import { mainWindowOptions } from './window';
import { SYNC_EVENTS } from '../../shared/ipc/sync';
import { nodeWatch, SYNC_SETTINGS_FILE, SyncFolderWatcher, syncIpcHandlers } from './sync-folder';
import {
  fitToDisplays,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  WINDOW_STATE_FILE,
} from './window-state';

const isDev = !app.isPackaged;
// An empty variable counts as unset: never `loadURL('')`.
const devServerUrl = (isDev && process.env['ELECTRON_RENDERER_URL']) || undefined;
const origins = trustedOrigins(devServerUrl);
const log = (message: string) => console.warn(`[grove] ${message}`);

// Every renderer sandboxed, even one created by a future code path that forgets the option.
app.enableSandbox();

// Must happen before `ready`: a standard, secure scheme gets its own origin, so IndexedDB works and
// the renderer is never a `file://` page with access to the whole disk.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

async function createWindow(): Promise<BrowserWindow> {
  const preload = path.join(__dirname, '../preload/index.js');
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const saved = await loadWindowState(stateFile);
  const state = fitToDisplays(
    saved,
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea),
  );
  const options = mainWindowOptions(preload, isDev, state.bounds);
  options.backgroundColor = nativeTheme.shouldUseDarkColors ? '#161815' : '#f7f6f2';
  const win = new BrowserWindow(options);
  if (state.maximized) win.maximize();
  trackWindowState(win, (next) => saveWindowState(stateFile, next), log);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return win;
}

let opening: Promise<BrowserWindow> | null = null;

/** The one main window, created once even when asked for twice while it is being created. */
function ensureWindow(): Promise<BrowserWindow> {
  if (mainWindow) return Promise.resolve(mainWindow);
  opening ??= createWindow().then((win) => {
    mainWindow = win;
    opening = null;
    return win;
  });
  return opening;
}

/** Brings the window forward (re-creating it on macOS after it was closed), then runs `then`. */
async function withFocusedWindow(then: (win: BrowserWindow) => void): Promise<void> {
  const win = await ensureWindow();
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  // A freshly created window has no renderer listening yet: wait for it to load.
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', () => then(win));
  else then(win);
}

function sendMenuCommand(command: MenuCommand): void {
  void withFocusedWindow((win) => win.webContents.send(IPC_EVENTS.menuCommand, command));
}

const reminders = new ReminderScheduler<ReturnType<typeof setTimeout>>({
  now: () => new Date(),
  setTimer: (fire, delay) => setTimeout(fire, delay),
  clearTimer: (timer) => clearTimeout(timer),
  notify: createReminderNotifier(
    (options) => new Notification(options),
    () => Notification.isSupported(),
    () => sendMenuCommand('go:today'),
    log,
  ),
});

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

/** Import from other apps: the open dialog with several files allowed. */
function showOpenManyFor(getWindow: () => BrowserWindow | null): ShowOpenMany {
  return async ({ filters, multiple }) => {
    const win = getWindow();
    const props: Electron.OpenDialogOptions = {
      filters,
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    };
    const result = win
      ? await dialog.showOpenDialog(win, props)
      : await dialog.showOpenDialog(props);
    return result.canceled ? [] : result.filePaths;
  };
}
// Sync through a folder: tell the renderer when the folder changes.
const syncWatcher = new SyncFolderWatcher(
  {
    watch: nodeWatch,
    setInterval: (fn, ms) => setInterval(fn, ms),
    clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  },
  () => mainWindow?.webContents.send(SYNC_EVENTS.changed),
);

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
    'grove:file:open-many': (request) =>
      openFilesWithDialog(
        request,
        showOpenManyFor(() => mainWindow),
      ),
    // Automatic backups
    ...backupIpcHandlers({
      dir: path.join(app.getPath('userData'), 'backups'),
      reveal: async (dir) => (await shell.openPath(dir)) === '',
    }),

    /* desktop shell: menus and reminders */
    'grove:reminder:set': ({ time }) => ok({ nextAt: reminders.set(time)?.toISOString() ?? null }),

    // Sync through a folder
    ...syncIpcHandlers({
      settingsFile: path.join(app.getPath('userData'), SYNC_SETTINGS_FILE),
      watcher: syncWatcher,
      chooseFolder: async () => {
        const props: Electron.OpenDialogOptions = {
          title: 'Choose the folder to sync through',
          buttonLabel: 'Sync through this folder',
          properties: ['openDirectory', 'createDirectory'],
        };
        const result = mainWindow
          ? await dialog.showOpenDialog(mainWindow, props)
          : await dialog.showOpenDialog(props);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
    }),
  };
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch brings this one forward (re-opening the window on macOS if it was closed).
  app.on('second-instance', () => {
    if (app.isReady()) void withFocusedWindow(() => undefined);
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
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          appName: app.getName(),
          isDev,
          send: sendMenuCommand,
        }),
      ),
    );
    powerMonitor.on('resume', () => reminders.reschedule());
    // Screen lock or sleep locks Grove too; without a window there is nothing to lock.
    watchSystemLock(powerMonitor, (event) =>
      mainWindow?.webContents.send(POWER_EVENTS.systemLock, event),
    );
    void ensureWindow();

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void ensureWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
