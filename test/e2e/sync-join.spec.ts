import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PASSPHRASE, turnOnEncryption, unlock } from './privacy-helpers';
import { computer, setUp, syncNow, writeNote } from './sync-helpers';

/**
 * The whole way a second computer comes in, as a person does it: the first computer locks its
 * journal with a passphrase and syncs through a folder; the second, with a journal of its own and
 * no lock, joins that folder with the same passphrase. Afterwards both hold both journals, the
 * second is locked by the first's passphrase, and the folder holds nothing readable.
 */
test('a second computer joins with the passphrase: both journals meet, and it is locked by it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'grove-e2e-join-'));
  const root = path.join(base, 'Grove Sync');
  const laptopContext = await browser.newContext();
  const desktopContext = await browser.newContext();
  try {
    const laptop = await computer(laptopContext, root, 'darwin', null);
    const desktop = await computer(desktopContext, root, 'linux', null);

    await turnOnEncryption(laptop);
    await setUp(laptop);
    await writeNote(laptop, 'Laptop plans', 'Ask Sam about the staff role.');
    await syncNow(laptop);
    for (const file of await fs.readdir(root, { recursive: true })) {
      const full = path.join(root, file);
      if ((await fs.stat(full)).isFile())
        expect(await fs.readFile(full, 'utf8')).not.toMatch(/staff role|Laptop plans/);
    }

    // The desktop has written something of its own before it joins.
    await writeNote(desktop, 'Desktop retro', 'The demo went well.');
    await desktop.goto('/#/settings');
    const panel = desktop.getByRole('region', { name: 'Sync' });
    await panel.getByRole('button', { name: 'Join a folder another computer set up…' }).click();
    await panel.getByLabel('Passphrase of the computer that set it up').fill(PASSPHRASE);
    for (const scheme of ['light', 'dark'] as const) {
      await desktop.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(desktop);
      await panel.screenshot({ path: `test-results/screens/settings-sync-join-${scheme}.png` });
    }
    await desktop.emulateMedia({ colorScheme: 'light' });
    await panel.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(panel.getByRole('button', { name: 'Sync now' })).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByRole('alert')).toHaveCount(0);
    // Before its journal was re-keyed, the desktop kept a backup — sealed like everything else.
    const backups = await desktop.evaluate(
      () =>
        (window as unknown as { __groveBackups?: { content: string; reason: string }[] })
          .__groveBackups ?? [],
    );
    expect(backups.map((b) => JSON.parse(b.content).format)).toContain('grove.backup.encrypted');
    expect(backups.map((b) => b.content).join('')).not.toContain('The demo went well.');

    // The laptop's entry is on the desktop, and the desktop's own reaches the laptop.
    await desktop.goto('/#/journal');
    await expect(desktop.getByRole('link', { name: /Laptop plans/ })).toBeVisible();
    await expect(desktop.getByRole('link', { name: /Desktop retro/ })).toBeVisible();
    await syncNow(desktop);
    await syncNow(laptop);
    await laptop.goto('/#/journal');
    await expect(laptop.getByRole('link', { name: /Desktop retro/ })).toBeVisible();

    // The desktop is now locked by the laptop's passphrase: a reload asks for it.
    await desktop.reload();
    await expect(desktop.getByRole('button', { name: 'Unlock' })).toBeVisible();
    await unlock(desktop);
    await desktop.goto('/#/journal');
    await expect(desktop.getByRole('link', { name: /Laptop plans/ })).toBeVisible();
  } finally {
    await laptopContext.close();
    await desktopContext.close();
    await fs.rm(base, { recursive: true, force: true });
  }
});
