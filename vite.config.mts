import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The renderer's build, shared by web mode (`vite build` / `vite preview`) and the desktop build
 * (electron-vite reuses it for its renderer), so both run the very same app.
 */
export const rendererConfig: UserConfig = {
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
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
