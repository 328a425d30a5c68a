import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createFsSyncFolder } from '../../electron/main/sync-folder';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Two computers, in Chromium: two browser contexts (two separate IndexedDBs), each with a
 * stand-in for the desktop bridge whose sync calls reach a real temporary folder through
 * Node's file system (the main process's own folder code, paths checked). The app lock does
 * not exist yet, so both pages get the same test data key (builds made with `--mode e2e`).
 */
const KEY = Array.from({ length: 32 }, (_, i) => (i * 7 + 3) % 256);

async function computer(
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

async function setUp(page: Page): Promise<void> {
  await page.goto('/#/settings');
  const panel = page.getByRole('region', { name: 'Sync' });
  await panel.getByRole('button', { name: 'Sync through a folder…' }).click();
  await expect(panel.getByRole('button', { name: 'Sync now' })).toBeVisible();
  await expect(panel.getByText('Syncing now…')).toHaveCount(0);
}

async function syncNow(page: Page): Promise<void> {
  await page.goto('/#/settings');
  const panel = page.getByRole('region', { name: 'Sync' });
  const button = panel.getByRole('button', { name: 'Sync now' });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(button).toBeEnabled();
  await expect(panel.getByText('None — everything is in the folder')).toBeVisible();
}

async function writeNote(page: Page, title: string, body: string): Promise<string> {
  await page.goto('/#/write/note');
  await expect(page).toHaveURL(/\/write\/note\/[0-9a-f-]{36}$/);
  const id = /([0-9a-f-]{36})$/.exec(page.url())![1]!;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Entry text').fill(body);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  return id;
}

async function appendToEntry(page: Page, id: string, text: string): Promise<void> {
  await page.goto(`/#/write/note/${id}`);
  const editor = page.getByLabel('Entry text');
  await expect(editor).toContainText('Monday');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

/** Text kept in the entry's history because it lost a concurrent edit. */
function preservedBodies(page: Page, id: string): Promise<string[]> {
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

test.describe('sync through a folder, two computers', () => {
  let base: string;
  test.beforeEach(async () => {
    base = await fs.mkdtemp(path.join(os.tmpdir(), 'grove-e2e-sync-'));
  });
  test.afterEach(async () => {
    await fs.rm(base, { recursive: true, force: true });
  });

  test('write on one, see it on the other; edit both at once and no words are lost', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const root = path.join(base, 'Grove Sync');
    const laptopContext = await browser.newContext();
    const desktopContext = await browser.newContext();
    const laptop = await computer(laptopContext, root, 'darwin');
    const desktop = await computer(desktopContext, root, 'linux');

    await setUp(laptop);
    const id = await writeNote(laptop, 'Week notes', 'Monday: shipped the onboarding flow.');
    await syncNow(laptop);
    // Nothing readable reaches the folder.
    for (const file of await createFsSyncFolder(root).list()) {
      expect(await fs.readFile(path.join(root, file), 'utf8')).not.toMatch(/onboarding|Week notes/);
    }

    await setUp(desktop);
    await desktop.goto('/#/journal');
    await expect(desktop.getByRole('link', { name: /Week notes/ })).toBeVisible();
    const panel = desktop.getByRole('region', { name: 'Sync' });
    await desktop.goto('/#/settings');
    await expect(panel.getByText(/Mac/)).toBeVisible();

    // Both edit the same entry before either syncs.
    await appendToEntry(laptop, id, ' Alpha: paired with Sam on the retro.');
    await appendToEntry(desktop, id, ' Beta: wrote the design doc.');
    await syncNow(laptop);
    await syncNow(desktop);
    await syncNow(laptop);

    const bodyOn = async (page: Page) => {
      await page.goto(`/#/write/note/${id}`);
      return page.getByLabel('Entry text').innerText();
    };
    const laptopBody = await bodyOn(laptop);
    expect(await bodyOn(desktop)).toBe(laptopBody);
    const kept = [...(await preservedBodies(laptop, id)), laptopBody];
    const keptDesktop = [...(await preservedBodies(desktop, id)), laptopBody];
    for (const words of ['Alpha: paired with Sam', 'Beta: wrote the design doc']) {
      expect(kept.join('\n')).toContain(words);
      expect(keptDesktop.join('\n')).toContain(words);
    }

    // The folder changing is enough: the shell's event makes the other computer sync.
    await writeNote(desktop, 'From the desktop', 'Tuesday: planned the quarter.');
    await syncNow(desktop);
    await laptop.goto('/#/journal');
    await laptop.evaluate(() =>
      (window as unknown as { __syncFolderChanged: () => void }).__syncFolderChanged(),
    );
    await expect(laptop.getByRole('link', { name: /From the desktop/ })).toBeVisible();

    for (const scheme of ['light', 'dark'] as const) {
      await laptop.emulateMedia({ colorScheme: scheme });
      await laptop.goto('/#/settings');
      const region = laptop.getByRole('region', { name: 'Sync' });
      await expect(region.getByText('Other computers')).toBeVisible();
      await expectNoAxeViolations(laptop);
      await region.screenshot({ path: `test-results/screens/settings-sync-${scheme}.png` });
    }
    await laptopContext.close();
    await desktopContext.close();
  });

  test('a computer holding another key is told why, and nothing is applied', async ({
    browser,
  }) => {
    const root = path.join(base, 'Grove Sync');
    const mine = await browser.newContext();
    const stranger = await browser.newContext();
    const laptop = await computer(mine, root, 'darwin');
    const other = await computer(
      stranger,
      root,
      'linux',
      KEY.map((b) => (b + 1) % 256),
    );
    await setUp(laptop);
    await writeNote(laptop, 'Private plans', 'Only for me.');
    await syncNow(laptop);

    await other.goto('/#/settings');
    const panel = other.getByRole('region', { name: 'Sync' });
    await panel.getByRole('button', { name: 'Sync through a folder…' }).click();
    await expect(panel.getByRole('alert')).toContainText('does not open the sync folder');
    await expect(panel.getByRole('button', { name: 'Sync through a folder…' })).toBeVisible();
    await other.goto('/#/journal');
    await expect(other.getByRole('link', { name: /Private plans/ })).toHaveCount(0);
    for (const scheme of ['light', 'dark'] as const) {
      await other.emulateMedia({ colorScheme: scheme });
      await other.goto('/#/settings');
      await panel.getByRole('button', { name: 'Sync through a folder…' }).click();
      await expect(panel.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(other);
      await panel.screenshot({
        path: `test-results/screens/settings-sync-wrong-key-${scheme}.png`,
      });
    }
    await mine.close();
    await stranger.close();
  });

  test('without the passphrase lock, the panel says sync needs it and offers only joining', async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await computer(context, path.join(base, 'Grove Sync'), 'linux', null);
    await page.goto('/#/settings');
    const panel = page.getByRole('region', { name: 'Sync' });
    await expect(panel).toContainText('Sync needs the passphrase lock');
    await expect(panel.getByRole('button')).toHaveCount(1);
    // Joining a folder whose key file holds no lock slots (this suite's stand-in key) is refused
    // in plain words, and nothing is set up.
    await panel.getByRole('button', { name: 'Join a folder another computer set up…' }).click();
    await panel.getByLabel('Passphrase of the computer that set it up').fill('not the one');
    await panel.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(panel.getByRole('alert')).toContainText('holds no Grove sync');
    await expect(panel).toContainText('Sync needs the passphrase lock');
    await expectNoAxeViolations(page);
    await panel.screenshot({ path: `test-results/screens/settings-sync-join-refused.png` });
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel.getByRole('button')).toHaveCount(1);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(page);
      await panel.screenshot({ path: `test-results/screens/settings-sync-no-lock-${scheme}.png` });
    }
    await context.close();
  });
});

test('web mode says sync is a desktop feature and offers no control', async ({ page }) => {
  await page.goto('/#/settings');
  const section = page.getByRole('region', { name: 'Sync' });
  await expect(section).toContainText('Sync between your computers is a desktop feature');
  await expect(section.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await section.screenshot({ path: 'test-results/screens/settings-sync-web.png' });
});
