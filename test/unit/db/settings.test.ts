import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/records';
import { db } from '../../../renderer/src/db/db';
import { readSettings, saveSetting } from '../../../renderer/src/db/repo/settings';
import { resetDatabase, snapshotDatabase } from '../../support/db';

beforeEach(resetDatabase);

describe('settings repository', () => {
  it('returns the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores one row per setting, with updatedAt', async () => {
    await saveSetting('theme', 'dark');
    await saveSetting('name', 'Ada');
    expect(await readSettings()).toMatchObject({ theme: 'dark', name: 'Ada' });
    const row = await db.settings.get('theme');
    expect(row?.updatedAt).toMatch(/^\d{4}-/);
  });

  it('refuses an invalid value and changes nothing', async () => {
    await saveSetting('theme', 'light');
    const before = await snapshotDatabase();
    // @ts-expect-error a value the type forbids, as a corrupted caller might send
    await expect(saveSetting('theme', 'neon')).rejects.toThrow(/Setting "theme"/);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('falls back to the default for a stored value that no longer validates', async () => {
    await db.settings.put({ key: 'weekStart', value: 3, updatedAt: new Date().toISOString() });
    expect((await readSettings()).weekStart).toBe(DEFAULT_SETTINGS.weekStart);
  });
});
