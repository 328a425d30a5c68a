import { expect, test } from './fixtures';

test.describe('Today: write a note', () => {
  test('a note autosaves and is there after a reload', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      /Good (morning|afternoon|evening|night)/,
    );
    await expect(page.getByText('Nothing written yet today.')).toBeVisible();

    await page.getByRole('link', { name: /New note/ }).click();
    await page.getByLabel('Title').fill('What I learned');
    await page.getByLabel('Entry text').fill('Setbacks are data, not verdicts.');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Entry text')).toHaveText('Setbacks are data, not verdicts.');

    await page.getByRole('link', { name: 'Today', exact: true }).first().click();
    const card = page.getByRole('link', { name: /What I learned/ });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Setbacks are data');
  });

  test('text typed just before a reload is not lost', async ({ page }) => {
    await page.goto('/#/write/note');
    const body = page.getByLabel('Entry text');
    await body.click();
    await page.keyboard.type('Typed and reloaded at once');
    // No waiting for the autosave pause: reload straight away.
    await page.reload();
    await expect(page.getByLabel('Entry text')).toHaveText('Typed and reloaded at once');
    await page.goto('/#/today');
    await expect(page.getByRole('link', { name: /Typed and reloaded at once/ })).toBeVisible();
  });

  test('an empty new note leaves nothing behind', async ({ page }) => {
    await page.goto('/#/write/note');
    await page.getByLabel('Title').fill('x');
    await page.getByLabel('Title').fill('');
    await page.getByRole('link', { name: 'Today', exact: true }).first().click();
    await expect(page.getByText('Nothing written yet today.')).toBeVisible();
  });

  test('moving a note to the trash takes it off Today', async ({ page }) => {
    await page.goto('/#/write/note');
    await page.getByLabel('Entry text').fill('A note to throw away');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await expect(page).toHaveURL(/#\/today$/);
    await expect(page.getByText('Moved to the trash.')).toBeVisible();
    await expect(page.getByText('Nothing written yet today.')).toBeVisible();
  });

  test('hostile text is stored and shown as text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('/#/write/note');
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.getByLabel('Title').fill(hostile);
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.goto('/#/today');
    await expect(page.getByRole('link', { name: /onerror=alert/ })).toBeVisible();
    expect(dialogs).toBe(0);
  });
});

test.describe('keyboard', () => {
  test('shortcuts move between screens and start a note', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Control+3');
    await expect(page.getByRole('heading', { level: 1, name: 'Objectives' })).toBeVisible();
    await page.keyboard.press('Control+7');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.keyboard.press('Control+n');
    await expect(page.getByLabel('Entry text')).toBeFocused();
  });

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });
});
