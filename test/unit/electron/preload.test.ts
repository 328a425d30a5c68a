import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, IPC, IPC_EVENTS, type GroveBridge } from '../../../shared/ipc/contract';
import { POWER_EVENTS, type PowerBridge } from '../../../shared/ipc/power';

/** The preload against a mocked `electron`: what the renderer is given, and nothing more. */
const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const exposed: Record<string, unknown> = {};
  return {
    listeners,
    exposed,
    module: {
      contextBridge: {
        exposeInMainWorld: (key: string, api: unknown) => {
          exposed[key] = api;
        },
      },
      ipcRenderer: {
        invoke: vi.fn(async () => ({ ok: true, value: null })),
        on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => {
          listeners.set(channel, [...(listeners.get(channel) ?? []), fn]);
        },
        removeListener: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => {
          listeners.set(
            channel,
            (listeners.get(channel) ?? []).filter((l) => l !== fn),
          );
        },
      },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

let bridge: GroveBridge;
beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = electron.exposed[BRIDGE_KEY] as GroveBridge;
});

const emit = (command: unknown) => {
  for (const listener of electron.listeners.get(IPC_EVENTS.menuCommand) ?? [])
    listener({ sender: 'ipcRenderer' }, command);
};

describe('preload bridge: system lock', () => {
  it('passes on only valid system-lock events, without the event object', () => {
    const listener = vi.fn();
    const unsubscribe = (bridge as unknown as PowerBridge).onSystemLock(listener);
    const send = (payload: unknown) => {
      for (const fn of electron.listeners.get(POWER_EVENTS.systemLock) ?? [])
        fn({ sender: 'ipcRenderer' }, payload);
    };
    send({ reason: 'lock-screen' });
    send({ reason: 'reboot' });
    send('suspend');
    send({ reason: 'suspend', sender: 'x' });
    expect(listener.mock.calls).toEqual([[{ reason: 'lock-screen' }]]);
    unsubscribe();
    send({ reason: 'suspend' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('preload bridge', () => {
  it('exposes only named functions, never ipcRenderer', () => {
    expect(Object.keys(electron.exposed)).toEqual([BRIDGE_KEY]);
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'appInfo',
        'backupList',
        'backupRead',
        'backupReveal',
        'backupWrite',
        'onMenuCommand',
        'onSystemLock',
        'openFile',
        'openFiles',
        'saveFile',
        'setReminder',
        // Sync through a folder
        'syncChoose',
        'syncStatus',
        'syncForget',
        'syncList',
        'syncRead',
        'syncWrite',
        'syncRemove',
        'onSyncFolderChanged',
      ].sort(),
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends each request on its own contract channel', async () => {
    await bridge.setReminder({ time: '08:30' });
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith(IPC.setReminder, {
      time: '08:30',
    });
    await bridge.appInfo();
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith(IPC.appInfo);
  });

  it('passes on menu commands it knows, drops anything else, and hides the event object', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    emit('go:today');
    emit('new-entry:win');
    emit('go:https://evil.example');
    emit({ command: 'go:today' });
    emit(undefined);
    expect(listener.mock.calls).toEqual([['go:today'], ['new-entry:win']]);
    unsubscribe();
    emit('go:today');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(electron.listeners.get(IPC_EVENTS.menuCommand)).toEqual([]);
  });
});
