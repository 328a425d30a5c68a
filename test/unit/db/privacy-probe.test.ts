import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { readPrivacyBeforeOpen } from '../../../renderer/src/db/repo/privacy';
import { saveSetting } from '../../../renderer/src/db/repo/settings';
import { GroveDatabase } from '../../../renderer/src/db/db';
import { resetDatabase } from '../../support/db';

/** The read at start-up, before the journal is opened: one probe, nothing created or upgraded. */
beforeEach(resetDatabase);

describe('reading the privacy state before opening the journal', () => {
  it('says "off" for a journal that does not exist, and leaves no database behind', async () => {
    const name = `grove-absent-${Date.now()}`;
    const stored = await readPrivacyBeforeOpen(name);
    expect(stored.mode).toBe('off');
    expect(stored.theme).toBeUndefined();
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('reads the stored theme, and leaves an older journal at its version', async () => {
    await saveSetting('theme', 'dark');
    db.close();
    expect((await readPrivacyBeforeOpen()).theme).toBe('dark');
    await db.open();

    const name = `grove-older-${Date.now()}`;
    const older = new GroveDatabase(name, 1);
    await older.open();
    older.close();
    expect((await readPrivacyBeforeOpen(name)).mode).toBe('off');
    const probe = new Dexie(name);
    await probe.open();
    expect(probe.verno).toBe(1);
    probe.close();
    await Dexie.delete(name);
  });
});
