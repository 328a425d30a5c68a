import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

/*
 * Import from another app and Markdown export, through the screen, with export files
 * made the way each app makes them (formats cited in test/unit/import/*.test.ts).
 */
test.describe.configure({ timeout: 120_000 });

type Upload = { name: string; mimeType: string; buffer: Buffer };

const dayOneZip = (): Upload => ({
  name: 'Export-Day One.zip',
  mimeType: 'application/zip',
  buffer: Buffer.from(
    zipSync({
      'Journal.json': strToU8(
        JSON.stringify({
          metadata: { version: '1.0' },
          entries: [
            {
              uuid: '81F0F3CA693F484792F76359E9E2ACE8',
              creationDate: '2019-06-01T22:30:00Z',
              timeZone: 'Asia/Tokyo',
              text: '# Harbour walk\n\nA 30\\-minute walk by the harbour\\. Saw the lighthouse\\.\n\n![](dayone-moment://68D729369ED84A8B91B5D348E4592EFE)',
              tags: ['walks'],
              starred: true,
              photos: [
                { identifier: '68D729369ED84A8B91B5D348E4592EFE', md5: 'abc123', type: 'jpeg' },
              ],
            },
            {
              uuid: '1546F37361264E129200B2CA6A885855',
              creationDate: '2019-05-20T08:00:00Z',
              timeZone: 'Europe/London',
              text: 'Hostile? <img src=x onerror="document.title=\'pwned\'"> <script>document.title="pwned"</script> quietly inert',
            },
            { uuid: 'BAD', creationDate: 'someday', text: 'no date' },
          ],
        }),
      ),
      'photos/abc123.jpeg': new Uint8Array([0xff, 0xd8, 0xff]),
    }),
  ),
});

const daylioCsv = (): Upload => ({
  name: 'daylio_export_2021_09_28.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      'full_date,date,weekday,time,mood,activities,note_title,note',
      '2021-09-28,28 September,Tuesday,10:00 pm,rad,"friends | cooking ","Dinner party","Cooked risotto.<br>Everyone stayed late."',
      '2021-09-27,27 September,Monday,8:15 am,sleepy,"work","",""',
    ].join('\n'),
  ),
});

const markdownNotes = (): Upload[] => [
  {
    name: '2024-01-05.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(
      '---\ntags: [learning]\nlocation: Lisbon\n---\n# Kafka deep dive\n\nRead about #partitions today.\n',
    ),
  },
  {
    name: '2024-01-06.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('Quiet Saturday, mostly reading.\n'),
  },
];

async function openImport(page: Page) {
  await page.goto('/#/export');
  await page.getByRole('link', { name: 'Import from another app' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import from another app' }),
  ).toBeVisible();
}

async function choose(page: Page, files: Upload[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Choose (another )?files?…/ }).click();
  await (await chooser).setFiles(files);
}

async function searchFinds(page: Page, word: string, title: string) {
  await page.goto('/#/search');
  await page.getByLabel('Search your journal').fill(word);
  await expect(
    page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: new RegExp(title) }),
  ).toBeVisible();
}

