import { expect, type Page } from '@playwright/test';
import type { GroveBench } from './page';
import { round } from './stats';

/**
 * Import from other apps and Markdown export: kept apart from the main benchmark so
 * it can move with the runner. Runs last: it adds the imported entries to the journal.
 */
export async function measureImportExport(
  page: Page,
  entries: number,
  results: Record<string, number>,
  table: { label: string; value: string; target: string; baseline: string }[],
): Promise<void> {
  // One window, as a person imports: another open app page re-reads the journal after every
  // committed batch (live queries), and its reads hold up the import's writes.
  for (const other of page.context().pages()) if (other !== page) await other.close();
  await page.goto('/bench.html');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const exported = await page.evaluate(() =>
    (window as unknown as { groveBench: GroveBench }).groveBench.markdownExport(),
  );
  const count = Math.round(entries / 2);
  const imported = await page.evaluate(
    (n) => (window as unknown as { groveBench: GroveBench }).groveBench.dayOneImport(n),
    count,
  );
  expect(imported.added).toBe(count);

  results['markdownExportMs'] = round(exported.ms);
  results['markdownExportEntries'] = exported.entries;
  results['markdownExportMB'] = round(exported.bytes / 1024 / 1024);
  results['importDayOneEntries'] = count;
  results['importPreviewMs'] = round(imported.previewMs);
  results['importMs'] = round(imported.importMs);
  results['importLongTasks'] = imported.longTasks.length;
  results['importLongestTaskMs'] = round(Math.max(0, ...imported.longTasks));
  table.push(
    {
      label: `Markdown export, ${exported.entries} entries`,
      value: `${round(exported.ms)} ms`,
      target: '< 5000 ms',
      baseline: `zip ${round(exported.bytes / 1024 / 1024)} MB`,
    },
    {
      label: `Day One import preview, ${count}`,
      value: `${round(imported.previewMs)} ms`,
      target: '< 2000 ms',
      baseline: '',
    },
    {
      label: `Day One import write, ${count}`,
      value: `${round(imported.importMs)} ms`,
      target: '< 5000 ms',
      baseline: `long tasks ${imported.longTasks.length} (max ${round(Math.max(0, ...imported.longTasks))} ms)`,
    },
  );
}
