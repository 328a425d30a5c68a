import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const PASSPHRASE = 'marmalade glacier trombone orbit';

export async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

export async function writeNote(page: Page, title: string, body: string): Promise<void> {
  await page.goto('/#/write/note');
  await expect(page).toHaveURL(/\/write\/note\/[0-9a-f-]{36}$/);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Entry text').fill(body);
  await saved(page);
}

/**
 * Settings › Privacy › turn on, as a person does it: passphrase twice, the recovery key (read off
 * the screen and returned), confirm, then in web mode encrypt with or without the offered backup.
 */
export async function turnOnEncryption(
  page: Page,
  options: { backup?: boolean; shots?: (name: string) => Promise<void> } = {},
): Promise<string> {
  const shot = options.shots ?? (async () => {});
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Lock Grove with a passphrase…' }).click();
  await page.getByLabel('New passphrase').fill('grove1234');
  await expect(page.getByText(/Too easy to guess|Too short/)).toBeVisible();
  await shot('privacy-weak-passphrase');
  await page.getByLabel('New passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await expect(page.getByText(/^(Strong|Very strong)\./)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible();
  await shot('privacy-recovery-key');
  const label = await page.locator('.recovery-key').getAttribute('aria-label');
  const recoveryKey = label!.replace('Recovery key: ', '').trim().split(' ').join('-');
  const encrypt = page.getByRole('button', { name: 'Encrypt my journal' });
  await expect(encrypt).toBeDisabled();
  await page.getByLabel('I have saved my recovery key somewhere safe.').check();
  await encrypt.click();
  // In web mode Grove offers a backup download first; the desktop app keeps one by itself.
  const backUpFirst = page.getByRole('heading', { name: 'Back up first' });
  await expect(backUpFirst.or(page.locator('.pill--ok'))).toBeVisible();
  const offered = await backUpFirst.isVisible();
  if (offered && options.backup) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download backup and encrypt' }).click();
    await (await download).path();
  } else if (offered) {
    await page.getByRole('button', { name: 'Encrypt without a backup' }).click();
  }
  await expect(page.locator('.pill--ok')).toHaveText('Encrypted');
  await expect(page.locator('.conversion')).toHaveCount(0);
  return recoveryKey;
}

export async function unlock(page: Page, passphrase: string = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
