import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

function isoDay(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function writeEntry(page: Page, kind: string, title: string, body: string) {
  // Through Today first: going from one /write/ address straight to another keeps the same
  // editor mounted (and its id), which would overwrite the previous entry.
  await page.goto('/#/today');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`/#/write/${kind}`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Entry text').fill(body);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
}

/**
 * The Objectives screens are built on another branch, so the objective and its check-in are
 * written straight into the app's IndexedDB, in exactly the shape the repository stores.
 */
async function seedObjectiveWithCheckIn(page: Page, date: string) {
  await page.evaluate(async (day) => {
    const now = new Date().toISOString();
    const base = { createdAt: now, updatedAt: now, deleted: 0, deletedAt: null };
    const objectiveId = crypto.randomUUID();
    const objective = {
      ...base,
      id: objectiveId,
      title: 'Speak at the guild meetup',
      why: '',
      orgGoal: '',
      smart: { specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' },
      targetDate: null,
      status: 'active',
      tags: [],
      achievedAt: null,
    };
    const checkIn = {
      ...base,
      id: crypto.randomUUID(),
      objectiveId,
      date: day,
      progress: 40,
      confidence: 4,
      blockers: '',
      note: 'Outline done',
    };
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('grove');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['objectives', 'checkIns'], 'readwrite');
        tx.objectStore('objectives').put(objective);
        tx.objectStore('checkIns').put(checkIn);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, date);
  // The seed wrote to IndexedDB behind Dexie's back; Dexie's live-query cache only follows its own
  // writes, so the page starts afresh to read them (as the app would after any outside change).
  await page.reload();
}

async function checkScreen(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expectNoAxeViolations(page);
    // The content scrolls inside <main>, so a tall window shows the whole page at once.
    await page.setViewportSize({ width: 1200, height: 1900 });
    await screenshot(page, `${name}-${scheme}`);
    await page.setViewportSize({ width: 1200, height: 800 });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('prepare → meet → follow up: digest, agenda, action items that carry over', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  // Evidence: a win, a feedback entry and a check-in, all inside the default period.
  await page.goto('/');
  await writeEntry(page, 'win', 'Shipped the onboarding flow', 'Two weeks early.');
  await writeEntry(page, 'feedback', 'Sam liked the demo', 'Clear story, good pacing.');
  await seedObjectiveWithCheckIn(page, isoDay(-1));

  // A series, then its first meeting.
  await page.goto('/#/one-on-ones');
  await expect(page.getByText('No 1:1s yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add series' }).click();
  await expect(page.getByRole('alert')).toContainText('Give the series a name');
  await page.getByLabel('Name').fill('Weekly with my manager');
  await page.getByLabel('With (person)').fill('Sam');
  await page.getByLabel('Every (days)').fill('7');
  await page.getByRole('button', { name: 'Add series' }).click();
  await expect(page.getByRole('link', { name: 'Weekly with my manager' })).toBeVisible();
  await checkScreen(page, 'oneonones-list');

  await page.getByRole('button', { name: 'Prepare next 1:1: Weekly with my manager' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1:1 with Sam');

  // The digest: first meeting, so a default period that says so, with every point linked.
  const digest = page.getByRole('region', { name: 'Since last 1:1' });
  await expect(digest).toContainText('first 1:1 of this series');
  await expect(digest.getByRole('link', { name: 'Shipped the onboarding flow' })).toHaveAttribute(
    'href',
    /#\/entry\//,
  );
  await expect(digest.getByRole('link', { name: 'Sam liked the demo' })).toBeVisible();
  await expect(
    digest.getByRole('link', { name: 'Speak at the guild meetup: 40%, confidence 4/5' }),
  ).toHaveAttribute('href', /#\/objectives\//);

  // The agenda: two digest points, a topic and an ask.
  await digest.getByRole('button', { name: 'Add to agenda: Shipped the onboarding flow' }).click();
  await digest.getByRole('button', { name: /Add to agenda: Speak at the guild meetup/ }).click();
  await expect(
    digest.getByRole('button', { name: 'On the agenda: Shipped the onboarding flow' }),
  ).toBeDisabled();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await agenda.getByLabel('New topic or ask').fill('Career path next year');
  await agenda.getByRole('button', { name: 'Add to agenda' }).click();
  await agenda.getByLabel('New topic or ask').fill('Budget for the conference');
  await agenda.getByLabel('Type').selectOption('ask');
  await agenda.getByRole('button', { name: 'Add to agenda' }).click();
  await agenda.getByRole('button', { name: 'Move up: Career path next year' }).click();
  const points = agenda.getByRole('list', { name: 'Agenda points' }).getByRole('listitem');
  await expect(points).toHaveCount(4);
  await expect(points.nth(1)).toContainText('Career path next year');

  await page.getByRole('textbox', { name: 'Private notes' }).fill('Ask about the reorg rumours');

  await agenda.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByText('Copied as Markdown.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('# 1:1 with Sam');
  expect(copied).toContain('## Since last time\n\n- Shipped the onboarding flow');
  expect(copied).toContain('## Topics\n\n- Career path next year');
  expect(copied).toContain('## Asks\n\n- Budget for the conference');
  expect(copied).not.toContain('reorg');

  // Export as a Markdown file (a download in web mode): the same agenda.
  const download = page.waitForEvent('download');
  await agenda.getByRole('button', { name: 'Export .md file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^1-1-sam-\d{4}-\d{2}-\d{2}\.md$/);
  expect(await readFile((await file.path())!, 'utf8')).toBe(copied);

  // Action items: refused without text, then one due yesterday, shown overdue.
  const actions = page.getByRole('region', { name: 'Action items' });
  await actions.getByRole('button', { name: 'Add action item' }).click();
  await expect(actions.getByRole('alert')).toContainText('needs some text');
  await expect(actions.getByText('No action items yet.')).toBeVisible();
  await actions.getByLabel('New action item').fill('Send the design doc to Sam');
  await actions.getByLabel('Due').fill(isoDay(-1));
  await actions.getByRole('button', { name: 'Add action item' }).click();
  await expect(actions.getByText('Me: Send the design doc to Sam')).toBeVisible();
  await expect(actions.getByText('Overdue')).toBeVisible();
  await checkScreen(page, 'oneonones-meeting');

  // Hold the meeting; the next one carries the open item.
  await page.getByRole('button', { name: 'Mark meeting done' }).click();
  await expect(page.getByText('Held', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Prepare next 1:1' }).click();
  await expect(page.getByRole('region', { name: 'Since last 1:1' })).toContainText(
    'Since your last 1:1 on',
  );
  // Private notes belong to their meeting: the next one starts blank.
  await expect(page.getByRole('textbox', { name: 'Private notes' })).toHaveValue('');
  const nextAgenda = page.getByRole('region', { name: 'Agenda' });
  await expect(nextAgenda.getByText('Me: Send the design doc to Sam')).toBeVisible();
  await expect(nextAgenda.getByText('Carried over')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Action items' }).getByText('Carried over'),
  ).toBeVisible();

  await page.setViewportSize({ width: 1200, height: 1900 });
  await screenshot(page, 'oneonones-next-meeting-light');
  await page.setViewportSize({ width: 1200, height: 800 });

  // Reload: everything is still there.
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Agenda' }).getByText('Me: Send the design doc to Sam'),
  ).toBeVisible();

  // Across all series: the item is overdue.
  await page.goto('/#/action-items');
  await expect(page.getByRole('region', { name: 'Overdue' })).toContainText(
    'Send the design doc to Sam',
  );
  await checkScreen(page, 'oneonones-action-items');

  // Meeting notes: a 1:1 notes entry tied to the meeting, with a title.
  await page.goBack();
  await page.getByRole('button', { name: 'Write meeting notes' }).click();
  await expect(page).toHaveURL(/#\/entry\//);
  await expect(page.getByLabel('Title')).toHaveValue(/^1:1 with Sam — /);
  await page.getByLabel('Entry text').fill('Sam will intro me to the platform team.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const notesUrl = page.url();

  // The series page lists both meetings; deleting the series keeps the notes in the journal.
  await page.goBack();
  await page.getByRole('link', { name: 'Weekly with my manager' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Weekly with my manager' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /Held/ })).toHaveCount(1);
  await expect(page.getByRole('link', { name: /Planned/ })).toHaveCount(1);
  await checkScreen(page, 'oneonones-series');
  await page.getByRole('button', { name: 'Delete series' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete series' }).click();
  await expect(page.getByText('No 1:1s yet.')).toBeVisible();
  await page.goto(notesUrl);
  await expect(page.getByLabel('Entry text')).toHaveText('Sam will intro me to the platform team.');
});

test('weekly review rolls up the week and updates an objective; the brag list copies', async ({
  page,
  context,
}) => {
  test.setTimeout(100_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await writeEntry(page, 'win', 'Led the incident review', 'Calm and blameless.');
  await seedObjectiveWithCheckIn(page, isoDay(0));

  await page.goto('/#/reviews');
  await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Entries by kind' })).toContainText('Win: 1');
  await expect(page.getByRole('link', { name: 'Led the incident review' })).toBeVisible();

  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByRole('alert')).toContainText('Answer at least one question');

  const objective = page.getByRole('group', { name: 'Speak at the guild meetup' });
  await objective.getByLabel('Progress %').fill('60');
  await page.getByLabel('What moved?').fill('The talk outline is done.');
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText('Review saved and objectives updated.')).toBeVisible();
  await expect(objective).toContainText('60%');
  await expect(page.getByRole('link', { name: 'Open the saved review' })).toBeVisible();
  await checkScreen(page, 'reviews');

  await page.getByRole('link', { name: 'Open the saved review' }).click();
  await expect(page.getByLabel('Title')).toHaveValue(/^Weekly review — /);

  await page.goto('/#/brag-list');
  await expect(page.getByRole('link', { name: /Led the incident review/ })).toBeVisible();
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Win: Led the incident review');
  await checkScreen(page, 'brag-list');
});
