import { promises as fs } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { createFsSyncFolder } from '../../electron/main/sync-folder';
import { expect } from './fixtures';

/**
 * Two computers, in Chromium: two browser contexts (two separate IndexedDBs), each with a
 * stand-in for the desktop bridge whose sync calls reach a real temporary folder through
 * Node's file system (the main process's own folder code, paths checked). Unless a test passes
 * `key: null` and turns the passphrase lock on itself, both pages get the same test data key in
 * place of the lock's (only builds made with `--mode e2e` read it), to keep Argon2id out of
 * tests that are about syncing rather than about the lock.
 */
export const KEY = Array.from({ length: 32 }, (_, i) => (i * 7 + 3) % 256);

export async function computer(
  context: BrowserContext,
  root: string,
  name: string,
  key: number[] | null = KEY,
): Promise<Page> {
  // What the shell does when the person picks a folder: `Grove Sync` is made inside it.
  await fs.mkdir(root, { recursive: true });
  const folder = createFsSyncFolder(root);
  await context.exposeBinding('__groveSyncFs', async (_source, op: string, arg: unknown) => {
    try {
      switch (op) {
        case 'list':
          return { ok: true, value: await folder.list() };
        case 'read':
          return { ok: true, value: await folder.read(arg as string) };
        case 'write': {
          const { path: p, content } = arg as { path: string; content: string };
          await folder.write(p, content);
          return { ok: true, value: { written: true } };
        }
        case 'remove':
          await folder.remove(arg as string);
          return { ok: true, value: { removed: true } };
        default:
          return { ok: false, error: { code: 'unknown-channel', message: op } };
      }
    } catch (error) {
      return { ok: false, error: { code: 'io', message: (error as Error).message } };
    }
  });
  await context.addInitScript(
    ({ key, root: folderPath, name: os }) => {
      const w = window as unknown as Record<string, unknown>;
      const fsCall = w['__groveSyncFs'] as (op: string, arg?: unknown) => Promise<unknown>;
      let chosen: string | null = localStorage.getItem('test-sync-folder');
      let changed: (() => void) | null = null;
      if (key) w['__groveTestSyncKey'] = key;
      w['__syncFolderChanged'] = () => changed?.();
      w['grove'] = {
        appInfo: async () => ({
          ok: true,
          value: { name: 'Grove', version: '0.1.0', platform: 'desktop', os, dataPath: '/tmp' },
        }),
        saveFile: async () => ({ ok: true, value: { saved: false } }),
        // The shell's automatic backups (kept before joining, say): the test reads what was kept.
        backupWrite: async (request: { content: string; reason: string }) => {
          const kept = (w['__groveBackups'] ??= []) as { content: string; reason: string }[];
          kept.push(request);
          return { ok: true, value: { fileName: `backup-${kept.length}.json`, removed: [] } };
        },
        openFile: async () => ({ ok: true, value: { opened: false } }),
        setReminder: async () => ({ ok: true, value: { nextAt: null } }),
        onMenuCommand: () => () => undefined,
        syncChoose: async () => {
          chosen = folderPath;
          localStorage.setItem('test-sync-folder', folderPath);
          return { ok: true, value: { chosen: true, folder: folderPath } };
        },
        syncStatus: async () => ({ ok: true, value: { folder: chosen } }),
        syncForget: async () => {
          chosen = null;
          localStorage.removeItem('test-sync-folder');
          return { ok: true, value: { folder: null } };
        },
        syncList: () => fsCall('list'),
        syncRead: (p: string) => fsCall('read', p),
        syncWrite: (request: unknown) => fsCall('write', request),
        syncRemove: (p: string) => fsCall('remove', p),
        onSyncFolderChanged: (listener: () => void) => {
          changed = listener;
          return () => {
            changed = null;
          };
        },
      };
    },
    { key, root, name },
  );
  return context.newPage();
}

export async function setUp(page: Page): Promise<void> {
  await page.goto('/#/settings');
  const panel = page.getByRole('region', { name: 'Sync' });
  await panel.getByRole('button', { name: 'Sync through a folder…' }).click();
  await expect(panel.getByRole('button', { name: 'Sync now' })).toBeVisible();
  await expect(panel.getByText('Syncing now…')).toHaveCount(0);
}

export async function syncNow(page: Page): Promise<void> {
  await page.goto('/#/settings');
  const panel = page.getByRole('region', { name: 'Sync' });
  const button = panel.getByRole('button', { name: 'Sync now' });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(button).toBeEnabled();
  await expect(panel.getByText('None — everything is in the folder')).toBeVisible();
}

export async function writeNote(page: Page, title: string, body: string): Promise<string> {
  await page.goto('/#/write/note');
  await expect(page).toHaveURL(/\/write\/note\/[0-9a-f-]{36}$/);
  const id = /([0-9a-f-]{36})$/.exec(page.url())![1]!;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Entry text').fill(body);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  return id;
}

export async function appendToEntry(page: Page, id: string, text: string): Promise<void> {
  await page.goto(`/#/write/note/${id}`);
  const editor = page.getByLabel('Entry text');
  await expect(editor).toContainText('Monday');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

/** Text kept in the entry's history because it lost a concurrent edit. */
export function preservedBodies(page: Page, id: string): Promise<string[]> {
  return page.evaluate(
    (recordId) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('grove');
        open.onerror = () => reject(new Error('cannot open'));
        open.onsuccess = () => {
          const req = open.result.transaction('entryHistory').objectStore('entryHistory').getAll();
          req.onsuccess = () =>
            resolve(
              (req.result as { entryId: string; reason: string; body: string }[])
                .filter((r) => r.entryId === recordId && r.reason === 'conflict')
                .map((r) => r.body),
            );
        };
      }),
    id,
  );
}
