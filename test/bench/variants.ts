import type { Page } from '@playwright/test';
import { ENCRYPTED } from './encryption-bench';
import type { GroveBench } from './page';
import type { Spread } from './stats';

/**
 * A pass of the benchmark: the same figures, measured on the same seeded journal, under one
 * configuration of the app. The plain pass is always run first; the pass "with encryption on"
 * follows it on the same journal, and every figure it measures lands in the JSON with its
 * `suffix` appended (`startMs` → `startMsEnc`) and in the printed table beside the plain one.
 *
 * The raw baselines are measured once per run, before any pass, and every pass is compared with
 * them: encryption's cost shows as the distance between a figure and its `Enc` twin.
 */
export interface BenchVariant {
  /** Appended to every JSON key of this pass: '' for the plain pass, 'Enc' for encryption on. */
  suffix: string;
  /** Heads this pass's column of the printed table, e.g. "encryption on". */
  label: string;
  /**
   * Turns the seeded profile into this configuration, once, on the benchmark page (which shares
   * the app's origin and IndexedDB), and leaves that page able to read and write the journal —
   * for encryption: turn it on with a passphrase and stay unlocked.
   */
  prepare(benchPage: Page): Promise<void>;
  /**
   * Runs on a freshly opened app page right after navigation: whatever a person must do before
   * the journal shows (for encryption: type the passphrase and submit). Returns the page's
   * `performance.now()` at the moment the app was allowed to start (the unlock submitted), from
   * which start and search figures are measured; 0 when nothing is needed.
   */
  unlock(appPage: Page): Promise<number>;
  /**
   * A full backup and the restore of that file, on the benchmark page, as a person runs them in
   * this configuration (with encryption on, the file is sealed and opened with the passphrase).
   */
  backupRoundTrip(benchPage: Page): Promise<{ exportMs: number; restoreMs: number; bytes: number }>;
  /**
   * After the pass: the figures only this configuration has (no plain twin: key derivation,
   * unlock, turning encryption on), then the profile is returned to the plain configuration —
   * the benchmark measures more after the passes, on the plain journal.
   */
  after?(benchPage: Page, sink: FigureSink): Promise<void>;
}

/** Where a pass's own figures go: the JSON (keys as given, no suffix) and the printed table. */
export interface FigureSink {
  /** A figure from its runs (median, min, max; at least three runs, each a finite number). */
  figure(key: string, runs: readonly number[]): Spread;
  /** A figure measured so far in this run, by its key in the JSON. */
  spreadOf(key: string): Spread;
  /** A figure already measured, also under a second key (a name the JSON had before). */
  alias(key: string, of: string): Spread;
  /** A line of the table; `value` goes in this pass's column. */
  row(label: string, value: string, target: string, baseline?: string): void;
  /** The figures measured so far in this run, to compare with. */
  results: Readonly<Record<string, number>>;
}

export const PLAIN: BenchVariant = {
  suffix: '',
  label: 'plain',
  prepare: async () => {},
  unlock: async () => 0,
  backupRoundTrip: (page) =>
    page.evaluate(() =>
      (window as unknown as { groveBench: GroveBench }).groveBench.backupRoundTrip(),
    ),
};

/** The passes this run measures, in order: plain, then encryption on (test/bench/encryption-bench.ts). */
export const VARIANTS: readonly BenchVariant[] = [PLAIN, ENCRYPTED];
