import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseImportFiles } from '../../../shared/formats/import/detect';
import { DEFAULT_IMPORT_LIMITS } from '../../../shared/formats/import/types';
import { readZip } from '../../../shared/formats/import/zip';
import { FormatError } from '../../../shared/formats/problems';
import { dayOneJson, file, zipFile } from './fixtures';

const small = { ...DEFAULT_IMPORT_LIMITS, maxEntryBytes: 64 * 1024, maxTotalBytes: 128 * 1024 };
const zeros = (n: number) => new Uint8Array(n);

/** Rewrites the inflated size a zip declares for its members (local header and central directory). */
function lieAboutSize(zip: Uint8Array, declared: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, declared, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, declared, true);
  }
  return out;
}

describe('hostile zips are refused before anything is imported', () => {
  it('refuses a member that declares more than the cap, before inflating it', () => {
    const bomb = zipSync({ 'Journal.json': zeros(1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(5 * 1024); // tiny on disk…
    expect(() => readZip('bomb.zip', bomb, () => true, small)).toThrow(
      'bomb.zip › Journal.json would inflate to 1 MB; Grove reads files up to 0.1 MB from a zip. Nothing was imported.',
    );
  });

  it('stops inflating a member that inflates beyond what it declares (a lying header)', () => {
    const liar = lieAboutSize(zipSync({ 'Journal.json': zeros(1024 * 1024) }, { level: 9 }), 100);
    expect(() => readZip('liar.zip', liar, () => true, small)).toThrow(
      /liar\.zip › Journal\.json inflates to more than it declares \(0 MB\) — a zip bomb or a damaged file/,
    );
  });

  it('caps the total of all members together', () => {
    const many = zipSync({
      'a.md': zeros(60 * 1024),
      'b.md': zeros(60 * 1024),
      'c.md': zeros(60 * 1024),
    });
    expect(() => readZip('many.zip', many, () => true, small)).toThrow(
      /would inflate to more than 0\.1 MB of text/,
    );
  });

  it('refuses a path that climbs out of the zip, naming it', () => {
    const evil = zipFile('evil.zip', {
      'notes/../../etc/2024-01-01.md': 'x',
      'ok/2024-01-02.md': 'y',
    });
    expect(() => parseImportFiles([evil])).toThrow(
      'evil.zip › notes/../../etc/2024-01-01.md has a path that climbs out of the zip (../), so the zip is refused. Nothing was imported.',
    );
    const absolute = zipFile('abs.zip', { '/etc/2024-01-01.md': 'x' });
    expect(() => parseImportFiles([absolute])).toThrow(/has an absolute path/);
  });

  it('refuses a zip with too many members', () => {
    const members: Record<string, Uint8Array> = {};
    for (let i = 0; i < 12; i++) members[`photos/${i}.jpeg`] = zeros(1);
    expect(() =>
      readZip('lots.zip', zipSync(members), () => false, { ...small, maxZipEntries: 10 }),
    ).toThrow(/holds more than 10 files/);
  });

  it('refuses something named .zip that is not a zip', () => {
    expect(() => parseImportFiles([file('Export.zip', 'not a zip at all')])).toThrow(
      /Export\.zip is not a readable zip file/,
    );
  });

  it('refuses text that is not UTF-8', () => {
    expect(() =>
      parseImportFiles([{ name: 'Journal.json', bytes: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }]),
    ).toThrow('Journal.json is not UTF-8 text. Nothing was imported.');
  });

  it('keeps hostile HTML as text: the parsers never interpret it', () => {
    const preview = parseImportFiles([
      file(
        'Journal.json',
        dayOneJson([
          {
            uuid: 'H',
            creationDate: '2024-01-01T10:00:00Z',
            text: '<img src=x onerror=alert(1)> <script>alert(2)</script>',
          },
        ]),
      ),
    ]);
    expect(preview.entries[0]!.body).toBe('<img src=x onerror=alert(1)> <script>alert(2)</script>');
    expect(strToU8(preview.entries[0]!.body).length).toBeGreaterThan(0);
  });

  it('every refusal is a FormatError (shown to the person, never a crash)', () => {
    expect(() => parseImportFiles([])).toThrow(FormatError);
  });
});
