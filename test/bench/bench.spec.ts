import { expect, test, type Page } from '@playwright/test';
import { initialBundleGzipKB } from './bundle';
import type { GroveBench } from './page';
import { percentile, round } from './stats';

const QUICK = process.env['BENCH_QUICK'] === '1';
const ENTRIES = Number(process.env['BENCH_ENTRIES'] ?? (QUICK ? 2_000 : 20_000));
const OBJECTIVES = Math.max(10, Math.round(ENTRIES / 100));
const GENERATE = { seed: 42, entries: ENTRIES, objectives: OBJECTIVES, years: 10 };
const REPS = QUICK ? { save: 30, search: 16, start: 3 } : { save: 200, search: 48, start: 7 };

declare global {
  interface Window {
    groveBench: GroveBench;
  }
}

async function benchPage(page: Page): Promise<void> {
  await page.goto('/bench.html');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
}

test('Grove benchmark', async ({ page }, testInfo) => {
  const results: Record<string, number | string | null> = {
    entries: ENTRIES,
    objectives: OBJECTIVES,
    quick: QUICK ? 1 : 0,
  };
  const table: { label: string; value: string; target: string; baseline: string }[] = [];
  const ms = (v: number) => `${round(v)} ms`;
  let peakHeap = 0;
  const sampleHeap = async (p: Page) => {
    const heap = await p.evaluate(() => window.groveBench?.heapMB() ?? null).catch(() => null);
    if (heap !== null) peakHeap = Math.max(peakHeap, heap);
  };

  await benchPage(page);
  const counts = await page.evaluate((options) => window.groveBench.seed(options), GENERATE);
  expect(counts['entries']).toBe(ENTRIES);
  await sampleHeap(page);

  // Physical baselines first, on the same data, in the same browser.
  const raw = await page.evaluate(
    ([options, reps]) => window.groveBench.rawBaselines(options, reps),
    [GENERATE, QUICK ? 4 : 8] as const,
  );
  results['rawBulkPutMs'] = round(raw.rawBulkPutMs);
  results['rawToArrayMs'] = round(raw.rawToArrayMs);
  results['naiveSearchP95Ms'] = round(percentile(raw.naiveSearchMs, 95));

  // Save: one entry at a time through the repository's durable save path.
  const saves = await page.evaluate((n) => window.groveBench.saveTimes(n), REPS.save);
  results['saveP50Ms'] = round(percentile(saves, 50));
  results['saveP95Ms'] = round(percentile(saves, 95));
  table.push({
    label: 'save entry p50 / p95',
    value: `${ms(percentile(saves, 50))} / ${ms(percentile(saves, 95))}`,
    target: 'p95 < 20 ms',
    baseline: '',
  });
  await sampleHeap(page);

  const bundle = initialBundleGzipKB('out/bench');
  results['bundleGzipKB'] = bundle.kb;
  table.push({
    label: 'initial JS bundle (gzip)',
    value: `${bundle.kb} KB`,
    target: 'small',
    baseline: '',
  });

  table.push({
    label: 'raw bulkPut of all entries',
    value: ms(raw.rawBulkPutMs),
    target: '',
    baseline: 'physical floor',
  });
  table.push({
    label: 'raw toArray of all entries',
    value: ms(raw.rawToArrayMs),
    target: '',
    baseline: 'physical floor',
  });
  table.push({
    label: 'naive scan search p95',
    value: ms(percentile(raw.naiveSearchMs, 95)),
    target: '',
    baseline: 'what an index avoids',
  });
  results['peakHeapMB'] = round(peakHeap);
  table.push({ label: 'peak JS heap', value: `${round(peakHeap)} MB`, target: '', baseline: '' });

  await testInfo.attach('bench-table', {
    body: JSON.stringify(table),
    contentType: 'application/json',
  });
  await testInfo.attach('bench-results', {
    body: JSON.stringify(results),
    contentType: 'application/json',
  });
});
