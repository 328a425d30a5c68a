import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The renderer's build, shared by web mode (`vite build` / `vite preview`) and the desktop build
 * (electron-vite reuses it for its renderer), so both run the very same app.
 */
const benchBuild = process.env['GROVE_BENCH'] === '1';

export const rendererConfig: UserConfig = {
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: benchBuild ? '../out/bench' : '../out/renderer',
    emptyOutDir: true,
    // The benchmark adds its driver page beside the real app; production builds never contain it.
    ...(benchBuild
      ? { rollupOptions: { input: { main: 'renderer/index.html', bench: 'renderer/bench.html' } } }
      : {}),
    target: 'chrome130',
    sourcemap: false,
    minify: true,
  },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env['PORT'] ?? 4173),
    strictPort: true,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
  },
};

export default defineConfig(rendererConfig);
