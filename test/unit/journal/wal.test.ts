import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { getEntry, newEntry, saveEntry, trashEntry } from '../../../renderer/src/db/repo/entries';
import {
  clearWriteAhead,
  discardStuckDraft,
  recoverWriteAhead,
  stuckDraftText,
  WAL_VERSION,
  writeAhead,
} from '../../../renderer/src/journal/wal';
import { LIMITS } from '../../../shared/domain/limits';
import type { Entry } from '../../../shared/domain/records';
import { resetDatabase, snapshotDatabase } from '../../support/db';
import { MemoryStorage } from '../../support/memory-storage';

let storage: MemoryStorage;
beforeEach(async () => {
  await resetDatabase();
  storage = new MemoryStorage();
});

async function stored(draft: Entry): Promise<Entry> {
  const outcome = await saveEntry(draft);
  if (!outcome.saved) throw new Error('expected a save');
  return outcome.entry;
}

describe('write-ahead log for drafts', () => {
  it('recovers keystrokes that never reached the database', async () => {
    const draft = { ...newEntry('note'), body: 'typed just before the crash' };
    writeAhead(draft, null, storage);
    const report = await recoverWriteAhead(storage);
    expect(report).toEqual({ recovered: 1, stuck: [] });
    expect((await getEntry(draft.id))?.body).toBe('typed just before the crash');
    expect(storage.length).toBe(0);
  });

  it('recovers newer text over an older saved version', async () => {
    const base = await stored({ ...newEntry('note'), body: 'first' });
    writeAhead({ ...base, body: 'first and more' }, base, storage);
    await recoverWriteAhead(storage);
    expect((await getEntry(base.id))?.body).toBe('first and more');
  });

  it('replays through the merge: a change saved elsewhere since is kept, the entry stays trashed', async () => {
    const base = await stored({ ...newEntry('note'), body: 'first' });
    writeAhead({ ...base, body: 'first and more' }, base, storage);
    await saveEntry({ ...base, mood: 5 }, { base });
    await trashEntry(base.id);
    await recoverWriteAhead(storage);
    const entry = await getEntry(base.id);
    expect(entry).toMatchObject({ body: 'first and more', mood: 5, deleted: 1 });
  });

  it('clears the log only when it holds what was saved, every field compared', () => {
    const draft = { ...newEntry('note'), body: 'a' };
    writeAhead({ ...draft, body: 'ab' }, null, storage);
    clearWriteAhead(draft, storage);
    expect(storage.length).toBe(1);
    // Same text, but the mood changed while the older save was in flight: kept.
    writeAhead({ ...draft, mood: 3 }, null, storage);
    clearWriteAhead(draft, storage);
    expect(storage.length).toBe(1);
    for (const patch of [
      { tags: ['x'] },
      { date: '2020-01-01' },
      { sharing: 'shareable' as const },
    ]) {
      writeAhead({ ...draft, ...patch }, null, storage);
      clearWriteAhead(draft, storage);
      expect(storage.length, JSON.stringify(patch)).toBe(1);
    }
    writeAhead(draft, null, storage);
    clearWriteAhead({ ...draft, updatedAt: new Date().toISOString() }, storage);
    expect(storage.length).toBe(0);
  });

  it('keeps a draft that cannot be saved (too big) and reports it; nothing is written', async () => {
    const before = await snapshotDatabase();
    const draft = {
      ...newEntry('note'),
      title: 'Long one',
      body: 'x'.repeat(LIMITS.bodyLength + 1),
    };
    writeAhead(draft, null, storage);
    const report = await recoverWriteAhead(storage);
    expect(report.recovered).toBe(0);
    expect(report.stuck).toHaveLength(1);
    expect(report.stuck[0]).toMatchObject({ entryId: draft.id, title: 'Long one', aside: false });
    expect(report.stuck[0]!.problem).toMatch(/body/);
    expect(storage.length).toBe(1);
    expect(await snapshotDatabase()).toEqual(before);
    // A second start reports it again: it is never dropped on its own.
    expect((await recoverWriteAhead(storage)).stuck).toHaveLength(1);
  });

  it('keeps a draft when the database refuses the write (closed), and saves it next time', async () => {
    const draft = { ...newEntry('note'), body: 'while the database was closed' };
    writeAhead(draft, null, storage);
    db.close();
    const report = await recoverWriteAhead(storage);
    expect(report.recovered).toBe(0);
    expect(storage.length).toBe(1);
    await db.open();
    expect((await recoverWriteAhead(storage)).recovered).toBe(1);
    expect((await getEntry(draft.id))?.body).toBe('while the database was closed');
  });

  it('sets aside unreadable records and records from a newer version: reported, not applied, not deleted', async () => {
    const draft = { ...newEntry('note'), body: 'from the future' };
    storage.setItem('grove:wal:broken', '{not json');
    storage.setItem(
      `grove:wal:${draft.id}`,
      JSON.stringify({ v: WAL_VERSION + 1, writtenAt: new Date().toISOString(), entry: draft }),
    );
    storage.setItem('unrelated', 'kept');
    const report = await recoverWriteAhead(storage);
    expect(report.recovered).toBe(0);
    expect(await getEntry(draft.id)).toBeUndefined();
    expect(report.stuck.map((s) => s.aside)).toEqual([true, true]);
    expect(report.stuck.map((s) => s.problem).sort()).toEqual([
      'It is unreadable.',
      'It was written by a newer version of Grove.',
    ]);
    expect(storage.getItem('unrelated')).toBe('kept');
    // Download, then discard on purpose.
    const stuck = report.stuck.find((s) => s.entryId === draft.id)!;
    expect(stuckDraftText(stuck.key, storage)).toContain('from the future');
    discardStuckDraft(stuck.key, storage);
    expect((await recoverWriteAhead(storage)).stuck).toHaveLength(1);
  });

  it('reads records written before the log had versions (no base)', async () => {
    const base = await stored({ ...newEntry('note'), body: 'old' });
    storage.setItem(
      `grove:wal:${base.id}`,
      JSON.stringify({
        writtenAt: new Date().toISOString(),
        entry: { ...base, body: 'old, newer' },
      }),
    );
    expect((await recoverWriteAhead(storage)).recovered).toBe(1);
    expect((await getEntry(base.id))?.body).toBe('old, newer');
  });

  it('drops a record the database already holds exactly', async () => {
    const base = await stored({ ...newEntry('note'), body: 'same' });
    writeAhead(base, base, storage);
    const before = await snapshotDatabase();
    expect(await recoverWriteAhead(storage)).toEqual({ recovered: 0, stuck: [] });
    expect(storage.length).toBe(0);
    expect(await snapshotDatabase()).toEqual(before);
  });
});
