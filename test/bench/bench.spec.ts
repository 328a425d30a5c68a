import { expect, test, type Page } from '@playwright/test';
import { initialBundleGzipKB } from './bundle';
import { measureImportExport } from './import-bench';
import { measureInsights } from './insights';
import type { GroveBench } from './page';
import { MIN_RUNS, percentile, round, show, spread, type Row, type Spread } from './stats';
import { VARIANTS, type BenchVariant, type FigureSink } from './variants';

const QUICK = process.env['BENCH_QUICK'] === '1';
const ENTRIES = Number(process.env['BENCH_ENTRIES'] ?? (QUICK ? 2_000 : 20_000));
const OBJECTIVES = Math.max(10, Math.round(ENTRIES / 100));
const GENERATE = { seed: 42, entries: ENTRIES, objectives: OBJECTIVES, years: 10 };
/** Every figure is the median of `RUNS` independent runs (start: of `starts` fresh page loads). */
const RUNS = MIN_RUNS;
/** The long entry typed into: 1 MB of Markdown, as a long pasted document would be. */
const BIG_ENTRY_BYTES = 1_000_000;
const REPS = QUICK
  ? { save: 30, starts: 5, typed: 120, naive: 4 }
  : { save: 200, starts: 9, typed: 500, naive: 8 };
/**
 * Repetitions within each run of a pass. The quick run (`npm test`'s smoke run) keeps the passes
 * after the plain one tiny: it proves they measure every figure, the full run gives them weight.
 */
const PASS_REPS = (variant: BenchVariant) =>
  QUICK && variant.suffix !== ''
    ? { save: 10, starts: MIN_RUNS, typed: 20, words: 1, bigBytes: 100_000 }
    : {
        save: REPS.save,
        starts: REPS.starts,
        typed: REPS.typed,
        words: Infinity,
        bigBytes: BIG_ENTRY_BYTES,
      };
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
/** The word typed right after opening the app, for "search usable after start". */
const FIRST_WORD = 'growth';

declare global {
  interface Window {
    groveBench: GroveBench;
  }
}

/** A row of one pass; `ratio` (to the floor) is this pass's, the rest is shared by every pass. */
type PassRow = Row & { ratio?: string };

const ms = (v: number) => `${round(v)} ms`;
const ratio = (value: number, base: number) => (base > 0 ? `${round(value / base, 2)}×` : '');

/** The JS heap of a page; a run without `performance.memory` fails rather than report 0. */
async function heapMB(page: Page): Promise<number> {
  const heap = await page.evaluate(() => {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize / 1024 / 1024 : null;
  });
  if (heap === null || !(heap > 0))
    throw new Error(
      `bench: performance.memory is missing on ${page.url()} (read ${heap}), so the peak heap cannot be measured (Chromium with --enable-precise-memory-info is needed)`,
    );
  return heap;
}

