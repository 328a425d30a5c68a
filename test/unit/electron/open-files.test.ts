import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFilesWithDialog, saveFileWithDialog } from '../../../electron/main/files';
import { IPC, MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { ipcArgSchemas } from '../../../shared/ipc/schemas';

/** Import from other apps: several files at once, as bytes, sizes checked first. */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'grove-open-many-'));
});
const filters = [{ name: 'Exports', extensions: ['zip', 'json', 'csv', 'md'] }];
const pick = (paths: string[]) => async () => paths;

describe('opening files for an import', () => {
  it('reads several files as bytes', async () => {
    const a = path.join(dir, '2024-01-01.md');
    const b = path.join(dir, 'export.zip');
    writeFileSync(a, '# One');
    writeFileSync(b, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff]));
    const result = await openFilesWithDialog(
      { filters, multiple: true, maxBytes: 1000 },
      pick([a, b]),
    );
    expect(
      result.ok && result.value.opened && result.value.files.map((f) => [f.fileName, [...f.bytes]]),
    ).toEqual([
      ['2024-01-01.md', [...Buffer.from('# One')]],
      ['export.zip', [0x50, 0x4b, 0x03, 0x04, 0xff]],
    ]);
  });

  it('refuses a 200 MB file from its size alone, before reading anything', async () => {
    const huge = path.join(dir, 'Journal.zip');
    writeFileSync(huge, '');
    truncateSync(huge, 200 * 1024 * 1024); // sparse: 200 MB by size, nothing to read
    const result = await openFilesWithDialog(
      { filters, multiple: false, maxBytes: MAX_FILE_BYTES },
      pick([huge]),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: 'Journal.zip is 200 MB; Grove opens files up to 150 MB.',
      },
    });
  });

  it('refuses files that are too large together', async () => {
    const paths = ['a.md', 'b.md'].map((n) => path.join(dir, n));
    for (const p of paths) writeFileSync(p, 'x'.repeat(600));
    const result = await openFilesWithDialog(
      { filters, multiple: true, maxBytes: 1000 },
      pick(paths),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('a cancelled dialog is a no-op', async () => {
    expect(await openFilesWithDialog({ filters, multiple: true, maxBytes: 10 }, pick([]))).toEqual({
      ok: true,
      value: { opened: false },
    });
  });

  it('saves bytes (the Markdown export zip) atomically', async () => {
    const target = path.join(dir, 'journal.zip');
    const result = await saveFileWithDialog(
      { suggestedName: 'journal.zip', content: new Uint8Array([1, 2, 3]), filters },
      { showSave: async () => target, showOpen: async () => null },
      dir,
    );
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'journal.zip' } });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  });
});

describe('the open-many channel’s payload schema', () => {
  const schema = ipcArgSchemas[IPC.openFiles];
  it('accepts a well-formed request and refuses anything else', () => {
    expect(schema.safeParse([{ filters, multiple: true, maxBytes: 1000 }]).success).toBe(true);
    expect(schema.safeParse([{ filters, multiple: 'yes', maxBytes: 1000 }]).success).toBe(false);
    expect(
      schema.safeParse([{ filters, multiple: true, maxBytes: MAX_FILE_BYTES + 1 }]).success,
    ).toBe(false);
    expect(
      schema.safeParse([{ filters, multiple: true, maxBytes: 10, path: '/etc/passwd' }]).success,
    ).toBe(false);
  });
  it('lets a save carry bytes', () => {
    const save = ipcArgSchemas[IPC.saveFile];
    expect(
      save.safeParse([{ suggestedName: 'j.zip', content: new Uint8Array([1]), filters }]).success,
    ).toBe(true);
    expect(save.safeParse([{ suggestedName: 'j.zip', content: [1, 2], filters }]).success).toBe(
      false,
    );
  });
});
