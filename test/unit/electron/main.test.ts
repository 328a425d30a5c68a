import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC, IPC_EVENTS } from '../../../shared/ipc/contract';

/**
 * The main process entry, wired against a mocked `electron` module: the real binary cannot run
 * here, so this proves what the entry asks Electron to do.
 */
const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    options: Record<string, unknown>;
    url?: string;
    maximized = false;
    focused = 0;
    sent: unknown[][] = [];
    webContents = {
      isLoading: () => false,
      once: vi.fn(),
      send: (...args: unknown[]) => this.sent.push(args),
    };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    once() {}
    on() {}
    maximize() {
      this.maximized = true;
    }
    isMinimized = () => false;
    restore() {}
    show() {}
    focus() {
      this.focused++;
    }
    getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
    isMaximized = () => this.maximized;
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    static getAllWindows = () => windows;
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1050 } };
  return {
    listeners,
    windows,
    module: {
      app: {
        isPackaged: true,
        isReady: () => true,
        enableSandbox: vi.fn(),
        requestSingleInstanceLock: vi.fn(() => true),
        whenReady: vi.fn(() => Promise.resolve()),
        on: (name: string, fn: (...args: unknown[]) => void) => {
          listeners.set(name, [...(listeners.get(name) ?? []), fn]);
        },
        quit: vi.fn(),
        getName: () => 'Grove',
        getVersion: () => '0.1.0',
        getPath: (_name: string): string => '',
      },
      BrowserWindow: FakeWindow,
      dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      ipcMain: { handle: vi.fn() },
      Menu: {
        buildFromTemplate: vi.fn((template: unknown) => ({ template })),
        setApplicationMenu: vi.fn(),
      },
      nativeTheme: { shouldUseDarkColors: false },
      Notification: Object.assign(vi.fn(), { isSupported: () => true }),
      powerMonitor: { on: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
      session: { defaultSession: session },
      shell: { openExternal: vi.fn() },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

beforeAll(async () => {
  const userData = mkdtempSync(path.join(tmpdir(), 'grove-main-'));
  electron.module.app.getPath = () => userData;
  writeFileSync(
    path.join(userData, 'window-state.json'),
    JSON.stringify({ bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true }),
  );
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
});

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const handlerFor = (channel: string) =>
  electron.module.ipcMain.handle.mock.calls.find((call) => call[0] === channel)![1] as Handler;
const appEvent = () => {
  const mainFrame = { url: 'app://grove/index.html', parent: null };
  return { senderFrame: mainFrame, sender: { mainFrame } };
};

describe('main process entry', () => {
  it('registers app:// as a secure standard scheme before ready', () => {
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('sandboxes every renderer, not only the main window', () => {
    expect(electron.module.app.enableSandbox).toHaveBeenCalled();
  });

  it('takes the single-instance lock, and a second launch focuses the window', async () => {
    expect(electron.module.app.requestSingleInstanceLock).toHaveBeenCalled();
    const before = electron.windows[0]!.focused;
    for (const listener of electron.listeners.get('second-instance') ?? []) listener();
    await vi.waitFor(() => expect(electron.windows[0]!.focused).toBe(before + 1));
    expect(electron.windows).toHaveLength(1);
  });

  it('creates the window with the secure options and loads the app protocol, not file://', () => {
    const win = electron.windows[0]!;
    expect(win.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(win.url).toBe('app://grove/index.html');
  });

  it('restores the remembered size, position and maximised state', () => {
    const win = electron.windows[0]!;
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
    expect(win.maximized).toBe(true);
  });

  it('denies permissions and hardens every web contents', () => {
    expect(electron.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.listeners.has('web-contents-created')).toBe(true);
  });

  it('registers a handler for every IPC channel', () => {
    const channels = electron.module.ipcMain.handle.mock.calls.map((call) => call[0]);
    expect(channels.sort()).toEqual(Object.values(IPC).sort());
  });

  it('installs the application menu, whose commands reach the renderer', () => {
    expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalled();
    const template = electron.module.Menu.buildFromTemplate.mock.calls[0]![0] as {
      submenu?: { id?: string; click?: () => void }[];
    }[];
    const today = template.flatMap((menu) => menu.submenu ?? []).find((i) => i.id === 'go:today');
    today!.click!();
    return vi.waitFor(() =>
      expect(electron.windows[0]!.sent).toContainEqual([IPC_EVENTS.menuCommand, 'go:today']),
    );
  });

  it('schedules the daily reminder the renderer asks for, and refuses a malformed one', async () => {
    const set = handlerFor(IPC.setReminder);
    const scheduled = (await set(appEvent(), { time: '08:30' })) as {
      ok: true;
      value: { nextAt: string };
    };
    expect(scheduled.ok).toBe(true);
    const next = new Date(scheduled.value.nextAt);
    expect([next.getHours(), next.getMinutes()]).toEqual([8, 30]);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(await set(appEvent(), { time: null })).toEqual({ ok: true, value: { nextAt: null } });
    expect(await set(appEvent(), { time: 'soon' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(electron.module.powerMonitor.on).toHaveBeenCalledWith('resume', expect.any(Function));
  });
});
