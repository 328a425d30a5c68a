import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Every stored text of one entry: its current body and the bodies in its history. */
async function storedBodies(page: Page, id: string): Promise<{ body: string; history: string[] }> {
  return page.evaluate(
    (entryId) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('grove');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['entries', 'entryHistory'], 'readonly');
          const entry = tx.objectStore('entries').get(entryId);
          const history = tx.objectStore('entryHistory').index('entryId').getAll(entryId);
          tx.oncomplete = () => {
            db.close();
            resolve({
              body: (entry.result as { body: string }).body,
              history: (history.result as { body: string }[]).map((v) => v.body),
            });
          };
        };
      }),
    id,
  );
}

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

test('two tabs editing one entry converge, with no lost words', async ({ page }) => {
  await page.goto('/#/write/note');
  await expect(page).toHaveURL(/\/write\/note\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  await page.getByLabel('Title').fill('Two tabs');
  await page.getByLabel('Entry text').fill('Start.');
  await saved(page);

  const other = await page.context().newPage();
  await other.goto(`/#/entry/${id}`);
  await expect(other.getByLabel('Entry text')).toHaveText('Start.');

  // Different fields: each tab's change reaches the other.
  await other.getByLabel('Title').fill('Two tabs, renamed');
  await saved(other);
  await page.getByLabel('Entry text').press('End');
  await page.keyboard.type(' From A.');
  await saved(page);
  await expect(page.getByLabel('Title')).toHaveValue('Two tabs, renamed');
  await expect(other.getByLabel('Entry text')).toHaveText('Start. From A.');

  // The same text, at the same time: one wins, the other goes to the history, nothing is lost.
  await other.getByLabel('Entry text').click();
  await other.keyboard.press('Control+End');
  await page.getByLabel('Entry text').click();
  await page.keyboard.press('Control+End');
  await Promise.all([page.keyboard.insertText(' alpha'), other.keyboard.insertText(' beta')]);
  await Promise.all([saved(page), saved(other)]);

  const noticeIn = (p: Page) =>
    p.getByRole('status').filter({ hasText: 'also changed in another window' });
  await expect
    .poll(async () => (await noticeIn(page).count()) + (await noticeIn(other).count()))
    .toBe(1);

  const { body, history } = await storedBodies(page, id);
  const everything = [body, ...history].join('\n');
  expect(everything).toContain('Start. From A. alpha');
  expect(everything).toContain('Start. From A. beta');
  // Both tabs end up showing what is stored.
  await expect(page.getByLabel('Entry text')).toHaveText(body);
  await expect(other.getByLabel('Entry text')).toHaveText(body);

  // The notice links to the history, which shows the other version.
  const withNotice = (await page.getByText('also changed in another window').count())
    ? page
    : other;
  await withNotice.getByRole('link', { name: 'entry’s history' }).click();
  await expect(withNotice.getByRole('heading', { name: /History of/ })).toBeVisible();
  await expect(withNotice.getByRole('button', { name: /From another window/ })).toBeVisible();
  await expectNoAxeViolations(withNotice);
});