/** Navigation (or unlock) → the first journal entry on screen, read in the page at that frame. */
async function measureStart(page: Page, variant: BenchVariant): Promise<number> {
  await page.goto('/#/journal', { waitUntil: 'commit' });
  const from = await variant.unlock(page);
  const handle = await page.waitForFunction(
    () => {
      const link = document.querySelector('.timeline [data-entry-link]');
      return link && link.getBoundingClientRect().height > 0 ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return ((await handle.jsonValue()) as number) - from;
}

/**
 * A fresh app page: a word is typed into the search box as soon as it exists, and the time is
 * taken when results for it are on screen — from the index still being built, if that is what
 * answers. Then the time the whole index is built. Both from navigation (or unlock).
 */
async function measureSearchStart(
  page: Page,
  variant: BenchVariant,
): Promise<{ usable: number; ready: number }> {
  await page.goto('/#/search', { waitUntil: 'commit' });
  const from = await variant.unlock(page);
  const times = await page.evaluate(
    (word) =>
      new Promise<{ usable: number; ready: number }>((resolve) => {
        let usable = 0;
        let typed = false;
        const check = () => {
          const input = document.getElementById('search-input') as HTMLInputElement | null;
          if (input && !typed) {
            typed = true;
            const setValue = Object.getOwnPropertyDescriptor(
              HTMLInputElement.prototype,
              'value',
            )!.set!;
            setValue.call(input, word);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
          const status = document.querySelector('[data-search-state]');
          if (
            usable === 0 &&
            status?.getAttribute('data-search-shown') === word &&
            Number(status.getAttribute('data-search-count')) > 0
          )
            usable = performance.now();
          if (usable > 0 && status?.getAttribute('data-search-state') === 'ready')
            resolve({ usable, ready: performance.now() });
          else requestAnimationFrame(check);
        };
        check();
      }),
    FIRST_WORD,
  );
  return { usable: times.usable - from, ready: times.ready - from };
}

/**
 * Sets the search box as typing would and waits until results for exactly that text are on
 * screen (`first`: the first answer, which for a long journal ranks the newest entries), then
 * until the final answer for it is (`final`: the whole journal ranked, where that follows).
 */
async function measureQuery(page: Page, query: string): Promise<{ first: number; final: number }> {
  return page.evaluate(async (q) => {
    const input = document.getElementById('search-input') as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const start = performance.now();
    setValue.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    let first = 0;
    return new Promise<{ first: number; final: number }>((resolve) => {
      const check = () => {
        const status = document.querySelector('[data-search-state]');
        const shown = status?.getAttribute('data-search-shown') === q;
        if (shown && first === 0) first = performance.now() - start;
        if (shown && status?.getAttribute('data-search-final') === 'true')
          resolve({ first, final: performance.now() - start });
        else requestAnimationFrame(check);
      };
      check();
    });
  }, query);
}

/**
 * Types `count` characters into the editor already open on `page` and returns the main-thread
 * tasks over 50 ms seen meanwhile, and for each keystroke the time from the key event to the
 * frame after it (the next animation frame, then a task: the paint has happened by then).
 */
async function measureTyping(
  page: Page,
  count: number,
): Promise<{ longTasks: number[]; keystrokes: number[] }> {
  const editor = page.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('Control+End');
  const supported = await page.evaluate(() => {
    if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return false;
    const w = window as unknown as { longTasks: number[]; keystrokes: number[]; typing?: true };
    w.longTasks = [];
    w.keystrokes = [];
    // Moving between screens keeps the document: observe it once, or each run would count twice.
    if (w.typing) return true;
    w.typing = true;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) w.longTasks.push(task.duration);
    }).observe({ type: 'longtask' });
    document.addEventListener(
      'keydown',
      (event) => {
        const at = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.keystrokes.push(performance.now() - at);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
    return true;
  });
  if (!supported) throw new Error('bench: this Chromium reports no long tasks; cannot measure');
  const sentence = 'Setbacks are data; I learn a little more each day. ';
  const text = sentence.repeat(Math.ceil(count / sentence.length)).slice(0, count);
  await page.keyboard.type(text, { delay: 10 });
  // The last keystroke's frame.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
  const measured = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; keystrokes: number[] };
    return { longTasks: w.longTasks, keystrokes: w.keystrokes };
  });
  if (measured.keystrokes.length < count / 2)
    throw new Error(
      `bench: only ${measured.keystrokes.length} of ${count} keystrokes reached a frame`,
    );
  return measured;
}

interface PassOutput {
  results: Record<string, number>;
  spreads: Record<string, Spread>;
  rows: PassRow[];
}

