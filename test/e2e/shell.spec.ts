import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

const SCREENS = [
  { path: '/#/today', name: 'today', heading: /Good/ },
  { path: '/#/journal', name: 'journal', heading: 'Journal' },
  { path: '/#/objectives', name: 'objectives', heading: 'Objectives' },
  { path: '/#/one-on-ones', name: 'one-on-ones', heading: '1:1s' },
  { path: '/#/insights', name: 'insights', heading: 'Insights' },
  { path: '/#/export', name: 'export', heading: 'Export & backup' },
  { path: '/#/settings', name: 'settings', heading: 'Settings' },
  { path: '/#/write/note', name: 'editor', heading: 'Free note' },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`every screen, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    for (const screen of SCREENS) {
      test(`${screen.name}: renders, no errors, no axe violations`, async ({ page }) => {
        await page.goto(screen.path);
        await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeAttached();
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        await expectNoAxeViolations(page);
        await screenshot(page, `${screen.name}-${scheme}`);
      });
    }
  });
}

test('the theme chosen in Settings applies and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/#/settings');
  await page.getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await page.getByRole('radio', { name: 'Match the system' }).click();
  await expect(page.getByRole('radio', { name: 'Match the system' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the name given in Settings greets the user', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('Your name').fill('Ada');
  await page.goto('/#/today');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(', Ada');
});

test('the app says where the data lives and loads nothing remote', async ({ page }) => {
  const remote: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) remote.push(r.url());
  });
  await page.goto('/#/settings');
  await expect(page.getByText(/IndexedDB/)).toBeVisible();
  expect(remote).toEqual([]);
});

test('the sidebar shows the section of screens reached from inside it', async ({ page }) => {
  for (const [path, section] of [
    ['/#/reviews', '1:1s'],
    ['/#/action-items', '1:1s'],
    ['/#/brag-list', '1:1s'],
    ['/#/search', 'Journal'],
  ] as const) {
    await page.goto(path);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section }),
    ).toHaveAttribute('aria-current', 'page');
  }
});
