import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
// Not re-exported by the package's index: the wire format's own constants.
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import {
  afterPackWith,
  electronBinaryPath,
  FUSES,
  fuseConfig,
  type PackContext,
} from '../../../scripts/after-pack.mjs';

const context = (platform: string, appOutDir = '/out'): PackContext => ({
  appOutDir,
  electronPlatformName: platform,
  packager: { appInfo: { productFilename: 'Grove' }, executableName: 'grove' },
});

const fuseCount = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k))).length;

describe('Electron fuses', () => {
  it('sets every fuse @electron/fuses knows, explicitly', () => {
    expect(Object.keys(FUSES).sort()).toEqual(
      Object.keys(FuseV1Options)
        .filter((k) => Number.isNaN(Number(k)))
        .sort(),
    );
    expect(fuseConfig('linux')).toMatchObject({ strictlyRequireAllFuses: true });
  });

  it('turns off Node-as-runtime, NODE_OPTIONS and --inspect; turns on ASAR integrity and ASAR-only', () => {
    const config = fuseConfig('linux') as unknown as Record<number, boolean>;
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('resets the ad-hoc signature only on macOS', () => {
    expect(fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('linux').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('win32').resetAdHocDarwinSignature).toBe(false);
  });

  it('finds the packaged binary on each platform', () => {
    expect(electronBinaryPath(context('darwin'))).toBe(path.join('/out', 'Grove.app'));
    expect(electronBinaryPath(context('win32'))).toBe(path.join('/out', 'Grove.exe'));
    expect(electronBinaryPath(context('linux'))).toBe(path.join('/out', 'grove'));
    expect(() => electronBinaryPath(context('aix'))).toThrow(/Unknown platform/);
  });

  it('flips the fuse wire of a binary (a stand-in with a real fuse sentinel)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grove-fuses-'));
    const binary = path.join(dir, 'grove');
    const enabled = String.fromCharCode(FuseState.ENABLE).repeat(fuseCount);
    writeFileSync(
      binary,
      Buffer.concat([
        Buffer.from('\x7fELF…code…'),
        Buffer.from(SENTINEL),
        Buffer.from([1, fuseCount]),
        Buffer.from(enabled),
        Buffer.from('…more code'),
      ]),
    );
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { flipFuses } = await import('@electron/fuses');
    await afterPackWith(context('linux', dir), flipFuses);
    log.mockRestore();
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
    for (const [name, value] of Object.entries(FUSES)) {
      const index = FuseV1Options[name as keyof typeof FuseV1Options];
      expect(wire[index], name).toBe(value ? FuseState.ENABLE : FuseState.DISABLE);
    }
    expect(readFileSync(binary).subarray(0, 4)).toEqual(Buffer.from('\x7fELF'));
  });

  it('is the afterPack hook electron-builder runs', () => {
    const config = load(readFileSync('electron-builder.yml', 'utf8')) as { afterPack: string };
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
  });
});
