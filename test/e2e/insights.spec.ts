import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';

/** Entries written straight into IndexedDB, back-dated, after the app has created its schema. */
interface Seed {
  date: string;
  kind: string;
  title?: string;
  body?: string;
  answers?: Record<string, string>;
  mood?: number | null;
  tags?: string[];
}

async function seed(page: Page, rows: Seed[]): Promise<void> {
  await page.goto('/#/today');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('grove');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('entries', 'readwrite');
      list.forEach((row, i) => {
        const stamp = `${row.date}T09:00:00.000Z`;
        tx.objectStore('entries').put({
          id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
          createdAt: stamp,
          updatedAt: stamp,
          deleted: 0,
          deletedAt: null,
          kind: row.kind,
          date: row.date,
          title: row.title ?? `${row.kind} on ${row.date}`,
          body: row.body ?? '',
          answers: row.answers ?? {},
          mood: row.mood ?? null,
          energy: null,
          tags: row.tags ?? [],
          objectiveIds: [],
          sharing: 'private',
          shareSummary: '',
          meetingId: null,
        });
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

const at = (date: string) => new Date(`${date}T12:00:00`);

test('back-dated entries over several days: Insights shows the figures they give', async ({
  page,
}) => {
  await page.clock.setFixedTime(at('2026-03-10'));
  await seed(page, [
    { date: '2026-03-01', kind: 'daily', mood: 4, tags: ['running'] },
    { date: '2026-03-02', kind: 'daily', mood: 4, tags: ['running'] },
    { date: '2026-03-03', kind: 'daily', mood: 2 },
    { date: '2026-03-04', kind: 'win', mood: 5, title: 'Shipped the demo', tags: ['running'] },
    // 03-05: nothing written, so the streak restarts on 03-06.
    { date: '2026-03-06', kind: 'feedback', title: 'Speak up more', tags: ['speaking'] },
    {
      date: '2026-03-07',
      kind: 'experiment',
      tags: ['speaking'],
      body: "I can't present. I'm not good at slides.",
      answers: { lesson: 'Say the first idea out loud' },
    },
    { date: '2026-03-08', kind: 'aar', answers: { differently: 'Ask for help sooner' } },
    { date: '2026-03-09', kind: 'reframe', body: "I can't do this yet." },
    { date: '2026-03-10', kind: 'daily', mood: 3 },
  ]);

  await page.getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await page.getByRole('radio', { name: '30 days' }).check();
  await expect(page.getByText('Feb 9, 2026 – Mar 10, 2026')).toBeVisible();

  await expect(page.getByTestId('stat-entries')).toHaveText('9');
  await expect(page.getByTestId('stat-days')).toHaveText('9');
  await expect(page.getByTestId('stat-current-streak')).toHaveText('5 days');
  await expect(page.getByTestId('stat-longest-streak')).toContainText('5 days');
  await expect(page.getByTestId('stat-longest-streak')).toContainText('Mar 6, 2026 – Mar 10, 2026');
  await expect(page.getByText('9 entries over 5 weeks; the busiest week had 6.')).toBeVisible();

  await expect(
    page.getByText('Mood averaged 3.6 out of 5 over 5 rated days; the last 30 days average 3.6.'),
  ).toBeVisible();
  // Five rated days cannot say what goes with better days: the screen says so.
  await expect(
    page.getByText(/Not enough rated days to compare yet \(5 rated days\)/),
  ).toBeVisible();
  await expect(page.getByText(/not causes/)).toBeVisible();
  await expect(page.getByText(/^2 fixed-mindset phrases and 2 reframes and “yet”s/)).toBeVisible();
  await expect(page.getByTestId('feedback-summary')).toHaveText(
    '1 piece of feedback, 1 acted on (typically within 1 day).',
  );
  await expect(page.getByText(/Followed by an experiment .* 1 day later/)).toBeVisible();
  // Worked out off the main thread.
  expect(page.workers().some((w) => w.url().includes('insights.worker'))).toBe(true);

  // Keyboard: the weekly chart reads out each week.
  const chart = page.getByRole('group', { name: /Entries per week, by kind/ });
  await chart.focus();
  await page.keyboard.press('Home');
  await expect(page.getByText(/^Week of Feb 9, 2026: 0 entries/)).toBeVisible();
  await page.keyboard.press('End');
  await expect(
    page.getByText(
      'Week of Mar 9, 2026: 2 entries — 1 reflection, 1 growth, 0 feedback and 1:1s, 0 wins',
    ),
  ).toBeVisible();
  // The text alternative: the same figures as a table.
  await page.getByText('Show as a table').first().click();
  await expect(page.getByRole('row', { name: 'Mar 2, 2026 6 2 2 1 1' })).toBeVisible();

  // A custom period: only the first four days.
  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByLabel('From', { exact: true }).fill('2026-03-01');
  await page.getByLabel('To', { exact: true }).fill('2026-03-04');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.locator('.insights__range')).toHaveText('Mar 1, 2026 – Mar 4, 2026');
  await expect(page.getByTestId('stat-entries')).toHaveText('4');
  await expect(page.getByTestId('stat-longest-streak')).toContainText('4 days');
  await page.getByRole('radio', { name: '30 days' }).check();
  await expect(page.getByTestId('stat-entries')).toHaveText('9');

  await expectNoAxeViolations(page);
  await screenshot(page, 'insights-light');
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectNoAxeViolations(page);
  await screenshot(page, 'insights-dark');

  // Year in review for the same journal, and its Markdown file.
  await page.getByRole('link', { name: 'Year in review' }).click();
  await page.getByLabel('Covering').selectOption('1');
  await expect(page.getByRole('heading', { level: 1, name: '2026 Q1 in review' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Shipped the demo' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as Markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('grove-2026-q1-in-review.md');
  const text = await (await file.createReadStream()).toArray();
  const markdown = Buffer.concat(text).toString('utf8');
  expect(markdown).toContain('# 2026 Q1 in review');
  expect(markdown).toContain('- Entries: 9 on 9 days');
  expect(markdown).toContain('- 2026-03-04: Shipped the demo');
  await expectNoAxeViolations(page);
});

test('a lesson comes back on Today on its day; "applied it" moves it along', async ({ page }) => {
  await page.clock.setFixedTime(at('2026-03-10'));
  await seed(page, [
    {
      date: '2026-03-09',
      kind: 'aar',
      title: 'Launch review',
      answers: { differently: 'Ask for help sooner' },
    },
  ]);
  await page.reload();
  const card = page.getByRole('region', { name: 'A lesson comes back' });
  await expect(card.getByText('Ask for help sooner')).toBeVisible();
  await expect(card.getByText(/written .* · yesterday/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'today-lesson-light');

  await card.getByRole('button', { name: 'Applied it' }).click();
  await expect(card).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'A lesson comes back' })).toBeHidden();

  // Applied on day one: next due a week after it was written (16 March), not before.
  await page.clock.setFixedTime(at('2026-03-15'));
  await page.reload();
  await expect(page.getByText('Today’s prompt')).toBeVisible();
  await expect(page.getByRole('region', { name: 'A lesson comes back' })).toBeHidden();

  await page.clock.setFixedTime(at('2026-03-16'));
  await page.reload();
  await expect(card.getByText('Ask for help sooner')).toBeVisible();
  await expect(card.getByText(/a week on/)).toBeVisible();

  // The setting turns it off.
  await page.getByRole('link', { name: 'Settings' }).click();
  const setting = page.getByLabel(/Bring lessons back on Today/);
  await setting.click();
  await expect(setting).not.toBeChecked();
  await page.getByRole('link', { name: 'Today', exact: true }).first().click();
  await expect(page.getByText('Today’s prompt')).toBeVisible();
  await expect(page.getByRole('region', { name: 'A lesson comes back' })).toBeHidden();
  await page.getByRole('link', { name: 'Settings' }).click();
  await setting.click();
  await expect(setting).toBeChecked();
  await page.getByRole('link', { name: 'Today', exact: true }).first().click();

  await card.getByRole('button', { name: 'Still working on it' }).click();
  await expect(card).toBeHidden();
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await screenshot(page, 'today-after-lesson-dark');
});

test('without a worker (it cannot start), Insights still works out every section', async ({
  page,
}) => {
  await page.route('**/insights.worker-*.js', (route) => route.abort());
  await page.clock.setFixedTime(at('2026-03-10'));
  await seed(page, [
    { date: '2026-03-09', kind: 'daily', mood: 2 },
    { date: '2026-03-10', kind: 'daily', mood: 4 },
  ]);
  await page.goto('/#/insights');
  await expect(
    page.getByText('Mood averaged 3.0 out of 5 over 2 rated days; the last 30 days average 3.0.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Feedback ledger' })).toBeVisible();
  // Worked out on the main thread: no Insights worker is running (the search index has its own).
  expect(page.workers().filter((w) => w.url().includes('insights'))).toEqual([]);
});
