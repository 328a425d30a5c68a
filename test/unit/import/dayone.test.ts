import { describe, expect, it } from 'vitest';
import { parseImportFiles } from '../../../shared/formats/import/detect';
import { parseDayOne } from '../../../shared/formats/import/dayone';
import { unescapeDayOne } from '../../../shared/formats/import/text';
import { FormatError } from '../../../shared/formats/problems';
import { dayOneJson, file, zipFile } from './fixtures';

/*
 * Day One's JSON export, as written by the app (Settings › Import/Export › Export › JSON), from
 * these public sources:
 * - Day One's guide "Exporting entries" (dayoneapp.com/guides/tips-and-tutorials/exporting-entries/):
 *   a zip holding one `<Journal name>.json` per journal and `photos/`, `videos/`, `audios/`, `pdfs/`.
 * - Real exports published on GitHub, e.g. zizyzhang/zizy-blog `debug/import-dayone.js` and
 *   gokuvinoth/Cairns `app.js`: `{ "metadata": { "version": "1.0" }, "entries": [ … ] }`, each entry
 *   with `uuid` (32 hex digits), `creationDate` as a UTC instant (`2017-12-25T03:04:32Z`),
 *   `timeZone` (IANA, `Asia/Bangkok`), `text` with `![](dayone-moment://<identifier>)` media
 *   placeholders, `richText` (a JSON string of `contents` with `embeddedObjects`), `tags`,
 *   `starred`, and `photos` with `identifier`, `md5` and `type`.
 * - MarcDonald/obsidian-day-one-importer issue #3 ("Periods replacing hyphens in text"): Day One
 *   writes Markdown punctuation escaped, `30\-minutes`, `e\.g\.`.
 */

describe('Day One: dates in the entry’s own time zone', () => {
  it('puts an entry on the day it was written where it was written', () => {
    const { entries } = parseDayOne(
      dayOneJson([
        // 03:04 UTC is 10:04 in Bangkok, the same day…
        { uuid: 'A1', creationDate: '2017-12-25T03:04:32Z', timeZone: 'Asia/Bangkok', text: 'x' },
        // …but 23:30 UTC on the 24th is already the 25th in Tokyo,
        { uuid: 'A2', creationDate: '2017-12-24T23:30:00Z', timeZone: 'Asia/Tokyo', text: 'x' },
        // and 03:00 UTC on the 1st is still the evening before in Los Angeles.
        {
          uuid: 'A3',
          creationDate: '2018-01-01T03:00:00Z',
          timeZone: 'America/Los_Angeles',
          text: 'x',
        },
      ]),
      'Journal.json',
      null,
    );
    expect(entries.map((e) => e.date)).toEqual(['2017-12-25', '2017-12-25', '2017-12-31']);
    expect(entries[0]!.createdAt).toBe('2017-12-25T03:04:32.000Z');
  });

  it('follows DST: the same UTC hour falls on different local days in summer and winter', () => {
    const { entries } = parseDayOne(
      dayOneJson([
        // New York: EDT (UTC−4) until 2024-11-03 06:00 UTC, then EST (UTC−5).
        {
          uuid: 'B1',
          creationDate: '2024-11-03T04:30:00Z',
          timeZone: 'America/New_York',
          text: 'x',
        }, // 00:30 EDT, Nov 3
        {
          uuid: 'B2',
          creationDate: '2024-11-03T03:30:00Z',
          timeZone: 'America/New_York',
          text: 'x',
        }, // 23:30 EDT, Nov 2
        {
          uuid: 'B3',
          creationDate: '2024-11-04T04:30:00Z',
          timeZone: 'America/New_York',
          text: 'x',
        }, // 23:30 EST, Nov 3
        // Berlin springs forward at 01:00 UTC on 2024-03-31: 22:30 UTC the day before is 23:30 CET.
        { uuid: 'B4', creationDate: '2024-03-30T22:30:00Z', timeZone: 'Europe/Berlin', text: 'x' },
        { uuid: 'B5', creationDate: '2024-03-31T22:30:00Z', timeZone: 'Europe/Berlin', text: 'x' }, // 00:30 CEST, Apr 1
      ]),
      'Journal.json',
      null,
    );
    expect(entries.map((e) => e.date)).toEqual([
      '2024-11-03',
      '2024-11-02',
      '2024-11-03',
      '2024-03-30',
      '2024-04-01',
    ]);
  });

  it('uses UTC for an unknown time zone and says so', () => {
    const result = parseDayOne(
      dayOneJson([
        { uuid: 'C1', creationDate: '2020-05-05T23:30:00Z', timeZone: 'Mars/Olympus', text: 'x' },
      ]),
      'Journal.json',
      null,
    );
    expect(result.entries[0]!.date).toBe('2020-05-05');
    expect(result.warnings[0]).toEqual({
      where: 'Journal.json › entries[0]',
      message: 'unknown time zone "Mars/Olympus"; UTC used for its date',
    });
  });
});

