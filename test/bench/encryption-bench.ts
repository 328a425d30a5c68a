import type { Page } from '@playwright/test';
import type { GroveBenchEncryption } from './encryption-page';
import { MIN_RUNS, round, show } from './stats';
import type { BenchVariant, FigureSink } from './variants';

/**
 * The pass "with encryption on": every figure of the plain pass measured again on the same
 * journal, encrypted, with an `Enc` suffix — start and search from the moment the passphrase is
 * submitted. Then the figures only encryption has: Argon2id key derivation, unlock, turning
 * encryption on and off, a plain file restored into the encrypted journal. Afterwards the journal
 * is plain again for the rest of the benchmark.
 */
const PASSPHRASE = 'benchmark passphrase cobalt lantern';

type Win = Window & { groveBenchEnc: GroveBenchEncryption };

/** The first time encryption is turned on (in `prepare`): one run of `encryptJournalMs`. */
let firstEncryptMs: number | undefined;

const encrypt = async (page: Page) =>
  (
    await page.evaluate(
      (p) => (window as unknown as Win).groveBenchEnc.encryptJournal(p),
      PASSPHRASE,
    )
  ).convertMs;

const decrypt = async (page: Page) =>
  (await page.evaluate(() => (window as unknown as Win).groveBenchEnc.decryptJournal())).convertMs;

export const ENCRYPTED: BenchVariant = {
  suffix: 'Enc',
  label: 'encryption on',

  prepare: async (page) => {
    firstEncryptMs = await encrypt(page);
  },

  unlock: async (app) => {
    await app.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    // Submitted in the page, so the moment returned is the click itself, not the driver's
    // round trips before it.
    return app.evaluate(() => {
      const button = [
        ...document.querySelectorAll<HTMLButtonElement>('button[type="submit"]'),
      ].find((b) => b.textContent === 'Unlock');
      if (!button || button.disabled) throw new Error('bench: no Unlock button to press');
      const at = performance.now();
      button.click();
      return at;
    });
  },

  backupRoundTrip: (page) =>
    page.evaluate((p) => (window as unknown as Win).groveBenchEnc.sealedRoundTrip(p), PASSPHRASE),

  after: async (page, sink: FigureSink) => {
    const kdf: number[] = [];
    const unlock: number[] = [];
    const restorePlain: number[] = [];
    for (let i = 0; i < MIN_RUNS; i++) {
      const times = await page.evaluate(
        (p) => (window as unknown as Win).groveBenchEnc.lockAndUnlock(p),
        PASSPHRASE,
      );
      kdf.push(times.kdfMs);
      unlock.push(times.unlockMs);
    }
    for (let i = 0; i < MIN_RUNS; i++) {
      const { restoreMs } = await page.evaluate(() =>
        (window as unknown as Win).groveBenchEnc.restorePlain(),
      );
      restorePlain.push(restoreMs);
    }
    // Off and on again, to have three runs of each; the last turns it off for good.
    if (firstEncryptMs === undefined) throw new Error('bench: encryption was not turned on');
    const encrypts = [firstEncryptMs];
    const decrypts: number[] = [];
    for (let i = 1; i < MIN_RUNS; i++) {
      decrypts.push(await decrypt(page));
      encrypts.push(await encrypt(page));
    }
    decrypts.push(await decrypt(page));

    const kdfMs = sink.figure('kdfMs', kdf);
    const unlockMs = sink.figure('unlockMs', unlock);
    const plainRestore = sink.figure('restorePlainMsEnc', restorePlain);
    const on = sink.figure('encryptJournalMs', encrypts);
    const off = sink.figure('decryptJournalMs', decrypts);
    // Measured by the pass itself; kept under the names the Privacy figures had.
    const toEntries = sink.alias('unlockToFirstEntriesMs', 'startMsEnc');
    const searchReady = sink.spreadOf('searchIndexReadyMsEnc');
    const sealedRestore = sink.alias('restoreEncMs', 'restoreMsEnc');

    sink.row(
      'encryption: key derivation (Argon2id)',
      show(kdfMs),
      'report',
      'Argon2id 64 MiB, t=3, p=1',
    );
    sink.row('encryption: unlock → newest entries read', show(unlockMs), '< 1500 ms');
    sink.row('encryption: passphrase → entries on screen', show(toEntries), '< 1500 ms');
    sink.row('encryption: search complete after unlock', show(searchReady), '< 3000 ms');
    sink.row(
      'encryption: restore of an encrypted backup',
      show(sealedRestore),
      '≤ 1.5× plain file',
      `plain file ${show(plainRestore)} (${round(sealedRestore.median / Math.max(1, plainRestore.median), 2)}×)`,
    );
    sink.row(
      'encryption: turning it on / off',
      `${round(on.median)} / ${round(off.median)} ms`,
      'report',
      `on ${round(on.min)}–${round(on.max)}, off ${round(off.min)}–${round(off.max)}`,
    );
  },
};
