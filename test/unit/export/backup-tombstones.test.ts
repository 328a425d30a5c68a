import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { createBackupText, mergeBackup, restoreBackup } from '../../../renderer/src/db/repo/backup';
import {
  emptyTrash,
  getEntry,
  newEntry,
  saveEntry,
  trashEntry,
} from '../../../renderer/src/db/repo/entries';
import { entryVersions } from '../../../renderer/src/db/repo/entryHistory';
import { readBackup } from '../../../shared/formats/backup';
import { resetDatabase } from '../../support/db';

beforeEach(resetDatabase);

const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.parse('2026-11-01T09:00:00.000Z') + ms).toISOString();

async function entryWithHistory(body: string) {
  const draft = { ...newEntry('note', '2026-11-01'), body };
  const first = await saveEntry(draft, { now: at(0) });
  if (!first.saved) throw new Error('expected a save');
  // A save after a long pause starts a new session: the first text becomes a version.
  await saveEntry({ ...first.entry, body: `${body}, later` }, { base: first.entry, now: at(HOUR) });
  return draft.id;
}

describe('deletions that stay deleted', () => {
  it('merging an older backup does not bring back an entry deleted for good', async () => {
    const id = await entryWithHistory('gone for good');
    const { backup } = readBackup(await createBackupText());
    await trashEntry(id);
    expect(await emptyTrash()).toBe(1);

    const result = await mergeBackup(backup);
    expect(await getEntry(id)).toBeUndefined();
    expect(await entryVersions(id)).toEqual([]);
    expect(result.tables.entries.added).toBe(0);
    // What is left is a tombstone: id and times, no content.
    const tombstone = await db.tombstones.get(id);
    expect(Object.keys(tombstone!).sort()).toEqual(
      ['createdAt', 'deleted', 'deletedAt', 'id', 'table', 'updatedAt'].sort(),
    );
  });

  it('a tombstone in a merged file removes the older local copy and its history', async () => {
    const id = await entryWithHistory('deleted on the other machine');
    const { backup: before } = readBackup(await createBackupText());
    await trashEntry(id);
    await emptyTrash();
    const { backup: withTombstone } = readBackup(await createBackupText());
    await restoreBackup(before);
    expect(await getEntry(id)).toBeDefined();

    await mergeBackup(withTombstone);
    expect(await getEntry(id)).toBeUndefined();
    expect(await db.entryHistory.where('entryId').equals(id).count()).toBe(0);
  });

  it('a saved draft of an entry deleted for good does not recreate it', async () => {
    const id = await entryWithHistory('typed in a second window');
    const stale = await getEntry(id);
    await trashEntry(id);
    await emptyTrash();
    const outcome = await saveEntry({ ...stale!, body: 'more' }, { base: stale! });
    expect(outcome).toEqual({ saved: false, reason: 'deleted-for-good' });
    expect(await getEntry(id)).toBeUndefined();
  });
});

describe('history in backups', () => {
  it('travels with a full backup and comes back on restore', async () => {
    const id = await entryWithHistory('first words');
    const versions = await entryVersions(id);
    expect(versions.map((v) => v.body)).toEqual(['first words']);
    const text = await createBackupText();
    await resetDatabase();
    await restoreBackup(readBackup(text).backup);
    expect(await entryVersions(id)).toEqual(versions);
  });
});
