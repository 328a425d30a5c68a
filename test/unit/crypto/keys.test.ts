import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { fromBase64, toBase64 } from '../../../renderer/src/db/crypto/bytes';
import {
  createPassphraseSlot,
  newDataKey,
  slotKek,
  unwrapSlot,
  WrongSecretError,
} from '../../../renderer/src/db/crypto/keyslots';
import {
  formatRecoveryKey,
  newRecoveryKey,
  parseRecoveryKey,
} from '../../../renderer/src/db/crypto/recoveryKey';
import { dropDataKey, isUnlocked } from '../../../renderer/src/db/crypto/session';
import { getEntry, newEntry, saveEntry } from '../../../renderer/src/db/repo/entries';
import { readPrivacy } from '../../../renderer/src/db/repo/privacy';
import {
  beginEncryption,
  changePassphrase,
  delayAfterFailures,
  finishRecovery,
  openWithRecoveryKey,
  prepareEncryption,
  rememberPrivacy,
  runConversion,
  TooSoonError,
  unlockWithPassphrase,
} from '../../../renderer/src/privacy/privacyService';
import { cheapSlots, freshJournal, rawSnapshot } from './helpers';

const PASSPHRASE = 'correct horse battery staple orbit';

async function encryptedJournalWithEntry() {
  const saved = await saveEntry({ ...newEntry('daily', '2026-11-20'), body: 'behind the lock' });
  if (!saved.saved) throw new Error('not saved');
  const prepared = await prepareEncryption(PASSPHRASE);
  await beginEncryption(prepared);
  await runConversion(() => {});
  dropDataKey();
  rememberPrivacy(await readPrivacy());
  return { entry: saved.entry, recoveryKey: prepared.recoveryKey, dataKey: prepared.dataKey };
}

beforeEach(async () => {
  cheapSlots();
  await freshJournal();
});

describe('key slots', () => {
  it('a wrong passphrase is refused with a clear message, and the database stays byte-identical', async () => {
    await encryptedJournalWithEntry();
    const before = await rawSnapshot();
    let now = 1_000_000;
    await expect(unlockWithPassphrase('not the passphrase', () => now)).rejects.toThrow(
      'That passphrase does not open this journal.',
    );
    expect(isUnlocked()).toBe(false);
    expect(await rawSnapshot()).toEqual(before);
    // A growing delay: the second failure asks to wait before the third try.
    await expect(unlockWithPassphrase('still wrong', () => now)).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    await expect(unlockWithPassphrase(PASSPHRASE, () => now)).rejects.toBeInstanceOf(TooSoonError);
    now += delayAfterFailures(2);
    await unlockWithPassphrase(PASSPHRASE, () => now);
    expect(isUnlocked()).toBe(true);
  });

  it('delays grow and are capped', () => {
    expect([1, 2, 3, 4, 5].map(delayAfterFailures)).toEqual([0, 1000, 2000, 4000, 8000]);
    expect(delayAfterFailures(40)).toBe(30_000);
  });

  it('a passphrase change rewrites only the passphrase slot: the new one opens, the old fails', async () => {
    const { entry } = await encryptedJournalWithEntry();
    const before = await rawSnapshot();
    await changePassphrase(PASSPHRASE, 'a brand new passphrase for grove');
    const after = await rawSnapshot();
    for (const table of Object.keys(before)) {
      if (table !== 'privacy') expect(after[table], table).toEqual(before[table]);
    }
    const changed = (after.privacy as { id: string }[]).filter(
      (row, i) => JSON.stringify(row) !== JSON.stringify(before.privacy![i]),
    );
    expect(changed.map((r) => r.id)).toEqual(['slot:passphrase']);

    rememberPrivacy(await readPrivacy());
    await expect(unlockWithPassphrase(PASSPHRASE, () => 5e12)).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    await unlockWithPassphrase('a brand new passphrase for grove', () => 6e12);
    expect((await getEntry(entry.id))?.body).toBe('behind the lock');
  });

  it('the recovery key opens the journal and sets a new passphrase', async () => {
    const { entry, recoveryKey } = await encryptedJournalWithEntry();
    await expect(
      openWithRecoveryKey('0000-0000-0000-0000-0000-0000-0000-0000', () => 7e12),
    ).rejects.toBeInstanceOf(WrongSecretError);
    const key = await openWithRecoveryKey(recoveryKey.toLowerCase().replace(/-/g, ' '), () => 8e12);
    await finishRecovery(key, 'recovered and renewed passphrase', async () => {});
    expect((await getEntry(entry.id))?.body).toBe('behind the lock');
    dropDataKey();
    rememberPrivacy(await readPrivacy());
    await expect(unlockWithPassphrase(PASSPHRASE, () => 9e12)).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    await unlockWithPassphrase('recovered and renewed passphrase', () => 1e13);
    expect(isUnlocked()).toBe(true);
  });

  it('the stored key slots alone cannot unwrap the data key', async () => {
    const { dataKey } = await encryptedJournalWithEntry();
    void dataKey;
    const privacy = (await rawSnapshot()).privacy as Record<string, unknown>[];
    const text = JSON.stringify(privacy);
    // Neither the data key nor any wrapping key is stored, raw or in base64, and no verifier.
    const state = await readPrivacy();
    const passphraseSlot = state.slots.passphrase!;
    const kek = await slotKek(passphraseSlot.kdf, PASSPHRASE);
    const unwrapped = await unwrapSlot(passphraseSlot, PASSPHRASE);
    for (const secret of [unwrapped, kek]) {
      expect(text).not.toContain(toBase64(secret));
      expect(text).not.toContain(Buffer.from(secret).toString('hex'));
    }
    const fieldNames = text.match(/"[A-Za-z]+":/g) ?? [];
    expect(fieldNames.filter((name) => /hash|verifier|check/i.test(name))).toEqual([]);
    // Only the slot's own salt, parameters, IV and ciphertext are there; guesses fail.
    for (const guess of ['', 'password', passphraseSlot.kdf.salt]) {
      await expect(unwrapSlot(passphraseSlot, guess)).rejects.toBeInstanceOf(WrongSecretError);
    }
    // The ciphertext is the wrapped key plus a tag, nothing more.
    expect(fromBase64(passphraseSlot.wrap.ciphertext)).toHaveLength(32 + 16);
    expect(db.privacy).toBeDefined();
  });

  it('slot parameters are stored per slot and a slot with out-of-range ones is refused', async () => {
    const slot = await createPassphraseSlot(newDataKey(), 'x'.repeat(20), {
      memoryKiB: 8192,
      iterations: 2,
      parallelism: 1,
    });
    expect(slot.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 8192, iterations: 2 });
    await expect(
      unwrapSlot(
        { ...slot, kdf: { ...slot.kdf, memoryKiB: 1 << 30 } } as typeof slot,
        'x'.repeat(20),
      ),
    ).rejects.toThrow('outside the allowed range');
  });
});

describe('recovery key', () => {
  it('is 160 random bits in eight groups of four, read back leniently', () => {
    const bytes = newRecoveryKey();
    const text = formatRecoveryKey(bytes);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(text)).toEqual(bytes);
    expect(parseRecoveryKey(` ${text.toLowerCase().replace(/-/g, ' ')} `)).toEqual(bytes);
    expect(parseRecoveryKey(text.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(text.replace(/.$/, 'U'))).toBeNull();
  });
});
