import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../electron/electron-binary';

const project = () => {
  const root = mkdtempSync(path.join(tmpdir(), 'grove-eb-'));
  const pkg = path.join(root, 'node_modules', 'electron');
  mkdirSync(path.join(pkg, 'dist'), { recursive: true });
  return { root, pkg };
};

describe('finding the Electron binary for the smoke test (without downloading it)', () => {
  it('skips with a reason when the package has not downloaded its binary', () => {
    const { root } = project();
    const found = findElectronBinary(root);
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.reason).toMatch(/path\.txt is missing/);
  });

  it('skips when path.txt names a binary that is not there', () => {
    const { root, pkg } = project();
    writeFileSync(path.join(pkg, 'path.txt'), 'electron');
    expect(findElectronBinary(root)).toMatchObject({ ok: false });
  });

  it('finds the downloaded binary', () => {
    const { root, pkg } = project();
    writeFileSync(path.join(pkg, 'path.txt'), 'electron\n');
    writeFileSync(path.join(pkg, 'dist', 'electron'), '');
    expect(findElectronBinary(root)).toEqual({
      ok: true,
      path: path.join(pkg, 'dist', 'electron'),
    });
  });
});
