// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { browserPlatform } from '../../../renderer/src/platform/browser';

/** Web mode's file picker for imports: sizes are checked before any file is read. */
function pickOnClick(
  files: { name: string; size: number; arrayBuffer: () => Promise<ArrayBuffer> }[],
) {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    Object.defineProperty(this, 'files', { value: files });
    this.dispatchEvent(new Event('change'));
  });
}

const filters = [{ name: 'Exports', extensions: ['zip', 'md'] }];

describe('web mode: opening files for an import', () => {
  it('refuses a 200 MB file without reading it', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    pickOnClick([{ name: 'Journal.zip', size: 200 * 1024 * 1024, arrayBuffer }]);
    await expect(
      browserPlatform().openFiles({ filters, multiple: false, maxBytes: 150 * 1024 * 1024 }),
    ).rejects.toThrow('Journal.zip is 200 MB; Grove opens files up to 150 MB.');
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reads several files as bytes', async () => {
    pickOnClick([
      { name: '2024-01-01.md', size: 3, arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer },
      { name: '2024-01-02.md', size: 1, arrayBuffer: async () => new Uint8Array([4]).buffer },
    ]);
    const result = await browserPlatform().openFiles({ filters, multiple: true, maxBytes: 100 });
    expect(result.opened && result.files.map((f) => [f.fileName, [...f.bytes]])).toEqual([
      ['2024-01-01.md', [1, 2, 3]],
      ['2024-01-02.md', [4]],
    ]);
  });
});
