// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { browserPlatform } from '../../../renderer/src/platform/browser';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';

describe('the size limit', () => {
  it('a 200 MB file is refused before a byte of it is read', async () => {
    const text = vi.fn(async () => '');
    const huge = { name: 'huge.json', size: 200 * 1024 * 1024, text };
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      Object.defineProperty(this, 'files', { value: [huge] });
      this.dispatchEvent(new Event('change'));
    });
    const attempt = browserPlatform().openFile({
      filters: [{ name: 'Grove backup', extensions: ['json'] }],
      maxBytes: MAX_FILE_BYTES,
    });
    await expect(attempt).rejects.toThrow('huge.json is 200 MB; Grove opens files up to 150 MB.');
    expect(text).not.toHaveBeenCalled();
    click.mockRestore();
  });
});
