import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

// Playwright runs from the repository root.
const FIXTURE = path.join(process.cwd(), 'test/fixtures/backups/v1.json');

test.describe.configure({ timeout: 150_000 });

async function chooseFile(page: Page, button: string, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

/**
 * Drops a file on the window as a person would drag it from their file manager. Resolves whether
 * the app prevented the browser's own handling (which would navigate away to the file).
 */
async function dropFile(page: Page, name: string, text: string): Promise<boolean> {
  return page.evaluate(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      const init = { dataTransfer: data, bubbles: true, cancelable: true };
      document.body.dispatchEvent(new DragEvent('dragover', init));
      const drop = new DragEvent('drop', init);
      document.body.dispatchEvent(drop);
      return drop.defaultPrevented;
    },
    { name, text },
  );
}

/** Entries in the app's IndexedDB, read directly: proof that nothing was written. */
const countEntries = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('grove');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('entries').objectStore('entries').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );

async function shots(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page);
    await screenshot(page, `${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a coach answers the summary web page in another browser; the answers come back as linked feedback', async ({
  page,
  browser,
}, info) => {
  // Person A: a journal, and a summary saved as a web page.
  await page.goto('/#/export');
  await chooseFile(page, 'Restore from a backup…', FIXTURE);
  await page.getByRole('button', { name: 'Replace my journal with this backup' }).click();
  await expect(page.locator('.import-panel--done').getByText(/^Restored from/)).toBeVisible();
  await page.getByRole('link', { name: 'Prepare a summary' }).click();
  await page.getByLabel('From', { exact: true }).fill('2026-10-01');
  await page.getByLabel('To', { exact: true }).fill('2026-10-31');
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText('First meetup talk');
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save web page' }).click();
  const summaryPage = info.outputPath('summary.html');
  await (await saved).saveAs(summaryPage);

  // The coach: a second, unrelated browser profile opens the file itself.
  const coach = await browser.newContext({ acceptDownloads: true });
  const coachPage = await coach.newPage();
  const coachErrors: string[] = [];
  const requests: string[] = [];
  coachPage.on('console', (m) => m.type() === 'error' && coachErrors.push(m.text()));
  coachPage.on('pageerror', (e) => coachErrors.push(e.message));
  coachPage.on('request', (r) => requests.push(r.url()));
  await coachPage.goto(pathToFileURL(summaryPage).href);
  await expect(
    coachPage.getByRole('heading', { level: 2, name: /^Respond to Sam Rivera/ }),
  ).toBeVisible();

  await coachPage.getByLabel('Your name').fill('Dana Coach');
  await coachPage
    .getByRole('textbox', { name: 'Your comment on the objective “Speak at two internal meetups”' })
    .fill('Pair with a senior speaker for the second talk.');
  await coachPage
    .getByRole('combobox', { name: 'Mark on the objective “Speak at two internal meetups”' })
    .selectOption('try-this');
  const entryComment = coachPage.getByRole('textbox', {
    name: /Your comment on the entry .*First meetup talk/,
  });
  await entryComment.fill('Great opening story. <script>alert(1)</script>');
  await coachPage
    .getByRole('combobox', { name: /Mark on the entry .*First meetup talk/ })
    .selectOption('keep-doing');
  await expect(coachPage.getByRole('status')).toHaveText('Draft kept in this browser.');

  // Closing and opening the page again: the draft is still there.
  await coachPage.reload();
  await expect(coachPage.getByRole('status')).toHaveText(
    'Your draft was restored from this browser.',
  );
  await expect(entryComment).toHaveValue('Great opening story. <script>alert(1)</script>');
  await expect(coachPage.getByLabel('Your name')).toHaveValue('Dana Coach');
  await coachPage.setViewportSize({ width: 1000, height: 2400 });
  await shots(coachPage, 'coach-standalone-page');

  const responseSaved = coachPage.waitForEvent('download');
  await coachPage.getByRole('button', { name: 'Save response' }).click();
  const responseFile = info.outputPath('response.json');
  const download = await responseSaved;
  expect(download.suggestedFilename()).toBe('grove-coach-response-2026-10-01-to-2026-10-31.json');
  await download.saveAs(responseFile);
  await expect(coachPage.getByRole('status')).toContainText('Send this file to Sam Rivera');

  // The page's own CSP lets only its script run: an injected one is refused.
  expect(
    await coachPage.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
      return (window as unknown as { injected?: boolean }).injected ?? false;
    }),
  ).toBe(false);
  // …and that refusal is the only error the page ever showed (no style or other refusals).
  expect(coachErrors).toEqual([
    expect.stringMatching(/inline script violates .*Content Security Policy/),
  ]);
  // Nothing was loaded from anywhere but the file itself (and the download it made).
  expect(requests.filter((url) => !/^(file|blob):/.test(url))).toEqual([]);
  await coach.close();

  // Person A takes the response in from Export & backup.
  await page.goto('/#/export');
  await chooseFile(page, 'Take in a coach response…', responseFile);
  const preview = page.getByRole('region', { name: 'Response to take in' });
  await expect(preview).toContainText('Dana Coach responded on');
  const items = preview.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Speak at two internal meetups');
  await expect(items.nth(0)).toContainText('Try this');
  await expect(items.nth(0)).toContainText('Pair with a senior speaker');
  await expect(items.nth(1)).toContainText('First meetup talk');
  await expect(items.nth(1)).toContainText('<script>alert(1)</script>');
  await page.setViewportSize({ width: 1200, height: 1600 });
  await shots(page, 'coach-response-preview');
  await page.getByRole('button', { name: 'Add 2 as feedback entries' }).click();
  const done = page.locator('.import-panel--done');
  await expect(done).toContainText('Added 2 feedback entries');
  await shots(page, 'coach-response-imported');

  // Both are "Feedback received" from the coach, linked to the objective, marked by a tag.
  await done.getByRole('link', { name: 'Coach feedback: Speak at two internal meetups' }).click();
  await expect(page.getByLabel('From whom?')).toHaveValue('Dana Coach');
  await page.setViewportSize({ width: 1200, height: 1400 });
  await shots(page, 'coach-feedback-entry');
  await page.goto('/#/export');

  // Importing the same response twice adds nothing — here by dropping it on the window.
  expect(await dropFile(page, 'response.json', readFileSync(responseFile, 'utf8'))).toBe(true);
  await expect(preview.getByText('Already in your journal')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Nothing chosen' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A tampered response (the period it claims changed): refused, and nothing is written.
  const tampered = JSON.parse(readFileSync(responseFile, 'utf8')) as {
    summary: { period: { from: string } };
  };
  tampered.summary.period.from = '2026-09-01';
  const before = await countEntries(page);
  expect(await dropFile(page, 'tampered.json', JSON.stringify(tampered))).toBe(true);
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  await expect(page.getByRole('alert')).toContainText('tampered.json');
  await shots(page, 'coach-response-refused');
  expect(await countEntries(page)).toBe(before);
  await page.getByRole('button', { name: 'Dismiss' }).click();

  // A file too large to be a response is refused unread.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['x'.repeat(6 * 1024 * 1024)], 'huge.json'));
    const init = { dataTransfer: data, bubbles: true, cancelable: true };
    document.body.dispatchEvent(new DragEvent('drop', init));
  });
  await expect(
    page.getByText(/huge\.json is 6 MB; a coach response is at most 5 MB/),
  ).toBeVisible();
  expect(await countEntries(page)).toBe(before);
  await page.getByRole('button', { name: 'Dismiss' }).click();

  // The next 1:1's digest shows the coach's feedback, each linked to its entry.
  await page.goto('/#/one-on-ones');
  await page.getByLabel('Name').fill('Weekly with my manager');
  await page.getByLabel('With (person)').fill('Sam');
  await page.getByLabel('Every (days)').fill('7');
  await page.getByRole('button', { name: 'Add series' }).click();
  await page.getByRole('button', { name: 'Prepare next 1:1: Weekly with my manager' }).click();
  const digest = page.getByRole('region', { name: 'Since last 1:1' });
  await expect(
    digest.getByRole('link', { name: 'Coach feedback: Speak at two internal meetups' }),
  ).toHaveAttribute('href', /#\/entry\//);
  await expect(
    digest.getByRole('link', { name: 'Coach feedback on “First meetup talk”' }),
  ).toBeVisible();
  await page.setViewportSize({ width: 1200, height: 1400 });
  await shots(page, 'coach-feedback-in-digest');
});

test('Grove’s own viewer offers the same response form, and responding never touches the journal', async ({
  page,
}, info) => {
  await page.goto('/#/export');
  await chooseFile(page, 'Restore from a backup…', FIXTURE);
  await page.getByRole('button', { name: 'Replace my journal with this backup' }).click();
  await expect(page.locator('.import-panel--done').getByText(/^Restored from/)).toBeVisible();
  await page.getByRole('link', { name: 'Prepare a summary' }).click();
  await page.getByLabel('From', { exact: true }).fill('2026-10-01');
  await page.getByLabel('To', { exact: true }).fill('2026-10-31');
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText('First meetup talk');
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save JSON' }).click();
  const summaryFile = info.outputPath('summary.json');
  await (await saved).saveAs(summaryFile);

  await page.getByRole('link', { name: 'Export & backup' }).first().click();
  const before = await countEntries(page);
  await chooseFile(page, 'Open a coach summary…', summaryFile);
  await page.getByRole('button', { name: 'Respond as coach' }).click();
  await page.getByLabel('Your name').fill('Dana Coach');
  await page
    .getByRole('textbox', { name: 'Your comment on the objective “Speak at two internal meetups”' })
    .fill('Try a lightning talk first.');
  await page.getByRole('textbox', { name: /^Overall note/ }).fill('A strong month.');
  await page.setViewportSize({ width: 1200, height: 2200 });
  await shots(page, 'coach-viewer-respond');
  const responseSaved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save response' }).click();
  const responseFile = info.outputPath('response.json');
  await (await responseSaved).saveAs(responseFile);
  await expect(page.getByRole('status').filter({ hasText: 'Send this file' })).toBeVisible();
  expect(await countEntries(page)).toBe(before);

  const response = JSON.parse(readFileSync(responseFile, 'utf8')) as {
    format: string;
    comments: unknown[];
    overallNote: string;
  };
  expect(response).toMatchObject({
    format: 'grove.coach-response',
    overallNote: 'A strong month.',
  });
  expect(response.comments).toHaveLength(1);

  // The viewer names the summary by the same hash as the saved file: the response answers it.
  // Dropped while the viewer is still open, it is taken in on Export & backup.
  expect(await dropFile(page, 'response.json', readFileSync(responseFile, 'utf8'))).toBe(true);
  const preview = page.getByRole('region', { name: 'Response to take in' });
  await expect(preview.getByRole('listitem')).toHaveCount(2);
  await expect(preview).toContainText('A strong month.');
  await expect(preview).toContainText('Try a lightning talk first.');
});
