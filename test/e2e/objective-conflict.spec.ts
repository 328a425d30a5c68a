import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

test('two windows editing one objective: untouched fields merge, a clash is shown, not overwritten', async ({
  page,
}) => {
  await page.goto('/#/objectives/new');
  await page.getByLabel('Title').fill('Facilitate design reviews');
  await page.getByLabel('Why it matters to me').fill('Grow into a staff role');
  await page.getByRole('button', { name: 'Create objective' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Facilitate design reviews' }),
  ).toBeVisible();
  const editUrl = `${page.url()}/edit`;

  const other = await page.context().newPage();
  await page.goto(editUrl);
  await other.goto(editUrl);
  await expect(other.getByLabel('Title')).toHaveValue('Facilitate design reviews');

  // The other window changes the title; this one, opened before, changes only "why".
  await other.getByLabel('Title').fill('Facilitate design reviews well');
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(
    other.getByRole('heading', { level: 1, name: 'Facilitate design reviews well' }),
  ).toBeVisible();
  await page.getByLabel('Why it matters to me').fill('Grow into a staff role, by leading');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Facilitate design reviews well' }),
  ).toBeVisible();
  await expect(page.getByText('Grow into a staff role, by leading')).toBeVisible();

  // Both change the title: nothing is written, both versions are shown.
  await page.goto(editUrl);
  await other.goto(editUrl);
  await other.getByLabel('Title').fill('Run design reviews');
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Run design reviews' })).toBeVisible();
  await page.getByLabel('Title').fill('Lead design reviews');
  await page.getByRole('button', { name: 'Save' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'also changed elsewhere' });
  await expect(notice).toContainText('Run design reviews');
  await expect(notice).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveValue('Lead design reviews');
  await expectNoAxeViolations(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `objective-conflict-${scheme}`);
  }
  await notice.getByRole('button', { name: 'Use this version' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Run design reviews');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Run design reviews' })).toBeVisible();
});
