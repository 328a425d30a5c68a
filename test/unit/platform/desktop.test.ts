import { describe, expect, it, vi } from 'vitest';
import type { GroveBridge } from '../../../shared/ipc/contract';
import type { MenuCommand } from '../../../shared/ipc/menu-commands';
import { desktopPlatform } from '../../../renderer/src/platform/desktop';
import { PlatformError } from '../../../renderer/src/platform/platform';

function fakeBridge() {
  let relay: ((command: MenuCommand) => void) | null = null;
  const unsubscribe = vi.fn();
  const bridge: GroveBridge = {
    appInfo: vi.fn(),
    saveFile: vi.fn(),
    openFile: vi.fn(),
    openFiles: vi.fn(),
    backupWrite: vi.fn(),
    backupList: vi.fn(),
    backupRead: vi.fn(),
    backupReveal: vi.fn(),
    setReminder: vi.fn(async ({ time }) =>
      time === '08:30'
        ? { ok: true as const, value: { nextAt: '2026-05-11T06:30:00.000Z' } }
        : { ok: false as const, error: { code: 'invalid-payload' as const, message: 'Invalid' } },
    ),
    onMenuCommand: (listener) => {
      relay = listener;
      return unsubscribe;
    },
  };
  return { bridge, unsubscribe, emit: (command: unknown) => relay?.(command as MenuCommand) };
}

describe('desktop platform: menus and reminders', () => {
  it('passes on known menu commands only (checked again on the renderer side)', () => {
    const { bridge, emit, unsubscribe } = fakeBridge();
    const listener = vi.fn();
    const stop = desktopPlatform(bridge).onMenuCommand(listener);
    emit('go:journal');
    emit('go:../../etc');
    emit(7);
    expect(listener.mock.calls).toEqual([['go:journal']]);
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('unwraps the reminder envelope, and turns a refusal into a PlatformError', async () => {
    const { bridge } = fakeBridge();
    const platform = desktopPlatform(bridge);
    expect(await platform.setDailyReminder!('08:30')).toEqual({
      nextAt: '2026-05-11T06:30:00.000Z',
    });
    expect(bridge.setReminder).toHaveBeenCalledWith({ time: '08:30' });
    await expect(platform.setDailyReminder!('99:99')).rejects.toBeInstanceOf(PlatformError);
  });
});
