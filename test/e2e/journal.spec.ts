import type { Page } from '@playwright/test';
import { ENTRY_KIND_INFO } from '../../shared/domain/entry-kinds';
import { ENTRY_KINDS, type EntryKind } from '../../shared/domain/records';
import { DEFAULT_TEMPLATES } from '../../shared/domain/templates';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

async function write(
  page: Page,
  kind: EntryKind,
  title: string,
  body: string,
  answer?: string,
): Promise<void> {
  await page.goto(`/#/write/${kind}`);
  await expect(page).toHaveURL(new RegExp(`/write/${kind}/[0-9a-f-]{36}$`));
  await page.getByLabel('Title').fill(title);
  const firstPrompt = DEFAULT_TEMPLATES[kind][0];
  if (firstPrompt && answer) await page.getByLabel(firstPrompt.label).fill(answer);
  if (body) await page.getByLabel('Entry text').fill(body);
  await saved(page);
}

test('every kind can be written with its prompts and is there after a reload', async ({ page }) => {
  for (const kind of ENTRY_KINDS) {
    await write(page, kind, `My ${kind} entry`, `Body of the ${kind} entry.`, `Answer for ${kind}`);
  }
  await page.reload();
  await page.goto('/#/journal');
  await expect(page.getByText(`${ENTRY_KINDS.length} entries`)).toBeVisible();
  for (const kind of ENTRY_KINDS) {
    const card = page.getByRole('link', { name: new RegExp(`My ${kind} entry`) });
    await expect(card).toBeVisible();
    await expect(card).toContainText(ENTRY_KIND_INFO[kind].label);
  }
  // The guided answer is stored under its prompt and shown again.
  await page.getByRole('link', { name: /My reframe entry/ }).click();
  await expect(page.getByLabel('The situation')).toHaveValue('Answer for reframe');
  await expect(page.getByLabel('Entry text')).toHaveText('Body of the reframe entry.');
});

test('search finds an entry by a word prefix, as you type, with the match highlighted', async ({
  page,
}) => {
  await write(
    page,
    'daily',
    'A quiet Tuesday',
    'Practised the presentation about photosynthesis twice.',
  );
  await write(page, 'win', 'Shipped', 'The release went out on time.');
  await page.goto('/#/today');
  await page.keyboard.press('Control+k');
  const box = page.getByLabel('Search your journal');
  await expect(box).toBeFocused();
  await box.fill('photos');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link')).toHaveCount(1);
  await expect(results.getByRole('link')).toContainText('A quiet Tuesday');
  await expect(results.locator('mark')).toHaveText(['photosynthesis']);
  // Diacritics do not matter, and the index follows edits without a rebuild.
  await box.fill('réléase');
  await expect(results.getByRole('link')).toContainText('Shipped');
  await results.getByRole('link').click();
  await page.getByLabel('Entry text').fill('The launch went out on time.');
  await saved(page);
  await page.keyboard.press('Control+k');
  await page.getByLabel('Search your journal').fill('launc');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link')).toContainText(
    'Shipped',
  );
});

