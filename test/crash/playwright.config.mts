import { defineConfig } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 4175);
const cycles = Number(process.env['CRASH_CYCLES'] ?? 300);

/**
 * The crash test: real Chromium on a persistent profile, crashed while typing (see crash.spec.ts).
 * One worker: each cycle kills a whole browser.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/crash',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // About five seconds a cycle on a busy two-core machine, with room to spare.
  timeout: 60_000 + cycles * 15_000,
  use: { baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
