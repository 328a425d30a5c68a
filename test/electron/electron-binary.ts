import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Electron executable npm's `electron` package has already downloaded, or the reason there is
 * none. Looked up from the files the package writes after its download (`path.txt` and `dist/`),
 * never by `require('electron')`, which would start a download that fails noisily offline.
 */
export function findElectronBinary(
  root: string,
): { ok: true; path: string } | { ok: false; reason: string } {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      ok: false,
      reason:
        'the Electron binary is not installed (node_modules/electron/path.txt is missing: the ' +
        'electron package downloads it on first use, which this machine cannot do)',
    };
  }
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) {
    return { ok: false, reason: `the Electron binary is missing at ${binary}` };
  }
  return { ok: true, path: binary };
}
