// @vitest-environment jsdom
import { closeSync, mkdtempSync, openSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openFileWithDialog } from '../../../electron/main/files';
import { browserPlatform } from '../../../renderer/src/platform/browser';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { openFileRequestSchema } from '../../../shared/ipc/schemas';

/**
 * The one size limit for files Grove opens (backups, coach summaries), refused for real at every
 * layer: the browser's file check, the desktop's file check, and the IPC request schema — with a
 * file one byte over and one exactly at the limit.
 */
const filters = [{ name: 'Grove backup', extensions: ['json'] }];
const request = { filters, maxBytes: MAX_FILE_BYTES };

/** Opens a stand-in file of `size` bytes through the web mode's file input. */
async function openInBrowser(size: number) {
  const text = vi.fn(async () => '{}');
  const file = { name: 'backup.json', size, text };
  const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    Object.defineProperty(this, 'files', { value: [file] });
    this.dispatchEvent(new Event('change'));
  });
  try {
    return { result: await browserPlatform().openFile(request), text };
  } catch (error) {
    return { error, text };
  } finally {
    click.mockRestore();
  }
}

describe('the size limit in web mode', () => {
  it('a file one byte over is refused before a byte of it is read', async () => {
    const { error, text } = await openInBrowser(MAX_FILE_BYTES + 1);
    expect(String(error)).toMatch(/backup\.json is 150 MB; Grove opens files up to 150 MB\./);
    expect(text).not.toHaveBeenCalled();
  });

  it('a file exactly at the limit is read', async () => {
    const { result, text } = await openInBrowser(MAX_FILE_BYTES);
    expect(result).toMatchObject({ opened: true, content: '{}' });
    expect(text).toHaveBeenCalledOnce();
  });
});

describe('the size limit in the desktop app', () => {
  /** A sparse file: its size is real to `stat`, but nothing is written to disk. */
  function sparseFile(size: number): string {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'grove-size-')), 'backup.json');
    closeSync(openSync(file, 'w'));
    truncateSync(file, size);
    return file;
  }
  const dialogs = (answer: string) => ({
    showSave: async () => answer,
    showOpen: async () => answer,
  });

  it('a file one byte over is refused without reading it', async () => {
    const result = await openFileWithDialog(request, dialogs(sparseFile(MAX_FILE_BYTES + 1)));
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('a file under the limit is read', async () => {
    // A smaller limit keeps the read cheap; the check is the same comparison.
    const result = await openFileWithDialog({ filters, maxBytes: 1024 }, dialogs(sparseFile(1024)));
    expect(result).toMatchObject({ ok: true, value: { opened: true } });
  });
});

describe('the size limit in the IPC contract', () => {
  it('the main process refuses a request for more than the limit, and accepts the limit', () => {
    expect(openFileRequestSchema.safeParse(request).success).toBe(true);
    expect(openFileRequestSchema.safeParse({ filters, maxBytes: MAX_FILE_BYTES + 1 }).success).toBe(
      false,
    );
  });
});
