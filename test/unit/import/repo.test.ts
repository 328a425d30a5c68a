import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { saveEntry, newEntry } from '../../../renderer/src/db/repo/entries';
import {
  IMPORT_BATCH_SIZE,
  importFiles,
  importPreviewedEntries,
} from '../../../renderer/src/db/repo/imports';
import { readMarkdownJournalData } from '../../../renderer/src/db/repo/markdownExport';
import { parseImportFiles } from '../../../shared/formats/import/detect';
import { buildMarkdownJournal, zipMarkdownJournal } from '../../../shared/formats/markdown-journal';
import { resetDatabase, snapshotDatabase } from '../../support/db';
import { dayOneJson, file, zipFile } from './fixtures';

const choices = { kind: 'daily' as const, moodMap: { rad: 5, meh: 3, sad: 2 } };
const DAYLIO = [
  'full_date,date,weekday,time,mood,activities,note_title,note',
  '2021-09-28,28 September,Tuesday,10:00 pm,sad ,"clean | music",,"Tired."',
  '2021-09-27,27 September,Monday,9:05 am,rad,"cook","Good day","Sea."',
  '2021-09-26,26 September,Sunday,9:05 am,custom mood,"","",""',
].join('\n');

beforeEach(resetDatabase);

describe('importing into the journal', () => {
  it('writes entries with the chosen kind and mood mapping, each remembering its source', async () => {
    const outcome = await importFiles([file('daylio.csv', DAYLIO)], choices);
    expect(outcome).toEqual({ added: 3, alreadyThere: 0, skipped: [] });
    const stored = (await db.entries.toArray()).sort((x, y) => x.date.localeCompare(y.date));
    expect(stored.map((e) => [e.date, e.kind, e.mood, e.tags])).toEqual([
      ['2021-09-26', 'daily', null, []],
      ['2021-09-27', 'daily', 5, ['cook']],
      ['2021-09-28', 'daily', 2, ['clean', 'music']],
    ]);
    // The source is kept as its format and a digest: a file name never reaches the disk readable.
    expect(stored.every((e) => /^daylio:[0-9a-f]{64}$/.test(e.importSource ?? ''))).toBe(true);
  });

  it('adds nothing twice when the same file is imported again', async () => {
    const dayOne = zipFile('Export.zip', {
      'Journal.json': dayOneJson([
        { uuid: 'A', creationDate: '2024-01-02T10:00:00Z', timeZone: 'UTC', text: 'one' },
        { uuid: 'B', creationDate: '2024-01-03T10:00:00Z', timeZone: 'UTC', text: 'two' },
      ]),
    });
    await importFiles([dayOne], choices);
    const before = await snapshotDatabase();
    const again = await importFiles([dayOne], choices);
    expect(again).toEqual({ added: 0, alreadyThere: 2, skipped: [] });
    expect(await snapshotDatabase()).toEqual(before);
    // A later export with one more entry adds only that one.
    const later = zipFile('Export-later.zip', {
      'Journal.json': dayOneJson([
        { uuid: 'A', creationDate: '2024-01-02T10:00:00Z', timeZone: 'UTC', text: 'one' },
        { uuid: 'B', creationDate: '2024-01-03T10:00:00Z', timeZone: 'UTC', text: 'two' },
        { uuid: 'C', creationDate: '2024-01-04T10:00:00Z', timeZone: 'UTC', text: 'three' },
      ]),
    });
    expect(await importFiles([later], choices)).toEqual({ added: 1, alreadyThere: 2, skipped: [] });
  });

  it('writes in batches, one transaction each: a stop mid-way leaves whole entries, and importing again completes it', async () => {
    const many = Array.from({ length: IMPORT_BATCH_SIZE * 2 + 10 }, (_, i) => ({
      uuid: `E${i}`,
      creationDate: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString(),
      timeZone: 'UTC',
      text: `entry ${i}`,
    }));
    const preview = parseImportFiles([file('Journal.json', dayOneJson(many))]);
    let transactions = 0;
    const stop = new Error('window closed');
    await expect(
      importPreviewedEntries(preview, choices, (progress) => {
        transactions++;
        // The window closes after the first batch has committed.
        if (progress.done >= IMPORT_BATCH_SIZE) throw stop;
      }),
    ).rejects.toBe(stop);
    expect(transactions).toBe(1);
    const partial = await db.entries.toArray();
    expect(partial).toHaveLength(IMPORT_BATCH_SIZE);
    expect(partial.every((e) => e.body.startsWith('entry '))).toBe(true);
    const rest = await importPreviewedEntries(preview, choices);
    expect(rest).toEqual({
      added: IMPORT_BATCH_SIZE + 10,
      alreadyThere: IMPORT_BATCH_SIZE,
      skipped: [],
    });
    expect(await db.entries.count()).toBe(many.length);
  });

  it('changes nothing on bad input', async () => {
    await saveEntry({ ...newEntry('note', '2024-01-01'), body: 'already here' });
    const before = await snapshotDatabase();
    const bad = [
      file('notes.docx', 'x'),
      zipFile('Export.zip', { 'photos/a.jpeg': new Uint8Array([1]) }),
      file('daylio.csv', 'full_date,mood\n2021-01-01,rad'),
      file(
        'daylio.csv',
        'full_date,date,weekday,time,mood,activities,note_title,note\nnever,?,?,10:00 pm,rad,,,',
      ),
      zipFile('evil.zip', { '../2024-01-01.md': 'x' }),
      file('Journal.json', '{"entries": ['),
    ];
    for (const input of bad) {
      await expect(importFiles([input], choices), input.name).rejects.toThrow(
        /Nothing was imported/,
      );
    }
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('exports the journal as Markdown and imports it into an empty Grove with the same entries', async () => {
    const a = await saveEntry({
      ...newEntry('daily', '2024-02-03'),
      title: 'A day',
      body: 'Body with **bold**',
      answers: { 'went-well': 'Shipping' },
      mood: 4,
      energy: 2,
      tags: ['work'],
    });
    const b = await saveEntry({
      ...newEntry('win', '2023-12-31'),
      title: 'Year end',
      body: 'Done.',
    });
    const zip = zipMarkdownJournal(
      buildMarkdownJournal(await readMarkdownJournalData(), '2026-01-01T00:00:00.000Z'),
      'Grove',
    );
    const original = (await db.entries.toArray()).sort((x, y) => x.date.localeCompare(y.date));
    await resetDatabase();
    expect(await importFiles([{ name: 'grove.zip', bytes: zip }], choices)).toMatchObject({
      added: 2,
    });
    const back = (await db.entries.toArray()).sort((x, y) => x.date.localeCompare(y.date));
    const pick = (e: (typeof back)[number]) => [
      e.id,
      e.date,
      e.kind,
      e.title,
      e.body,
      e.answers,
      e.tags,
      e.mood,
      e.energy,
    ];
    expect(back.map(pick)).toEqual(original.map(pick));
    expect(a.saved && b.saved).toBe(true);
    // And again: nothing twice.
    expect(await importFiles([{ name: 'grove.zip', bytes: zip }], choices)).toMatchObject({
      added: 0,
      alreadyThere: 2,
    });
  });
});
