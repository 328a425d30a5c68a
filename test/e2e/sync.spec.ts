import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createFsSyncFolder } from '../../electron/main/sync-folder';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  KEY,
  appendToEntry,
  computer,
  preservedBodies,
  setUp,
  syncNow,
  writeNote,
} from './sync-helpers';

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