/** Every figure of one pass (plain, or encryption on), each the median of several runs. */
async function measurePass(
  page: Page,
  variant: BenchVariant,
  raw: { bulkPut: Spread; toArray: Spread; naive: Spread },
): Promise<PassOutput> {
  const context = page.context();
  const reps = PASS_REPS(variant);
  const results: Record<string, number> = {};
  const spreads: Record<string, Spread> = {};
  let peakHeap = 0;
  let benchPageHeap = 0;
  const sample = async (p: Page) => {
    const heap = await heapMB(p);
    if (p === page) benchPageHeap = Math.max(benchPageHeap, heap);
    else peakHeap = Math.max(peakHeap, heap);
  };
  const figure = (key: string, runs: number[]): Spread => {
    const s = spread(key + variant.suffix, runs);
    results[key] = round(s.median);
    spreads[key] = s;
    return s;
  };

  // Backup export and restore of the whole journal, as a person runs them.
  const exportsMs: number[] = [];
  const restoresMs: number[] = [];
  let backupBytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const trip = await variant.backupRoundTrip(page);
    exportsMs.push(trip.exportMs);
    restoresMs.push(trip.restoreMs);
    backupBytes = trip.bytes;
    await sample(page);
  }
  const backup = figure('backupExportMs', exportsMs);
  results['backupExportP95Ms'] = round(percentile(exportsMs, 95));
  const restore = figure('restoreMs', restoresMs);
  results['restoreP95Ms'] = round(percentile(restoresMs, 95));
  results['backupMB'] = round(backupBytes / 1024 / 1024);

  // Save: one entry at a time through the repository's durable save path.
  const saveP50: number[] = [];
  const saveP95: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const saves = await page.evaluate((n) => window.groveBench.saveTimes(n), reps.save);
    saveP50.push(percentile(saves, 50));
    saveP95.push(percentile(saves, 95));
  }
  const save50 = figure('saveP50Ms', saveP50);
  const save95 = figure('saveP95Ms', saveP95);
  await sample(page);

  // Save with history and the version check: a later session's edit of an existing entry, which
  // also writes the earlier text as a version (the most a save does). Then the backup's size.
  const historyP95: number[] = [];
  let historyBackupBytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const history = await page.evaluate((n) => window.groveBench.historySaveTimes(n), reps.save);
    historyP95.push(percentile(history.times, 95));
    historyBackupBytes = history.backupBytes;
  }
  const historySave95 = figure('historySaveP95Ms', historyP95);
  results['backupWithHistoryMB'] = round(historyBackupBytes / 1024 / 1024);
  await sample(page);

  // Start: a fresh page each time (the database stays, as it does between launches).
  const starts: number[] = [];
  for (let i = 0; i < reps.starts; i++) {
    const fresh = await context.newPage();
    starts.push(await measureStart(fresh, variant));
    await sample(fresh);
    await fresh.close();
  }
  const start = figure('startMs', starts);
  results['startP95Ms'] = round(percentile(starts, 95));

  // Search usable after start, and the whole index built, on fresh pages.
  const usable: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const fresh = await context.newPage();
    const times = await measureSearchStart(fresh, variant);
    usable.push(times.usable);
    ready.push(times.ready);
    await sample(fresh);
    await fresh.close();
  }
  const searchUsable = figure('searchUsableMs', usable);
  const indexReady = figure('searchIndexReadyMs', ready);

  // Search as you type, once the index is built: every prefix of every word, several times.
  const app = await context.newPage();
  await app.goto('/#/search', { waitUntil: 'commit' });
  await variant.unlock(app);
  await expect(app.locator('[data-search-state="ready"]')).toBeAttached({ timeout: 1_800_000 });
  const searchP50: number[] = [];
  const searchP95: number[] = [];
  const fullP95: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const queries: number[] = [];
    const finals: number[] = [];
    await measureQuery(app, '');
    for (const word of SEARCH_WORDS.slice(0, reps.words)) {
      for (let n = 1; n <= word.length; n++) {
        const times = await measureQuery(app, word.slice(0, n));
        queries.push(times.first);
        finals.push(times.final);
      }
    }
    searchP50.push(percentile(queries, 50));
    searchP95.push(percentile(queries, 95));
    fullP95.push(percentile(finals, 95));
    await sample(app);
  }
  const search50 = figure('searchP50Ms', searchP50);
  const search95 = figure('searchP95Ms', searchP95);
  const searchFull = figure('searchFinalP95Ms', fullP95);

  // Typing: into a new note, and at the end of a stored 1 MB entry.
  const bigId = await page.evaluate(
    ([options, bytes]) => window.groveBench.saveBigEntry(options, bytes),
    [GENERATE, reps.bigBytes] as const,
  );
  const newTasks: number[] = [];
  const newLongest: number[] = [];
  const newKeys: number[] = [];
  const bigTasks: number[] = [];
  const bigLongest: number[] = [];
  const bigKeys: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await app.goto('/#/write/note');
    const typedNew = await measureTyping(app, reps.typed);
    newTasks.push(typedNew.longTasks.length);
    newLongest.push(Math.max(0, ...typedNew.longTasks));
    newKeys.push(percentile(typedNew.keystrokes, 95));
    await app.goto(`/#/entry/${bigId}`);
    const typedBig = await measureTyping(app, reps.typed);
    bigTasks.push(typedBig.longTasks.length);
    bigLongest.push(Math.max(0, ...typedBig.longTasks));
    bigKeys.push(percentile(typedBig.keystrokes, 95));
    await sample(app);
  }
  // Leave the editor and let the last draft reach the database (the write-ahead log empties)
  // before the page closes: a person's window would, and a log left behind would be replayed by
  // the next page measured (or, sealed, outlive the key once encryption is turned off again).
  await app.goto('/#/today');
  await app.waitForFunction(
    () => !Object.keys(localStorage).some((key) => key.startsWith('grove:wal:')),
    undefined,
    { timeout: 120_000 },
  );
  await app.close();
  const tasksNew = figure('longTasksWhileTyping', newTasks);
  results['longestTaskWhileTypingMs'] = round(Math.max(...newLongest));
  const keysNew = figure('keystrokeNewP95Ms', newKeys);
  const tasksBig = figure('bigEntryLongTasks', bigTasks);
  results['bigEntryLongestTaskMs'] = round(Math.max(...bigLongest));
  const keysBig = figure('keystrokeP95Ms', bigKeys);

  results['peakHeapMB'] = round(peakHeap);
  results['backupPageHeapMB'] = round(benchPageHeap);

  const big = ENTRIES > 50_000;
  const rows: PassRow[] = [
    {
      label: 'start → first entries, p95 of loads',
      value: `${show(start)} p95 ${ms(results['startP95Ms']!)}`,
      target: big ? 'p95 < 600 ms' : 'p95 < 400 ms',
      baseline: variant.suffix ? '' : `${starts.length} fresh loads per pass`,
    },
    { label: 'save one entry, p50', value: show(save50), target: '', baseline: '' },
    { label: 'save one entry, p95', value: show(save95), target: '< 20 ms', baseline: '' },
    {
      label: 'save with history + version check, p95',
      value: show(historySave95),
      target: '< 10 ms',
      baseline: 'backup with history, MB',
      ratio: `${results['backupWithHistoryMB']}`,
    },
    { label: 'search as you type, p50', value: show(search50), target: '', baseline: '' },
    {
      label: 'search as you type, p95',
      value: show(search95),
      target: big ? '< 30 ms' : '< 16 ms',
      baseline: `naive scan p95 ${ms(raw.naive.median)}`,
      ratio: ratio(search95.median, raw.naive.median),
    },
    {
      label: 'search, final answer, p95',
      value: show(searchFull),
      target: 'report',
      baseline: 'the whole journal ranked',
    },
    {
      label: 'search usable after start',
      value: show(searchUsable),
      target: big ? '< 2000 ms' : '< 1000 ms',
      baseline: '',
    },
    {
      label: 'search index complete',
      value: show(indexReady),
      target: 'off the main thread',
      baseline: '',
    },
    {
      label: 'long tasks while typing, new note',
      value: `${show(tasksNew, '')} max ${ms(results['longestTaskWhileTypingMs']!)}`,
      target: '0',
      baseline: '',
    },
    { label: 'key → paint p95, new note', value: show(keysNew), target: '< 16 ms', baseline: '' },
    {
      label: 'long tasks while typing, 1 MB entry',
      value: `${show(tasksBig, '')} max ${ms(results['bigEntryLongestTaskMs']!)}`,
      target: '0',
      baseline: '',
    },
    { label: 'key → paint p95, 1 MB entry', value: show(keysBig), target: '< 16 ms', baseline: '' },
    {
      label: 'backup export',
      value: show(backup),
      target: '≤ 1.3× raw',
      baseline: `raw toArray ${ms(raw.toArray.median)}`,
      ratio: ratio(backup.median, raw.toArray.median),
    },
    {
      label: 'restore incl. validation',
      value: show(restore),
      target: '≤ 1.2× raw',
      baseline: `raw bulkPut ${ms(raw.bulkPut.median)}`,
      ratio: ratio(restore.median, raw.bulkPut.median),
    },
    {
      label: 'peak JS heap, app pages',
      value: `${round(peakHeap)} MB`,
      target: big ? '< 300 MB' : 'report',
      baseline: '',
    },
    {
      label: 'peak JS heap, backup page',
      value: `${round(benchPageHeap)} MB`,
      target: 'report',
      baseline: 'backup file, MB',
      ratio: `${results['backupMB']}`,
    },
  ];
  return { results, spreads, rows };
}

