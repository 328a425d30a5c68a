import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  openFileWithDialog,
  saveFileWithDialog,
  writeFileAtomic,
  type FileDialogs,
} from '../../../electron/main/files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'grove-files-'));
});

const dialogs = (answer: string | null): FileDialogs => ({
  showSave: async () => answer,
  showOpen: async () => answer,
});

const filters = [{ name: 'JSON', extensions: ['json'] }];

describe('atomic writes', () => {
  it('replaces the target and leaves no temporary file', async () => {
    const target = path.join(dir, 'backup.json');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['backup.json']);
  });
});

describe('save and open through the dialogs', () => {
  it('a cancelled save is a no-op', async () => {
    const result = await saveFileWithDialog(
      { suggestedName: 'x.json', content: '{}', filters },
      dialogs(null),
      dir,
    );
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('saves where the user chose', async () => {
    const target = path.join(dir, 'summary.json');
    const result = await saveFileWithDialog(
      { suggestedName: 'x.json', content: '{"a":1}', filters },
      dialogs(target),
      dir,
    );
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'summary.json' } });
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}');
  });

  it('reports a write that fails', async () => {
    const result = await saveFileWithDialog(
      { suggestedName: 'x.json', content: '{}', filters },
      dialogs(path.join(dir, 'missing-folder', 'x.json')),
      dir,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it('opens a file', async () => {
    const source = path.join(dir, 'in.json');
    writeFileSync(source, '{"b":2}');
    const result = await openFileWithDialog({ filters, maxBytes: 1000 }, dialogs(source));
    expect(result).toEqual({
      ok: true,
      value: { opened: true, fileName: 'in.json', content: '{"b":2}' },
    });
  });

  it('refuses a file too large before reading it', async () => {
    const source = path.join(dir, 'huge.json');
    writeFileSync(source, 'x'.repeat(5000));
    const result = await openFileWithDialog({ filters, maxBytes: 1000 }, dialogs(source));
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!result.ok) expect(result.error.message).toMatch(/huge\.json/);
  });

  it('a cancelled open is a no-op', async () => {
    expect(await openFileWithDialog({ filters, maxBytes: 10 }, dialogs(null))).toEqual({
      ok: true,
      value: { opened: false },
    });
  });
});
