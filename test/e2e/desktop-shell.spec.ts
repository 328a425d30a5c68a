import type { Page } from '@playwright/test';
import type { GroveBridge } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/menu-commands';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

/**
 * The renderer's side of the desktop shell, in Chromium: a stand-in for the preload bridge
 * (`window.grove`, the only thing the real preload exposes) records what the app asks of the main
 * process and lets the test play the native menu. The main process side is unit-tested.
 */
async function installDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const reminders: unknown[] = [];
    const backups: { reason: string }[] = [];
    let menuListener: ((command: MenuCommand) => void) | null = null;
    w['__reminders'] = reminders;
    w['__backups'] = backups;
    w['__menu'] = (command: MenuCommand) => menuListener?.(command);
    // Typed against the real contract: a channel added to GroveBridge and missing here fails to
    // compile, so these tests never run against an incomplete shell.
    const bridge: GroveBridge = {
      appInfo: async () => ({
        ok: true,
        value: {
          name: 'Grove',
          version: '0.1.0',
          platform: 'desktop',
          os: 'linux',
          dataPath: '/home/ada/.config/Grove',
        },
      }),
      saveFile: async () => ({ ok: true, value: { saved: false } }),
      openFile: async () => ({ ok: true, value: { opened: false } }),
      openFiles: async () => ({ ok: true, value: { opened: false } }),
      backupWrite: async (request) => {
        backups.push({ reason: request.reason });
        const fileName = `grove-backup-2026-11-22T10-00-00-000Z-${request.reason}.json`;
        return { ok: true, value: { fileName, removed: [] } };
      },
      backupList: async () => ({ ok: true, value: [] }),
      backupRead: async () => ({
        ok: false,
        error: { code: 'io', message: 'No automatic backups in this test.' },
      }),
      backupReveal: async () => ({ ok: true, value: { revealed: true } }),
      setReminder: async (request) => {
        reminders.push(request);
        return { ok: true, value: { nextAt: null } };
      },
      onMenuCommand: (listener) => {
        menuListener = listener;
        return () => {
          menuListener = null;
        };
      },
    };
    w['grove'] = bridge;
  });
}

const backupReasons = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __backups: { reason: string }[] }).__backups.map((b) => b.reason),
  );
const reminders = (page: Page) =>
  page.evaluate(() => (window as unknown as { __reminders: unknown[] }).__reminders);
const menu = (page: Page, command: unknown) =>
  page.evaluate((c) => (window as unknown as { __menu: (c: unknown) => void }).__menu(c), command);

test.describe('desktop shell', () => {
  test.beforeEach(async ({ page }) => installDesktopBridge(page));

  test('native menu commands open their screens; an unknown command does nothing', async ({
    page,
  }) => {
    await page.goto('/#/today');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Good/);
    await menu(page, 'new-entry:win');
    await expect(page).toHaveURL(/#\/write\/win(\/|$)/);
    await expect(page.getByRole('heading', { level: 1, name: 'Win' })).toBeVisible();
    await menu(page, 'go:objectives');
    await expect(page).toHaveURL(/#\/objectives$/);
    await menu(page, 'go:https://evil.example');
    await menu(page, { command: 'go:today' });
    await expect(page).toHaveURL(/#\/objectives$/);
    await menu(page, 'go:today');
    await expect(page).toHaveURL(/#\/today$/);
  });

  test('a journal with something in it gets its daily automatic backup at start', async ({
    page,
  }) => {
    await page.goto('/#/write/note');
    await expect(page).toHaveURL(/\/write\/note\/[0-9a-f-]{36}$/);
    await page.getByLabel('Title').fill('Worth a backup');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await page.reload();
    // The stand-in shell has no backups yet: the start-up check writes one, with no warning.
    await expect.poll(() => backupReasons(page)).toEqual(['daily']);
  });

  test('the daily reminder is set in Settings, survives a reload and reaches the shell', async ({
    page,
  }) => {
    await page.goto('/#/settings');
    const toggle = page.getByRole('checkbox', { name: 'Remind me to reflect every day' });
    const time = page.getByLabel('Reminder time');
    await expect(toggle).not.toBeChecked();
    // At start-up the shell is told the stored setting: none.
    await expect.poll(() => reminders(page)).toEqual([{ time: null }]);

    await toggle.click();
    await expect(toggle).toBeChecked();
    await expect(page.getByText('A notification at 20:00 each day')).toBeVisible();
    await time.fill('07:45');
    await expect(page.getByText('A notification at 07:45 each day')).toBeVisible();
    await expect
      .poll(() => reminders(page))
      .toEqual([{ time: null }, { time: '20:00' }, { time: '07:45' }]);

    await page.reload();
    await expect(toggle).toBeChecked();
    await expect(time).toHaveValue('07:45');
    await expect.poll(() => reminders(page)).toEqual([{ time: '07:45' }]);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expectNoAxeViolations(page);
      await page
        .getByRole('region', { name: 'Daily reminder' })
        .screenshot({ path: `test-results/screens/settings-reminder-${scheme}.png` });
    }
    await screenshot(page, 'settings-desktop');

    await toggle.click();
    await expect(page.getByText('Off. Pick a time and turn it on above.')).toBeVisible();
    await expect.poll(() => reminders(page)).toEqual([{ time: '07:45' }, { time: null }]);
    await expect(time).toHaveValue('07:45');
  });
});

test('web mode says reminders are a desktop feature and offers no control', async ({ page }) => {
  await page.goto('/#/settings');
  const section = page.getByRole('region', { name: 'Daily reminder' });
  await expect(section).toContainText('Reminders come with the desktop app');
  await expect(section.getByRole('checkbox')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await section.screenshot({ path: 'test-results/screens/settings-reminder-web.png' });
});
