import type { BrowserContext, Page } from '@playwright/test';
import type { GroveBenchEncryption } from './encryption-page';
import type { GroveBench } from './page';
import { percentile, round } from './stats';

/**
 * The benchmark with encryption on, run last on the same journal: kdfMs and unlockMs
 * apart, passphrase → first entries on screen, search ready after unlock, and the save and
 * search figures again with an `Enc` suffix, so both appear in the same run.
 */
const PASSPHRASE = 'benchmark passphrase cobalt lantern';

interface Row {
  label: string;
  value: string;
  target: string;
  baseline: string;
}

export interface EncryptionBenchInput {
  page: Page;
  context: BrowserContext;
  results: Record<string, number>;
  table: Row[];
  saveReps: number;
  searchWords: readonly string[];
  measureQuery: (page: Page, query: string) => Promise<number>;
}

type Win = Window & { groveBench: GroveBench; groveBenchEnc: GroveBenchEncryption };
const ms = (v: number) => `${round(v)} ms`;

export async function measureEncryption(input: EncryptionBenchInput): Promise<void> {
  const { page, context, results, table } = input;
  const { convertMs } = await page.evaluate(
    (p) => (window as unknown as Win).groveBenchEnc.encryptJournal(p),
    PASSPHRASE,
  );
  results['encryptJournalMs'] = round(convertMs);
  const unlock = await page.evaluate(
    (p) => (window as unknown as Win).groveBenchEnc.lockAndUnlock(p),
    PASSPHRASE,
  );
  results['kdfMs'] = round(unlock.kdfMs);
  results['unlockMs'] = round(unlock.unlockMs);
  const saves = await page.evaluate(
    (n) => (window as unknown as Win).groveBench.saveTimes(n),
    input.saveReps,
  );
  results['saveP50MsEnc'] = round(percentile(saves, 50));
  results['saveP95MsEnc'] = round(percentile(saves, 95));

  // The app: lock screen → passphrase → first journal entries on screen.
  const app = await context.newPage();
  await app.goto('/#/journal');
  await app.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  const clickedAt = await app.evaluate(() => performance.now());
  await app.getByRole('button', { name: 'Unlock' }).click();
  const shown = await app.waitForFunction(
    () => {
      const link = document.querySelector('.timeline [data-entry-link]');
      return link && link.getBoundingClientRect().height > 0 ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  results['unlockToFirstEntriesMs'] = round(((await shown.jsonValue()) as number) - clickedAt);

  // Search after unlock: the index is rebuilt in memory from opened records.
  const searchFrom = Date.now();
  await app.goto('/#/search');
  await app
    .getByRole('status')
    .filter({ hasText: /Type a few letters|result/ })
    .waitFor({ timeout: 120_000 });
  results['searchIndexReadyMsEnc'] = Date.now() - searchFrom;
  const queries: number[] = [];
  for (const word of input.searchWords) {
    for (let n = 1; n <= word.length; n++) {
      queries.push(await input.measureQuery(app, word.slice(0, n)));
    }
  }
  results['searchP50MsEnc'] = round(percentile(queries, 50));
  results['searchP95MsEnc'] = round(percentile(queries, 95));
  await app.close();

  const restore = await page.evaluate(
    (p) => (window as unknown as Win).groveBenchEnc.restoreBoth(p),
    PASSPHRASE,
  );
  results['restorePlainMsEnc'] = round(restore.restorePlainMs);
  results['restoreEncMs'] = round(restore.restoreEncMs);

  table.push(
    {
      label: 'encryption: key derivation / unlock → first entries read',
      value: `${ms(unlock.kdfMs)} / ${ms(unlock.unlockMs)}`,
      target: 'unlock < 1500 ms',
      baseline: 'Argon2id 64 MiB, t=3, p=1',
    },
    {
      label: 'encryption: passphrase → first entries on screen',
      value: ms(results['unlockToFirstEntriesMs']),
      target: '< 1500 ms',
      baseline: '',
    },
    {
      label: 'encryption: search ready after unlock',
      value: ms(results['searchIndexReadyMsEnc']),
      target: '< 3000 ms',
      baseline: `plain ${ms(results['searchIndexReadyMs'] ?? 0)}`,
    },
    {
      label: 'encryption: save p95 / search p95',
      value: `${ms(results['saveP95MsEnc'])} / ${ms(results['searchP95MsEnc'])}`,
      target: 'no worse than plain',
      baseline: `plain ${ms(results['saveP95Ms'] ?? 0)} / ${ms(results['searchP95Ms'] ?? 0)}`,
    },
    {
      label: 'encryption: restore of an encrypted backup',
      value: ms(restore.restoreEncMs),
      target: '≤ 1.5× plain',
      baseline: `plain ${ms(restore.restorePlainMs)} (${round(restore.restoreEncMs / Math.max(1, restore.restorePlainMs), 2)}×)`,
    },
  );
}
