import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEBOUNCE_MS,
  RESCAN_MS,
  SyncFolderWatcher,
  createFsSyncFolder,
  resolveInside,
  syncIpcHandlers,
  syncRootFor,
} from '../../../electron/main/sync-folder';
import { dispatchIpc, type IpcHandlers } from '../../../electron/main/ipc';
import { IPC } from '../../../shared/ipc/contract';

vi.mock('electron', () => ({}));

const DEVICE = '0a7c1e52-3d4b-4c8e-9f10-2b3c4d5e6f70';
let base: string;
let root: string;
beforeEach(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'grove-sync-folder-'));
  root = path.join(base, 'Grove Sync');
  await fs.mkdir(root);
});
afterEach(async () => {
  await fs.rm(base, { recursive: true, force: true });
});

describe('paths inside the sync folder', () => {
  it('resolves plain relative paths and refuses anything that could leave the folder', () => {
    expect(resolveInside(root, 'keys.json')).toBe(path.join(root, 'keys.json'));
    expect(resolveInside(root, `devices/${DEVICE}/seg-000001.jsonl`)).toBe(
      path.join(root, 'devices', DEVICE, 'seg-000001.jsonl'),
    );
    for (const bad of [
      '../outside.json',
      'devices/../../outside',
      '/etc/passwd',
      'C:/Windows/win.ini',
      'devices\\..\\x',
      'a//b',
      './keys.json',
      '',
      'nul\0byte',
    ]) {
      expect(resolveInside(root, bad), bad).toBeNull();
    }
  });

  it('puts Grove Sync inside the chosen folder, unless that folder is Grove Sync itself', () => {
    expect(syncRootFor('/home/ada/Dropbox')).toBe(path.join('/home/ada/Dropbox', 'Grove Sync'));
    expect(syncRootFor('/home/ada/Dropbox/Grove Sync')).toBe('/home/ada/Dropbox/Grove Sync');
  });

  it('writes only Grove’s own file names, atomically, and removes only own segments', async () => {
    const folder = createFsSyncFolder(root);
    await folder.write(`devices/${DEVICE}/seg-000001.jsonl`, 'one\n');
    expect(await folder.read(`devices/${DEVICE}/seg-000001.jsonl`)).toBe('one\n');
    // No temporary file is left beside it.
    expect(await fs.readdir(path.join(root, 'devices', DEVICE))).toEqual(['seg-000001.jsonl']);
    await expect(folder.write('notes.txt', 'x')).rejects.toThrow(/not a file Grove writes/);
    await expect(folder.write('../escape.json', 'x')).rejects.toThrow();
    await expect(folder.remove('keys.json')).rejects.toThrow(/not a file Grove removes/);
    await folder.remove(`devices/${DEVICE}/seg-000001.jsonl`);
    expect(await folder.read(`devices/${DEVICE}/seg-000001.jsonl`)).toBeNull();
    await expect(fs.stat(path.join(base, 'escape.json'))).rejects.toThrow();
  });

  it('never follows a symbolic link out of the folder', async () => {
    const outside = path.join(base, 'outside');
    await fs.mkdir(outside);
    await fs.writeFile(path.join(outside, 'secret.txt'), 'secret');
    await fs.mkdir(path.join(root, 'devices'));
    await fs.symlink(outside, path.join(root, 'devices', DEVICE));
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(root, 'keys.json'));
    const folder = createFsSyncFolder(root);
    expect(await folder.list()).toEqual([]);
    await expect(folder.read(`devices/${DEVICE}/secret.txt`)).rejects.toThrow(/not inside/);
    await expect(folder.write(`devices/${DEVICE}/device.json`, '{}')).rejects.toThrow(/not inside/);
    expect(await folder.read('keys.json')).toBeNull();
    expect(await fs.readdir(outside)).toEqual(['secret.txt']);
  });

  it('lists files three levels deep, a missing folder as empty', async () => {
    const folder = createFsSyncFolder(root);
    await folder.write('grove-sync.json', '{}');
    await folder.write(`devices/${DEVICE}/device.json`, '{}');
    await fs.mkdir(path.join(root, 'devices', DEVICE, 'deeper'));
    await fs.writeFile(path.join(root, 'devices', DEVICE, 'deeper', 'x.jsonl'), '');
    expect(await folder.list()).toEqual([`devices/${DEVICE}/device.json`, 'grove-sync.json']);
    expect(await createFsSyncFolder(path.join(base, 'missing')).list()).toEqual([]);
  });
});

