import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Tests whose answers depend on the local calendar day. Besides the machine's own zone they run in
 * two zones far from UTC on either side, where the UTC date of an evening or early-morning instant
 * is not its local day: a comparison done on UTC dates fails there.
 */
const DATE_SENSITIVE = [
  'test/unit/dates/**/*.test.ts',
  'test/unit/oneonones/digest.test.ts',
  'test/unit/oneonones/review.test.ts',
  'test/unit/oneonones/review-drafts.test.ts',
  'test/unit/objectives/stale.test.ts',
  'test/unit/export/coach-summary.test.ts',
  'test/unit/export/coach-year-review.test.ts',
];
const ZONES = ['Pacific/Auckland', 'America/Los_Angeles'];

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
    // Some tests start ESLint or compile electron-builder's schema: seconds on a busy 2-core machine.
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'] } },
      ...ZONES.map((zone) => ({
        extends: true as const,
        test: {
          name: `tz:${zone}`,
          include: DATE_SENSITIVE,
          // GROVE_TEST_TZ lets a test check the zone really applied (see local-days.test.ts).
          env: { TZ: zone, GROVE_TEST_TZ: zone },
        },
      })),
    ],
  },
});
