import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a user's first screen needs: the entry script of index.html and every module it
 * preloads, gzipped. Lazily loaded chunks (an editor, a chart) are not part of it.
 */
export function initialBundleGzipKB(buildDir: string): { kb: number; files: string[] } {
  const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\.\//, ''));
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(buildDir, file))).length,
    0,
  );
  return { kb: Math.round((bytes / 1024) * 10) / 10, files };
}
