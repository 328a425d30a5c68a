import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

const ENTRY_ID = '11111111-1111-4111-8111-111111111111';

async function put(page: Page, store: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    ({ store, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('grove');
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, rows },
  );
}

/** An entry with one earlier version, written straight into the app's database. */
async function seed(page: Page): Promise<void> {
  await page.goto('/#/today');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const day = 86_400_000;
  const at = (ago: number) => new Date(Date.now() - ago).toISOString();
  await put(page, 'entries', [
    {
      id: ENTRY_ID,
      createdAt: at(3 * day),
      updatedAt: at(60_000),
      deleted: 0,
      deletedAt: null,
      kind: 'note',
      date: at(0).slice(0, 10),
      title: 'Roadmap talk',
      body: 'I presented the roadmap to the whole team.',
      answers: {},
      mood: null,
      energy: null,
      tags: [],
      objectiveIds: [],
      sharing: 'private',
      shareSummary: '',
      meetingId: null,
    },
  ]);
  await put(page, 'entryHistory', [
    {
      id: '22222222-2222-4222-8222-222222222222',
      createdAt: at(day),
      updatedAt: at(day),
      deleted: 0,
      deletedAt: null,
      entryId: ENTRY_ID,
      replacedAt: at(day),
      savedAt: at(2 * day),
      reason: 'edit',
      title: 'Roadmap talk',
      body: 'I presented the roadmap.',
      answers: {},
    },
  ]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`history shows a diff and restores a version, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seed(page);
    await page.goto(`/#/entry/${ENTRY_ID}`);
    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'History of “Roadmap talk”' })).toBeVisible();
    await expect(page.locator('.history-diff ins')).toHaveText(' to the whole team');
    await expectNoAxeViolations(page);
    await screenshot(page, `entry-history-${scheme}`);

    await page.getByRole('button', { name: 'Restore this version…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
    await expect(page).toHaveURL(new RegExp(`/entry/${ENTRY_ID}$`));
    await expect(page.getByLabel('Entry text')).toHaveText('I presented the roadmap.');
    // The text it replaced is a version itself.
    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('button', { name: /Before a restore/ })).toBeVisible();
  });
}

test('a draft that could not be saved is shown at start and discarded only on purpose', async ({
  page,
}) => {
  await page.goto('/#/today');
  await page.evaluate(() =>
    localStorage.setItem(
      'grove:wal:33333333-3333-4333-8333-333333333333',
      JSON.stringify({
        v: 2,
        writtenAt: new Date().toISOString(),
        base: null,
        entry: { id: '33333333-3333-4333-8333-333333333333', title: 'Offsite notes', mood: 9 },
      }),
    ),
  );
  await page.reload();
  const panel = page.getByRole('region', { name: '1 draft could not be saved' });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Open' }).click();
  await expect(panel.getByRole('textbox', { name: /Offsite notes/ })).toHaveValue('Offsite notes');
  await expectNoAxeViolations(page);
  // Still there after another start: never dropped on its own.
  await page.reload();
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Discard…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard' }).click();
  await expect(panel).toBeHidden();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('grove:wal'))),
  ).toEqual([]);
});
