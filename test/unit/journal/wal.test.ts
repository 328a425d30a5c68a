import { beforeEach, describe, expect, it } from 'vitest';
import { getEntry, newEntry, saveEntry } from '../../../renderer/src/db/repo/entries';
import { clearWriteAhead, recoverWriteAhead, writeAhead } from '../../../renderer/src/journal/wal';
import { resetDatabase } from '../../support/db';
import { MemoryStorage } from '../../support/memory-storage';

let storage: MemoryStorage;
beforeEach(async () => {
  await resetDatabase();
  storage = new MemoryStorage();
});

describe('write-ahead log for drafts', () => {
  it('recovers keystrokes that never reached the database', async () => {
    const draft = { ...newEntry('note'), body: 'typed just before the crash' };
    writeAhead(draft, storage);
    expect(await recoverWriteAhead(storage)).toBe(1);
    expect((await getEntry(draft.id))?.body).toBe('typed just before the crash');
    expect(storage.length).toBe(0);
  });

  it('recovers newer text over an older saved version', async () => {
    const draft = { ...newEntry('note'), body: 'first' };
    await saveEntry(draft);
    writeAhead({ ...draft, body: 'first and more' }, storage);
    await recoverWriteAhead(storage);
    expect((await getEntry(draft.id))?.body).toBe('first and more');
  });

  it('clears the log only when it holds what was saved', () => {
    const draft = { ...newEntry('note'), body: 'a' };
    writeAhead({ ...draft, body: 'ab' }, storage);
    clearWriteAhead(draft, storage);
    expect(storage.length).toBe(1);
    clearWriteAhead({ ...draft, body: 'ab' }, storage);
    expect(storage.length).toBe(0);
  });

  it('drops unreadable or invalid log records without failing start-up', async () => {
    storage.setItem('grove:wal:broken', '{not json');
    storage.setItem('grove:wal:invalid', JSON.stringify({ writtenAt: 'x', entry: { id: 'nope' } }));
    storage.setItem('unrelated', 'kept');
    expect(await recoverWriteAhead(storage)).toBe(0);
    expect(storage.getItem('unrelated')).toBe('kept');
    expect(storage.length).toBe(1);
  });
});
