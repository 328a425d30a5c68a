import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { createBackupText, importBackupText } from '../../../renderer/src/db/repo/backup';
import { validateBackupText } from '../../../renderer/src/db/repo/backup-validation';
import { newEntry, saveEntry } from '../../../renderer/src/db/repo/entries';
import { FormatError } from '../../../shared/formats/problems';
import { resetDatabase, snapshotDatabase } from '../../support/db';

/**
 * Restore writes while the file is still being validated (in a worker in the app; here, in the
 * page, asynchronously). These prove the writes never outlive a failed check.
 */
beforeEach(async () => {
  await resetDatabase();
  await saveEntry({ ...newEntry('note', '2026-11-01'), title: 'Already here', body: 'keep me' });
});

async function journalText(count: number): Promise<string> {
  await resetDatabase();
  const date = '2025-01-01';
  await db.entries.bulkPut(
    Array.from({ length: count }, (_, i) => ({
      ...newEntry('note', date),
      title: `Entry ${i}`,
      body: `Written ${i}`,
    })),
  );
  const text = await createBackupText();
  await resetDatabase();
  await saveEntry({ ...newEntry('note', '2026-11-01'), title: 'Already here', body: 'keep me' });
  return text;
}

describe('restore overlapping its validation', () => {
  it('rolls back every page already written when a late record fails, naming it', async () => {
    const doc = JSON.parse(await journalText(4500)) as { tables: { entries: { date: string }[] } };
    doc.tables.entries[4499]!.date = '2025-02-30';
    const before = await snapshotDatabase();
    for (const mode of ['restore', 'merge'] as const) {
      const attempt = importBackupText(JSON.stringify(doc), mode);
      await expect(attempt).rejects.toBeInstanceOf(FormatError);
      await expect(attempt).rejects.toThrow(/tables\.entries\[4499\]\.date/);
      expect(await snapshotDatabase()).toEqual(before);
    }
  });

  it('reports the file’s problem, not the database’s, when a record cannot even be stored', async () => {
    const doc = JSON.parse(await journalText(10)) as { tables: { entries: object[] } };
    doc.tables.entries[3] = { title: 'no id at all' };
    const before = await snapshotDatabase();
    await expect(importBackupText(JSON.stringify(doc), 'restore')).rejects.toThrow(
      /tables\.entries\[3\]/,
    );
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('commits a valid file and checks it to the same summary', async () => {
    const text = await journalText(2500);
    const summary = await validateBackupText(text);
    expect(summary.counts.entries).toBe(2500);
    const result = await importBackupText(text, 'restore');
    expect(result.tables.entries.added).toBe(2500);
    expect(await db.entries.count()).toBe(2500);
  });
});