describe('watching the folder', () => {
  it('debounces bursts of file events and rescans periodically', () => {
    vi.useFakeTimers();
    try {
      let fire: () => void = () => undefined;
      const close = vi.fn();
      const notify = vi.fn();
      const watcher = new SyncFolderWatcher(
        {
          watch: (_root, onChange) => {
            fire = onChange;
            return { close };
          },
          setInterval: (fn, ms) => setInterval(fn, ms),
          clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
          setTimeout: (fn, ms) => setTimeout(fn, ms),
          clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
        },
        notify,
      );
      watcher.start(root);
      fire();
      fire();
      fire();
      vi.advanceTimersByTime(DEBOUNCE_MS);
      expect(notify).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(RESCAN_MS);
      expect(notify).toHaveBeenCalledTimes(2);
      watcher.stop();
      expect(close).toHaveBeenCalled();
      vi.advanceTimersByTime(RESCAN_MS * 3);
      expect(notify).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('sync IPC handlers', () => {
  const watcher = { start: vi.fn(), stop: vi.fn() };
  const sender = {
    senderFrame: { url: 'app://grove/index.html', parent: null },
    sender: { mainFrame: null as unknown },
  };
  sender.sender.mainFrame = sender.senderFrame;

  it('remembers the folder chosen in the native dialog and works only inside it', async () => {
    const settingsFile = path.join(base, 'userData', 'sync-folder.json');
    const chosen = path.join(base, 'Dropbox');
    await fs.mkdir(chosen);
    const handlers = syncIpcHandlers({ settingsFile, chooseFolder: async () => chosen, watcher });
    expect(await handlers['grove:sync:list']()).toMatchObject({ ok: false });
    const result = await handlers['grove:sync:choose']();
    expect(result).toEqual({
      ok: true,
      value: { chosen: true, folder: path.join(chosen, 'Grove Sync') },
    });
    expect(watcher.start).toHaveBeenCalledWith(path.join(chosen, 'Grove Sync'));
    await handlers['grove:sync:write']({ path: 'keys.json', content: '{}' });
    expect(await fs.readFile(path.join(chosen, 'Grove Sync', 'keys.json'), 'utf8')).toBe('{}');

    // A fresh start reads the remembered folder.
    const again = syncIpcHandlers({ settingsFile, chooseFolder: async () => null, watcher });
    expect(await again['grove:sync:status']()).toEqual({
      ok: true,
      value: { folder: path.join(chosen, 'Grove Sync') },
    });
    expect(await again['grove:sync:list']()).toEqual({ ok: true, value: ['keys.json'] });
    expect(await again['grove:sync:choose']()).toEqual({ ok: true, value: { chosen: false } });
    expect(await again['grove:sync:forget']()).toEqual({ ok: true, value: { folder: null } });
    expect(watcher.stop).toHaveBeenCalled();
  });

  it('refuses, before any handler runs, paths and names outside Grove’s own files', async () => {
    const all = {
      'grove:sync:write': vi.fn(),
      'grove:sync:read': vi.fn(),
      'grove:sync:remove': vi.fn(),
    };
    const handlers = all as unknown as IpcHandlers;
    const logger = { warn: vi.fn() };
    const origins = ['app://grove'];
    const bad: [string, unknown[]][] = [
      [IPC.syncWrite, [{ path: '../../.bashrc', content: 'x' }]],
      [IPC.syncWrite, [{ path: 'notes.txt', content: 'x' }]],
      [IPC.syncWrite, [{ path: 'keys.json', content: 'x', extra: 1 }]],
      [IPC.syncRead, ['../secret']],
      [IPC.syncRead, ['/etc/passwd']],
      [IPC.syncRead, ['a/b/c/d']],
      [IPC.syncRemove, ['keys.json']],
      [IPC.syncRemove, [`devices/${DEVICE}/../../keys.json`]],
    ];
    for (const [channel, args] of bad) {
      const result = await dispatchIpc(
        channel as typeof IPC.syncWrite,
        sender as never,
        args,
        handlers,
        origins,
        logger,
      );
      expect(result, `${channel} ${JSON.stringify(args)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
    for (const fn of Object.values(all)) expect(fn).not.toHaveBeenCalled();
  });
});