describe('Day One: text', () => {
  it('removes escapes that change nothing and keeps those that do', () => {
    expect(unescapeDayOne('A 30\\-minute walk\\. e\\.g\\. \\(really\\)\\!')).toBe(
      'A 30-minute walk. e.g. (really)!',
    );
    expect(unescapeDayOne('\\- not a list\n1\\. not a list\n\\# not a heading')).toBe(
      '\\- not a list\n1\\. not a list\n\\# not a heading',
    );
    expect(unescapeDayOne('keep \\*stars\\* and \\_under\\_ and \\[brackets\\]')).toBe(
      'keep \\*stars\\* and \\_under\\_ and \\[brackets\\]',
    );
  });

  it('turns media placeholders into readable notes and the first heading into the title', () => {
    const { entries, mediaPlaceholders } = parseDayOne(
      dayOneJson([
        {
          uuid: '81F0F3CA693F484792F76359E9E2ACE8',
          creationDate: '2017-12-25T03:04:32Z',
          timeZone: 'Asia/Bangkok',
          text: '# Café day\n\nFixing bugs all day\\.\n\n![](dayone-moment://68D729369ED84A8B91B5D348E4592EFE)\n\nSee [that day](dayone2://view?entryId=CC08EAA4F4B144EBBA74E416DCDB0B66)',
          tags: ['work', 'coffee'],
          starred: true,
          photos: [{ identifier: '68D729369ED84A8B91B5D348E4592EFE', md5: 'abc123', type: 'jpeg' }],
        },
      ]),
      'Journal.json',
      null,
    );
    const entry = entries[0]!;
    expect(entry.title).toBe('Café day');
    expect(entry.body).toBe(
      'Fixing bugs all day.\n\n*(Photo from Day One, not imported: photos/abc123.jpeg)*\n\nSee that day *(Day One link)*',
    );
    expect(entry.tags).toEqual(['work', 'coffee', 'starred']);
    expect(entry.source).toBe('dayone:81F0F3CA693F484792F76359E9E2ACE8');
    expect(mediaPlaceholders).toBe(1);
  });

  it('reads richText when an entry has no text', () => {
    const richText = JSON.stringify({
      meta: { version: 1 },
      contents: [
        { text: 'All packed up\n' },
        { embeddedObjects: [{ type: 'photo', identifier: 'X' }] },
        { text: 'Here we come.' },
      ],
    });
    const { entries } = parseDayOne(
      dayOneJson([
        {
          uuid: 'R1',
          creationDate: '2021-01-01T10:00:00Z',
          timeZone: 'Australia/Sydney',
          richText,
        },
      ]),
      'Trip.json',
      null,
    );
    expect(entries[0]!.body).toBe('All packed up\nHere we come.');
  });

  it('lists skipped entries with their place and keeps the rest', () => {
    const result = parseDayOne(
      JSON.stringify({
        metadata: { version: '1.0' },
        entries: [
          { uuid: 'OK', creationDate: '2021-01-01T10:00:00Z', text: 'fine' },
          { uuid: 'BAD', creationDate: 'last tuesday', text: 'x' },
          { creationDate: '2021-01-01T10:00:00Z', text: 'no uuid' },
          { uuid: 'OK', creationDate: '2021-01-01T10:00:00Z', text: 'again' },
        ],
      }),
      'Journal.json',
      null,
    );
    expect(result.entries).toHaveLength(1);
    expect(result.warnings).toEqual([
      { where: 'Journal.json › entries[1]', message: 'skipped: "last tuesday" is not a date' },
      { where: 'Journal.json › entries[2]', message: 'skipped: it has no "uuid"' },
      {
        where: 'Journal.json › entries[3]',
        message: 'skipped: the uuid OK appears twice in the file',
      },
    ]);
  });
});

describe('Day One: the export zip', () => {
  it('reads several journals from one zip, tagging each entry with its journal, and counts media', () => {
    const preview = parseImportFiles([
      zipFile('Export-2024.zip', {
        'Journal.json': dayOneJson([
          { uuid: 'J1', creationDate: '2024-01-02T10:00:00Z', timeZone: 'UTC', text: 'one' },
        ]),
        'Travel.json': dayOneJson([
          { uuid: 'T1', creationDate: '2024-02-03T10:00:00Z', timeZone: 'UTC', text: 'two' },
        ]),
        'photos/abc123.jpeg': new Uint8Array([0xff, 0xd8, 0xff]),
      }),
    ]);
    expect(preview.format).toBe('dayone');
    expect(preview.entries.map((e) => [e.date, e.tags])).toEqual([
      ['2024-01-02', ['Journal']],
      ['2024-02-03', ['Travel']],
    ]);
    expect(preview.mediaSkipped).toBe(1);
  });

  it('refuses a Day One zip without its JSON, saying so', () => {
    expect(() =>
      parseImportFiles([zipFile('Export.zip', { 'photos/abc.jpeg': new Uint8Array([1, 2, 3]) })]),
    ).toThrow(/Export\.zip looks like a Day One export, but its journal JSON file is missing/);
  });

  it('refuses JSON that is not a Day One export, and a file that is cut short', () => {
    expect(() => parseImportFiles([file('notes.json', '{"items": []}')])).toThrow(
      /notes\.json is JSON but not a Day One export/,
    );
    expect(() => parseImportFiles([file('Journal.json', '{"entries": [{"uuid": "A"')])).toThrow(
      FormatError,
    );
  });
});
