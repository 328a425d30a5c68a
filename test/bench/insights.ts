import { expect, type BrowserContext, type Page } from '@playwright/test';
import { percentile, round } from './stats';

/**
 * Insights figures, kept apart from the main bench so the runner can change freely:
 * - insightsMs: Insights opened in the running app → its first chart drawn (median of runs);
 * - insightsFullMs: → every section shown (the worker's roll-ups for the default year);
 * - insightsLongTasks / insightsLongestTaskMs: main-thread tasks over 50 ms meanwhile;
 * - todayLessonsP50Ms / P95Ms: Today's query for the lessons to resurface (its added cost).
 * The clock is fixed just after the generated journal's last day, so "the last year" and the
 * lessons due are the same on every run; the search index is built first, so its start-up work
 * is not counted against Insights.
 */
const NOW = new Date('2026-11-23T12:00:00');

async function openInsights(page: Page) {
  return page.evaluate(async () => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const task of list.getEntries()) tasks.push(task.duration);
    });
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    location.hash = '#/insights';
    const when = (selector: string) =>
      new Promise<number>((resolve) => {
        const check = () =>
          document.querySelector(selector)
            ? resolve(performance.now() - start)
            : requestAnimationFrame(check);
        check();
      });
    const firstChart = await when('.insight-chart__canvas canvas');
    const full = await when('#feedback-heading');
    observer.disconnect();
    return { firstChart, full, tasks };
  });
}

export async function measureInsights(
  context: BrowserContext,
  benchPage: Page,
  runs = 3,
): Promise<Record<string, number>> {
  // Today's added cost: the lessons query alone, through the repository, on the bench page.
  const due = await benchPage.evaluate(
    ([today, n]) =>
      (
        window as unknown as {
          groveBenchInsights: {
            dueLessonsTimes(t: string, r: number): Promise<{ times: number[] }>;
          };
        }
      ).groveBenchInsights.dueLessonsTimes(today, n),
    ['2026-11-23', 20] as const,
  );
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.goto('/#/search');
  await expect(
    page.getByRole('status').filter({ hasText: /Type a few letters|result/ }),
  ).toBeVisible({
    timeout: 120_000,
  });
  const first: number[] = [];
  const full: number[] = [];
  const tasks: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => (location.hash = '#/today'));
    await expect(page.locator('.lessons-card')).toBeVisible({ timeout: 60_000 });
    const run = await openInsights(page);
    first.push(run.firstChart);
    full.push(run.full);
    tasks.push(...run.tasks);
  }
  await page.close();
  return {
    insightsMs: round(percentile(first, 50)),
    insightsFullMs: round(percentile(full, 50)),
    insightsLongTasks: tasks.length,
    insightsLongestTaskMs: round(Math.max(0, ...tasks)),
    todayLessonsP50Ms: round(percentile(due.times, 50)),
    todayLessonsP95Ms: round(percentile(due.times, 95)),
  };
}
