import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import {
  entriesForDate,
  getEntry,
  newEntry,
  restoreEntry,
  saveEntry,
  trashEntry,
} from '../../../renderer/src/db/repo/entries';
import { ValidationError } from '../../../renderer/src/db/repo/validation';
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
});
