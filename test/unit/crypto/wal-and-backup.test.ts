import { beforeEach, describe, expect, it } from 'vitest';
import { dropDataKey } from '../../../renderer/src/db/crypto/session';
import { encryptingStorage } from '../../../renderer/src/db/crypto/walStorage';
import { importBackupText } from '../../../renderer/src/db/repo/backup';
import { getEntry, newEntry, saveEntry } from '../../../renderer/src/db/repo/entries';
import { readPrivacy } from '../../../renderer/src/db/repo/privacy';
import {
  createBackupFileText,
  inspectBackupFile,
  openEncryptedBackup,
} from '../../../renderer/src/export/encryptedBackup';
import { recoverWriteAhead, writeAhead } from '../../../renderer/src/journal/wal';
import {
  beginDecryption,
  beginEncryption,
  prepareEncryption,
  rememberPrivacy,
  runConversion,
  unlockWithPassphrase,
} from '../../../renderer/src/privacy/privacyService';
import { MemoryStorage } from '../../support/memory-storage';
import { cheapSlots, freshJournal, rawSnapshot } from './helpers';

const PASSPHRASE = 'correct horse battery staple orbit';

async function encrypt() {
  const prepared = await prepareEncryption(PASSPHRASE);
  await beginEncryption(prepared);
  await runConversion(() => {});
  return prepared;
}

beforeEach(async () => {
  cheapSlots();
  await freshJournal();
});

describe('the write-ahead log with encryption on', () => {
  it('keeps every keystroke synchronously, sealed, and recovers it after unlock', async () => {
    await encrypt();
    const memory = new MemoryStorage();
    const storage = encryptingStorage(() => memory);
    const draft = { ...newEntry('note'), body: 'walmarker typed before the crash' };
    writeAhead(draft, null, storage);
    const stored = memory.getItem(`grove:wal:${draft.id}`)!;
    expect(stored).not.toContain('walmarker');
    expect(stored.startsWith('grove-sealed:v1:')).toBe(true);

    dropDataKey();
    rememberPrivacy(await readPrivacy());
    await unlockWithPassphrase(PASSPHRASE);
    expect(await recoverWriteAhead(storage)).toEqual({ recovered: 1, stuck: [] });
    expect((await getEntry(draft.id))?.body).toBe('walmarker typed before the crash');
  });

  it('turning encryption off opens the sealed drafts first: the draft is recovered afterwards', async () => {
    await encrypt();
    const memory = new MemoryStorage();
    const storage = encryptingStorage(() => memory);
    // A window closed before its save: the log holds the draft, sealed.
    const draft = { ...newEntry('note'), body: 'walmarker left in the log' };
    writeAhead(draft, null, storage);
    expect(memory.getItem(`grove:wal:${draft.id}`)!.startsWith('grove-sealed:v1:')).toBe(true);

    await beginDecryption();
    await runConversion(() => {}, memory);
    expect(memory.getItem(`grove:wal:${draft.id}`)).toContain('walmarker left in the log');
    expect(await recoverWriteAhead(storage)).toEqual({ recovered: 1, stuck: [] });
    expect((await getEntry(draft.id))?.body).toBe('walmarker left in the log');
  });

  it('a value sealed under a key that is gone reads as absent once encryption is off', async () => {
    await encrypt();
    const memory = new MemoryStorage();
    const storage = encryptingStorage(() => memory);
    storage.setItem('grove:wal:left', 'sealed long ago');
    await beginDecryption();
    // An older version turned encryption off without opening the log's values.
    await runConversion(() => {}, null);
    expect(storage.getItem('grove:wal:left')).toBeNull();
    expect(memory.getItem('grove:wal:left')).not.toBeNull(); // left where it was
    // Start-up goes on, sets it aside and shows it as unreadable, for the person to discard.
    const report = await recoverWriteAhead(storage);
    expect(report.recovered).toBe(0);
    expect(report.stuck).toEqual([
      expect.objectContaining({ key: 'grove:wal-aside:left', problem: 'It is unreadable.' }),
    ]);
  });

  it('a sealed log value moved to another key does not open', async () => {
    await encrypt();
    const memory = new MemoryStorage();
    const storage = encryptingStorage(() => memory);
    storage.setItem('grove:wal:a', 'text');
    memory.setItem('grove:wal:b', memory.getItem('grove:wal:a')!);
    expect(() => storage.getItem('grove:wal:b')).toThrow();
  });
});

describe('encrypted backups', () => {
  it('round trip: encrypted by default, opened with the passphrase or the recovery key', async () => {
    const saved = await saveEntry({ ...newEntry('win', '2026-11-01'), body: 'backupmarker win' });
    if (!saved.saved) throw new Error('not saved');
    const prepared = await encrypt();
    const text = await createBackupFileText();
    expect(text).not.toContain('backupmarker');
    const kind = inspectBackupFile(text);
    if (!kind.encrypted) throw new Error('expected an encrypted backup');
    expect(kind.envelope.format).toBe('grove.backup.encrypted');

    for (const secret of [PASSPHRASE, prepared.recoveryKey]) {
      const plain = await openEncryptedBackup(kind.envelope, secret);
      expect(plain).toContain('backupmarker');
      await importBackupText(plain, 'restore');
      expect((await getEntry(saved.entry.id))?.body).toBe('backupmarker win');
    }
  });

  it('wrong key or a changed byte is refused, and nothing changes', async () => {
    await saveEntry({ ...newEntry('win', '2026-11-01'), body: 'kept as is' });
    await encrypt();
    const text = await createBackupFileText();
    const kind = inspectBackupFile(text);
    if (!kind.encrypted) throw new Error('expected an encrypted backup');
    const before = await rawSnapshot();
    await expect(openEncryptedBackup(kind.envelope, 'not the passphrase')).rejects.toThrow(
      /does not open this backup.*Nothing was changed/,
    );
    const tampered = { ...kind.envelope, createdAt: '2020-01-01T00:00:00.000Z' };
    await expect(openEncryptedBackup(tampered, PASSPHRASE)).rejects.toThrow(/damaged/);
    expect(await rawSnapshot()).toEqual(before);
  });

  it('a plain backup on purpose, and older plain files are still recognised as plain', async () => {
    await saveEntry({ ...newEntry('win', '2026-11-01'), body: 'plainbackupmarker' });
    await encrypt();
    const plain = await createBackupFileText({ plain: true });
    expect(plain).toContain('plainbackupmarker');
    expect(inspectBackupFile(plain).encrypted).toBe(false);
  });

  it('a damaged envelope names the problem', () => {
    expect(() =>
      inspectBackupFile('{"format":"grove.backup.encrypted","version":1,"createdAt":"x"}'),
    ).toThrow(/damaged: .*createdAt/);
  });
});
