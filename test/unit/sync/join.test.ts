import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { encryptionMode, requireDataKey } from '../../../renderer/src/db/crypto/session';
import { getEntries, newEntry } from '../../../renderer/src/db/repo/entries';
import { DexieSyncStore } from '../../../renderer/src/db/repo/sync';
import {
  beginEncryption,
  prepareEncryption,
  runConversion,
} from '../../../renderer/src/privacy/privacyService';
import { JoinError, joinSyncFolder } from '../../../renderer/src/sync/joinFolder';
import { SyncEngine, setUpSync } from '../../../shared/sync/engine';
import type { SyncFolder } from '../../../shared/sync/folder';
import { cheapSlots, freshJournal, rawSnapshot, storedText } from '../crypto/helpers';
import { FakeTime, Profile, SLOT_IDS } from './profiles';

const PASSPHRASE = 'correct horse battery staple orbit';

/** One folder both computers see at once (the transport's own tricks are sync-chaos's tests). */
function memoryFolder(): SyncFolder & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    list: () => Promise.resolve([...files.keys()]),
    read: (p) => Promise.resolve(files.get(p) ?? null),
    write: (p, content) => {
      files.set(p, content);
      return Promise.resolve();
    },
    remove: (p) => {
      files.delete(p);
      return Promise.resolve();
    },
  };
}

let computerA: Profile | null = null;

/**
 * Computer A: its lock's keys (made the way Settings → Privacy makes them), two entries, and a
 * sync folder set up with its slots. Its own database is a separate profile; what matters here is
 * the folder it leaves behind.
 */
async function computerASetsUp(folder: SyncFolder) {
  const prepared = await prepareEncryption(PASSPHRASE);
  const key = { dataKey: new Uint8Array(prepared.dataKey) };
  computerA = new Profile(0, folder, new FakeTime());
  await computerA.writeEntry(SLOT_IDS[0]!, { title: 'From A', body: 'secretword on A' });
  await computerA.writeEntry(SLOT_IDS[1]!, { title: 'Second', body: 'more from A' });
  const setUp = await setUpSync({
    folder,
    store: computerA.store,
    key,
    slots: prepared.slots,
    deviceName: 'Computer A',
  });
  expect(setUp.ok).toBe(true);
  computerA.engine = new SyncEngine(folder, computerA.store, key);
  await computerA.sync();
  return prepared;
}

beforeEach(async () => {
  cheapSlots();
  await freshJournal();
});

afterEach(async () => {
  await computerA?.dispose();
  computerA = null;
});

async function syncB(folder: SyncFolder, store: DexieSyncStore) {
  return new SyncEngine(folder, store, { dataKey: new Uint8Array(requireDataKey()) }).sync();
}

describe('a second computer joins a sync folder', () => {
  it.each([
    ['the passphrase', () => ({ passphrase: PASSPHRASE })],
    ['the recovery key', (recoveryKey: string) => ({ recoveryKey })],
  ])(
    'with %s: its journal is encrypted with the folder key and holds A entries after a sync',
    async (_how, secretOf) => {
      const folder = memoryFolder();
      const prepared = await computerASetsUp(folder);
      const storeB = new DexieSyncStore(db);
      const filesOfA = new Map(folder.files);
      let backups = 0;
      await joinSyncFolder({
        folder,
        store: storeB,
        secret: secretOf(prepared.recoveryKey),
        deviceName: 'Computer B',
        backup: () => Promise.resolve(`backup-${++backups}.json`),
      });
      expect(backups).toBe(1);
      expect(encryptionMode()).toBe('on');
      const report = await syncB(folder, storeB);
      expect(report.problems).toEqual([]);
      const entries = await getEntries([SLOT_IDS[0]!, SLOT_IDS[1]!]);
      expect(entries.map((e) => e.body)).toEqual(['secretword on A', 'more from A']);
      // Stored sealed with the folder's key: the words are not on B's disk.
      expect(storedText(await rawSnapshot())).not.toContain('secretword');
      // B wrote only its own files; A's are as they were.
      const state = await storeB.getState();
      expect(state?.deviceName).toBe('Computer B');
      for (const [file, content] of filesOfA) expect(folder.files.get(file)).toBe(content);
      expect(folder.files.size).toBeGreaterThan(filesOfA.size);
    },
  );

  it('keeps what B wrote before joining and carries it to A', async () => {
    const folder = memoryFolder();
    await computerASetsUp(folder);
    const ownId = SLOT_IDS[2]!;
    await db.entries.put({
      ...newEntry('note', '2026-11-20', ownId),
      body: 'written on B before joining',
    });
    const storeB = new DexieSyncStore(db);
    await joinSyncFolder({
      folder,
      store: storeB,
      secret: { passphrase: PASSPHRASE },
      deviceName: 'Computer B',
    });
    expect((await syncB(folder, storeB)).problems).toEqual([]);
    expect((await getEntries([ownId]))[0]?.body).toBe('written on B before joining');
    const reportA = await computerA!.sync();
    expect(reportA.problems).toEqual([]);
    expect((await computerA!.db.entries.get(ownId))?.body).toBe('written on B before joining');
  });

  it('with a wrong passphrase joins nothing: the database and the folder are unchanged', async () => {
    const folder = memoryFolder();
    await computerASetsUp(folder);
    const storeB = new DexieSyncStore(db);
    const before = await rawSnapshot();
    const filesBefore = new Map(folder.files);
    const joining = joinSyncFolder({
      folder,
      store: storeB,
      secret: { passphrase: 'not the passphrase at all' },
      deviceName: 'Computer B',
      backup: () => Promise.reject(new Error('no backup may be made')),
    });
    await expect(joining).rejects.toBeInstanceOf(JoinError);
    await expect(joining).rejects.toThrow(/does not open this sync folder/);
    expect(encryptionMode()).toBe('off');
    expect(await rawSnapshot()).toEqual(before);
    expect(folder.files).toEqual(filesBefore);
  });

  it('into a journal already encrypted with its own key: refused, nothing changed', async () => {
    const folder = memoryFolder();
    await computerASetsUp(folder);
    await beginEncryption(await prepareEncryption('another long passphrase of B'));
    await runConversion(() => undefined);
    const storeB = new DexieSyncStore(db);
    const before = await rawSnapshot();
    const filesBefore = new Map(folder.files);
    await expect(
      joinSyncFolder({
        folder,
        store: storeB,
        secret: { passphrase: PASSPHRASE },
        deviceName: 'Computer B',
      }),
    ).rejects.toThrow(/Turn encryption off on this computer first/);
    expect(await rawSnapshot()).toEqual(before);
    expect(folder.files).toEqual(filesBefore);
  });
});