test('Day One: preview, import, find in the journal and by search; importing again adds nothing', async ({
  page,
}) => {
  await openImport(page);
  await expectNoAxeViolations(page);
  await screenshot(page, 'import-start-light');
  await choose(page, [dayOneZip()]);

  await expect(page.getByRole('heading', { name: 'Day One (JSON export)' })).toBeVisible();
  const facts = page.locator('.import-facts');
  await expect(facts).toContainText('Entries2');
  await expect(facts).toContainText('Media left out1');
  // The entry written at 07:30 in Tokyo on 2 June belongs to 2 June.
  await expect(page.locator('.import-sample').filter({ hasText: 'Harbour walk' })).toContainText(
    /Jun(e)? 2, 2019|2 Jun(e)? 2019/,
  );
  await expect(page.locator('.import-sample').filter({ hasText: 'Harbour walk' })).toContainText(
    'A 30-minute walk by the harbour. Saw the lighthouse.',
  );
  await expect(
    page.getByText('Photo from Day One, not imported: photos/abc123.jpeg'),
  ).toBeVisible();
  await expect(page.getByText('skipped: "someday" is not a date')).toBeVisible();
  // Hostile text is shown as text: no element, no script.
  await expect(page.locator('.import-sample img, .import-sample script')).toHaveCount(0);
  await expect(page.locator('.import-sample').filter({ hasText: 'Hostile?' })).toContainText(
    '<img src=x',
  );
  expect(await page.title()).not.toBe('pwned');
  await expectNoAxeViolations(page);
  await screenshot(page, 'import-preview-dayone-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await screenshot(page, 'import-preview-dayone-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByLabel('Import entries as').selectOption('note');
  await page.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(page.getByRole('heading', { name: '2 entries added' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'import-done-light');

  await page.getByRole('link', { name: 'Open the journal' }).click();
  await expect(page.getByRole('link', { name: /Harbour walk/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Harbour walk/ })).toContainText('Free note');
  await searchFinds(page, 'lighthou', 'Harbour walk');
  expect(await page.title()).not.toBe('pwned');

  await openImport(page);
  await choose(page, [dayOneZip()]);
  await page.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing new to add' })).toBeVisible();
  await expect(page.getByText('2 entries were already in your journal')).toBeVisible();
});

test('Daylio: a custom mood is mapped by the person; activities become tags', async ({ page }) => {
  await openImport(page);
  await choose(page, [daylioCsv()]);
  await expect(page.getByRole('heading', { name: 'Daylio (CSV export)' })).toBeVisible();
  const sleepy = page.getByLabel('Grove mood for “sleepy”');
  await expect(sleepy).toHaveValue('');
  await expect(page.getByLabel('Grove mood for “rad”')).toHaveValue('5');
  await sleepy.selectOption('2');
  await expect(page.locator('.import-sample').filter({ hasText: 'Dinner party' })).toContainText(
    'Mood 5/5',
  );
  await expectNoAxeViolations(page);
  await screenshot(page, 'import-preview-daylio-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await screenshot(page, 'import-preview-daylio-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(page.getByRole('heading', { name: '2 entries added' })).toBeVisible();
  await page.getByRole('link', { name: 'Open the journal' }).click();
  const dinner = page.getByRole('link', { name: /Dinner party/ });
  await expect(dinner).toContainText('Mood 5/5');
  await expect(dinner).toContainText('#friends');
  await expect(page.getByRole('link', { name: /Mood 2\/5/ })).toContainText('#work');
  await searchFinds(page, 'risott', 'Dinner party');
});

test('Markdown notes: several files at once; export the journal as Markdown and read the zip', async ({
  page,
}) => {
  await openImport(page);
  await choose(page, markdownNotes());
  await expect(page.getByRole('heading', { name: 'Markdown files' })).toBeVisible();
  await expect(page.locator('.import-facts')).toContainText('Entries2');
  await page.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(page.getByRole('heading', { name: '2 entries added' })).toBeVisible();
  await page.getByRole('link', { name: 'Open the journal' }).click();
  await expect(page.getByRole('link', { name: /Kafka deep dive/ })).toContainText('#learning');
  await searchFinds(page, 'partitio', 'Kafka deep dive');

  await page.goto('/#/export');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Markdown…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^grove-journal-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = unzipSync(new Uint8Array(readFileSync((await file.path())!)));
  const names = Object.keys(zip).map((n) => n.replace(/^Grove journal [\d-]+\//, ''));
  expect(names.sort()).toEqual([
    '2024/01/2024-01-05 Kafka deep dive.md',
    '2024/01/2024-01-06 Daily reflection.md',
    'Grove journal.md',
  ]);
  const kafka = strFromU8(Object.entries(zip).find(([n]) => n.endsWith('Kafka deep dive.md'))![1]);
  expect(kafka).toContain('date: "2024-01-05"');
  expect(kafka).toContain('# Kafka deep dive\n\nRead about #partitions today.');
  expect(kafka).toContain('location: Lisbon');
  await expectNoAxeViolations(page);
  await screenshot(page, 'export-page-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'export-page-dark');
});

test('bad input: a clear message naming the problem and the file, and nothing written', async ({
  page,
}) => {
  await openImport(page);
  await choose(page, [
    { name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') },
  ]);
  await expect(page.getByRole('alert')).toContainText('notes.docx is not a format Grove imports');
  await choose(page, [
    {
      name: 'daylio.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('full_date,mood\n2021-01-01,rad'),
    },
  ]);
  await expect(page.getByRole('alert')).toContainText(
    'daylio.csv is missing the columns "time", "activities", "note"',
  );
  await choose(page, [
    {
      name: 'evil.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zipSync({ '../../2024-01-01.md': strToU8('# Escape') })),
    },
  ]);
  await expect(page.getByRole('alert')).toContainText(
    'evil.zip › ../../2024-01-01.md has a path that climbs out of the zip',
  );
  await expect(page.getByRole('alert')).toContainText('Nothing was imported.');
  await expectNoAxeViolations(page);
  await screenshot(page, 'import-error-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'import-error-dark');
  await page.goto('/#/journal');
  await expect(page.locator('[data-entry-link]')).toHaveCount(0);
});
