import { expect, test, type Page } from '@playwright/test';
import { initialBundleGzipKB } from './bundle';
import type { GroveBench } from './page';
import { percentile, round } from './stats';

const QUICK = process.env['BENCH_QUICK'] === '1';
const ENTRIES = Number(process.env['BENCH_ENTRIES'] ?? (QUICK ? 2_000 : 20_000));
const OBJECTIVES = Math.max(10, Math.round(ENTRIES / 100));
const GENERATE = { seed: 42, entries: ENTRIES, objectives: OBJECTIVES, years: 10 };
const REPS = QUICK
  ? { save: 30, start: 3, backup: 1, typed: 120 }
  : { save: 200, start: 7, backup: 3, typed: 500 };
/** As-you-type: each word is typed a letter at a time, and every prefix is a query. */
const SEARCH_WORDS = [
  'growth',
  'feedback',
  'retro',
  'hypothesis',
  'cafe',
  'naive',
  'stakeholder mentor',
];

declare global {
  interface Window {
    groveBench: GroveBench;
  }
}

interface Row {
  label: string;
  value: string;
  target: string;
  baseline: string;
}

const ms = (v: number) => `${round(v)} ms`;
const p50p95 = (values: number[]) =>
  `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`;
const ratio = (value: number, base: number) => (base > 0 ? `${round(value / base, 2)}×` : '');

async function heapMB(page: Page): Promise<number> {
  return page
    .evaluate(() => {
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return memory ? memory.usedJSHeapSize / 1024 / 1024 : 0;
    })
    .catch(() => 0);
}

