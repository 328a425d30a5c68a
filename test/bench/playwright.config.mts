import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium.mts';

const port = Number(process.env['BENCH_PORT'] ?? 4190);

/** `npm run bench`: one long serial test against the bench build, reported by ./reporter.mts. */
export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  outputDir: '../../test-results/bench',
  workers: 1,
  retries: 0,
  reporter: [['./reporter.mts']],
  // 40 minutes per 20,000 entries: seeding, the backup round trips, the index builds and the
  // encryption conversions grow with the journal, and the encryption-on pass repeats the plain one.
  timeout: Math.max(1, Number(process.env['BENCH_ENTRIES'] ?? 20_000) / 20_000) * 40 * 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    viewport: { width: 1200, height: 800 },
    launchOptions: {
      executablePath: chromiumExecutable(),
      // performance.memory with real numbers, for the peak heap figure.
      args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    cwd: '../..',
    env: { GROVE_BENCH: '1' },
    url: `http://127.0.0.1:${port}/bench.html`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
