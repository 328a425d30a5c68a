import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { Page } from '@playwright/test';
import { BACKUP_VERSION } from '../../shared/formats/backup';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

// Playwright runs from the repository root.
const ROOT = process.cwd();
const FIXTURE = path.join(ROOT, 'test/fixtures/backups/v1.json');
const PRIVATE_ENTRY_ID = '4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b7c8';

// Each test is a whole user flow with several accessibility scans: more than the default 30 s on a
// busy two-core machine.
test.describe.configure({ timeout: 90_000 });

async function chooseFile(
  page: Page,
  button: string,
  file: string | { name: string; buffer: Buffer },
) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (
    await chooser
  ).setFiles(
    typeof file === 'string'
      ? file
      : { name: file.name, mimeType: 'application/json', buffer: file.buffer },
  );
}

async function restore(page: Page, file: string) {
  await chooseFile(page, 'Restore from a backup…', file);
  await expect(page.getByText(/is a valid Grove backup/)).toBeVisible();
  await page.getByRole('button', { name: 'Replace my journal with this backup' }).click();
  await expect(page.locator('.import-panel--done').getByText(/^Restored from/)).toBeVisible();
}

test('a coach summary shows only what is shared and validates against the published schema', async ({
  page,
}, info) => {
  await page.goto('/#/export');
  await restore(page, FIXTURE);

  await page.getByRole('link', { name: 'Prepare a summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary for a coach' })).toBeVisible();
  await page.getByLabel('From', { exact: true }).fill('2026-10-01');
  await page.getByLabel('To', { exact: true }).fill('2026-10-31');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('First meetup talk')).toBeVisible();
  await expect(preview.getByText('Speak at two internal meetups')).toBeVisible();
  await expect(preview).not.toContainText('A private day');
  await expect(preview).not.toContainText('This stays on my machine');
  await expectNoAxeViolations(page);
  await screenshot(page, 'export-coach-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await screenshot(page, 'export-coach-dark');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save JSON' }).click();
  const file = info.outputPath('summary.json');
  await (await download).saveAs(file);
  const text = readFileSync(file, 'utf8');
  const summary = JSON.parse(text) as { format: string; entries: { id: string }[] };
  const schema = JSON.parse(
    readFileSync(path.join(ROOT, 'shared/schemas/grove.coach-summary.v1.schema.json'), 'utf8'),
  ) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
    schema,
  );
  expect(validate(summary), JSON.stringify(validate.errors)).toBe(true);
  expect(summary.format).toBe('grove.coach-summary');
  expect(summary.entries).toHaveLength(1);
  expect(text).not.toContain(PRIVATE_ENTRY_ID);
  expect(text).not.toContain('This stays on my machine');

  // The year-in-review figures join only when asked for: counts and tables, no private words.
  const figures = preview.getByRole('table', { name: 'Year-in-review figures' });
  await expect(figures).toHaveCount(0);
  await page.getByLabel('Include the year-in-review figures for this period').check();
  await expect(figures.getByRole('row', { name: 'Entries 2 on 2 days' })).toBeVisible();
  await expect(figures.getByRole('row', { name: 'Wins 1' })).toBeVisible();
  await expect(figures.getByRole('row', { name: 'Lessons applied 0' })).toBeVisible();
  const tags = preview.getByRole('table', { name: 'Top tags of the shared entries' });
  await expect(tags.getByRole('row', { name: '#speaking 1' })).toBeVisible();
  const mood = preview.getByRole('table', { name: 'Mean mood by month' });
  await expect(mood.getByRole('row', { name: /3\.5 \/ 5 2$/ })).toBeVisible();
  await expect(preview).not.toContainText('A private day');
  await expectNoAxeViolations(page);
  await screenshot(page, 'export-coach-year-review-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page);
  await screenshot(page, 'export-coach-year-review-light');
  await page.emulateMedia({ colorScheme: 'dark' });

  // Grove opens the summary again, read-only, as a report.
  await page.getByRole('link', { name: 'Export & backup' }).first().click();
  await chooseFile(page, 'Open a coach summary…', file);
  await expect(page.getByText(/read-only/)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: /Sam Rivera — progress summary/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'export-open-summary-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await screenshot(page, 'export-open-summary-light');
});

test('back up, clear, restore: the same journal; bad files change nothing', async ({
  page,
}, info) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/#/write/note');
  await page.getByLabel('Title').fill('Kept safe <script>alert(1)</script>');
  await page.getByLabel('Entry text').fill('Backups are a kindness to my future self.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.goto('/#/export');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const backupFile = info.outputPath('backup.json');
  await (await download).saveAs(backupFile);
  expect(JSON.parse(readFileSync(backupFile, 'utf8'))).toMatchObject({
    format: 'grove.backup',
    version: BACKUP_VERSION,
  });

  // Bad files: each refused with a message naming the problem.
  const notJson = { name: 'notes.json', buffer: Buffer.from('Dear diary') };
  await chooseFile(page, 'Restore from a backup…', notJson);
  await expect(page.getByRole('alert')).toContainText('notes.json: The file is not JSON');
  await screenshot(page, 'export-bad-file-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await screenshot(page, 'export-bad-file-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.locator('#main').getByRole('button', { name: 'Dismiss' }).click();
  const truncated = { name: 'cut.json', buffer: readFileSync(backupFile).subarray(0, 200) };
  await chooseFile(page, 'Merge a backup…', truncated);
  await expect(page.getByRole('alert')).toContainText('truncated JSON');
  await page.locator('#main').getByRole('button', { name: 'Dismiss' }).click();
  const summaryFile = info.outputPath('coach.json');
  writeFileSync(summaryFile, JSON.stringify({ format: 'grove.coach-summary', version: 1 }));
  await chooseFile(page, 'Restore from a backup…', summaryFile);
  await expect(page.getByRole('alert')).toContainText('coach summary, not a backup');

  // Clear the journal: Dexie closes its connection when another tab deletes the database.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('grove');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('delete failed'));
      }),
  );
  await page.goto('/#/today');
  await page.reload();
  await expect(page.getByText('Nothing written yet today.')).toBeVisible();

  await page.goto('/#/export');
  await chooseFile(page, 'Restore from a backup…', backupFile);
  await expect(page.getByRole('row', { name: /Journal entries 1/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'export-confirm-restore-light');
  await page.getByRole('button', { name: 'Replace my journal with this backup' }).click();
  await expect(page.locator('.import-panel--done').getByText(/^Restored from/)).toBeVisible();

  await page.getByRole('link', { name: 'Today', exact: true }).first().click();
  const card = page.getByRole('link', { name: /Kept safe <script>/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Backups are a kindness');
  expect(dialogs).toBe(0);
});
