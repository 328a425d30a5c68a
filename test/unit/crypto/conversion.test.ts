import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { openJson, recordAad } from '../../../renderer/src/db/crypto/cipher';
import { SEALED_FIELD } from '../../../renderer/src/db/crypto/fields';
import { dropDataKey, encryptionMode } from '../../../renderer/src/db/crypto/session';
import { getEntries, newEntry } from '../../../renderer/src/db/repo/entries';
import { convertNextBatch, readPrivacy } from '../../../renderer/src/db/repo/privacy';
import { addSelfAssessment } from '../../../renderer/src/db/repo/selfAssessments';
import {
  beginDecryption,
  beginEncryption,
  prepareEncryption,
  rememberPrivacy,
  runConversion,
  unlockWithPassphrase,
} from '../../../renderer/src/privacy/privacyService';
import type { Entry } from '../../../shared/domain/records';
import { cheapSlots, freshJournal, rawSnapshot, storedText } from './helpers';

const PASSPHRASE = 'correct horse battery staple orbit';

async function seed(count: number): Promise<Entry[]> {
  const entries = Array.from({ length: count }, (_, i) => ({
    ...newEntry('note', '2026-01-01'),
    title: `entry ${i}`,
    body: `plainword number ${i}`,
  }));
  await db.entries.bulkAdd(entries);
  await addSelfAssessment({ skill: 'Listening', date: '2026-01-02', rating: 3, note: 'plainword' });
  return entries;
}

beforeEach(async () => {
  cheapSlots();
  await freshJournal();
});

describe('converting an existing journal', () => {
  it('interrupted mid-way and resumed after a reload: every record readable, sealed exactly once', async () => {
    const entries = await seed(620);
    const prepared = await prepareEncryption(PASSPHRASE);
    // A copy: locking overwrites the session's key bytes.
    const dataKey = new Uint8Array(prepared.dataKey);
    await beginEncryption(prepared);
    // Batches until two of the entries are done, then the "reload": key and memory are gone.
    while ((await convertNextBatch(250)).done < 500);
    const mid = await readPrivacy();
    expect(mid.mode).toBe('encrypting');
    expect(mid.progress).toMatchObject({ table: 'entries', done: 500 });
    dropDataKey();
    db.close();
    await db.open();
    rememberPrivacy(await readPrivacy());
    expect(encryptionMode()).toBe('encrypting');
    await unlockWithPassphrase(PASSPHRASE);
    const reports: number[] = [];
    await runConversion((p) => reports.push(p.done));
    expect(reports.at(-1)).toBe(621);
    expect(encryptionMode()).toBe('on');

    // Every stored record is sealed, and opening it once gives plain fields (never a second seal).
    const raw = await rawSnapshot();
    expect(storedText(raw)).not.toContain('plainword');
    for (const table of ['entries', 'selfAssessments']) {
      for (const row of raw[table] as Record<string, unknown>[]) {
        const inner = openJson<Record<string, unknown>>(
          dataKey,
          row[SEALED_FIELD] as Uint8Array,
          recordAad(table, row.id),
        );
        expect(inner).not.toHaveProperty(SEALED_FIELD);
      }
    }
    const read = await getEntries(entries.map((e) => e.id));
    expect(read).toEqual(entries);
  });

  it('turning it off opens every record again and removes the key slots', async () => {
    const entries = await seed(30);
    await beginEncryption(await prepareEncryption(PASSPHRASE));
    await runConversion(() => {});
    await beginDecryption();
    await runConversion(() => {});
    expect(encryptionMode()).toBe('off');
    const raw = await rawSnapshot();
    expect(storedText(raw)).toContain('plainword number 29');
    expect(raw.privacy).toEqual([expect.objectContaining({ id: 'state', mode: 'off' })]);
    expect(await getEntries(entries.map((e) => e.id))).toEqual(entries);
  });
});
