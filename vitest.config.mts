import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
    // Some tests start ESLint or compile electron-builder's schema: seconds on a busy 2-core machine.
    testTimeout: 20_000,
  },
});