/** The passes' rows side by side: the plain value, then each further pass's, in one line. */
function sideBySide(passes: readonly PassOutput[]): Row[] {
  const [first, ...others] = passes;
  if (!first) return [];
  return first.rows.map((row, i) => {
    const same = others.map((p) => p.rows[i]!);
    const ratios = [row, ...same].map((r) => r.ratio ?? '');
    return {
      label: row.label,
      value: row.value,
      also: same.map((r) => r.value),
      target: row.target,
      baseline: ratios.some(Boolean) ? `${row.baseline} (${ratios.join(' / ')})` : row.baseline,
    };
  });
}

test('Grove benchmark', async ({ page }, testInfo) => {
  const results: Record<string, number> = { entries: ENTRIES, objectives: OBJECTIVES };
  const spreads: Record<string, Spread> = {};
  const table: Row[] = [];
  const record = (key: string, s: Spread) => {
    results[key] = round(s.median);
    spreads[key] = s;
  };

  // Set-up: the generated journal goes in through the app's own restore of a backup file.
  await page.goto('/bench.html');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const seeded = await page.evaluate((options) => window.groveBench.seed(options), GENERATE);
  expect(seeded.counts['entries']).toBe(ENTRIES);

  // Physical baselines, on the same data, in the same browser, once for every pass.
  const measuredRaw = await page.evaluate(
    ([options, r, naive]) => window.groveBench.rawBaselines(options, r, naive),
    [GENERATE, RUNS, REPS.naive] as const,
  );
  const raw = {
    bulkPut: spread('rawBulkPutMs', measuredRaw.bulkPutMs),
    toArray: spread('rawToArrayMs', measuredRaw.toArrayMs),
    naive: spread('naiveSearchP95Ms', measuredRaw.naiveSearchP95Ms),
  };
  record('rawBulkPutMs', raw.bulkPut);
  record('rawToArrayMs', raw.toArray);
  record('naiveSearchP95Ms', raw.naive);
  table.push(
    { label: 'raw bulkPut (floor)', value: show(raw.bulkPut), target: '', baseline: '' },
    { label: 'raw toArray (floor)', value: show(raw.toArray), target: '', baseline: '' },
    { label: 'naive scan search, p95', value: show(raw.naive), target: '', baseline: '' },
  );

  // The passes, one after the other on the same journal: plain, then each configuration, which
  // then measures its own figures and returns the journal to plain.
  const passes: PassOutput[] = [];
  const ownRows: Row[] = [];
  for (const variant of VARIANTS) {
    const began = Date.now();
    await variant.prepare(page);
    const pass = await measurePass(page, variant, raw);
    passes.push(pass);
    for (const [key, value] of Object.entries(pass.results)) results[key + variant.suffix] = value;
    for (const [key, s] of Object.entries(pass.spreads)) spreads[key + variant.suffix] = s;
    const sink: FigureSink = {
      figure: (key, runs) => {
        const s = spread(key, runs);
        record(key, s);
        return s;
      },
      spreadOf: (key) => {
        const s = spreads[key];
        if (!s) throw new Error(`bench: ${key} was not measured`);
        return s;
      },
      alias: (key, of) => {
        const s = sink.spreadOf(of);
        record(key, s);
        return s;
      },
      row: (label, value, target, baseline = '') =>
        ownRows.push({
          label,
          value: '—',
          also: VARIANTS.slice(1).map((v) => (v === variant ? value : '')),
          target,
          baseline,
        }),
      results,
    };
    await variant.after?.(page, sink);
    // To stderr (the reporter's), so the run's cost per pass shows without touching the JSON line.
    console.log(
      `bench: the ${variant.label} pass took ${Math.round((Date.now() - began) / 1000)} s`,
    );
  }
  table.push(...sideBySide(passes), ...ownRows);

  // Insights: its own module and figures. After the passes: its fixed clock is installed on the
  // whole browser context, and would replace `performance` (and its heap figures) on every page.
  const insights = await measureInsights(page.context(), page, MIN_RUNS);
  Object.assign(results, insights);

  const bundle = initialBundleGzipKB('out/bench');
  if (!(bundle.kb > 0)) throw new Error('bench: the initial bundle could not be measured');
  results['bundleGzipKB'] = bundle.kb;
  table.push({
    label: 'initial JS bundle (gzip)',
    value: `${bundle.kb} KB`,
    target: 'as small as it can be',
    baseline: '',
  });

  // Import from other apps and Markdown export, on the plain journal; late, as it adds entries.
  await measureImportExport(page, ENTRIES, results, table);

  table.push({
    label: 'Insights: open → first chart (p50)',
    value: `${ms(insights['insightsMs']!)} (all sections ${ms(insights['insightsFullMs']!)}, ${insights['insightsLongTasks']} long tasks)`,
    target: '< 300 ms, no task > 50 ms',
    baseline: `Today's lessons query p95 ${ms(insights['todayLessonsP95Ms']!)} (< 20 ms)`,
  });

  // Sync through a folder: last, since it installs sync's change hooks on the page.
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
      value: `${ms(percentile(sync.applyMs, 50))} / ${ms(percentile(sync.applyMs, 95))}`,
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

  const runs: Record<string, [number, number, number]> = {};
  for (const [key, s] of Object.entries(spreads)) runs[key] = [round(s.min), round(s.max), s.n];
  await testInfo.attach('bench-table', {
    body: JSON.stringify({ passes: VARIANTS.map((v) => v.label), rows: table }),
    contentType: 'application/json',
  });
  await testInfo.attach('bench-results', {
    // Each figure is the median of its runs; `runs` gives [min, max, number of runs] per figure.
    body: JSON.stringify({ ...results, runs }),
    contentType: 'application/json',
  });
});
