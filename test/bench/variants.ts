import type { Page } from '@playwright/test';

/**
 * A pass of the benchmark: the same figures, measured on the same seeded journal, under one
 * configuration of the app. The plain pass is always run; a pass "with encryption on" is one more
 * entry in `VARIANTS`, and every figure it measures lands in the JSON with its `suffix` appended
 * (`startMs` → `startMsEnc`).
 *
 * The raw baselines are measured once per run, before any pass, and every pass is compared with
 * them: encryption's cost shows as the distance between a figure and its `Enc` twin.
 */
export interface BenchVariant {
  /** Appended to every JSON key of this pass: '' for the plain pass, 'Enc' for encryption on. */
  suffix: string;
  /** Shown in the printed table, e.g. "encryption on". */
  label: string;
  /**
   * Turns the seeded profile into this configuration, once, on the benchmark page (which shares
   * the app's origin and IndexedDB), and leaves that page able to read and write the journal —
   * for encryption: turn it on with a passphrase and stay unlocked. Runs after the plain pass.
   */
  prepare(benchPage: Page): Promise<void>;
  /**
   * Runs on a freshly opened app page right after navigation: whatever a person must do before
   * the journal shows (for encryption: type the passphrase and submit). Returns the page's
   * `performance.now()` at the moment the app was allowed to start (the unlock submitted), from
   * which start and search figures are measured; 0 when nothing is needed.
   */
  unlock(appPage: Page): Promise<number>;
}

export const PLAIN: BenchVariant = {
  suffix: '',
  label: '',
  prepare: async () => {},
  unlock: async () => 0,
};

/**
 * The passes this run measures. The integrator of encryption adds one entry here, e.g.
 *
 *   {
 *     suffix: 'Enc',
 *     label: 'encryption on',
 *     prepare: (page) => page.evaluate(() => window.groveBench.enableEncryption('bench passphrase')),
 *     unlock: async (app) => {
 *       await app.getByLabel('Passphrase').fill('bench passphrase');
 *       const at = await app.evaluate(() => performance.now());
 *       await app.getByRole('button', { name: 'Unlock' }).click();
 *       return at;
 *     },
 *   }
 *
 * and `enableEncryption` to the benchmark page (test/bench/page.ts), going through the app's own
 * repository call that turns encryption on. Nothing else in the benchmark changes.
 */
export const VARIANTS: readonly BenchVariant[] = [PLAIN];
