import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Console warnings a library prints that say nothing about Grove, each with why it is harmless.
 * Keep this list short and honest: every other warning fails the test, like an error.
 */
export const ALLOWED_WARNINGS: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: /^Another connection wants to delete database 'grove'\. Closing db now/,
    why: 'Dexie, when a test deletes the database under the open app to start from nothing; Grove itself never deletes its database.',
  },
];

/**
 * Every end-to-end test fails if the page logs an error or a warning, or throws: a CSP violation,
 * a React warning, an unhandled rejection, a failed automatic backup (logged as a warning).
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        const type = message.type();
        if (type !== 'error' && type !== 'warning') return;
        const text = message.text();
        if (type === 'warning' && ALLOWED_WARNINGS.some((a) => a.pattern.test(text))) return;
        problems.push(`${type}: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors and warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Screenshots land in test-results/screens for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}
