import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../shared/ipc/contract';

/**
 * The main process entry, wired against a mocked `electron` module: the real binary cannot run
 * here, so this proves what the entry asks Electron to do.
 */
const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const windows: { options: Record<string, unknown>; url?: string }[] = [];
  class BrowserWindow {
    options: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      (this as { url?: string }).url = url;
      return Promise.resolve();
    }
    static getAllWindows = () => windows;
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  return {
    listeners,
    windows,
    module: {
      app: {
        isPackaged: true,
        requestSingleInstanceLock: vi.fn(() => true),
        whenReady: vi.fn(() => Promise.resolve()),
        on: (name: string, fn: (...args: unknown[]) => void) => {
          listeners.set(name, [...(listeners.get(name) ?? []), fn]);
        },
        quit: vi.fn(),
        getName: () => 'Grove',
        getVersion: () => '0.1.0',
        getPath: () => '/tmp/grove',
      },
      BrowserWindow,
      dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      ipcMain: { handle: vi.fn() },
      nativeTheme: { shouldUseDarkColors: false },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: { defaultSession: session },
      shell: { openExternal: vi.fn() },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

beforeAll(async () => {
  await import('../../../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
});

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

  it('takes the single-instance lock', () => {
    expect(electron.module.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.listeners.has('second-instance')).toBe(true);
  });

  it('creates the window with the secure options and loads the app protocol, not file://', () => {
    expect(electron.windows).toHaveLength(1);
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

  it('denies permissions and hardens every web contents', () => {
    expect(electron.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.listeners.has('web-contents-created')).toBe(true);
  });

  it('registers a handler for every IPC channel', () => {
    const channels = electron.module.ipcMain.handle.mock.calls.map((call) => call[0]);
    expect(channels.sort()).toEqual(Object.values(IPC).sort());
  });
});