/** Navigation start → the first journal entry on screen, read in the page at the frame it shows. */
async function measureStart(page: Page): Promise<number> {
  await page.goto('/#/journal', { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const link = document.querySelector('.timeline [data-entry-link]');
      return link && link.getBoundingClientRect().height > 0 ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Sets the search box as typing would and waits until the results for exactly that text show. */
async function measureQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.getElementById('search-input') as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const start = performance.now();
    setValue.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((resolve) => {
      const check = () => {
        const shown = document
          .querySelector('[data-search-shown]')
          ?.getAttribute('data-search-shown');
        if (shown === q) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - start;
  }, query);
}

test('Grove benchmark', async ({ page, context }, testInfo) => {
  const results: Record<string, number> = { entries: ENTRIES, objectives: OBJECTIVES };
  const table: Row[] = [];
  // The app's own pages; the bench page holds the generated journal and whole backup texts, so
  // its heap is reported on its own.
  let peakHeap = 0;
  let benchPageHeap = 0;
  const sample = async (p: Page) => {
    const heap = await heapMB(p);
    if (p === page) benchPageHeap = Math.max(benchPageHeap, heap);
    else peakHeap = Math.max(peakHeap, heap);
  };

  // Set-up: the generated journal goes in through the app's own restore of a backup file.
  await page.goto('/bench.html');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const seeded = await page.evaluate((options) => window.groveBench.seed(options), GENERATE);
  expect(seeded.counts['entries']).toBe(ENTRIES);

  // Physical baselines, on the same data, in the same browser.
  const raw = await page.evaluate(
    ([options, reps]) => window.groveBench.rawBaselines(options, reps),
    [GENERATE, QUICK ? 4 : 8] as const,
  );
  results['rawBulkPutMs'] = round(raw.rawBulkPutMs);
  results['rawToArrayMs'] = round(raw.rawToArrayMs);
  results['naiveSearchP95Ms'] = round(percentile(raw.naiveSearchMs, 95));

  // Backup export and restore of the whole journal.
  const exportsMs: number[] = [];
  const restoresMs: number[] = [seeded.restoreMs];
  let backupBytes = 0;
  for (let i = 0; i < REPS.backup; i++) {
    const round_ = await page.evaluate(() => window.groveBench.backupRoundTrip());
    exportsMs.push(round_.exportMs);
    restoresMs.push(round_.restoreMs);
    backupBytes = round_.bytes;
    await sample(page);
  }
  results['backupExportMs'] = round(percentile(exportsMs, 50));
  results['backupExportP95Ms'] = round(percentile(exportsMs, 95));
  results['restoreMs'] = round(percentile(restoresMs, 50));
  results['restoreP95Ms'] = round(percentile(restoresMs, 95));
  results['backupMB'] = round(backupBytes / 1024 / 1024);

  // Save: one entry at a time through the repository's durable save path.
  const saves = await page.evaluate((n) => window.groveBench.saveTimes(n), REPS.save);
  results['saveP50Ms'] = round(percentile(saves, 50));
  results['saveP95Ms'] = round(percentile(saves, 95));
  await sample(page);

  // Start: a fresh page each time (the database stays, as it does between launches).
  const starts: number[] = [];
  for (let i = 0; i < REPS.start; i++) {
    const fresh = await context.newPage();
    starts.push(await measureStart(fresh));
    await sample(fresh);
    await fresh.close();
  }
  results['startMs'] = round(percentile(starts, 50));
  results['startP95Ms'] = round(percentile(starts, 95));

  // Search as you type, once the index is ready.
  const app = await context.newPage();
  const indexStart = Date.now();
  await app.goto('/#/search');
  await expect(
    app.getByRole('status').filter({ hasText: /Type a few letters|result/ }),
  ).toBeVisible({
    timeout: 120_000,
  });
  results['searchIndexReadyMs'] = Date.now() - indexStart;
  await sample(app);
  const queries: number[] = [];
  for (const word of SEARCH_WORDS) {
    for (let n = 1; n <= word.length; n++) queries.push(await measureQuery(app, word.slice(0, n)));
  }
  results['searchP50Ms'] = round(percentile(queries, 50));
  results['searchP95Ms'] = round(percentile(queries, 95));
  await sample(app);

  // Typing into the editor: long tasks observed while a burst of text is typed.
  await app.goto('/#/write/note');
  const editor = app.locator('.cm-content');
  await editor.click();
  await app.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) w.longTasks.push(task.duration);
    }).observe({ type: 'longtask' });
  });
  const sentence = 'Setbacks are data; I learn a little more each day. ';
  const text = sentence.repeat(Math.ceil(REPS.typed / sentence.length)).slice(0, REPS.typed);
  await app.keyboard.type(text, { delay: 10 });
  const longTasks = await app.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  results['longTasksWhileTyping'] = longTasks.length;
  results['longestTaskWhileTypingMs'] = round(Math.max(0, ...longTasks));
  await sample(app);

  const bundle = initialBundleGzipKB('out/bench');
  results['bundleGzipKB'] = bundle.kb;
  results['peakHeapMB'] = round(peakHeap);
  results['backupPageHeapMB'] = round(benchPageHeap);

  table.push(
    {
      label: 'start → first journal entries (p50 / p95)',
      value: `${ms(percentile(starts, 50))} / ${ms(percentile(starts, 95))}`,
      target: '< 1000 ms',
      baseline: `raw toArray ${ms(raw.rawToArrayMs)}`,
    },
    {
      label: 'save one entry (p50 / p95)',
      value: p50p95(saves),
      target: 'p95 < 20 ms',
      baseline: '',
    },
    {
      label: 'search as you type (p50 / p95)',
      value: p50p95(queries),
      target: 'p95 < 50 ms',
      baseline: `naive scan p95 ${ms(percentile(raw.naiveSearchMs, 95))} (${ratio(percentile(queries, 95), percentile(raw.naiveSearchMs, 95))})`,
    },
    {
      label: 'search index ready after open',
      value: ms(results['searchIndexReadyMs']!),
      target: 'soon, off the first screen',
      baseline: '',
    },
    {
      label: `long tasks typing ${REPS.typed} chars`,
      value: `${longTasks.length} (max ${ms(Math.max(0, ...longTasks))})`,
      target: '0',
      baseline: '',
    },
    {
      label: 'backup export (p50)',
      value: ms(percentile(exportsMs, 50)),
      target: '< 2000 ms',
      baseline: `raw toArray ${ms(raw.rawToArrayMs)} (${ratio(percentile(exportsMs, 50), raw.rawToArrayMs)})`,
    },
    {
      label: 'restore incl. validation (p50)',
      value: ms(percentile(restoresMs, 50)),
      target: '< 3000 ms, ≤ 1.5× raw',
      baseline: `raw bulkPut ${ms(raw.rawBulkPutMs)} (${ratio(percentile(restoresMs, 50), raw.rawBulkPutMs)})`,
    },
    {
      label: 'peak JS heap (app pages)',
      value: `${round(peakHeap)} MB`,
      target: 'bounded',
      baseline: '',
    },
    {
      label: 'peak JS heap (backup + restore)',
      value: `${round(benchPageHeap)} MB`,
      target: 'bounded',
      baseline: `backup file ${round(backupBytes / 1024 / 1024)} MB`,
    },
    {
      label: 'initial JS bundle (gzip)',
      value: `${bundle.kb} KB`,
      target: 'as small as it can be',
      baseline: '',
    },
  );

  // Sync through a folder (issue 17): last, since it installs sync's change hooks on the page.
  // The app page closes first, so its last autosave is in before sync starts.
  await app.close();
  const sync = await page.evaluate((n) => window.groveBench.syncBench(n), QUICK ? 5 : 20);
  expect(sync.problems).toEqual([]);
  expect(sync.entries).toBe(sync.sourceEntries);
  results['syncFirstMs'] = round(sync.firstMs);
  results['syncPushAllMs'] = round(sync.pushMs);
  results['syncFirstDbMs'] = round(sync.applyBatchMs);
  results['syncApplyEditP50Ms'] = round(percentile(sync.applyMs, 50));
  results['syncApplyEditP95Ms'] = round(percentile(sync.applyMs, 95));
  results['syncLongTasks'] = sync.longTasks.length;
  results['syncLongestTaskMs'] = round(Math.max(0, ...sync.longTasks));
  table.push(
    {
      label: `sync: first sync of ${ENTRIES} entries`,
      value: ms(sync.firstMs),
      target: '< 10000 ms',
      baseline: `of which DB ${ms(sync.applyBatchMs)}; upload ${ms(sync.pushMs)}`,
    },
    {
      label: 'sync: one edit applied (p50 / p95)',
      value: p50p95(sync.applyMs),
      target: '< 1000 ms',
      baseline: '',
    },
    {
      label: 'sync: long tasks during first sync',
      value: `${sync.longTasks.length} (max ${ms(Math.max(0, ...sync.longTasks))})`,
      target: '0',
      baseline: '',
    },
  );

  await testInfo.attach('bench-table', {
    body: JSON.stringify(table),
    contentType: 'application/json',
  });
  await testInfo.attach('bench-results', {
    body: JSON.stringify(results),
    contentType: 'application/json',
  });
});
