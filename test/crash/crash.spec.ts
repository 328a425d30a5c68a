import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium.mts';

/**
 * Crash while typing, relaunch, count what was lost.
 *
 * Each cycle opens a new entry in real Chromium on one persistent profile on disk, types at a
 * steady pace (with an occasional thinking pause, after which the autosave completes), and at a
 * random moment either crashes the page's renderer (CDP `Page.crash`) or SIGKILLs the whole
 * browser (no unload, no flush). Then it opens the app again (in the same browser after a renderer
 * crash, in a browser relaunched on the same profile after a kill), lets the app start (the
 * write-ahead log is replayed before the first screen), and checks:
 * - the database opens;
 * - every completed save is intact: every earlier cycle's entry, and in this cycle the text that
 *   was on screen when the editor last said "Saved";
 * - how many typed characters are missing (the stored text must be a prefix of what was typed).
 * Goals: renderer crash, 0 characters lost; browser kill, 0 completed saves lost and at most the
 * characters typed in the last second.
 */

const CYCLES = Number(process.env['CRASH_CYCLES'] ?? 300);
const SEED = Number(process.env['CRASH_SEED'] ?? Date.now() % 100_000);
/** Milliseconds between keystrokes: a brisk typist. */
const PACE_MS = 45;
const KILL_BUDGET_MS = 1000;

/** A small deterministic PRNG, so a failing run can be repeated with CRASH_SEED. */
function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

const WORDS = 'grow learn try again practice feedback notice small steps curious yet'.split(' ');

/** Every process whose command line names this profile: the browser and its children, exactly. */
function profilePids(profile: string): number[] {
  const flag = `--user-data-dir=${profile}`;
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (args.includes(flag)) pids.push(Number(name));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

function browserPid(profile: string): number {
  const flag = `--user-data-dir=${profile}`;
  const main = profilePids(profile).filter((pid) => {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes(flag) && !args.some((a) => a.startsWith('--type='));
  });
  if (main.length !== 1) throw new Error(`expected one browser process, found ${main.length}`);
  return main[0]!;
}

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
    headless: true,
    baseURL: test.info().project.use.baseURL,
  });
}

interface StoredEntry {
  id: string;
  body: string;
  updatedAt: string;
}

/** Reads every entry straight from IndexedDB (after the app has started and replayed its log). */
async function storedEntries(page: Page): Promise<StoredEntry[]> {
  return page.evaluate(
    () =>
      new Promise<StoredEntry[]>((resolve, reject) => {
        const open = indexedDB.open('grove');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('entries', 'readonly').objectStore('entries').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(
              (request.result as StoredEntry[]).map(({ id, body, updatedAt }) => ({
                id,
                body,
                updatedAt,
              })),
            );
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function startApp(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/#/today');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 20_000 });
  return page;
}

test(`crash while typing, ${CYCLES} cycles`, async () => {
  const random = prng(SEED);
  const profile = mkdtempSync(path.join(tmpdir(), 'grove-crash-'));
  const kept = new Map<string, string>(); // entry id → body every later cycle must find intact
  const totals = { cycles: 0, renderer: 0, kill: 0, savesLost: 0, overBudget: 0 };
  const charsLost = { renderer: 0, kill: 0 };
  let charsTyped = 0;
  const failures: string[] = [];
  let context = await launch(profile);
  try {
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const page = await startApp(context);
      await page.goto('/#/write/note');
      await expect(page).toHaveURL(/\/write\/note\/[0-9a-f-]{36}$/);
      const id = page.url().split('/').pop()!;
      const body = page.getByLabel('Entry text');
      await body.click();

      const kind = random() < 0.5 ? 'renderer' : 'kill';
      const typeFor = 300 + random() * 1500;
      const pauseAt = random() < 0.5 ? random() * typeFor : Infinity;
      let typed = '';
      let confirmed = '';
      const times: number[] = [];
      const start = Date.now();
      let paused = false;
      while (Date.now() - start < typeFor) {
        const word = WORDS[Math.floor(random() * WORDS.length)]!;
        for (const ch of `${typed ? ' ' : ''}${word}`) {
          const due = start + times.length * PACE_MS + (paused ? 800 : 0);
          const wait = due - Date.now();
          if (wait > 0) await page.waitForTimeout(wait);
          await page.keyboard.type(ch);
          typed += ch;
          times.push(Date.now());
        }
        if (!paused && Date.now() - start > pauseAt) {
          // A thinking pause: the autosave completes, and that save must survive what follows.
          paused = true;
          await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
          confirmed = typed;
        }
      }

      const crashedAt = Date.now();
      if (kind === 'renderer') {
        const cdp = await context.newCDPSession(page);
        const crashed = page.waitForEvent('crash');
        void cdp.send('Page.crash').catch(() => undefined);
        await crashed;
        // The browser lives on, as when a tab crashes: the person opens Grove again in it.
        await page.close();
      } else {
        for (const pid of [browserPid(profile), ...profilePids(profile)]) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // Already gone with the browser.
          }
        }
        await context.close().catch(() => undefined);
        context = await launch(profile);
      }
      totals[kind]++;

      const after = await startApp(context);
      const entries = await storedEntries(after);
      const byId = new Map(entries.map((e) => [e.id, e.body]));

      for (const [keptId, keptBody] of kept) {
        if (byId.get(keptId) !== keptBody) {
          totals.savesLost++;
          failures.push(`cycle ${cycle}: an earlier entry (${keptId}) changed or vanished`);
        }
      }
      const stored = byId.get(id) ?? '';
      if (!typed.startsWith(stored)) {
        failures.push(`cycle ${cycle} (${kind}): stored text is not what was typed`);
      }
      if (!stored.startsWith(confirmed)) {
        totals.savesLost++;
        failures.push(`cycle ${cycle} (${kind}): a completed save was lost`);
      }
      const lost = Math.max(0, typed.length - stored.length);
      charsLost[kind] += lost;
      charsTyped += typed.length;
      const budget =
        kind === 'renderer' ? 0 : times.filter((t) => t > crashedAt - KILL_BUDGET_MS).length;
      if (lost > budget) {
        totals.overBudget++;
        failures.push(`cycle ${cycle} (${kind}): lost ${lost} characters, budget ${budget}`);
      }
      if (stored) kept.set(id, stored);
      totals.cycles = cycle;
      if (cycle % 25 === 0 && cycle < CYCLES) {
        console.log(
          `… ${cycle} cycles, ${totals.savesLost} saves lost, ${charsLost.renderer + charsLost.kill} characters lost`,
        );
      }
    }
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    console.log(
      `crash test (seed ${SEED}): ${totals.cycles} cycles (${totals.renderer} renderer crashes, ${totals.kill} browser kills), ${totals.savesLost} completed saves lost, characters lost: ${charsLost.renderer} after renderer crashes, ${charsLost.kill} after browser kills (of ${charsTyped} typed), ${totals.overBudget} cycles over budget`,
    );
  }
  expect(failures).toEqual([]);
});
