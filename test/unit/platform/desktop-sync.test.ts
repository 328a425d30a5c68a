import { describe, expect, it, vi } from 'vitest';
import type { GroveBridge } from '../../../shared/ipc/contract';
import { desktopPlatform } from '../../../renderer/src/platform/desktop';
import { PlatformError } from '../../../renderer/src/platform/platform';

const base = (): GroveBridge => ({
  appInfo: vi.fn(),
  saveFile: vi.fn(),
  openFile: vi.fn(),
  openFiles: vi.fn(),
  backupWrite: vi.fn(),
  backupList: vi.fn(),
  backupRead: vi.fn(),
  backupReveal: vi.fn(),
  setReminder: vi.fn(),
  onMenuCommand: () => () => undefined,
});

describe('the desktop platform’s sync folder', () => {
  it('is absent when the shell offers no sync (an older shell or a stand-in)', () => {
    expect(desktopPlatform(base()).syncFolder).toBeNull();
  });

  it('reaches the folder through the bridge and turns failures into PlatformErrors', async () => {
    let changed: (() => void) | null = null;
    const bridge: GroveBridge = {
      ...base(),
      syncChoose: vi.fn(async () => ({ ok: true as const, value: { chosen: false as const } })),
      syncStatus: vi.fn(async () => ({ ok: true as const, value: { folder: '/s/Grove Sync' } })),
      syncForget: vi.fn(async () => ({ ok: true as const, value: { folder: null } })),
      syncList: vi.fn(async () => ({ ok: true as const, value: ['keys.json'] })),
      syncRead: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'io' as const, message: 'Could not read a file in the sync folder' },
      })),
      syncWrite: vi.fn(async () => ({ ok: true as const, value: { written: true as const } })),
      syncRemove: vi.fn(async () => ({ ok: true as const, value: { removed: true } })),
      onSyncFolderChanged: (listener) => {
        changed = listener;
        return () => {
          changed = null;
        };
      },
    };
    const sync = desktopPlatform(bridge).syncFolder!;
    expect(await sync.status()).toEqual({ folder: '/s/Grove Sync' });
    expect(await sync.folder.list()).toEqual(['keys.json']);
    await sync.folder.write('keys.json', '{}');
    expect(bridge.syncWrite).toHaveBeenCalledWith({ path: 'keys.json', content: '{}' });
    await expect(sync.folder.read('keys.json')).rejects.toBeInstanceOf(PlatformError);
    const listener = vi.fn();
    const stop = sync.onChanged(listener);
    changed!();
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    expect(changed).toBeNull();
  });
});
