import { chromium, type BrowserContext } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium.mts';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PASSPHRASE, saved, turnOnEncryption, unlock, writeNote } from './privacy-helpers';

const BASE_URL = `http://127.0.0.1:${process.env['E2E_PORT'] ?? 4174}`;

/** Every file under `dir` that holds `word` as UTF-8/Latin-1 or UTF-16 bytes. */
function filesContaining(dir: string, word: string): string[] {
  const needles = [Buffer.from(word, 'utf8'), Buffer.from(word, 'utf16le')];
  const hits: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = path.join(at, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) {
        const bytes = readFileSync(full);
        if (needles.some((needle) => bytes.includes(needle))) hits.push(path.relative(dir, full));
      }
    }
  };
  walk(dir);
  return hits;
}

async function persistentProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
    headless: true,
    baseURL: BASE_URL,
  });
}

/**
 * Writes a marker word into a real on-disk profile — an entry saved through the editor (so it
 * also passes through the write-ahead log in localStorage) and searched for (so the in-memory
 * index holds it) — closes the browser, and lists the profile files that contain the word.
 */
async function markerOnDisk(encrypt: boolean, marker: string): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'grove-profile-'));
  try {
    const context = await persistentProfile(dir);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/#/today');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (encrypt) await turnOnEncryption(page);
    await writeNote(page, `Title ${marker}`, `The body holds ${marker} twice: ${marker}.`);
    await page.keyboard.press('Control+k');
    await page.getByLabel('Search your journal').fill(marker.slice(0, 8));
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link')).toHaveCount(
      1,
    );
    await context.close();
    return filesContaining(dir, marker);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('nothing readable on disk', () => {
  test.describe.configure({ timeout: 90_000 });

  test('with encryption off the marker is in the profile folder (the check can fail)', async () => {
    const hits = await markerOnDisk(false, `plainquokka${Date.now()}`);
    expect(hits.length).toBeGreaterThan(0);
  });

  test('with encryption on no file of the profile folder holds the marker', async () => {
    const hits = await markerOnDisk(true, `sealedquokka${Date.now()}`);
    expect(hits).toEqual([]);
  });
});

test('lock hides every entry and search finds nothing until unlock; a wrong passphrase is refused', async ({
  page,
}) => {
  await page.goto('/#/today');
  await turnOnEncryption(page);
  await writeNote(page, 'Pelican notes', 'Lockmarker pelican paragraph.');
  await page.goto('/#/search');
  await page.getByLabel('Search your journal').fill('pelican');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link')).toHaveCount(1);

  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Grove is locked' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/pelican/i);
  await expect(page.getByLabel('Search your journal')).toHaveCount(0);
  // Going anywhere while locked shows the lock screen, never the journal.
  await page.goto('/#/journal');
  await expect(page.getByRole('heading', { name: 'Grove is locked' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/pelican/i);
  await expectNoAxeViolations(page);

  await unlock(page, 'not my passphrase at all');
  await expect(page.getByRole('alert')).toContainText('That passphrase does not open your journal');
  await unlock(page, PASSPHRASE);
  // Back where the person was, with search working again from the rebuilt in-memory index.
  await expect(page).toHaveURL(/#\/journal$/);
  await page.goto('/#/search');
  await page.getByLabel('Search your journal').fill('pelican');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link')).toHaveCount(1);
});

test('a reload starts locked; forgot the passphrase → recovery key → new passphrase', async ({
  page,
}) => {
  await page.goto('/#/today');
  const recoveryKey = await turnOnEncryption(page, { backup: true });
  await writeNote(page, 'Heron', 'Recovered heron text.');
  const url = page.url();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Grove is locked' })).toBeVisible();
  await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('New passphrase').fill('lantern cobalt meadow rhubarb');
  await page.getByLabel('Type it again').fill('lantern cobalt meadow rhubarb');
  await page.getByRole('button', { name: 'Set passphrase and unlock' }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByLabel('Entry text')).toHaveText('Recovered heron text.');
  await saved(page).catch(() => {});

  await page.reload();
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('does not open');
  await page.reload();
  await unlock(page, 'lantern cobalt meadow rhubarb');
  await expect(page.getByLabel('Entry text')).toHaveText('Recovered heron text.');
});

test('backups: encrypted by default, validated against the schema, a wrong key changes nothing, the right one restores', async ({
  page,
}, info) => {
  await page.goto('/#/today');
  await turnOnEncryption(page);
  await writeNote(page, 'Kestrel', 'Backupmarker kestrel text.');
  await page.goto('/#/export');
  await expect(
    page.getByText('Encrypted: your passphrase or recovery key opens it.'),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now (encrypted)' }).click();
  const file = info.outputPath('backup.json');
  await (await download).saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text).not.toContain('Backupmarker');
  const schema = JSON.parse(
    readFileSync(path.resolve('shared/schemas/grove.backup.encrypted.v1.schema.json'), 'utf8'),
  ) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
    schema,
  );
  expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);

  // Change the journal, then restore: a wrong key is refused and the journal is as it was.
  await writeNote(page, 'Later', 'Written after the backup.');
  await page.goto('/#/export');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(file);
  await page.getByLabel('Passphrase or recovery key').fill('wrong wrong wrong wrong');
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByRole('alert')).toContainText('does not open this backup');
  await page.goto('/#/journal');
  await expect(page.getByRole('link', { name: /Later/ })).toBeVisible();

  await page.goto('/#/export');
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await again).setFiles(file);
  await page.getByLabel('Passphrase or recovery key').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByText(/is a valid Grove backup/)).toBeVisible();
  await page.getByRole('button', { name: 'Replace my journal with this backup' }).click();
  await expect(page.locator('.import-panel--done').getByText(/^Restored from/)).toBeVisible();
  await page.goto('/#/journal');
  await expect(page.getByRole('link', { name: /Kestrel/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Later/ })).toHaveCount(0);
});
