import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

/** A local calendar date `days` from today, as the app stores it. */
function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// Two long user journeys rather than many small tests; they need more than the default 30 s when
// the machine is busy.
test.describe.configure({ timeout: 120_000 });

async function writeEntry(page: Page, kind: string, title: string): Promise<void> {
  await page.goto(`/#/write/${kind}`);
  await page.getByLabel('Title').fill(title);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
}

/** The content scrolls inside <main>, so the window grows to the page's height for the picture. */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.locator('#main').evaluate((main) => main.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}

async function lookInBothThemes(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expectNoAxeViolations(page);
  await screenshotWhole(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
  await screenshotWhole(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

test('build an objective, track it, link evidence, and achieve it', async ({ page }) => {
  await writeEntry(page, 'reframe', 'Not yet good at facilitating');

  await page.goto('/#/objectives');
  await expect(page.getByRole('heading', { level: 1, name: 'Objectives' })).toBeVisible();
  await expect(page.getByText('No objectives yet.')).toBeVisible();
  await page.getByRole('link', { name: 'New objective' }).click();

  // An empty title is refused inline and nothing is stored.
  await page.getByRole('button', { name: 'Create objective' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.getByText('Title cannot be empty.')).toBeVisible();
  await expect(page.getByLabel('Title')).toBeFocused();
  await expect(page.getByText('5 of 5 parts still vague.')).toBeVisible();

  await page.getByLabel('Title').fill('Facilitate design reviews');
  await page.getByLabel('Why it matters to me').fill('I want to grow into a staff engineer role');
  await page.getByLabel('Specific').fill('Run a design review for my team every sprint');
  await page.getByLabel('Target date').fill(isoDaysFromToday(90));
  await page.getByLabel('Tags').fill('leadership, reviews');
  await expect(page.getByText('2 of 5 parts still vague.')).toBeVisible();
  await lookInBothThemes(page, 'objective-new');
  await page.getByRole('button', { name: 'Create objective' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Facilitate design reviews' }),
  ).toBeVisible();

  // Key results: a number and a milestone; a target below the start is refused unless "Reduce".
  const addKr = page.getByRole('form', { name: 'Add a key result' });
  await addKr.getByLabel('Key result').fill('Design reviews run');
  await addKr.getByLabel('Target').fill('6');
  await addKr.getByLabel('Unit').fill('reviews');
  await addKr.getByRole('button', { name: 'Add key result' }).click();
  await expect(page.getByText('0 reviews now · from 0 to 6 reviews')).toBeVisible();

  await addKr.getByLabel('Key result').fill('Fewer review rounds');
  await addKr.getByLabel('Start').fill('5');
  await addKr.getByLabel('Target').fill('2');
  await addKr.getByRole('button', { name: 'Add key result' }).click();
  await expect(addKr.getByText(/Target is below the start: choose “Reduce”/)).toBeVisible();
  await expect(page.locator('.kr')).toHaveCount(1);
  await addKr.getByLabel('Measured as').selectOption('done');
  await addKr.getByLabel('Key result').fill('Review template shared');
  await addKr.getByRole('button', { name: 'Add key result' }).click();
  await expect(page.locator('.kr')).toHaveCount(2);

  // Reorder: the template moves above the number.
  await page.getByRole('button', { name: 'Move “Review template shared” up' }).click();
  await expect(page.locator('.kr__title').first()).toHaveText('Review template shared');
  // Editing refuses an empty title inline, then saves the new one in place.
  await page.getByRole('button', { name: 'Edit Review template shared' }).click();
  const editKr = page.getByRole('form', { name: 'Edit Review template shared' });
  await editKr.getByLabel('Key result').fill('');
  await editKr.getByRole('button', { name: 'Save key result' }).click();
  await expect(editKr.getByText('Key result cannot be empty.')).toBeVisible();
  await editKr.getByLabel('Key result').fill('Review template shared with the team');
  await editKr.getByRole('button', { name: 'Save key result' }).click();
  await expect(page.locator('.kr__title').first()).toHaveText(
    'Review template shared with the team',
  );

  await page.getByLabel('Current value of Design reviews run').fill('3');
  await page.getByRole('button', { name: 'Update Design reviews run' }).click();
  await expect(page.locator('.progress-summary__value')).toHaveText('25%');

  // An activity with a link that opens in the system browser.
  const addActivity = page.getByRole('form', { name: 'Add an activity' });
  await addActivity.getByLabel('Kind').selectOption('workshop');
  await addActivity.getByLabel('Activity').fill('Liberating Structures workshop');
  await addActivity.getByLabel('Link').fill('ftp://example.com');
  await addActivity.getByRole('button', { name: 'Add activity' }).click();
  await expect(addActivity.getByText('Link must be a web address')).toBeVisible();
  await addActivity.getByLabel('Link').fill('https://www.liberatingstructures.com/');
  await addActivity.getByRole('button', { name: 'Add activity' }).click();
  const activityLink = page.getByRole('link', { name: /Liberating Structures workshop/ });
  await expect(activityLink).toHaveAttribute('target', '_blank');
  await expect(activityLink).toHaveAttribute('rel', 'noreferrer');

  // Two check-ins; an out-of-range progress is refused and adds nothing.
  const checkIn = page.getByRole('form', { name: 'New check-in' });
  await expect(checkIn.getByLabel('Progress (%)')).toHaveValue('25');
  await checkIn.getByLabel('Date').fill(isoDaysFromToday(-10));
  await checkIn.getByLabel('Progress (%)').fill('10');
  await checkIn.getByLabel('Confidence').selectOption('2');
  await checkIn.getByLabel('Blockers').fill('No slot in the sprint calendar');
  await checkIn.getByRole('button', { name: 'Check in' }).click();
  await expect(page.locator('.checkin-table tbody tr')).toHaveCount(1);

  await checkIn.getByLabel('Progress (%)').fill('140');
  await checkIn.getByRole('button', { name: 'Check in' }).click();
  await expect(checkIn.getByText('Progress (%) must be a number from 0 to 100.')).toBeVisible();
  await expect(page.locator('.checkin-table tbody tr')).toHaveCount(1);
  await checkIn.getByLabel('Progress (%)').fill('25');
  await checkIn.getByLabel('Confidence').selectOption('4');
  await checkIn.getByLabel('Note').fill('Two reviews ran well');
  await checkIn.getByRole('button', { name: 'Check in' }).click();
  await expect(page.locator('.checkin-table tbody tr')).toHaveCount(2);

  // Link an existing journal entry from this side.
  await page.getByLabel('Find an entry').fill('facilitating');
  await page.getByRole('button', { name: 'Link Not yet good at facilitating' }).click();
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence.getByRole('link', { name: /Not yet good at facilitating/ })).toBeVisible();

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.locator('.progress-summary__value')).toHaveText('25%');
  await expect(page.locator('.checkin-table tbody tr')).toHaveCount(2);
  await expect(page.locator('.checkin-table tbody tr').first()).toContainText(
    'Two reviews ran well',
  );
  await expect(page.locator('.progress-chart canvas').first()).toBeVisible();
  await expect(
    evidence.getByRole('link', { name: /Not yet good at facilitating/ }),
  ).toHaveAttribute('href', /#\/entry\//);
  await expect(page.locator('.kr__title').first()).toHaveText(
    'Review template shared with the team',
  );
  await lookInBothThemes(page, 'objective-page');

  // Achieving it shows the path: the reframe written on the way.
  await page.getByRole('button', { name: 'Mark achieved' }).click();
  const celebration = page.getByRole('region', { name: /Achieved on/ });
  await expect(celebration).toBeVisible();
  await expect(
    celebration.getByRole('link', { name: /Not yet good at facilitating/ }),
  ).toBeVisible();
  await lookInBothThemes(page, 'objective-achieved');

  // The entry's link goes from the entry side too: the evidence opens the journal's editor.
  await evidence.getByRole('link', { name: /Not yet good at facilitating/ }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Not yet good at facilitating');
});

test('the list shows what needs attention; delete and restore; rate skills', async ({ page }) => {
  await page.goto('/#/objectives/new');
  await page.getByLabel('Title').fill('Learn Rust basics');
  await page.getByLabel('Target date').fill(isoDaysFromToday(-3));
  await page.getByRole('button', { name: 'Create objective' }).click();
  await expect(page.getByText(/Overdue since/)).toBeVisible();
  await expect(page.getByText('The target date is in the past.')).toBeVisible();
  const checkIn = page.getByRole('form', { name: 'New check-in' });
  await checkIn.getByLabel('Date').fill(isoDaysFromToday(-30));
  await checkIn.getByLabel('Progress (%)').fill('40');
  await checkIn.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByText('No check-in for 30 days.')).toBeVisible();

  await page.goto('/#/objectives/new');
  await page.getByLabel('Title').fill('Give a conference talk');
  await page.getByLabel('Target date').fill(isoDaysFromToday(120));
  await page.getByRole('radio', { name: 'Draft' }).check();
  await page.getByRole('button', { name: 'Create objective' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Give a conference talk' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Objectives', exact: true }).first().click();
  const active = page.getByRole('region', { name: /Active/ });
  const card = active.getByRole('link', { name: /Learn Rust basics/ });
  await expect(card).toContainText('Overdue since');
  await expect(card).toContainText('No check-in for 30 days');
  await expect(card).toContainText('40%');
  await expect(page.getByRole('region', { name: /Draft/ })).toContainText('Give a conference talk');
  await expect(page.getByText('1 objective needs attention.')).toBeVisible();

  await lookInBothThemes(page, 'objectives-list');

  // The reminder period is a setting, refused when out of range.
  await page.getByLabel('Days without a check-in').fill('0');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Days without a check-in must be a whole number')).toBeVisible();
  await page.getByLabel('Days without a check-in').fill('60');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card).not.toContainText('No check-in for');

  // Delete goes to "Recently deleted", and comes back.
  await card.click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete objective' }).click();
  await expect(page).toHaveURL(/#\/objectives$/);
  await expect(page.getByRole('link', { name: /Learn Rust basics/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore Learn Rust basics' }).click();
  await expect(page.getByRole('link', { name: /Learn Rust basics/ })).toBeVisible();

  // Skills: two ratings make a trend.
  await page.getByRole('link', { name: 'Skills' }).click();
  await expect(page.getByText('No ratings yet.')).toBeVisible();
  await page.getByLabel('Skill', { exact: true }).fill('Facilitation');
  await page.getByLabel('Date').fill(isoDaysFromToday(-60));
  await page.getByLabel('Rating', { exact: true }).selectOption('2');
  await page.getByRole('button', { name: 'Save rating' }).click();
  await page.getByLabel('Skill', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save rating' }).click();
  await expect(page.getByText('Skill cannot be empty.')).toBeVisible();
  await page.getByLabel('Skill', { exact: true }).fill('Facilitation');
  await page.getByLabel('Rating', { exact: true }).selectOption('4');
  await page.getByLabel('Note').fill('Ran two reviews without notes');
  await page.getByRole('button', { name: 'Save rating' }).click();
  const skill = page.getByRole('article', { name: 'Facilitation' });
  await expect(skill).toContainText('Up 2 since');
  await page.reload();
  await expect(skill.getByRole('img')).toHaveAttribute('aria-label', /ratings: 2 on .*, 4 on /);
  await lookInBothThemes(page, 'skills');
});
