import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The Electron smoke test: the built desktop app, launched for real where Electron exists. */
export default defineConfig({
  testDir: here,
  testMatch: '*.spec.ts',
  globalSetup: path.join(here, 'global-setup.ts'),
  outputDir: path.join(here, '../../test-results/electron'),
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
});