test('filters narrow the timeline; trash and restore; empty trash asks first', async ({ page }) => {
  await write(page, 'win', 'Won the pitch', 'Clients said yes.');
  await page.getByLabel('Mood: 5 of 5 (great)').check();
  await page.getByLabel('Tags', { exact: true }).fill('career');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag career' })).toBeVisible();
  await saved(page);
  await write(page, 'note', 'Grocery thoughts', 'Buy apples.');
  await write(page, 'feedback', 'Feedback from Sam', 'Speak slower.', 'Sam');

  await page.goto('/#/journal');
  const timeline = page.getByRole('list', { name: 'Entries, newest first' });
  await expect(timeline.getByRole('link')).toHaveCount(3);
  await page.getByLabel('Kind').selectOption('win');
  await expect(timeline.getByRole('link')).toHaveCount(1);
  await expect(timeline.getByRole('link')).toContainText('Won the pitch');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Tag').selectOption('career');
  await expect(timeline.getByRole('link')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Mood').selectOption('5');
  await expect(timeline.getByRole('link')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(timeline.getByRole('link')).toHaveCount(3);

  // Trash one, find it in the trash, restore it.
  await timeline.getByRole('link', { name: /Grocery thoughts/ }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page).toHaveURL(/#\/today$/);
  await page.goto('/#/journal');
  await expect(timeline.getByRole('link')).toHaveCount(2);
  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore Grocery thoughts' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(timeline.getByRole('link')).toHaveCount(3);

  // Emptying the trash asks first; cancelling keeps the entry.
  await timeline.getByRole('link', { name: /Feedback from Sam/ }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page).toHaveURL(/#\/today$/);
  await page.goto('/#/journal/trash');
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  await expect(page.getByRole('dialog', { name: 'Empty the trash?' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Restore Feedback from Sam' })).toBeVisible();
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
});

test('hostile Markdown renders inert in the preview', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await write(
    page,
    'note',
    'Hostile',
    [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      '[click me](javascript:alert(3))',
      '![remote](https://example.org/track.png)',
      '**still bold**',
    ].join('\n\n'),
  );
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.locator('.md-preview');
  await expect(preview.locator('strong')).toHaveText('still bold');
  await expect(preview).toContainText('<script>alert(1)</script>');
  await expect(preview.locator('script, img, [onerror]')).toHaveCount(0);
  await expect(preview.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(preview.getByRole('link', { name: /Image: remote/ })).toBeVisible();
  await preview.getByText('click me').click();
  expect(dialogs).toBe(0);
  expect(requests.filter((u) => u.includes('example.org'))).toEqual([]);
});

test('a fixed-mindset phrase gets a gentle reframe that can be dismissed', async ({ page }) => {
  await page.goto('/#/write/reframe');
  await page
    .getByLabel('The fixed-mindset thought')
    .fill("I can't give a talk to the whole company.");
  const nudge = page.getByRole('complementary', { name: 'A growth-mindset suggestion' });
  await expect(nudge).toContainText('yet');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(nudge).toHaveCount(0);
});

test('a template can be edited, used by new entries, and reset to the default', async ({
  page,
}) => {
  await page.goto('/#/journal/templates');
  await page.getByLabel('Entry kind').selectOption('win');
  await page.getByLabel('Prompt 1', { exact: true }).fill('What did I achieve?');
  await page.getByRole('button', { name: 'Add a prompt' }).click();
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Prompt 3 needs a question. Nothing was saved.',
  );
  await page.getByLabel('Prompt 3', { exact: true }).fill('Who should hear about it?');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Template for Win saved.')).toBeVisible();

  await page.goto('/#/write/win');
  await page.getByLabel('Who should hear about it?').fill('My manager');
  await saved(page);
  await expect(page.getByLabel('What did I achieve?')).toBeVisible();

  await page.goto('/#/journal/templates');
  await page.getByLabel('Entry kind').selectOption('win');
  await page.getByRole('button', { name: /Reset to default/ }).click();
  await expect(page.getByLabel('Prompt 1', { exact: true })).toHaveValue('What was the win?');
  // The answer written under the removed prompt still shows on its entry.
  await page.goto('/#/journal');
  await page.getByRole('link', { name: /Untitled/ }).click();
  await expect(page.getByLabel('Who should hear about it?')).toHaveValue('My manager');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`journal screens are accessible and look finished, ${scheme}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await write(page, 'aar', 'Sprint review', 'We cut scope **early** and it worked.', 'Ship v2');
    await page.getByLabel('Mood: 4 of 5').check();
    await page.getByLabel('Energy: 3 of 5').check();
    await page.getByLabel('Tags', { exact: true }).fill('team');
    await page.keyboard.press('Enter');
    await page.getByLabel('What went well?').fill("I'm not good at estimating, but we adapted.");
    await page.getByRole('radio', { name: 'Shareable with my coach' }).check();
    await saved(page);
    await expectNoAxeViolations(page);
    await screenshot(page, `journal-editor-${scheme}`);
    await write(page, 'win', 'First 10k run', 'Slow and steady.');

    await page.goto('/#/journal');
    await expect(
      page.getByRole('list', { name: 'Entries, newest first' }).getByRole('link'),
    ).toHaveCount(2);
    await expectNoAxeViolations(page);
    await screenshot(page, `journal-timeline-${scheme}`);

    await page.getByRole('link', { name: 'Calendar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
    await expect(page.getByRole('link', { name: /: 2 entries$/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, `journal-calendar-${scheme}`);

    await page.goto('/#/search');
    await page.getByLabel('Search your journal').fill('scop');
    await expect(page.locator('mark').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, `journal-search-${scheme}`);

    await page.goto('/#/journal/trash');
    await expect(page.getByText('The trash is empty.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/#/journal/templates');
    await expect(page.getByLabel('Prompt 1', { exact: true })).toHaveValue('What went well today?');
    await expectNoAxeViolations(page);
    await screenshot(page, `journal-templates-${scheme}`);

    await page.goto('/#/today');
    await expect(page.getByText('1 day in a row')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, `journal-today-${scheme}`);
  });
}
