import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { DamagedRecordError } from '../../../renderer/src/db/crypto/cipher';
import { SEALED_FIELD } from '../../../renderer/src/db/crypto/fields';
import { onDamagedRecord } from '../../../renderer/src/db/crypto/middleware';
import { dropDataKey, LockedError } from '../../../renderer/src/db/crypto/session';
import {
  allTags,
  getEntries,
  getEntry,
  newEntry,
  saveEntry,
} from '../../../renderer/src/db/repo/entries';
import { readPrivacy } from '../../../renderer/src/db/repo/privacy';
import { addSelfAssessment, ratingsBySkill } from '../../../renderer/src/db/repo/selfAssessments';
import { readSettings, saveSetting } from '../../../renderer/src/db/repo/settings';
import {
  beginEncryption,
  prepareEncryption,
  rememberPrivacy,
  runConversion,
  unlockWithPassphrase,
} from '../../../renderer/src/privacy/privacyService';
import type { Entry } from '../../../shared/domain/records';
import { cheapSlots, freshJournal, rawPut, rawSnapshot, storedText } from './helpers';

const PASSPHRASE = 'correct horse battery staple orbit';

async function write(title: string, body: string, tags: string[] = []): Promise<Entry> {
  const outcome = await saveEntry({
    ...newEntry('daily', '2026-11-20'),
    title,
    body,
    tags,
    mood: 4,
  });
  if (!outcome.saved) throw new Error('not saved');
  return outcome.entry;
}

async function encryptJournal(): Promise<string> {
  const prepared = await prepareEncryption(PASSPHRASE);
  await beginEncryption(prepared);
  await runConversion(() => {});
  return prepared.recoveryKey;
}

beforeEach(async () => {
  cheapSlots();
  await freshJournal();
});

describe('encryption at rest', () => {
  it('seals every written word: nothing readable is stored, the app reads it all back', async () => {
    const before = await write('Zanzibar title', 'the marker quokkaword lives here', [
      'secret-tag',
    ]);
    await saveSetting('name', 'Ada Quokkaname');
    await addSelfAssessment({ skill: 'Quokkaskill', date: '2026-11-20', rating: 3, note: '' });
    await encryptJournal();
    const after = await write('Second quokkaword', 'written with encryption on');

    const stored = storedText(await rawSnapshot());
    for (const word of ['quokkaword', 'Zanzibar', 'secret-tag', 'Quokkaname', 'Quokkaskill']) {
      expect(stored, word).not.toContain(word);
    }
    const raw = (await rawSnapshot()).entries as Record<string, unknown>[];
    for (const row of raw) {
      expect(Object.keys(row).sort()).toEqual(
        [
          'createdAt',
          'date',
          'deleted',
          'deletedAt',
          'id',
          'kind',
          'meetingId',
          'objectiveIds',
          'updatedAt',
          SEALED_FIELD,
        ].sort(),
      );
    }
    expect(await getEntry(before.id)).toEqual(before);
    expect((await getEntry(after.id))?.title).toBe('Second quokkaword');
    expect((await readSettings()).name).toBe('Ada Quokkaname');
    // Paths that used an index on a now-sealed field work from memory.
    expect(await allTags()).toEqual(['secret-tag']);
    expect([...(await ratingsBySkill()).keys()]).toEqual(['Quokkaskill']);
    expect((await readPrivacy()).mode).toBe('on');
  });

  it('while locked, nothing can be read or written', async () => {
    const entry = await write('Locked away', 'body');
    await encryptJournal();
    dropDataKey();
    await expect(getEntry(entry.id)).rejects.toBeInstanceOf(LockedError);
    await expect(write('new', 'text')).rejects.toBeInstanceOf(LockedError);
  });

  it('one flipped bit: only that record is reported damaged, the rest opens', async () => {
    const a = await write('A', 'first');
    const b = await write('B', 'second');
    const c = await write('C', 'third');
    await encryptJournal();
    const raw = (await rawSnapshot()).entries as Record<string, unknown>[];
    const rowB = raw.find((r) => r.id === b.id)!;
    const sealed = new Uint8Array(rowB[SEALED_FIELD] as Uint8Array);
    sealed[sealed.length - 20]! ^= 0x01;
    await rawPut('entries', { ...rowB, [SEALED_FIELD]: sealed });

    const reported: string[] = [];
    const stop = onDamagedRecord((e) => reported.push(`${e.table}/${e.key}`));
    const listed = await getEntries([a.id, b.id, c.id]);
    stop();
    expect(listed.map((e) => e.title)).toEqual(['A', 'C']);
    expect(reported).toEqual([`entries/${b.id}`]);
    await expect(getEntry(b.id)).rejects.toBeInstanceOf(DamagedRecordError);
    expect((await getEntry(a.id))?.body).toBe('first');
  });

  it('ciphertexts swapped between two records: both fail authentication', async () => {
    const a = await write('A', 'first');
    const b = await write('B', 'second');
    await encryptJournal();
    const raw = (await rawSnapshot()).entries as Record<string, unknown>[];
    const rowA = raw.find((r) => r.id === a.id)!;
    const rowB = raw.find((r) => r.id === b.id)!;
    await rawPut('entries', { ...rowA, [SEALED_FIELD]: rowB[SEALED_FIELD] });
    await rawPut('entries', { ...rowB, [SEALED_FIELD]: rowA[SEALED_FIELD] });
    await expect(getEntry(a.id)).rejects.toBeInstanceOf(DamagedRecordError);
    await expect(getEntry(b.id)).rejects.toBeInstanceOf(DamagedRecordError);
  });

  it('a fresh IV per write: the same record saved twice never repeats a ciphertext', async () => {
    const entry = await write('Same', 'same');
    await encryptJournal();
    const first = ((await rawSnapshot()).entries![0] as Record<string, Uint8Array>)[SEALED_FIELD]!;
    await saveEntry(entry);
    const second = ((await rawSnapshot()).entries![0] as Record<string, Uint8Array>)[SEALED_FIELD]!;
    expect(Buffer.from(second.subarray(1, 13)).equals(Buffer.from(first.subarray(1, 13)))).toBe(
      false,
    );
  });

  it('unlocking again after a restart opens everything with the passphrase alone', async () => {
    const entry = await write('Persisted', 'across restarts');
    await encryptJournal();
    dropDataKey();
    db.close();
    const snapshot = await readPrivacy().catch(() => null);
    expect(snapshot).toBeNull(); // closed: the app reads the slots before opening (below)
    await db.open();
    rememberPrivacy(await readPrivacy());
    await unlockWithPassphrase(PASSPHRASE);
    expect(await getEntry(entry.id)).toEqual(entry);
  });
});
