import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import {
  entriesForDate,
  entryIds,
  getEntry,
  newEntry,
  emptyTrash,
  newestEntries,
  onEntriesTableChanged,
  onThisDay,
  restoreEntry,
  saveEntry,
  trashEntry,
} from '../../../renderer/src/db/repo/entries';
import { ValidationError } from '../../../renderer/src/db/repo/validation';
import { saveSetting } from '../../../renderer/src/db/repo/settings';
import { createBackupText, importBackupText } from '../../../renderer/src/db/repo/backup';
import { resetDatabase, snapshotDatabase } from '../../support/db';

beforeEach(resetDatabase);

describe('entries repository', () => {
  it('creates an entry with a UUID, timestamps and private sharing', async () => {
    const draft = { ...newEntry('note', '2026-11-22'), title: 'First', body: 'Hello' };
    const outcome = await saveEntry(draft);
    expect(outcome.saved).toBe(true);
    const stored = await getEntry(draft.id);
    expect(stored?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored?.sharing).toBe('private');
    expect(stored?.deleted).toBe(0);
    expect(Date.parse(stored!.createdAt)).not.toBeNaN();
    expect(stored!.updatedAt >= stored!.createdAt).toBe(true);
  });

  it('does not store a new entry that has no content', async () => {
    const outcome = await saveEntry({ ...newEntry('note'), title: '  ', body: '\n' });
    expect(outcome).toEqual({ saved: false, reason: 'empty' });
    expect(await db.entries.count()).toBe(0);
  });

  it('updates keep createdAt and move updatedAt forward', async () => {
    const draft = { ...newEntry('daily', '2026-11-22'), body: 'one' };
    const first = await saveEntry(draft);
    const second = await saveEntry({ ...draft, body: 'two' });
    if (!first.saved || !second.saved) throw new Error('expected saves');
    expect(second.entry.createdAt).toBe(first.entry.createdAt);
    expect(second.entry.updatedAt > first.entry.updatedAt).toBe(true);
    expect((await getEntry(draft.id))?.body).toBe('two');
  });

  it('refuses an invalid entry with a message naming the field, and writes nothing', async () => {
    const before = await snapshotDatabase();
    const bad = { ...newEntry('note'), body: 'text', mood: 9 };
    await expect(saveEntry(bad)).rejects.toThrow(ValidationError);
    await expect(saveEntry(bad)).rejects.toThrow(/mood/);
    await expect(saveEntry({ ...newEntry('note'), body: 'x', date: '2026-02-30' })).rejects.toThrow(
      /date must be a calendar date/,
    );
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('keeps hostile text as plain text', async () => {
    const body = '<script>alert(1)</script><img src=x onerror=alert(1)>\u0000\u202e';
    const draft = { ...newEntry('note'), body };
    await saveEntry(draft);
    expect((await getEntry(draft.id))?.body).toBe(body);
  });

  it('moves to the trash softly and restores', async () => {
    const draft = { ...newEntry('win', '2026-11-20'), title: 'Shipped it' };
    await saveEntry(draft);
    await trashEntry(draft.id);
    const trashed = await getEntry(draft.id);
    expect(trashed?.deleted).toBe(1);
    expect(trashed?.deletedAt).not.toBeNull();
    expect(await entriesForDate('2026-11-20')).toEqual([]);

    await restoreEntry(draft.id);
    const restored = await getEntry(draft.id);
    expect(restored?.deleted).toBe(0);
    expect(restored?.deletedAt).toBeNull();
    expect((await entriesForDate('2026-11-20')).map((e) => e.id)).toEqual([draft.id]);
  });

  it('lists one day’s live entries, oldest first', async () => {
    const a = { ...newEntry('note', '2026-11-21'), body: 'a' };
    const b = {
      ...newEntry('note', '2026-11-21'),
      body: 'b',
      createdAt: new Date(Date.now() + 5).toISOString(),
    };
    const other = { ...newEntry('note', '2026-11-22'), body: 'c' };
    await saveEntry(b);
    await saveEntry(a);
    await saveEntry(other);
    expect((await entriesForDate('2026-11-21')).map((e) => e.body)).toEqual(['a', 'b']);
  });

  it('"on this day": earlier years\' live entries of this month and day, newest first, at most the few shown', async () => {
    const save = async (date: string, body: string) => {
      const outcome = await saveEntry({ ...newEntry('note', date), body });
      if (!outcome.saved) throw new Error('expected a save');
      return outcome.entry;
    };
    await save('2026-11-22', 'today itself');
    await save('2026-11-21', 'another day');
    await save('2015-11-22', 'eleven years back');
    const trashed = await save('2024-11-22', 'in the trash');
    await trashEntry(trashed.id);
    for (const year of [2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018])
      await save(`${year}-11-22`, `${year}`);
    await save('2025-11-22', '2025, later');

    const all = await onThisDay('2026-11-22', 100);
    expect(all.map((e) => e.date)).toEqual([
      '2025-11-22',
      '2025-11-22',
      '2024-11-22',
      '2023-11-22',
      '2022-11-22',
      '2021-11-22',
      '2020-11-22',
      '2019-11-22',
      '2018-11-22',
    ]);
    const few = await onThisDay('2026-11-22', 3);
    expect(few.map((e) => e.id)).toEqual(all.slice(0, 3).map((e) => e.id));
  });

  it('reads the newest entries in the order of the full id list', async () => {
    for (const date of ['2026-01-02', '2026-01-01', '2026-01-03', '2026-01-02', '2025-12-31'])
      await saveEntry({ ...newEntry('note', date), body: date });
    const trashed = await saveEntry({ ...newEntry('note', '2026-01-04'), body: 'trashed' });
    if (!trashed.saved) throw new Error('expected a save');
    await trashEntry(trashed.entry.id);
    const ids = await entryIds();
    expect(ids).toHaveLength(5);
    expect((await newestEntries({ limit: 3 })).map((e) => e.id)).toEqual(ids.slice(0, 3));
    expect((await newestEntries({ limit: 10 })).map((e) => e.id)).toEqual(ids);
    const kind = await newestEntries({
      kind: 'note',
      from: '2026-01-01',
      to: '2026-01-02',
      limit: 10,
    });
    expect(kind.map((e) => e.date)).toEqual(['2026-01-02', '2026-01-02', '2026-01-01']);
  });

  it('tells about every committed change to the entries, a deletion for good and a restore included, and about nothing else', async () => {
    let heard = 0;
    const stop = onEntriesTableChanged(() => heard++);
    const changed = async (write: () => Promise<unknown>) => {
      const before = heard;
      await write();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return heard > before;
    };
    try {
      const draft = { ...newEntry('note', '2026-02-01'), body: 'one' };
      expect(await changed(() => saveEntry(draft))).toBe(true);
      const backup = await createBackupText();
      expect(await changed(() => trashEntry(draft.id))).toBe(true);
      expect(await changed(() => emptyTrash())).toBe(true);
      expect(await changed(() => saveSetting('name', 'Ada'))).toBe(false);
      expect(await changed(() => importBackupText(backup, 'restore'))).toBe(true);
      expect(await entryIds()).toEqual([draft.id]);
    } finally {
      stop();
    }
    expect(await changed(() => saveEntry({ ...newEntry('note', '2026-02-02'), body: 'two' }))).toBe(
      false,
    );
  });
});
