import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/** electron-builder cannot package here (it downloads Electron), so its config is validated offline. */
const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
) as object;
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

// Compiling electron-builder's large schema takes seconds: once, not per test.
let compiled: ReturnType<Ajv['compile']> | undefined;
function validate(value: unknown) {
  compiled ??= new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
  compiled(value);
  return [...(compiled.errors ?? [])];
}

// Generous: on a loaded 2-core machine the first compile alone can pass Vitest's 5 s default.
describe('electron-builder.yml', { timeout: 30_000 }, () => {
  it('validates against electron-builder’s own schema', () => {
    expect(validate(config)).toEqual([]);
  });

  it('the validation catches a typo', () => {
    const typo = { ...config, linux: { ...(config['linux'] as object), categroy: 'Office' } };
    expect(validate(typo).length).toBeGreaterThan(0);
  });

  it('targets Linux, macOS and Windows, and packages only the built output', () => {
    expect(config['appId']).toBe('app.grove.journal');
    expect(config['productName']).toBe('Grove');
    expect(config['files']).toEqual(expect.arrayContaining(['out/**/*']));
    expect(JSON.stringify(config['files'])).not.toMatch(
      /node_modules|renderer\/src|electron\/main/,
    );
    expect((config['linux'] as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config['mac'] as { target: string }).target).toBe('dmg');
    expect((config['mac'] as { hardenedRuntime: boolean }).hardenedRuntime).toBe(true);
    expect((config['win'] as { target: string }).target).toBe('nsis');
  });

  it('names resources that exist in build/', () => {
    for (const file of ['build/icon.png', 'build/entitlements.mac.plist'])
      expect(existsSync(file), file).toBe(true);
  });
});
